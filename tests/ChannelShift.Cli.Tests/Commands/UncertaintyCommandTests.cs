using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class UncertaintyCommandTests
{
    private static string Anchor => Path.Combine(Repository.Root, "benchmarks", "anchor.json");

    private static string Waste => Path.Combine(Repository.Root, "docs", "examples", "waste-services.json");

    [Fact]
    public void Simulate_SameSeed_IdenticalJsonWithOneThreadOrAll()
    {
        var one = AppRun.Of("simulate", Anchor, "--iterations", "50000", "--seed", "7", "--threads", "1", "--format", "json");
        var all = AppRun.Of("simulate", Anchor, "--iterations", "50000", "--seed", "7", "--format", "json");

        one.ExitCode.Should().Be(0, one.Error);
        all.Output.Should().Be(one.Output);
        one.Output.Should().NotContain("thread").And.NotContain("elapsed");
        var json = one.Json();
        json.GetProperty("iterations").GetInt64().Should().Be(50000);
        json.GetProperty("seed").GetUInt64().Should().Be(7);
        foreach (var field in new[] { "mean", "stdDev", "p5", "p10", "p50", "p90", "p95" })
        {
            json.GetProperty("npv").TryGetProperty(field, out _).Should().BeTrue(field);
        }

        json.GetProperty("basis").GetString().Should().Be("average", "the anchor has no cost behaviour");
        json.GetProperty("probabilityFinalYearSavingAboveTarget").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("fan").GetArrayLength().Should().Be(11);
    }

    [Fact]
    public void Simulate_NoDistributions_EqualsTheAppraisal()
    {
        var appraisal = AppRun.Of("appraise", Waste, "--format", "json").Json().GetProperty("options")[0];
        var simulation = AppRun.Of("simulate", Waste, "--iterations", "100", "--seed", "1", "--format", "json").Json();

        simulation.GetProperty("npv").GetProperty("mean").GetDecimal().Should().Be(appraisal.GetProperty("npv").GetDecimal());
        simulation.GetProperty("npv").GetProperty("stdDev").GetDecimal().Should().Be(0m);
    }

    [Fact]
    public void Simulate_Charts_AreWrittenAndNotOverwrittenWithoutForce()
    {
        var dir = Directory.CreateTempSubdirectory("channelshift-charts-");
        try
        {
            var histogram = Path.Combine(dir.FullName, "npv.png");
            var fan = Path.Combine(dir.FullName, "fan.svg");
            var run = AppRun.Of("simulate", Anchor, "--iterations", "2000", "--seed", "3", "--histogram", histogram, "--fan", fan);
            run.ExitCode.Should().Be(0, run.Error);
            File.ReadAllBytes(histogram).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
            File.ReadAllText(fan).Should().Contain("<svg");

            var again = AppRun.Of("simulate", Anchor, "--iterations", "2000", "--seed", "3", "--histogram", histogram);
            again.ExitCode.Should().Be(2);
            again.ErrorLines.Should().ContainSingle().Which.Should().Contain("exists").And.Contain("--force");

            AppRun.Of("simulate", Anchor, "--iterations", "2000", "--seed", "3", "--histogram", histogram, "--force").ExitCode.Should().Be(0);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sensitivity_Tornado_NamesTheOptionAndEachInputInWordsWithUnits()
    {
        var dir = Directory.CreateTempSubdirectory("channelshift-tornado-");
        try
        {
            var tornado = Path.Combine(dir.FullName, "tornado.svg");
            var run = AppRun.Of("sensitivity", Path.Combine(Repository.Root, "docs", "examples", "bdo-2012-uncertain.json"), "--tornado", tornado);

            run.ExitCode.Should().Be(0, run.Error);
            var svg = File.ReadAllText(tornado);
            // bdo-2012-uncertain.json: one uncertain cost per visit, the report's 50,000 visits a month, halved.
            svg.Should().Contain("BDO 2012 with uncertainty").And.Contain("Sensitivity of NPV at average cost");
            svg.Should().Contain("Cost per contact, face-to-face (GBP)");
            svg.Should().NotContain("$.unitCosts");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sensitivity_Table_NamesEachInputInWordsWithUnitsAndItsPath()
    {
        // realistic-uncertain.json names its shifts ("Counter to online") and has uncertain staffing and a fixed step.
        var run = AppRun.Of("sensitivity", Path.Combine(Repository.Root, "docs", "examples", "realistic-uncertain.json"));

        run.ExitCode.Should().Be(0, run.Error);
        // The Input column's cells, line after line: a long label wrapped inside its cell reads whole again.
        var inputs = string.Join(' ', run.Output.Split('\n').Where(l => l.StartsWith('│')).Select(l => l.Split('│')[1].Trim()));
        foreach (var label in new[] { "Counter to online: share moved (a fraction)", "Handling time, face-to-face (seconds)", "Cost per FTE, face-to-face (GBP a year)", "Town hall service point: cost of closing it (GBP)" })
        {
            inputs.Should().Contain(label);
        }

        // Under each label, the path --range takes.
        inputs.Should().Contain("Counter to online: share moved (a fraction) $.shifts[0].share");
    }

    [Fact]
    public void Simulate_Title_IsTheChartsFirstLine()
    {
        var dir = Directory.CreateTempSubdirectory("channelshift-title-");
        try
        {
            var histogram = Path.Combine(dir.FullName, "npv.svg");
            var run = AppRun.Of("simulate", Anchor, "--iterations", "2000", "--seed", "3", "--histogram", histogram, "--title", "Counter to web, board paper");

            run.ExitCode.Should().Be(0, run.Error);
            File.ReadAllText(histogram).Should().Contain("Counter to web, board paper").And.Contain("NPV over 2,000 iterations");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--iterations=1", "--iterations: 1 is out of range")]
    [InlineData("--iterations=lots", "--iterations: \"lots\" is not a whole number")]
    [InlineData("--seed=-4", "--seed: \"-4\" is not a seed")]
    [InlineData("--threads=0", "--threads: 0 is out of range")]
    [InlineData("--histogram=out.jpg", "out.jpg: .jpg is not a chart format; expected .png or .svg.")]
    [InlineData("--option=Nope", "--option: \"Nope\" is not an option of the scenario")]
    public void Simulate_CarelessInput_OneLineAndExit2(string change, string expected)
    {
        var eq = change.IndexOf('=', StringComparison.Ordinal);
        var args = new Dictionary<string, string> { ["--iterations"] = "100", [change[..eq]] = change[(eq + 1)..] };
        var run = AppRun.Of(["simulate", Anchor, .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void Sensitivity_Json_HasTornadoAndSwitchingValues()
    {
        var run = AppRun.Of("sensitivity", Anchor, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("tornado").GetArrayLength().Should().Be(6);
        json.GetProperty("tornado")[0].GetProperty("path").GetString().Should().Be("$.shifts[0].share");
        json.GetProperty("switchingValues").GetArrayLength().Should().Be(6);
        json.GetProperty("tornado")[0].GetProperty("label").GetString().Should().Be("Shift 1 (face-to-face to web, telephone, avoided): share moved (a fraction)");
        json.GetProperty("switchingValues")[0].GetProperty("value").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("switchingValues")[0].GetProperty("note").GetString().Should().Be("none in range");
    }

    [Fact]
    public void Sensitivity_StatedRange_FindsTheSwitchingValue()
    {
        // waste-services: NPV is zero when the share moved is small enough; with a stated range 0–0.5 the root exists.
        var run = AppRun.Of("sensitivity", Waste, "--range", "$.shifts[0].share=0:0.5", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var value = run.Json().GetProperty("switchingValues").EnumerateArray().Single(v => v.GetProperty("path").GetString() == "$.shifts[0].share");
        value.GetProperty("value").GetDouble().Should().BeInRange(0, 0.5);
    }

    [Fact]
    public void Sensitivity_CsvSummary_OneRowWithTheBaseNpvAndTheWidestInput()
    {
        // The base case is waste-services' NPV, worked by hand in docs/methodology.md: 23,474,307.29. Two inputs are
        // swung; the summary names the tornado's first (widest) bar, as the JSON lists it.
        string[] args = ["sensitivity", Waste, "--range", "$.demandGrowth=-0.05:0.03", "--range", "$.unitCosts.overrides.face-to-face=4.83:9.56"];
        var lines = AppRun.Of([.. args, "--format", "csv", "--summary"]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = AppRun.Of([.. args, "--format", "json"]).Json().GetProperty("tornado")[0];

        lines.Should().HaveCount(2);
        lines[0].Should().Be("option,basis,baseNpv,inputs,widestInputPath,widestInputLabel,widestSwing,widestSwitchingValue");
        lines[1].Should().StartWith($"Digital first for waste services,average,23474307.29,2,{first.GetProperty("path").GetString()},")
            .And.Contain(first.GetProperty("swing").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    // fixtures §5 through the app.
    [Theory]
    [InlineData("5", "10", "90%", 0.2692718, 0.7307282, 7)]
    [InlineData("16", "67", "95%", 0.1527, 0.3533, 4)]
    [InlineData("51", "67", "95%", 0.6467, 0.8473, 4)]
    public void Survey_Wilson_MatchesTheFixtures(string yes, string of, string confidence, double lower, double upper, int places)
    {
        var json = AppRun.Of("survey", "--yes", yes, "--of", of, "--confidence", confidence, "--format", "json").Json();

        Math.Round(json.GetProperty("lower").GetDouble(), places).Should().Be(lower);
        Math.Round(json.GetProperty("upper").GetDouble(), places).Should().Be(upper);
        json.GetProperty("method").GetString().Should().Be("wilson");
    }

    [Fact]
    public void Survey_Exact_ZeroOfN_HasTheClosedFormUpperBound()
    {
        // Clopper–Pearson with 0 of 20 at 95%: upper = 1 − 0.025^(1/20).
        var json = AppRun.Of("survey", "--yes", "0", "--of", "20", "--method", "exact", "--format", "json").Json();

        json.GetProperty("lower").GetDouble().Should().Be(0);
        json.GetProperty("upper").GetDouble().Should().BeApproximately(1 - Math.Pow(0.025, 1.0 / 20), 1e-9);
        json.GetProperty("method").GetString().Should().Be("exact");
    }

    [Theory]
    [InlineData("--yes", "70", "--yes: 70 is more than --of 67")]
    [InlineData("--confidence", "100%", "--confidence: 100% is out of range")]
    [InlineData("--method", "bayes", "--method: \"bayes\" is not a method")]
    public void Survey_CarelessInput_OneLineAndExit2(string option, string value, string expected)
    {
        var args = new Dictionary<string, string> { ["--yes"] = "16", ["--of"] = "67", [option] = value };

        var run = AppRun.Of(["survey", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }
}
