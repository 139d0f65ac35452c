using ChannelShift.Serialization;
using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;
using CsCheck;

namespace ChannelShift.Tests.Uncertainty;

public class SimulationPlanTests
{
    private const string Json = """
        { "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": { "triangular": [4.83, 8.62, 9.56] }, "telephone": { "triangular": [1.28, 2.83, 5.57] } } },
          "baseline": { "period": "month", "volumes": { "face-to-face": { "uniform": [40000, 60000] }, "telephone": 100000 } },
          "demandGrowth": 0.01,
          "shifts": [
            { "from": "face-to-face", "share": { "uniform": [0.3, 0.6] }, "to": { "web": 0.7, "telephone": 0.2, "avoided": 0.1 },
              "adoption": { "curve": "linear", "years": 3 }, "digitalExclusion": 0.5,
              "failureDemand": { "share": { "uniform": [0.1, 0.3] }, "returnsTo": "telephone" }, "assistedDigital": { "uniform": [0, 1] } },
            { "from": "telephone", "share": 0.2, "to": "web", "adoption": { "curve": "s-curve", "start": 0.2, "target": 0.8, "years": 4 } }
          ],
          "costs": [ { "name": "Build", "type": "one-off", "year": 0, "amount": { "lognormal": { "median": 250000, "sigma": 0.25 } } },
                     { "name": "Run", "type": "recurring", "fromYear": 2, "toYear": 7, "amount": { "uniform": [30000, 50000] } } ],
          "appraisal": { "years": 12, "optimismBias": { "oneOff": 0.4, "recurring": 0.1, "benefits": 0.15 } } }
        """;

    [Fact]
    public void EvaluateFast_AnyDraw_AgreesWithTheYearByYearEvaluation()
    {
        var scenario = ScenarioReader.Parse(Json, null);
        var plan = new SimulationPlan(scenario, 0);
        plan.FastPath.Should().BeTrue();
        Gen.Double[0.0001, 0.9999].Array[scenario.Uncertainty.Inputs.Count].Sample(u =>
        {
            // CsCheck runs samples on several threads: each gets its own scratch.
            var scratch = new double[plan.ScratchLength];
            var slots = (double[])plan.BaseSlots.Clone();
            for (var k = 0; k < u.Length; k++)
            {
                slots[plan.InputSlots[k]] = scenario.Uncertainty.Inputs[k].Distribution.Quantile(u[k]);
            }

            var slowFan = new double[plan.Years + 1];
            var fastFan = new double[plan.Years + 1];
            var slow = plan.Evaluate(slots, scratch, slowFan, out var cashable, out var slowSaving);
            var fast = plan.EvaluateFast(slots, fastFan, out var fastSaving);
            Tolerance.Relative(slow, fast, 1e-9, "NPV");
            Tolerance.Absolute(slow, cashable, 0, "cashable NPV without cost behaviour");
            Tolerance.Relative(slowSaving, fastSaving, 1e-9, "final-year saving");
            for (var t = 0; t <= plan.Years; t++)
            {
                Tolerance.Absolute(slowFan[t], fastFan[t], 1e-9 * Math.Max(1, Math.Abs(slowFan[t])), $"cumulative PV in year {t}");
            }
        });
    }

    [Fact]
    public void EvaluateFastColumns_AnyDraws_SameBitsAsEvaluateFastOneByOne()
    {
        // The column-wise evaluation (a vector of iterations at a time) must repeat EvaluateFast's arithmetic exactly:
        // NPV, final-year saving and every year of the fan, bit for bit.
        var scenario = ScenarioReader.Parse(Json, null);
        var plan = new SimulationPlan(scenario, 0);
        var inputs = scenario.Uncertainty.Inputs.Count;
        var length = System.Numerics.Vector<double>.Count * 3;
        Gen.Double[0.0001, 0.9999].Array[inputs * length].Sample(u =>
        {
            var columns = new double[plan.BaseSlots.Length][];
            foreach (var slot in plan.FastSlots)
            {
                columns[slot] = Enumerable.Repeat(plan.BaseSlots[slot], length).ToArray();
            }

            for (var k = 0; k < inputs; k++)
            {
                columns[plan.InputSlots[k]] = Enumerable.Range(0, length).Select(j => scenario.Uncertainty.Inputs[k].Distribution.Quantile(u[(k * length) + j])).ToArray();
            }

            var npv = new double[length];
            var saving = new double[length];
            var perYear = new double[plan.ShiftCount * length];
            plan.EvaluateFastColumns(columns, length, npv, saving, perYear, length);

            // The fan of all but the last iteration: two vectors' worth and a scalar tail, stored year-major with a
            // stride longer than the count, as a run stores it.
            var fanCount = length - 1;
            var fanStride = length + 5;
            var columnFan = new double[(plan.Years + 1) * fanStride];
            plan.CumulativeFastColumns(columns, perYear, length, fanCount, columnFan, fanStride);
            var slots = (double[])plan.BaseSlots.Clone();
            var fan = new double[plan.Years + 1];
            for (var j = 0; j < length; j++)
            {
                for (var k = 0; k < inputs; k++)
                {
                    slots[plan.InputSlots[k]] = columns[plan.InputSlots[k]][j];
                }

                npv[j].Should().Be(plan.EvaluateFast(slots, fan, out var alone), $"NPV of iteration {j}");
                saving[j].Should().Be(alone, $"final-year saving of iteration {j}");
                for (var t = 0; t <= plan.Years && j < fanCount; t++)
                {
                    columnFan[(t * fanStride) + j].Should().Be(fan[t], $"cumulative PV of year {t}, iteration {j}");
                }
            }
        });
    }

    [Fact]
    public void FastPath_UncertainGrowthOrCostBehaviour_IsNotUsed()
    {
        var growing = ScenarioReader.Parse(Json.Replace("\"demandGrowth\": 0.01", "\"demandGrowth\": { \"uniform\": [0, 0.02] }", StringComparison.Ordinal), null);

        new SimulationPlan(growing, 0).FastPath.Should().BeFalse();
    }
}
