using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests.Appraisal;

/// <summary>
/// The ledger in double (Monte Carlo, sensitivity) against the ledger in decimal (the appraisal) over generated
/// scenarios that use every feature: whole FTE and steps taken exactly, money within 1e-9 of the size of the year's
/// flows (the largest saving, cashable saving or costs of any year). Scenarios whose FTE difference is within 1e-6 of a
/// whole number, or whose volume is within a millionth of a fixed step's threshold, in any year, are not drawn: there the
/// two number types may round the other way, as they are allowed to.
/// </summary>
public class LedgerTests
{
    private const double MoneyTolerance = 1e-9;
    private const double Margin = 1e-6;

    [Fact]
    public void Run_DoubleAndDecimal_AgreeOnEveryGeneratedScenario()
    {
        GeneratedScenarios.Of(GeneratedScenarios.Features.All)
            .SelectMany(g => Gen.Int[0, g.Scenario.Options.Count - 1].Select(o => (g.Seed, g.Scenario, Option: o)))
            .Select(g => (g.Seed, g.Option, Plan: new LedgerPlan(g.Scenario, g.Option)))
            .Select(g => (g.Seed, g.Option, g.Plan, Decimal: RecordedLedger.Run<decimal>(g.Plan, g.Plan.PointValues<decimal>())))
            .Where(g => ClearOfEdges(g.Plan, g.Decimal))
            .Sample(
                g =>
                {
                    var inDouble = RecordedLedger.Run<double>(g.Plan, g.Plan.PointValues<double>());
                    var where = string.Create(CultureInfo.InvariantCulture, $"seed {g.Seed}, option {g.Option}");
                    inDouble.StaffChange.Should().Equal(g.Decimal.StaffChange, where);
                    inDouble.Events.Should().Equal(g.Decimal.Events, where);
                    var scale = Math.Max(1, g.Decimal.Money.Max(m => Math.Max(Math.Abs(m[0]), Math.Max(Math.Abs(m[1]), Math.Abs(m[2])))));
                    for (var t = 0; t < g.Decimal.Money.Count; t++)
                    {
                        for (var k = 0; k < RecordedLedger.MoneyNames.Count; k++)
                        {
                            Tolerance.Absolute(g.Decimal.Money[t][k], inDouble.Money[t][k], MoneyTolerance * scale, $"{where}: {RecordedLedger.MoneyNames[k]} in year {t}");
                        }
                    }
                },
                iter: 1000);
    }

    [Fact]
    public void Run_GeneratedScenarios_UseStaffingStepsAndEveryCurve()
    {
        // The generator must exercise what the property above claims to cover, not only scenarios without staff.
        var scenarios = Enumerable.Range(0, 200).Select(seed => ChannelShift.Serialization.ScenarioReader.Parse(GeneratedScenarios.Json(seed, GeneratedScenarios.Features.All), null)).ToList();
        scenarios.Should().Contain(s => s.CostBehaviour.Values.Any(b => b.Staffing != null && b.HandlingTimeRise > 0));
        scenarios.Should().Contain(s => s.CostBehaviour.Values.Any(b => b.FixedSteps.Count > 0));
        scenarios.Should().Contain(s => s.Options.Count > 1);
        scenarios.Should().Contain(s => s.Appraisal.Deflator != null);
        scenarios.Should().Contain(s => s.Options.SelectMany(o => o.Shifts).Any(p => p.Adoption.Name == "s-curve"));
        scenarios.Should().Contain(s => s.Options.SelectMany(o => o.Shifts).Any(p => p.Adoption.Name == "linear"));
        scenarios.Should().Contain(s => s.Options.SelectMany(o => o.Shifts).Any(p => p.Shift.FailureDemand != null && p.Shift.AssistedDigital != null && p.Shift.AssistedDigital.Cost > 0));
        scenarios.Should().Contain(s => s.Options.SelectMany(o => o.Shifts).Any(p => p.Shift.FailureDemand != null && p.Shift.FailureDemand.ReturnsTo.Parts.Count == 2));
        scenarios.Should().Contain(s => s.Options.SelectMany(o => o.Shifts).Any(p => p.DigitalExclusion > 0 && p.Shift.Share.Fraction * p.Shift.DigitalFraction(s.UnitCosts) > 1m - p.DigitalExclusion), "an exclusion that caps the digital part");
        scenarios.Should().Contain(s => !s.UnitCosts.IsDigital(Channel.Email));
        scenarios.Should().Contain(s => s.Uncertainty.Copula != null);
        foreach (var kind in Enum.GetValues<InputKind>())
        {
            scenarios.Should().Contain(s => s.Uncertainty.Inputs.Any(i => i.Input.Kind == kind), $"some scenario has an uncertain {kind}");
        }
    }

    /// <summary>Whether every FTE difference is at least <see cref="Margin"/> from a whole number and every volume
    /// compared with a fixed step's threshold is at least a millionth of it away.</summary>
    private static bool ClearOfEdges(LedgerPlan plan, RecordedLedger recorded)
    {
        foreach (var (_, _, bau, option) in recorded.Staffing)
        {
            var difference = bau - option;
            if (Math.Abs(difference - Math.Round(difference)) < Margin)
            {
                return false;
            }
        }

        var scenario = plan.Scenario;
        var growth = 1.0 + (double)scenario.DemandGrowth;
        for (var c = 0; c < plan.Channels.Length; c++)
        {
            if (plan.Behaviour[c] is not { } behaviour)
            {
                continue;
            }

            var annual = (double)scenario.Baseline.AnnualVolume(plan.Channels[c]);
            foreach (var step in behaviour.Steps)
            {
                var threshold = (double)step.ClosesBelowAnnualVolume;
                for (var t = 1; t < recorded.Contacts.Count; t++)
                {
                    var businessAsUsual = annual * Math.Pow(growth, t - 1);
                    if (Math.Abs(recorded.Contacts[t][c] - threshold) < Margin * threshold || Math.Abs(businessAsUsual - threshold) < Margin * threshold)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }
}
