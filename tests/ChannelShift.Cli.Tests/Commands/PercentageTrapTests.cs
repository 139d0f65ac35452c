using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>Numbers written a hundred times (or a thousand times) too large end in exit 2 with how to write them,
/// through the app as a user meets them.</summary>
public sealed class PercentageTrapTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("channelshift-traps-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Scenario(string top, string appraisal, string baseline = "\"period\": \"month\", ")
    {
        var path = Path.Combine(folder, "council.json");
        File.WriteAllText(path, $$"""
            { "name": "Traps",
              "baseline": { {{baseline}}"volumes": { "face-to-face": 50000, "telephone": 90000 } },
              {{top}}
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
              "appraisal": { "years": 5{{appraisal}} } }
            """);
        return path;
    }

    [Theory]
    [InlineData("\"demandGrowth\": 1,", "", "$.demandGrowth: 1 is out of range; did you mean 0.01?")]
    [InlineData("", ", \"optimismBias\": { \"oneOff\": 40 }", "$.appraisal.optimismBias.oneOff: 40 is out of range; did you mean 0.4?")]
    [InlineData("", ", \"discounting\": { \"rate\": 3.5 }", "$.appraisal.discounting.rate: 3.5 is out of range; did you mean 0.035?")]
    [InlineData("", ", \"priceBaseYear\": 2026, \"gdpDeflator\": { \"rate\": 2.5 }", "$.appraisal.gdpDeflator.rate: 2.5 is out of range; did you mean 0.025?")]
    [InlineData("\"costBehaviour\": { \"telephone\": { \"variableShare\": 0.6, \"handlingTimeRise\": 10 } },", "", "$.costBehaviour.telephone.handlingTimeRise: 10 is out of range; did you mean 0.1?")]
    public void Appraise_PercentageForAFraction_Exit2WithTheFraction(string top, string appraisal, string expected)
    {
        var run = AppRun.Of("appraise", Scenario(top, appraisal));

        run.ExitCode.Should().Be(2, run.Output);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void Appraise_NoPeriod_Exit2AskingForIt()
    {
        var run = AppRun.Of("appraise", Scenario("", "", baseline: ""));

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("$.baseline.period: is missing; expected the period the volumes are counted over");
    }

    [Theory]
    [InlineData("1.5", "1.5 is out of range")]
    public void Appraise_UpliftAboveOne_RunsWithAWarning(string uplift, string notExpected)
    {
        // 150% is a valid uplift (the Green Book's equipment-development upper bound is 200%) but an unusual one.
        var run = AppRun.Of("appraise", Scenario("", $", \"optimismBias\": {{ \"oneOff\": {uplift} }}"));

        run.ExitCode.Should().Be(0, run.Error);
        (run.Output + run.Error).Should().Contain("Warning: $.appraisal.optimismBias.oneOff is 1.5, more than 1 (150%)").And.NotContain(notExpected);
    }

    [Theory]
    [InlineData("50.000", "--volume: 50.000 is ambiguous: write 50000 or 50;")]
    [InlineData("2.500", "--volume: 2.500 is ambiguous: write 2500 or 2.5;")]
    [InlineData("1.500.000", "--volume: 1.500.000 has dots between thousands; write 1500000 (numbers")]
    [InlineData("1,5", "--volume: \"1,5\" has a comma; write 1.5 (a dot for decimals).")]
    [InlineData("0,32", "--volume: \"0,32\" has a comma; write 0.32 (a dot for decimals).")]
    [InlineData("50,000", "--volume: \"50,000\" has a comma; write 50000 (no thousands separators).")]
    [InlineData("12,345,678", "--volume: \"12,345,678\" has a comma; write 12345678 (no thousands separators).")]
    public void Estimate_AmbiguousVolume_Exit2SayingHowToWriteIt(string volume, string expected)
    {
        var run = AppRun.Of("estimate", "--from", "face-to-face", "--volume", volume, "--per", "month", "--shift", "50%", "--to", "web");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Theory]
    [InlineData("--shift", "50,5%", "--shift: \"50,5%\" has a comma")]
    [InlineData("--shift", "50", "--shift: 50 is not a share; did you mean 50%?")]
    [InlineData("--cost", "face-to-face=7,40", "--cost face-to-face: \"7,40\" has a comma; write 7.40 (a dot for decimals).")]
    [InlineData("--assisted-digital", "10%:2,90", "--assisted-digital cost: \"2,90\" has a comma; write 2.90 (a dot for decimals).")]
    public void Estimate_CommaInAnyNumber_Exit2(string flag, string value, string expected)
    {
        var args = new List<string> { "estimate", "--from", "face-to-face", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web" };
        if (flag == "--assisted-digital")
        {
            args[args.IndexOf("--to") + 1] = "web";
            args.AddRange([flag, value]);
        }
        else if (flag == "--shift")
        {
            args[args.IndexOf("--shift") + 1] = value;
        }
        else
        {
            args.AddRange([flag, value]);
        }

        var run = AppRun.Of([.. args]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void Estimate_CostPerContactWithThreeDecimals_IsAccepted()
    {
        // A cost per contact of 1.125 is a price, not 1,125 written with a dot: only counts and totals are ambiguous.
        // 500 visits a year moved (Socitm 2010: 7.40) at 1.125 each: 500 × (7.40 − 1.125) = 3,137.50.
        var run = AppRun.Of("estimate", "--from", "face-to-face", "--volume", "1000", "--shift", "50%", "--to", "web", "--cost", "web=1.125", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("annualSaving").GetDecimal().Should().Be(3_137.50m);
    }

    [Theory]
    [InlineData("50000.5")]
    [InlineData("5000.25")]
    [InlineData("0.500")]
    public void Estimate_DecimalThatIsNotGroupedThousands_IsAccepted(string volume)
    {
        var run = AppRun.Of("estimate", "--from", "face-to-face", "--volume", volume, "--per", "month", "--shift", "50%", "--to", "web");

        run.ExitCode.Should().Be(0, run.Error);
    }
}
