using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;
using CsCheck;

namespace ChannelShift.Tests.Uncertainty;

/// <summary>
/// What a Monte Carlo run computes for each iteration (a chunk worker: the vectorised fast path where the option has its
/// form, the ledger otherwise) against the ledger in double evaluated on the same draws, one iteration at a time: NPV,
/// cashable NPV, final-year saving and every year of the fan within 1e-9 of the size of the iteration's flows (the
/// largest saving or costs of any year). Over 1,000 generated scenarios a property, each a chunk of 37 iterations (four
/// vectors and a tail, every one in the fan). Staffing is computed directly by the reference ledger; one property runs the worker
/// on a run's plan, whose staffing comes from step functions.
/// </summary>
public class ChunkWorkerTests
{
    private const int Count = 37;
    private const double RelativeTolerance = 1e-9;

    [Fact]
    public void Evaluate_FastPathScenarios_TakesTheFastPathAndAgreesWithTheLedger() =>
        Check(GeneratedScenarios.Features.FastPath, requireFastPath: true);

    [Fact]
    public void Evaluate_ScenariosWithEveryFeature_AgreesWithTheLedger() =>
        Check(GeneratedScenarios.Features.All, requireFastPath: false);

    /// <summary>The worker on the plan a run builds (staffing read from step functions built once) against the ledger
    /// computing staff directly: fewer scenarios, as each builds its step functions.</summary>
    [Fact]
    public void Evaluate_SimulationPlanWithStepFunctions_AgreesWithTheLedger() =>
        Check(GeneratedScenarios.Features.All, requireFastPath: false, forSimulation: true, iterations: 60);

    private static void Check(GeneratedScenarios.Features features, bool requireFastPath, bool forSimulation = false, int iterations = 1000)
    {
        GeneratedScenarios.Of(features)
            .Where(g => g.Scenario.Uncertainty.Inputs.Count > 0)
            .SelectMany(g => Gen.Int[0, g.Scenario.Options.Count - 1].Select(o => (g.Seed, g.Scenario, Option: o)))
            .Where(g => g.Scenario.Uncertainty.Inputs.Any(u => new LedgerPlan(g.Scenario, g.Option).SlotOf(u.Input) >= 0))
            .Sample(
                g =>
                {
                    var where = string.Create(CultureInfo.InvariantCulture, $"seed {g.Seed}, option {g.Option}");
                    var scenario = g.Scenario;
                    var plan = new LedgerPlan(scenario, g.Option);
                    var runPlan = forSimulation ? new LedgerPlan(scenario, g.Option, forSimulation: true) : plan;
                    var slotOfInput = scenario.Uncertainty.Inputs.Select(u => plan.SlotOf(u.Input)).ToArray();
                    var fast = FastPath.For(runPlan, slotOfInput.Where(s => s >= 0).ToArray());
                    if (requireFastPath)
                    {
                        fast.Should().NotBeNull(where);
                    }

                    var worker = new ChunkWorker(runPlan, fast, slotOfInput, cashable: false);
                    worker.Draw(RandomStream.ForChunk((ulong)g.Seed, 0), scenario.Uncertainty.Inputs, scenario.Uncertainty.Copula, Count);
                    var draws = worker.Draws.Select(column => column[..Count]).ToArray();
                    var fan = new double[Count * (plan.Years + 1)];
                    worker.Evaluate(0, Count, Count, fan);

                    // On the cashable basis (cost behaviour only; the fast path has none), the same draws.
                    ChunkWorker? cashable = null;
                    var cashableFan = new double[Count * (plan.Years + 1)];
                    if (runPlan.HasCostBehaviour)
                    {
                        cashable = new ChunkWorker(runPlan, null, slotOfInput, cashable: true);
                        cashable.Draw(RandomStream.ForChunk((ulong)g.Seed, 0), scenario.Uncertainty.Inputs, scenario.Uncertainty.Copula, Count);
                        cashable.Evaluate(0, Count, Count, cashableFan);
                    }

                    var slots = plan.PointValues<double>().ToArray();
                    for (var i = 0; i < Count; i++)
                    {
                        for (var k = 0; k < draws.Length; k++)
                        {
                            if (slotOfInput[k] >= 0)
                            {
                                slots[slotOfInput[k]] = draws[k][i];
                            }
                        }

                        var ledger = RecordedLedger.Run<double>(plan, slots);
                        var tolerance = RelativeTolerance * Math.Max(1, ledger.Money.Max(m => Math.Max(Math.Abs(m[0]), Math.Abs(m[2]))));
                        var at = string.Create(CultureInfo.InvariantCulture, $"{where}, iteration {i}");
                        Tolerance.Absolute(ledger.Npv, worker.Npv[i], tolerance, $"{at}: NPV");
                        Tolerance.Absolute(ledger.Money[^1][0], worker.FinalSaving[i], tolerance, $"{at}: final-year saving");
                        if (cashable is not null)
                        {
                            Tolerance.Absolute(ledger.CashableNpv, cashable.Npv[i], tolerance, $"{at}: cashable NPV");
                            Tolerance.Absolute(ledger.Money[^1][1], cashable.FinalSaving[i], tolerance, $"{at}: final-year cashable saving");
                            Tolerance.Absolute(ledger.Money.Take(plan.Years + 1).Sum(m => m[7]), cashableFan[(plan.Years * Count) + i], tolerance, $"{at}: cumulative cashable present value of the last year");
                        }

                        for (var t = 0; t <= plan.Years; t++)
                        {
                            Tolerance.Absolute(ledger.Money[t][6], fan[(t * Count) + i], tolerance, $"{at}: cumulative present value of year {t}");
                        }
                    }
                },
                iter: iterations);
    }
}
