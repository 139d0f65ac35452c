using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class EstimateCommandTests
{
    // fixtures.md §1 through `estimate --format json`.
    [Theory]
    [InlineData("socitm-2010", "avoided", 2220000.00)]
    [InlineData("socitm-2010", "web", 2124000.00)]
    [InlineData("socitm-2010", "telephone", 1350000.00)]
    [InlineData("socitm-2012", "avoided", 2586000.00)]
    [InlineData("socitm-2012", "web", 2541000.00)]
    [InlineData("socitm-2008", "avoided", 1968000.00)]
    public void Estimate_ReportCase_JsonHasTheSaving(string catalogue, string to, double saving)
    {
        var run = AppRun.Of("estimate", "--from", "face-to-face", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", to, "--catalogue", catalogue, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("annualSaving").GetDecimal().Should().Be((decimal)saving);
        json.GetProperty("annualContactsMoved").GetDecimal().Should().Be(300000m);
        json.GetProperty("savingPerPeriod").GetDecimal().Should().Be(Math.Round((decimal)saving / 12m, 2, MidpointRounding.AwayFromZero));
        json.GetProperty("share").GetDouble().Should().Be(0.5);
        var flow = json.GetProperty("flows")[0];
        flow.GetProperty("from").GetString().Should().Be("face-to-face");
        flow.GetProperty("to").GetString().Should().Be(to);
        flow.GetProperty("annualContacts").GetDecimal().Should().Be(300000m);
        flow.GetProperty("annualSaving").GetDecimal().Should().Be((decimal)saving);
    }

    [Fact]
    public void Estimate_PerMonthReading_Is185000AMonth()
    {
        var json = AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "0.5", "--to", "avoided", "--format", "json").Json();

        json.GetProperty("savingPerPeriod").GetDecimal().Should().Be(185000.00m);
    }

    [Fact]
    public void Estimate_MixFailureAssistedAndOverride_FollowsTheHandCalculation()
    {
        // Own face-to-face cost 9.10; 300,000 moved: web 210,000 at 0.32, telephone 60,000 at 2.90, avoided 30,000;
        // failure 20% of the web part = 42,000 calls at 2.90 = 121,800; help for 10% of the 210,000 moved to the web at
        // 2.90 = 21,000 × 2.90 = 60,900 (none for the telephone). Removed 2,730,000; added 67,200 + 174,000 + 121,800
        // + 60,900 = 423,900; saving 2,306,100.
        var run = AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%",
            "--to", "web=70%,telephone=20%,avoided=10%", "--failure", "20%:telephone", "--assisted-digital", "10%:2.90",
            "--cost", "face-to-face=9.10", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("annualCostRemoved").GetDecimal().Should().Be(2730000.00m);
        json.GetProperty("annualCostAdded").GetDecimal().Should().Be(423900.00m);
        json.GetProperty("annualSaving").GetDecimal().Should().Be(2306100.00m);
        json.GetProperty("flows").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public void Estimate_FailureReturningToAMix_SplitsTheFailedContacts()
    {
        // Socitm 2010: 300,000 moved to the web; 20% fail = 60,000, 70% back by phone (42,000 × 2.90 = 121,800) and 30%
        // at the counter (18,000 × 7.40 = 133,200). Saving = 300,000 × (7.40 − 0.32) − 121,800 − 133,200
        // = 2,124,000 − 255,000 = 1,869,000.
        var run = AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%",
            "--to", "web", "--failure", "20%:telephone=70%,face-to-face=30%", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("annualSaving").GetDecimal().Should().Be(1_869_000.00m);
        run.Json().GetProperty("flows").GetArrayLength().Should().Be(3);
    }

    [Theory]
    [InlineData("--to", "telephone", "--failure", "20%:face-to-face", "--failure: failure demand applies to the contacts moved to digital channels, and this shift moves none")]
    [InlineData("--to", "telephone", "--assisted-digital", "10%:2.90", "--assisted-digital: assisted digital applies to the contacts moved to digital channels, and this shift moves none")]
    [InlineData("--to", "web", "--failure", "20%:email", "--failure: \"email\" is a digital channel, and failed digital contacts come back on a non-digital one")]
    [InlineData("--to", "web", "--assisted-digital", "0.50", "--assisted-digital: \"0.50\" is not SHARE:COST; expected the share of the contacts moved to digital channels that need help and the cost of helping one, e.g. 10%:2.90.")]
    public void Estimate_DigitalOnlyTermsOffDigital_Exit2(string toFlag, string to, string flag, string value, string expected)
    {
        var run = AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--shift", "50%", toFlag, to, flag, value, "--cost", "email=2.10");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void Estimate_Csv_HasHeaderFlowsAndTotal()
    {
        var lines = AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web", "--format", "csv")
            .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Equal(
            "kind,from,to,annualContacts,costPerContactFrom,costPerContactTo,annualSaving",
            "destination,face-to-face,web,300000,7.40,0.32,2124000.00",
            "total,face-to-face,,300000,,,2124000.00");
    }

    [Fact]
    public void Estimate_Table_ShowsTheSavingInTheCulturesNeutralForm()
    {
        var run = AppRun.Under("de-DE", "estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web");

        run.Output.Should().Contain("Saving a year:         £2,124,000.00");
        run.Output.Should().Be(AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web").Output);
    }

    // Careless inputs: each gets one line per problem on stderr, exit 2, no stack trace, nothing on stdout.
    [Theory]
    [InlineData("--volume=-5", "--volume: -5 is negative; expected a number of contacts of 0 or more.")]
    [InlineData("--volume=lots", "--volume: \"lots\" is not a number")]
    [InlineData("--volume=NaN", "--volume: \"NaN\" is not a finite number")]
    [InlineData("--volume=Infinity", "--volume: \"Infinity\" is not a finite number")]
    [InlineData("--volume=1e40", "--volume: 1e40 is too large")]
    [InlineData("--volume=7e28", "volume: 70000000000000000000000000000 contacts a month makes amounts too large")]
    [InlineData("--shift=140%", "--shift: 140% is not a share; expected a percentage from 0% to 100%.")]
    [InlineData("--shift=1.5", "--shift: 1.5 is not a share; expected a number from 0 to 1")]
    [InlineData("--to=web=50%,telephone=40%", "to: the destination shares sum to 0.9")]
    [InlineData("--to=web=110%,telephone=-10%", "--to web: 110% is not a share")]
    [InlineData("--from=f2ff", "--from: \"f2ff\" is not a known channel (did you mean \"face-to-face\"?)")]
    [InlineData("--to=webb", "--to: \"webb\" is not a known channel (did you mean \"web\"?)")]
    [InlineData("--to=face-to-face", "from \"face-to-face\" to \"face-to-face\" itself")]
    [InlineData("--per=fortnight", "--per: \"fortnight\" is not a period; expected one of day, week, month, quarter, year.")]
    [InlineData("--catalogue=socitm-2011", "catalogue: \"socitm-2011\" is not a unit-cost set (did you mean \"socitm-2010\"?); expected one of")]
    [InlineData("--to=webchat", "has no cost for \"webchat\"; expected --cost webchat=AMOUNT")]
    [InlineData("--failure=120%:telephone", "--failure: 120% is not a share")]
    [InlineData("--failure=20%:fax", "--failure: \"fax\" is not a known channel")]
    [InlineData("--failure=20%", "--failure: \"20%\" is not a failure demand; expected SHARE:CHANNEL")]
    [InlineData("--format=xml", "--format: \"xml\" is not a format; expected one of table, json, csv, markdown.")]
    [InlineData("--cost=face-to-fase=3", "--cost: \"face-to-fase\" is a channel of your own that the estimate does not use")]
    [InlineData("--assisted-digital=10%:-1", "--assisted-digital cost: -1 is negative")]
    public void Estimate_CarelessInput_OneLineAndExit2(string change, string expected)
    {
        var args = new Dictionary<string, string>
        {
            ["--from"] = "face-to-face",
            ["--volume"] = "50000",
            ["--per"] = "month",
            ["--shift"] = "50%",
            ["--to"] = "web",
        };
        var eq = change.IndexOf('=', StringComparison.Ordinal);
        args[change[..eq]] = change[(eq + 1)..];

        var run = AppRun.Of(["estimate", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
        run.Error.Should().NotContain("   at ").And.NotContain("Usage:").And.NotContain("(Parameter");
    }

    [Fact]
    public void Estimate_SeveralMistakes_AllReportedAtOnce()
    {
        var run = AppRun.Of("estimate", "--from", "f2ff", "--volume", "-5", "--shift", "140%", "--to", "webb");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().HaveCount(4);
    }

    [Fact]
    public void Estimate_MissingOptions_OneLineEachWithoutHelp()
    {
        var run = AppRun.Of("estimate", "--from", "f2f");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().HaveCount(3).And.OnlyContain(l => l.Contains("is required"));
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void UnknownCommand_Exit2WithoutHelpText()
    {
        var run = AppRun.Of("estimat");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().NotContain("Usage:");
    }
}
