using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;

namespace ChannelShift.Tests.Uncertainty;

public class SensitivityTests
{
    internal static Scenario Scenario(string cost) => ScenarioReader.Parse(
        """
        { "unitCosts": { "catalogue": "socitm-2010", "overrides": { "face-to-face": COST } },
          "baseline": { "period": "year", "volumes": { "face-to-face": 300000 } },
          "shifts": [ { "from": "face-to-face", "share": 1, "to": "avoided" } ],
          "costs": [ { "name": "Change", "type": "one-off", "year": 0, "amount": 5000000 } ],
          "appraisal": { "years": 5 } }
        """.Replace("COST", cost, StringComparison.Ordinal), null);

    [Fact]
    public void Analyse_SwitchingValueOfTheUnitCost_IsWhereNpvIsZero()
    {
        // NPV(c) = 300,000 × c × A − 5,000,000 with A = Σ DF(1..5) = 4.5150524 (fixtures §2): zero at
        // c = 5,000,000 / (300,000 × 4.5150524) = 3.69132…
        var annuity = Enumerable.Range(1, 5).Sum(t => 1 / Math.Pow(1.035, t));
        var result = Sensitivity.Analyse(Scenario("{ \"triangular\": [4.83, 7.40, 9.56] }"), cancellationToken: TestContext.Current.CancellationToken);

        var value = result.SwitchingValues.Single(s => s.Path == "$.unitCosts.overrides.face-to-face");
        value.Value.Should().BeNull("3.69 is below the triangular's minimum 4.83: none in range");
        value.Note.Should().Be("none in range");

        var stated = Sensitivity.Analyse(Scenario("7.40"), [new SwingRange(ScenarioInput.UnitCost(Channel.FaceToFace), 2, 12)], cancellationToken: TestContext.Current.CancellationToken);
        Tolerance.Absolute(5_000_000 / (300_000 * annuity), stated.SwitchingValues[0].Value!.Value, 1e-6, "switching value");
    }

    [Fact]
    public void Analyse_Tornado_SwingsP10ToP90AndSortsBySwing()
    {
        // Triangular(4.83, 7.40, 9.56) P10 and P90 by its inverse CDF: F(mode) = (7.40 − 4.83)/(9.56 − 4.83) = 0.5433;
        // P10 = 4.83 + √(0.1 × 4.73 × 2.57), P90 = 9.56 − √(0.1 × 4.73 × 2.16).
        var result = Sensitivity.Analyse(Scenario("{ \"triangular\": [4.83, 7.40, 9.56] }"), cancellationToken: TestContext.Current.CancellationToken);

        var bar = result.Tornado.Single();
        Tolerance.Absolute(4.83 + Math.Sqrt(0.1 * 4.73 * 2.57), bar.Low, 1e-12, "P10");
        Tolerance.Absolute(9.56 - Math.Sqrt(0.1 * 4.73 * 2.16), bar.High, 1e-12, "P90");
        var annuity = Enumerable.Range(1, 5).Sum(t => 1 / Math.Pow(1.035, t));
        Tolerance.Absolute((300_000 * bar.Low * annuity) - 5_000_000, (double)bar.NpvAtLow, 0.01, "NPV at P10");
    }

    [Fact]
    public void Analyse_NoDistributions_SwingsEveryNumber20PercentAndSaysSo()
    {
        var result = Sensitivity.Analyse(Scenario("7.40"), cancellationToken: TestContext.Current.CancellationToken);

        result.Notes.Should().ContainSingle().Which.Should().Contain("±20%");
        result.Tornado.Select(b => b.Swing).Should().BeInDescendingOrder();
        result.Tornado.Should().Contain(b => b.Path == "$.costs[0].amount" && b.Low == 4_000_000 && b.High == 6_000_000);
    }

    [Fact]
    public void Analyse_NoDistributionsNegativeGrowth_LowIsTheMoreNegativeEnd()
    {
        // −10% a year swung ±20%: from −12% to −8% (−0.1 × 1.2 and −0.1 × 0.8), low below high.
        var scenario = Scenario("7.40").WithDemandGrowth(-0.1m);

        var bar = Sensitivity.Analyse(scenario, cancellationToken: TestContext.Current.CancellationToken).Tornado.Single(b => b.Path == "$.demandGrowth");

        bar.Low.Should().BeApproximately(-0.12, 1e-15);
        bar.High.Should().BeApproximately(-0.08, 1e-15);
    }

    [Fact]
    public void Analyse_StatedRangeOutsideWhatTheNumberMayBe_ProblemNamesTheRange()
    {
        // A share moved cannot be 1.5.
        var act = () => Sensitivity.Analyse(Scenario("7.40"), [new SwingRange(ScenarioInput.ShiftShare(0, 0), 0.5, 1.5)]);

        act.Should().Throw<InputValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Match<InputProblem>(p => p.Path == "ranges" && p.Code == ProblemCodes.OutOfRange && p.What.Contains("0.5 to 1.5 of $.shifts[0].share"));
    }
}

public class SensitivityRegressionTests
{
    [Fact]
    public void Analyse_StatedRangeOfLinearAdoptionYears_SwingsNpvAsTheAppraisalDoes()
    {
        // NPV with the take-up over 1 or 6 years must be what a plain appraisal of the file with "years": 1 or 6 gives.
        var file = Serialization.ScenarioReaderTests.WasteServices;
        var at = (string years) => ScenarioReader.Parse(file.Replace("\"years\": 3", $"\"years\": {years}", StringComparison.Ordinal), null);
        var expectedLow = Appraiser.AppraiseOption(at("1"), at("1").Options[0]).Npv;
        var expectedHigh = Appraiser.AppraiseOption(at("6"), at("6").Options[0]).Npv;

        var result = Sensitivity.Analyse(at("3"), [new SwingRange(ScenarioInput.AdoptionYears(0, 0), 1, 6)], cancellationToken: TestContext.Current.CancellationToken);

        var bar = result.Tornado.Single(b => b.Path == "$.shifts[0].adoption.years");
        bar.NpvAtLow.Should().BeApproximately(expectedLow, 0.02m);
        bar.NpvAtHigh.Should().BeApproximately(expectedHigh, 0.02m);
    }

    [Fact]
    public void MonteCarlo_UncertainUnitCostWithADeflator_IsRebasedLikeThePointValue()
    {
        // A narrow uniform around 7.40 at 2010 prices, rebased to 2026 at 2.5% a year: the simulated mean NPV must equal
        // the appraisal (at the mean) within 4 standard errors, not fall back to 2010 prices.
        var json = """
            { "unitCosts": { "catalogue": "socitm-2010", "overrides": { "face-to-face": { "uniform": [7.39, 7.41] } }, "priceYear": 2010 },
              "baseline": { "period": "year", "volumes": { "face-to-face": 200000 } },
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
              "appraisal": { "years": 5, "priceBaseYear": 2026, "gdpDeflator": { "rate": 0.025 } } }
            """;
        var scenario = ScenarioReader.Parse(json, null);
        var appraisal = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        var result = MonteCarlo.Run(scenario, new MonteCarloOptions(20_000, seed: 4), cancellationToken: TestContext.Current.CancellationToken);

        var standardError = (double)result.Npv.StdDev / Math.Sqrt(20_000);
        Tolerance.Absolute((double)appraisal.Npv, (double)result.Npv.Mean, (4 * standardError) + 0.01, "mean NPV against the rebased appraisal");
        var tornado = Sensitivity.Analyse(scenario, cancellationToken: TestContext.Current.CancellationToken).Tornado.Single();
        tornado.NpvAtLow.Should().BeLessThan(appraisal.Npv).And.BeGreaterThan(appraisal.Npv * 0.99m);
    }
    [Fact]
    public void Analyse_Progress_ReachesOneAfterEveryInput()
    {
        var reports = new List<double>();

        Sensitivity.Analyse(SensitivityTests.Scenario("7.40"), progress: new Recorder(reports), cancellationToken: TestContext.Current.CancellationToken);

        reports.Should().NotBeEmpty().And.BeInAscendingOrder();
        reports[^1].Should().Be(1.0);
    }

    [Fact]
    public void Analyse_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => Sensitivity.Analyse(SensitivityTests.Scenario("7.40"), cancellationToken: cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    /// <summary>Keeps every report, in order, on the caller's thread (Progress&lt;T&gt; would post them elsewhere).</summary>
    private sealed class Recorder(List<double> reports) : IProgress<double>
    {
        public void Report(double value) => reports.Add(value);
    }
}
