using ChannelShift.Appraisal;
using ChannelShift.Cli.Tests.Support;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// End to end: <c>channelshift appraise docs/examples/bdo-2012-cashable.json --format json</c> (docs/cashable-savings.md)
/// gives the library's cashable figures, and the worked example's hand-derived ones.
/// </summary>
public class AppraiseCashableTests
{
    [Fact]
    public void Appraise_CashableExampleAsJson_MatchesTheLibraryYearByYear()
    {
        var path = ExamplePath();
        var library = Appraiser.AppraiseOption(ScenarioReader.Parse(File.ReadAllText(path), path), ScenarioReader.Parse(File.ReadAllText(path), path).Options[0]);

        var run = AppRun.Of("appraise", path, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        var json = run.Json().GetProperty("options")[0];
        json.GetProperty("npv").GetDecimal().Should().Be(library.Npv);
        json.GetProperty("cashable").GetProperty("npv").GetDecimal().Should().Be(library.Cashable!.Npv);
        json.GetProperty("cashable").GetProperty("presentValueBenefits").GetDecimal().Should().Be(library.Cashable.PresentValueBenefits);
        var years = json.GetProperty("years").EnumerateArray().ToList();
        years.Should().HaveCount(library.Years.Count);
        for (var t = 0; t < years.Count; t++)
        {
            years[t].GetProperty("saving").GetDecimal().Should().Be(library.Years[t].Saving, $"year {t}");
            years[t].GetProperty("cashableSaving").GetDecimal().Should().Be(library.Years[t].CashableSaving, $"year {t}");
            years[t].GetProperty("nonCashableSaving").GetDecimal().Should().Be(library.Years[t].NonCashableSaving, $"year {t}");
            years[t].GetProperty("staffChange").GetInt32().Should().Be(library.Years[t].StaffChange, $"year {t}");
        }

        json.GetProperty("notes").EnumerateArray().Select(s => s.GetProperty("message").GetString()).Should().Equal(library.Notes.Select(n => n.Message));
        json.GetProperty("notes")[0].GetProperty("code").GetString().Should().Be("staff-released");
    }

    [Fact]
    public void Appraise_CashableExampleAsJson_GivesTheWorkedFigures()
    {
        // docs/cashable-savings.md, derived by hand there (and in ChannelShift.Tests' CashableWorkedExampleTests):
        // cashable saving 506,000 / 1,198,000 / 1,776,000 / 2,026,000 / 2,026,000 against 740,000 / 1,480,000 /
        // 2,220,000 × 3; release and closure costs 180,000 / 245,000 / 210,000 / 100,000 / 0; cashable net the
        // difference, 326,000 / 953,000 / 1,566,000 / 1,926,000 / 2,026,000.
        decimal[] cashable = [0m, 506_000m, 1_198_000m, 1_776_000m, 2_026_000m, 2_026_000m];
        decimal[] nonCashable = [0m, 234_000m, 282_000m, 444_000m, 194_000m, 194_000m];
        decimal[] cashableNet = [0m, 326_000m, 953_000m, 1_566_000m, 1_926_000m, 2_026_000m];

        var root = AppRun.Of("appraise", ExamplePath(), "--format", "json").Json();
        var json = root.GetProperty("options")[0];

        root.GetProperty("basis").GetString().Should().Be("cashable", "the default for a scenario with cost behaviour");
        json.GetProperty("cashable").GetProperty("npv").GetDecimal().Should().Be(6_001_289.19m);
        json.GetProperty("cashable").GetProperty("presentValueCosts").GetDecimal().Should().Be(679_175.36m, "Σ release and closure / 1.035^t");
        json.GetProperty("cashable").GetProperty("paybackYearLabel").GetString().Should().Be("Year 0", "never in deficit");
        json.GetProperty("npv").GetDecimal().Should().Be(7_902_666.66m);
        var years = json.GetProperty("years").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("cashableSaving").GetDecimal()).Should().Equal(cashable);
        years.Select(y => y.GetProperty("nonCashableSaving").GetDecimal()).Should().Equal(nonCashable);
        years.Select(y => y.GetProperty("releaseCosts").GetDecimal() + y.GetProperty("closureCosts").GetDecimal()).Should().Equal(0m, 180_000m, 245_000m, 210_000m, 100_000m, 0m);
        years.Select(y => y.GetProperty("cashable").GetProperty("net").GetDecimal()).Should().Equal(cashableNet);
        years.Select(y => y.GetProperty("stepsTaken").GetInt32()).Should().Equal(0, 0, 1, 1, 2, 2);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Appraise_CashableExampleInAnyCulture_PrintsTheSame(string culture)
    {
        foreach (var format in new[] { "table", "json", "csv", "markdown" })
        {
            AppRun.Under(culture, "appraise", ExamplePath(), "--format", format).Output
                .Should().Be(AppRun.Of("appraise", ExamplePath(), "--format", format).Output, format);
        }
    }

    private static string ExamplePath() => Repository.Example("bdo-2012-cashable.json");
}
