using System.Text.Json;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public sealed class TrackCommandTests : IDisposable
{
    // Hand-checkable: face-to-face 10.00 and web 0.50 a contact (2011 prices, no deflator: the figures stay at them);
    // half of 1,000 visits a month move to the web at once from year 1 (April 2027). A month of the plan in year 1:
    // 500 visits and 4,500 web visits, saving 500 × (10 − 0.5) = 4,750.
    private const string CounterToWeb = """
        { "name": "Counter to web",
          "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
          "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 3, "firstYear": 2026 } }
        """;

    // April: 600 visits and 4,400 web visits, 400 moved: 400 × 9.5 = 3,800 realised. May: the plan, 4,750.
    private const string Wide = "month,face-to-face,web\n2027-04,600,4400\n2027-05,500,4500\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("channelshift-track-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Scenario(string json = CounterToWeb) => Write("scenario.json", json);

    [Fact]
    public void Track_TwoMonths_PrintsTheSavingsToDateAndTheStatus()
    {
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide));

        run.ExitCode.Should().Be(0, run.Error);
        // To date: planned 2 × 4,750 = 9,500; realised 3,800 + 4,750 = 8,550, 90% of plan: at risk (85% to 95%).
        run.Output.Should().Contain("realised £8,550.00 of £9,500.00 planned (90.0% of plan), variance −£950.00: at risk");
        // Take-up: 400 + 500 = 900 of the 1,000 visits that would move at full take-up, against 100% planned.
        run.Output.Should().Contain("Take-up: 90.0% against 100.0% planned: at risk");
    }

    [Fact]
    public void Track_CsvSummary_PlannedBesideActualForEachHeadline()
    {
        // To date (April and May 2027): planned 2 × 4,750 = 9,500.00, realised 3,800 + 4,750 = 8,550.00 (90%: at risk);
        // take-up 0.9 against 1 planned; demand planned 2 × (500 + 4,500) = 10,000, actual 5,000 + 5,000 = 10,000.
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--format", "csv", "--summary");
        var json = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--format", "json").Json().GetProperty("reforecast");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        run.ExitCode.Should().Be(0, run.Error);
        lines[0].Should().Be("measure,from,to,planned,actual,status");
        lines[1].Should().Be("savingAtAverageCost,2027-04,2027-05,9500.00,8550.00,at-risk");
        lines.Should().Contain("takeUp,2027-04,2027-05,1,0.9,at-risk").And.Contain("demand,2027-04,2027-05,10000,10000,");
        lines.Should().Contain(l => l.StartsWith("npvAtAverageCost,,,", StringComparison.Ordinal)
            && l.Contains(json.GetProperty("approvedNpv").GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void Track_SummaryWithoutCsv_IsRefusedNamingTheFlag()
    {
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--summary");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error: --summary:").And.Contain("expected --format csv");
    }

    [Fact]
    public void Track_Json_CarriesTheMonthsToDateAndReforecast()
    {
        var json = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--format", "json").Json();

        var april = json.GetProperty("months")[0];
        april.GetProperty("month").GetString().Should().Be("2027-04");
        april.GetProperty("plannedSaving").GetDecimal().Should().Be(4_750.00m);
        april.GetProperty("realisedSaving").GetDecimal().Should().Be(3_800.00m);
        april.GetProperty("planned").GetProperty("face-to-face").GetDecimal().Should().Be(500m);
        april.GetProperty("actual").GetProperty("web").GetDecimal().Should().Be(4_400m);
        april.GetProperty("businessAsUsual").GetProperty("face-to-face").GetDecimal().Should().Be(1_000m);
        var toDate = json.GetProperty("toDate");
        toDate.GetProperty("plannedSaving").GetDecimal().Should().Be(9_500.00m);
        toDate.GetProperty("realisedSaving").GetDecimal().Should().Be(8_550.00m);
        toDate.GetProperty("variance").GetDecimal().Should().Be(-950.00m);
        toDate.GetProperty("realisedCashableSaving").ValueKind.Should().Be(JsonValueKind.Null);
        toDate.GetProperty("status").GetProperty("saving").GetString().Should().Be("at-risk");
        toDate.GetProperty("status").GetProperty("cashableSaving").GetString().Should().Be("n/a");
        var reforecast = json.GetProperty("reforecast");
        reforecast.GetProperty("monthsFitted").GetInt32().Should().Be(2);
        reforecast.GetProperty("fit").GetProperty("kind").GetString().Should().Be("delay");
        reforecast.GetProperty("cashable").ValueKind.Should().Be(JsonValueKind.Null);
        reforecast.GetProperty("npv").GetDecimal().Should().BeLessThan(reforecast.GetProperty("approvedNpv").GetDecimal());
    }

    [Fact]
    public void Track_LongLayout_GivesTheSameResultAsWide()
    {
        var scenario = Scenario();
        var wide = AppRun.Of("track", scenario, "--actuals", Write("wide.csv", Wide), "--format", "json").Output;
        var longForm = Write("long.csv", "month,channel,volume\n2027-04,f2f,600\n2027-04,online,4400\n2027-05,face-to-face,500\n2027-05,web,4500\n");

        var run = AppRun.Of("track", scenario, "--actuals", longForm, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(wide);
    }

    [Fact]
    public void Track_ByQuarter_SumsTheFinancialQuarter()
    {
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--by", "quarter", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines[0].Should().StartWith("quarter,plannedSaving,realisedSaving,variance,");
        lines[1].Should().StartWith("2027/28 Q1,9500.00,8550.00,-950.00,");
        lines.Should().HaveCount(2);
    }

    [Fact]
    public void Track_BadActuals_ListsEveryProblemWithFileLineAndColumnAndExits2()
    {
        var actuals = Write("actuals.csv", "month,face-to-face,webb\n2027-04,600,4400\n2027-05,-5,4500\n");

        var run = AppRun.Of("track", Scenario(), "--actuals", actuals);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("actuals.csv:1:").And.Contain("webb").And.Contain("did you mean").And.Contain("\"web\"");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Track_MonthOutsideThePlan_IsAnError()
    {
        // The plan runs from April 2026 (year 0) to March 2030 (year 3).
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", "month,face-to-face,web\n2030-04,600,4400\n"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("2030-04").And.Contain("2026-04").And.Contain("2030-03");
    }

    [Fact]
    public void Track_ScenarioWithoutFirstYear_SaysWhatToAdd()
    {
        var run = AppRun.Of("track", Scenario(CounterToWeb.Replace(", \"firstYear\": 2026", string.Empty, StringComparison.Ordinal)), "--actuals", Write("actuals.csv", Wide));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("$.appraisal.firstYear");
    }

    [Theory]
    [InlineData("--closed", "Market Street=2028-06", "is not a fixed step")]
    [InlineData("--closed", "Market Street", "NAME=YYYY-MM")]
    [InlineData("--thresholds", "15%,5%", "below the at-risk margin")]
    [InlineData("--thresholds", "5%", "AT-RISK,OFF-TRACK")]
    [InlineData("--by", "week", "expected month or quarter")]
    [InlineData("--baseline-fte", "telephone=40", "not a staffed channel")]
    public void Track_BadOption_NamesItAndWhatWasExpected(string option, string value, string message)
    {
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Theory]
    // Each problem of an actuals file, through the app: the line, the column and what was wrong.
    [InlineData("month,face-to-face,webb\n2027-04,600,4400\n", "actuals.csv:1: webb:", "did you mean \"web\"")]
    [InlineData("month,face-to-face,web\n2027-04,600,4400\n2027-04,600,4400\n", "actuals.csv:3: month:", "2027-04")]
    [InlineData("month,face-to-face,web\n2031-04,600,4400\n", "actuals.csv:2: month:", "2031-04")]
    [InlineData("month,face-to-face,web\n2027-04,600,4400\n2027-06,600,4400\n", "actuals.csv:3: month:", "2027-05")]
    [InlineData("month,face-to-face,web\n2027-04,-5,4400\n", "actuals.csv:2: face-to-face:", "-5 is negative")]
    [InlineData("month,face-to-face,web\n2027-04,many,4400\n", "actuals.csv:2: face-to-face:", "many")]
    [InlineData("month,face-to-face,web\n2027-4,600,4400\n", "actuals.csv:2: month:", "2027-4")]
    [InlineData("month,channel,volume\n2027-04,face-to-face,600\n", "actuals.csv", "web")]
    public void Track_EachActualsProblem_IsReportedAtItsLineAndColumn(string csv, string where, string what)
    {
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", csv));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(where).And.Contain(what);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Track_ActualsNotUtf8_SaysSo()
    {
        var path = Path.Combine(_folder, "latin1.csv");
        File.WriteAllBytes(path, [.. "month,face-to-face,web\n2027-04,600,4400\n£"u8.ToArray().Where(b => b != 0xC2)]);

        var run = AppRun.Of("track", Scenario(), "--actuals", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("UTF-8");
    }

    [Fact]
    public void Track_ChartPng_HasASavingsPanelAndOnePanelAChannel()
    {
        var chart = Path.Combine(_folder, "track.png");

        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--chart", chart);

        run.ExitCode.Should().Be(0, run.Error);
        var png = File.ReadAllBytes(chart);
        png.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        // IHDR: width and height, big-endian, at bytes 16 and 20: 1000 wide; 360 for the savings and 300 for each of
        // the two channels.
        ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]).Should().Be(1000);
        ((png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]).Should().Be(360 + (2 * 300));
    }

    [Fact]
    public void Track_ChartSvg_NamesTheScenarioAndEachChannelInTheEmbeddedFont()
    {
        var chart = Path.Combine(_folder, "track.svg");

        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--chart", chart, "--title", "Counter to web: the board's view");

        run.ExitCode.Should().Be(0, run.Error);
        var svg = File.ReadAllText(chart);
        svg.Should().Contain("Counter to web: the board").And.Contain("face-to-face: contacts a month").And.Contain("web: contacts a month");
        svg.Should().Contain("font-family=\"DejaVu Sans\"");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Track_ChartExists_IsRefusedWithoutForce()
    {
        var chart = Write("track.png", "keep me");

        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--chart", chart);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--force");
        File.ReadAllText(chart).Should().Be("keep me");
        AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--chart", chart, "--force").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Track_SameStepClosedTwice_IsAnError()
    {
        var run = AppRun.Of("track", Scenario(), "--actuals", Write("actuals.csv", Wide), "--closed", "Office=2027-04", "--closed", "Office=2027-05");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--closed: \"Office\" is given twice");
    }

    [Fact]
    public void Track_Example_RunsOnTheInventedActuals()
    {
        var run = AppRun.Of("track", Repository.Example("eastbrook-tracking.json"), "--actuals", Repository.Example("eastbrook-actuals.csv"), "--closed", "Market Street office=2028-06", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("months").GetArrayLength().Should().Be(18);
        json.GetProperty("toDate").GetProperty("realisedCashableSaving").ValueKind.Should().Be(JsonValueKind.Number);
        json.GetProperty("reforecast").GetProperty("fit").GetProperty("kind").GetString().Should().Be("linear");
    }
}
