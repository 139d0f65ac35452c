using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Serialization;
using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;

namespace ChannelShift.Tests.Uncertainty;

public class MonteCarloTests
{
    private const string Bdo = """
        { "unitCosts": { "catalogue": "socitm-2010", "overrides": { "face-to-face": COST } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 50000 } },
          "shifts": [ { "from": "face-to-face", "share": SHARE, "to": "avoided" } ],
          "costs": [ { "name": "Change", "type": "one-off", "year": 0, "amount": ONEOFF } ],
          "appraisal": { "years": 5, "optimismBias": { "oneOff": 0.4 } } }
        """;

    private static Scenario Bdo_(string cost = "7.40", string share = "0.5", string oneOff = "0") =>
        ScenarioReader.Parse(Bdo.Replace("COST", cost, StringComparison.Ordinal).Replace("SHARE", share, StringComparison.Ordinal).Replace("ONEOFF", oneOff, StringComparison.Ordinal), "bdo.json");

    public static TheoryData<string> PointScenarios => new()
    {
        ScenarioReaderTests.WasteServices,
        """
        { "unitCosts": { "catalogue": "socitm-2010", "overrides": { "telephone": 3.40 }, "priceYear": 2010 },
          "baseline": { "period": "day", "daysPerYear": 253, "volumes": { "face-to-face": 900, "telephone": 2600, "web": 9000 } },
          "demandGrowth": 0.005,
          "shifts": [ { "from": "face-to-face", "share": 0.45, "to": { "web": 0.6, "telephone": 0.3, "avoided": 0.1 },
                        "adoption": { "curve": "s-curve", "start": 0.2, "target": 0.8, "years": 5 },
                        "failureDemand": { "share": 0.2, "returnsTo": "telephone" }, "assistedDigital": { "share": 0.2, "cost": 3.40 }, "digitalExclusion": 0.6 } ],
          "costs": [ { "name": "Kiosks", "type": "one-off", "year": 0, "amount": 180000 },
                     { "name": "Support", "type": "recurring", "fromYear": 1, "toYear": 5, "amount": 35000 } ],
          "appraisal": { "years": 10, "firstYear": 2026, "priceBaseYear": 2026, "gdpDeflator": { "rate": 0.025 },
                         "discounting": { "rate": 0.05 }, "optimismBias": { "oneOff": 0.25, "recurring": 0.1, "benefits": 0.1 } } }
        """,
    };

    [Theory]
    [MemberData(nameof(PointScenarios))]
    public void Run_NoDistributions_SimulatesToTheAppraisal(string json)
    {
        var scenario = ScenarioReader.Parse(json, null);
        var appraisal = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        var result = MonteCarlo.Run(scenario, new MonteCarloOptions(1_000, seed: 1), cancellationToken: TestContext.Current.CancellationToken);

        result.Npv.Mean.Should().Be(appraisal.Npv);
        result.Npv.StdDev.Should().Be(0m);
        result.Npv.P5.Should().Be(appraisal.Npv);
        result.Npv.P95.Should().Be(appraisal.Npv);
        result.Basis.Should().Be(Basis.Average, "the scenario has no cost behaviour");
        result.FinalYearSaving.Mean.Should().Be(appraisal.Years[^1].Saving);
        result.Fan.Select(f => f.P50).Should().Equal(appraisal.Years.Select(y => y.CumulativePresentValue));
        result.ProbabilityNpvPositive.Should().Be(appraisal.Npv > 0 ? 1 : 0);
    }

    [Theory]
    [InlineData("bdo-2012-cashable.json")]
    [InlineData("northshire-options.json")]
    [InlineData("riverside-counter.json")]
    public void Run_ExamplesWithoutDistributions_SimulateToTheirAppraisalOptionByOption(string file)
    {
        using var stream = File.OpenRead(Docs.RepositoryRoot.File("docs", "examples", file));
        var scenario = ScenarioReader.Read(stream, file);
        for (var option = 0; option < scenario.Options.Count; option++)
        {
            var appraisal = Appraiser.AppraiseOption(scenario, scenario.Options[option]);

            var average = MonteCarlo.Run(scenario, new MonteCarloOptions(50, seed: 1, option: option, basis: Basis.Average), cancellationToken: TestContext.Current.CancellationToken);
            average.Npv.Mean.Should().Be(appraisal.Npv, $"{file} option {option}");
            average.Fan.Select(f => f.P50).Should().Equal(appraisal.Years.Select(y => y.CumulativePresentValue));
            if (appraisal.Cashable is { } cashable)
            {
                var result = MonteCarlo.Run(scenario, new MonteCarloOptions(50, seed: 1, option: option), cancellationToken: TestContext.Current.CancellationToken);
                result.Basis.Should().Be(Basis.Cashable, "the default with cost behaviour");
                result.Npv.Mean.Should().Be(cashable.Npv, $"{file} option {option} (cashable)");
                result.Npv.StdDev.Should().Be(0m);
                result.FinalYearSaving.Mean.Should().Be(appraisal.Years[^1].CashableSaving);
                result.Fan.Select(f => f.P50).Should().Equal(appraisal.Years.Select(y => y.CumulativeCashablePresentValue));
            }
        }
    }

    [Fact]
    public void Run_SameSeed_IsIdenticalWhateverTheThreads()
    {
        var scenario = Bdo_("{ \"triangular\": [4.83, 7.40, 9.56] }", "{ \"uniform\": [0.3, 0.6] }", "{ \"lognormal\": { \"median\": 250000, \"sigma\": 0.25 } }");

        var one = MonteCarlo.Run(scenario, new MonteCarloOptions(100_003, seed: 42, threads: 1, savingTarget: 2_000_000m), cancellationToken: TestContext.Current.CancellationToken);
        var many = MonteCarlo.Run(scenario, new MonteCarloOptions(100_003, seed: 42, threads: 4, savingTarget: 2_000_000m), cancellationToken: TestContext.Current.CancellationToken);
        var other = MonteCarlo.Run(scenario, new MonteCarloOptions(100_003, seed: 43, threads: 1, savingTarget: 2_000_000m), cancellationToken: TestContext.Current.CancellationToken);

        many.Npv.Should().Be(one.Npv);
        many.FinalYearSaving.Should().Be(one.FinalYearSaving);
        many.Fan.Should().Equal(one.Fan);
        many.ProbabilityNpvPositive.Should().Be(one.ProbabilityNpvPositive);
        many.ProbabilityFinalYearSavingAboveTarget.Should().Be(one.ProbabilityFinalYearSavingAboveTarget);
        many.NpvSample.Should().Equal(one.NpvSample);
        other.Npv.Should().NotBe(one.Npv);
    }

    [Fact]
    public void Run_NpvSample_IsTheRunsOwnIterations()
    {
        // The histogram's sample is drawn again when first read; it must be the very NPVs of the run: for a run short
        // enough to be kept whole, its percentiles (by selection) are the run's (by bucket counting) to the penny, and
        // its mean is the run's.
        var scenario = Bdo_("{ \"triangular\": [4.83, 7.40, 9.56] }", "{ \"uniform\": [0.3, 0.6] }", "{ \"lognormal\": { \"median\": 250000, \"sigma\": 0.25 } }");
        var result = MonteCarlo.Run(scenario, new MonteCarloOptions(3_001, seed: 5, threads: 2), cancellationToken: TestContext.Current.CancellationToken);

        var sample = result.NpvSample.ToArray();
        sample.Should().HaveCount(3_001);
        var p = SampleStatistics.Percentiles((double[])sample.Clone(), 0.05, 0.10, 0.50, 0.90, 0.95);
        new[] { result.Npv.P5, result.Npv.P10, result.Npv.P50, result.Npv.P90, result.Npv.P95 }
            .Should().Equal(p.Select(v => SimulationBoundary.ToMoney(v)));
        Tolerance.Absolute((double)result.Npv.Mean, SampleStatistics.Mean(sample), 0.005, "mean");
    }

    [Theory]
    [InlineData("[999, 1]", 1)]
    [InlineData("[999, 1]", 3)]
    [InlineData("[1, 1]", 1)]
    [InlineData("[1, 1]", 3)]
    public void Run_NpvsOnAFewValues_PercentilesAreSelections(string weights, int threads)
    {
        // NPVs that take two values only. With weights 999 : 1 the pilot draw that places the percentile buckets almost
        // always sees one value, so no buckets are placed and the run counts on its exact range; with 1 : 1 each value
        // fills a bucket of its own, gathered whole. Either way the percentiles must be the order statistics of the
        // run's own NPVs (selection, as numpy), to the penny.
        var scenario = Bdo_(share: $$"""{ "choice": { "values": [0.5, 0.6], "weights": {{weights}} } }""");
        var result = MonteCarlo.Run(scenario, new MonteCarloOptions(20_000, seed: 3, threads: threads), cancellationToken: TestContext.Current.CancellationToken);

        var sample = result.NpvSample.ToArray();
        sample.Should().HaveCount(20_000);
        sample.Distinct().Should().HaveCount(2);
        var p = SampleStatistics.Percentiles(sample, 0.05, 0.10, 0.50, 0.90, 0.95);
        new[] { result.Npv.P5, result.Npv.P10, result.Npv.P50, result.Npv.P90, result.Npv.P95 }
            .Should().Equal(p.Select(v => SimulationBoundary.ToMoney(v)));
    }

    [Fact]
    public void Run_AfterALongerRun_GivesTheSameResult()
    {
        // Runs reuse working arrays (longer ones from earlier runs), plans and workers: nothing may leak between runs.
        var scenario = Bdo_("{ \"triangular\": [4.83, 7.40, 9.56] }", "{ \"uniform\": [0.3, 0.6] }", "{ \"lognormal\": { \"median\": 250000, \"sigma\": 0.25 } }");
        var options = new MonteCarloOptions(20_500, seed: 9, threads: 2, savingTarget: 2_000_000m);
        var first = MonteCarlo.Run(scenario, options, cancellationToken: TestContext.Current.CancellationToken);
        MonteCarlo.Run(scenario, new MonteCarloOptions(300_000, seed: 10, threads: 2), cancellationToken: TestContext.Current.CancellationToken);
        var again = MonteCarlo.Run(scenario, options, cancellationToken: TestContext.Current.CancellationToken);
        var fresh = MonteCarlo.Run(Bdo_("{ \"triangular\": [4.83, 7.40, 9.56] }", "{ \"uniform\": [0.3, 0.6] }", "{ \"lognormal\": { \"median\": 250000, \"sigma\": 0.25 } }"), options, cancellationToken: TestContext.Current.CancellationToken);

        foreach (var other in new[] { again, fresh })
        {
            other.Npv.Should().Be(first.Npv);
            other.FinalYearSaving.Should().Be(first.FinalYearSaving);
            other.Fan.Should().Equal(first.Fan);
            other.ProbabilityFinalYearSavingAboveTarget.Should().Be(first.ProbabilityFinalYearSavingAboveTarget);
        }
    }

    // 1% of the iterations, at least 1,000 (or all of them when fewer) and at most 100,000.
    [Theory]
    [InlineData(2L, 2)]
    [InlineData(999L, 999)]
    [InlineData(1_000L, 1_000)]
    [InlineData(10_000L, 1_000)]
    [InlineData(100_000L, 1_000)]
    [InlineData(250_000L, 2_500)]
    [InlineData(1_000_000L, 10_000)]
    [InlineData(10_000_000L, 100_000)]
    [InlineData(100_000_000L, 100_000)]
    public void FanIterationsFor_Iterations_IsOnePercentWithinItsBounds(long iterations, int expected) =>
        MonteCarloOptions.FanIterationsFor(iterations).Should().Be(expected);

    [Fact]
    public void Run_LinearInIndependentInputs_MeanAgreesWithTheAnalyticMean()
    {
        // NPV = 300,000 × c × A − 1.4 × C, with A = Σ DF(1..5) = 4.5150524 (fixtures §2), c ~ triangular(4.83, 7.40,
        // 9.56) and C ~ lognormal(median 250,000, σ 0.25), independent. Analytic: E[c] = (a + b + m)/3,
        // Var[c] = (a² + b² + m² − ab − am − bm)/18; E[C] = median·e^(σ²/2), Var[C] = median²·e^(σ²)(e^(σ²) − 1).
        // The simulated mean must be within 4 standard errors (SD/√n) of the analytic mean.
        const double a = 4.83, m = 7.40, b = 9.56, median = 250_000, sigma = 0.25, n = 200_000;
        var annuity = Enumerable.Range(1, 5).Sum(t => 1 / Math.Pow(1.035, t));
        var meanC = (a + b + m) / 3;
        var varC = ((a * a) + (b * b) + (m * m) - (a * b) - (a * m) - (b * m)) / 18;
        var meanL = median * Math.Exp(sigma * sigma / 2);
        var varL = median * median * Math.Exp(sigma * sigma) * (Math.Exp(sigma * sigma) - 1);
        var k = 300_000 * annuity;
        var mean = (k * meanC) - (1.4 * meanL);
        var sd = Math.Sqrt((k * k * varC) + (1.4 * 1.4 * varL));
        var scenario = Bdo_("{ \"triangular\": [4.83, 7.40, 9.56] }", "0.5", "{ \"lognormal\": { \"median\": 250000, \"sigma\": 0.25 } }");

        var result = MonteCarlo.Run(scenario, new MonteCarloOptions((long)n, seed: 2026), cancellationToken: TestContext.Current.CancellationToken);

        Tolerance.Absolute(mean, (double)result.Npv.Mean, 4 * sd / Math.Sqrt(n), "mean NPV within 4 standard errors");
        Tolerance.Relative(sd, (double)result.Npv.StdDev, 0.02, "standard deviation within 2%");
    }

    [Fact]
    public void Run_SavingTarget_GivesTheShareAboveIt()
    {
        // Final-year saving = 600,000 × s × 7.40 with s ~ uniform(0.3, 0.6): above 2,000,000 when s > 0.45045…,
        // probability (0.6 − 2,000,000/4,440,000)/0.3 = 0.49850 (± 4 SE = 4·√(p(1−p)/n)).
        var scenario = Bdo_("7.40", "{ \"uniform\": [0.3, 0.6] }");
        const int n = 100_000;

        var result = MonteCarlo.Run(scenario, new MonteCarloOptions(n, seed: 9, savingTarget: 2_000_000m), cancellationToken: TestContext.Current.CancellationToken);

        var p = (0.6 - (2_000_000.0 / 4_440_000.0)) / 0.3;
        Tolerance.Absolute(p, result.ProbabilityFinalYearSavingAboveTarget!.Value, 4 * Math.Sqrt(p * (1 - p) / n), "P(saving > target)");
        result.SavingTarget.Should().Be(2_000_000m);
    }

    [Theory]
    [InlineData("{ \"normal\": { \"mean\": 0.5, \"stdDev\": 0.1 } }", "$.shifts[0].share.normal")]
    [InlineData("{ \"uniform\": [0.2, 1.2] }", "$.shifts[0].share.uniform")]
    public void Parse_DistributionLeavingTheValidRange_IsAnError(string share, string path)
    {
        var act = () => Bdo_("7.40", share);

        act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<InputProblem>(p => p.Path == path && p.Message.Contains("outside the valid range"));
    }

    [Fact]
    public void Parse_UniformReachingBelowZeroOnACost_IsAnError() =>
        ((Action)(() => Bdo_("{ \"uniform\": [-1, 9] }"))).Should().Throw<InputValidationException>()
            .Which.Problems.Single().Path.Should().Be("$.unitCosts.overrides.face-to-face.uniform");

    [Fact]
    public void Parse_Distributions_AreEvaluatedAtTheirMeansAndSaySo()
    {
        // Triangular mean (4.83 + 7.40 + 9.56)/3 = 7.263333…; 300,000 × that a year.
        var scenario = Bdo_("{ \"triangular\": [4.83, 7.40, 9.56] }");

        var appraisal = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        appraisal.Years[1].Saving.Should().BeApproximately(300_000m * 21.79m / 3m, 0.01m);
        Appraiser.NotesOf(scenario).OfType<UncertainInputsAtMeanNote>().Single().Message.Should().Contain("evaluates each at its mean");
        scenario.Describe(scenario.Uncertainty.Inputs.Single().Input).Path.Should().Be("$.unitCosts.overrides.face-to-face");
    }

    [Fact]
    public void Run_RankCorrelation_IsHonoured()
    {
        // Two costs with rank correlation 0.8: face-to-face and the one-off cost. Check through a scenario file that
        // the correlations section is read and used: with ρ = +0.8 between cost and one-off, NPV's spread shrinks
        // compared with independence (both move NPV in opposite directions).
        var json = Bdo.Replace("COST", "{ \"triangular\": [4.83, 7.40, 9.56] }", StringComparison.Ordinal).Replace("SHARE", "0.5", StringComparison.Ordinal)
            .Replace("ONEOFF", "{ \"uniform\": [0, 8000000] }", StringComparison.Ordinal);
        var correlated = ScenarioReader.Parse(json.Insert(json.LastIndexOf('}'), ", \"correlations\": [ { \"between\": [\"$.unitCosts.overrides.face-to-face\", \"$.costs[0].amount\"], \"rank\": 0.8 } ]"), null);
        var independent = ScenarioReader.Parse(json, null);

        var c = MonteCarlo.Run(correlated, new MonteCarloOptions(50_000, seed: 5), cancellationToken: TestContext.Current.CancellationToken);
        var i = MonteCarlo.Run(independent, new MonteCarloOptions(50_000, seed: 5), cancellationToken: TestContext.Current.CancellationToken);

        correlated.Uncertainty.Copula.Should().NotBeNull();
        c.Npv.StdDev.Should().BeLessThan(i.Npv.StdDev * 0.8m);
    }
}
