using System.Text.Json;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class AppraiseCommandTests
{
    private static string Example(string name) => Path.Combine(Repository.Root, "docs", "examples", name);

    [Fact]
    public void Appraise_Json_HasTheFieldsOfTheIssue()
    {
        // fixtures §2 annuity through the app: the BDO claim over 5 years is 2,220,000 × 4.5150524 = 10,023,416.27.
        var run = AppRun.Of("appraise", Example("bdo-2012.json"), "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json().GetProperty("options")[0];
        json.GetProperty("npv").GetDecimal().Should().Be(10_023_416.27m);
        foreach (var field in new[] { "presentValueBenefits", "presentValueCosts", "benefitCostRatio", "roi", "paybackYears", "discountedPaybackYears", "irr", "irrNote", "paybackYearLabel", "cashable", "years" })
        {
            json.TryGetProperty(field, out _).Should().BeTrue(field);
        }

        json.GetProperty("benefitCostRatio").ValueKind.Should().Be(JsonValueKind.Null, "PVC is 0");
        json.GetProperty("irr").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("irrNote").GetString().Should().Be("no sign change");
        var year1 = json.GetProperty("years")[1];
        foreach (var field in new[] { "year", "label", "saving", "costs", "costsBeforeOptimismBias", "net", "discountFactor", "presentValue", "cumulativePresentValue", "cashableSaving", "nonCashableSaving", "releaseCosts", "closureCosts", "fte", "stepsTaken", "cashable" })
        {
            year1.TryGetProperty(field, out _).Should().BeTrue(field);
        }

        year1.GetProperty("saving").GetDecimal().Should().Be(2_220_000m);
        year1.GetProperty("label").GetString().Should().Be("Year 1");
        year1.GetProperty("discountFactor").GetDouble().Should().BeApproximately(0.966184, 0.0000005);
    }

    [Fact]
    public void Appraise_Options_AreAnArrayRankedByNpv()
    {
        var json = AppRun.Of("appraise", Example("northshire-options.json"), "--format", "json").Json();

        var options = json.GetProperty("options").EnumerateArray().ToList();
        options.Should().HaveCount(3);
        options.Select(o => o.GetProperty("npv").GetDecimal()).Should().BeInDescendingOrder();
        options.Select(o => o.GetProperty("rank").GetInt32()).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Appraise_Csv_WritesContactsAsPlainCounts()
    {
        // 600,000 visits a year × 0.5 × t/3: 100,000, 200,000 and 300,000 contacts moved in years 1 to 3, written as
        // counts whatever decimal places the arithmetic left (100000.0, 200000.00).
        var lines = AppRun.Of("appraise", Example("waste-services.json"), "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Skip(1).Take(4).Select(l => l.Split(',')[3]).Should().Equal("0", "100000", "200000", "300000");
    }

    [Fact]
    public void Appraise_MarkdownAndCsv_AreReadyToPaste()
    {
        var markdown = AppRun.Of("appraise", Example("waste-services.json"), "--format", "markdown").Output;
        var csv = AppRun.Of("appraise", Example("waste-services.json"), "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Figures worked by hand in docs/methodology.md ("A worked appraisal"): year 1 saves 100,000 × 7.5528 × 1.025^15;
        // the one-off 250,000 carries a 40% uplift of 100,000, and the row adds up: 0 − 250,000 − 100,000 = −350,000.
        markdown.Should().Contain("| Year | Saving | Costs | Optimism bias | Net | Discount factor | Present value |")
            .And.Contain("| 2026/27 | £0.00 | −£250,000.00 | −£100,000.00 | −£350,000.00 | 1.000000 |")
            .And.Contain("| 2027/28 | £1,093,870.64 | −£40,000.00 | £0.00 | £1,053,870.64 |").And.Contain("- **At average cost**: NPV £23,474,307.29; PV benefits £24,156,971.50; PV costs £682,664.21");
        csv[0].Should().StartWith("option,year,label,");
        csv.Should().HaveCount(12);
    }

    /// <summary>The cells of the table rows that start with a year label or "Total" (one column group when wide).</summary>
    private static List<string[]> Rows(string output) => output.Split('\n')
        .Where(l => l.StartsWith("│ ", StringComparison.Ordinal))
        .Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())
        .Where(r => r[0] == "Total" || r[0].Contains('/', StringComparison.Ordinal))
        .ToList();

    private static decimal Money(string cell) =>
        decimal.Parse(cell.Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Appraise_CashableTable_EachRowAddsUpToTheCashableNetAndTotalsAreTheLibrarys()
    {
        // realistic-uncertain.json has every deduction: a haircut (10%), an uplift (25% on one-off costs), release and
        // closure costs. Saving + non-cashable + haircut + costs + uplift + release + closures = cashable net, each figure
        // rounded on its own, so within 3.5p (seven roundings of half a penny); the totals row is the JSON's totals.
        var path = Example("realistic-uncertain.json");
        var run = AppRun.At(240, "appraise", path);
        var json = AppRun.Of("appraise", path, "--format", "json").Json().GetProperty("options")[0];

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().MatchRegex("Year *│ *Saving at average cost *│ *Non-cashable *│ *Benefits haircut *│ *Costs *│ *Optimism bias *│ *Release of staff *│ *Closures *│ *Cashable net *│ *Discount factor *│ *Cashable PV *│");
        var rows = Rows(run.Output);
        rows.Should().HaveCount(12, "years 0 to 10 and the totals");
        foreach (var row in rows)
        {
            var parts = row[1..8].Select(Money).Sum();
            parts.Should().BeApproximately(Money(row[8]), 0.035m, row[0]);
        }

        var totals = json.GetProperty("totals");
        var total = rows[^1];
        Money(total[1]).Should().Be(totals.GetProperty("saving").GetDecimal());
        Money(total[2]).Should().Be(-totals.GetProperty("nonCashableSaving").GetDecimal());
        Money(total[3]).Should().Be(-totals.GetProperty("cashableBenefitsHaircut").GetDecimal());
        Money(total[5]).Should().Be(-totals.GetProperty("optimismBias").GetDecimal());
        Money(total[8]).Should().Be(totals.GetProperty("cashableNet").GetDecimal());
        Money(total[10]).Should().Be(json.GetProperty("cashable").GetProperty("npv").GetDecimal());
    }

    [Fact]
    public void Appraise_Table_RestatesTheAssumptionsFromTheFile()
    {
        // The file's own figures: 180,000 face-to-face visits a year, a 25% uplift on one-off costs, a 10% haircut, the
        // shift names; the staff line from the years' FTE.
        var run = AppRun.Of("appraise", Example("realistic-uncertain.json"));
        var json = AppRun.Of("appraise", Example("realistic-uncertain.json"), "--format", "json").Json().GetProperty("options")[0];
        var years = json.GetProperty("years");
        var first = years[1];
        var last = years[years.GetArrayLength() - 1];

        run.Output.Should().Contain("Assumptions:")
            .And.Contain("Baseline (contacts a year, before any shift): face-to-face 180,000;")
            .And.Contain("Optimism bias: one-off costs +25%, recurring costs +0%; benefits haircut 10%")
            .And.Contain("Shift: Counter to online: 44.17% of face-to-face contacts to web 70%, telephone 20%, avoided 10%")
            .And.Contain("failure demand 15% back to telephone; assisted digital 15% at £3.00")
            .And.Contain($"2027/28 {first.GetProperty("fteBusinessAsUsual").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} → {first.GetProperty("fte").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}")
            .And.Contain($"2036/37 {last.GetProperty("fteBusinessAsUsual").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} →");
    }

    [Theory]
    [InlineData("realistic-uncertain.json")]
    [InlineData("bdo-2012-cashable.json")]
    [InlineData("northshire-options.json")]
    public void Appraise_At80Columns_EveryLineFitsAndEveryFigureIsWhole(string example)
    {
        var narrow = AppRun.At(80, "appraise", Example(example));
        var wide = AppRun.At(400, "appraise", Example(example));

        narrow.ExitCode.Should().Be(0, narrow.Error);
        narrow.Output.Split('\n').Should().OnlyContain(l => l.TrimEnd('\r').Length <= 80);
        var figures = System.Text.RegularExpressions.Regex.Matches(wide.Output, "−?£[0-9,]+\\.[0-9]{2}").Select(m => m.Value).Distinct();
        foreach (var figure in figures)
        {
            narrow.Output.Should().Contain(figure);
        }
    }

    [Fact]
    public void Appraise_CsvSummary_OneRowPerOptionAndBasisWithTheHeadlineFigures()
    {
        // docs/cashable-savings.md works the cashable case by hand: NPV 6,001,289.19 = 6,680,464.54 − 679,175.36; at
        // average cost the NPV is the PV of 740,000, 1,480,000 and three years of 2,220,000: 7,902,666.66, no costs.
        var lines = AppRun.Of("appraise", Example("bdo-2012-cashable.json"), "--format", "csv", "--summary").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(3);
        lines[0].Should().Be("rank,option,basis,npv,presentValueBenefits,presentValueCosts,benefitCostRatio,roi,irr,paybackYears,paybackYearLabel,discountedPaybackYears,discountedPaybackYearLabel");
        lines[1].Should().StartWith("1,\"BDO 2012: halving 50,000 visits a month, what a budget banks (illustrative counter)\",cashable,6001289.19,6680464.54,679175.36,9.83614"); // BCR 6,680,464.54 / 679,175.36 = 9.836141
        lines[2].Should().StartWith("1,\"BDO 2012: halving 50,000 visits a month, what a budget banks (illustrative counter)\",average,7902666.66,7902666.66,0.00,,");
    }

    [Theory]
    [InlineData("--format", "table")]
    [InlineData("--view", "financial", "--format", "csv")]
    public void Appraise_SummaryWithoutEconomicCsv_IsRefusedNamingTheFlag(params string[] more)
    {
        var run = AppRun.Of(["appraise", Example("bdo-2012-cashable.json"), "--summary", .. more]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error: --summary:").And.Contain("expected --format csv");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Appraise_AnyCulture_SameOutput(string culture)
    {
        foreach (var format in new[] { "table", "json", "csv", "markdown" })
        {
            AppRun.Under(culture, "appraise", Example("riverside-counter.json"), "--format", format).Output
                .Should().Be(AppRun.Of("appraise", Example("riverside-counter.json"), "--format", format).Output, format);
        }
    }

    [Fact]
    public void Appraise_StaffedVolumeBeyondTheTrafficLimit_NamesTheBaselineVolumeAndHandlingTime()
    {
        // The realistic example's telephone volume with ten orders of magnitude too many: 4.2E+15 calls a year over
        // 52 weeks give even a quiet half-hour far more than the limit of 1E+9 Erlangs. The handling time named is the
        // point value of its triangular(300, 330, 400): the mean, 1030 / 3 = 343.33… s, shown as 343.3.
        var dir = Directory.CreateTempSubdirectory("channelshift-appraise-");
        try
        {
            var path = Path.Combine(dir.FullName, "council.json");
            var text = File.ReadAllText(Example("realistic-uncertain.json"));
            text.Should().Contain("\"telephone\": 420000");
            File.WriteAllText(path, text.Replace("\"telephone\": 420000", "\"telephone\": 4.2e15", StringComparison.Ordinal));

            var run = AppRun.Of("appraise", path);

            run.ExitCode.Should().Be(2);
            run.Output.Should().BeEmpty();
            run.Error.Should().StartWith("error: $.baseline.volumes.telephone: the telephone volume reaches 4.2E+15 contacts a year (after growth and any contacts moved in), which at a handling time of 343.3 s gives one interval of its opening hours a traffic of ")
                .And.Contain("expected at most 1E+9 Erlangs (check the period of the volumes and the handling time)");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Appraise_FileWithManyMistakes_OneLineEachWithFileLineAndPath()
    {
        var dir = Directory.CreateTempSubdirectory("channelshift-appraise-");
        try
        {
            var path = Path.Combine(dir.FullName, "council.json");
            File.WriteAllText(path, """
                {
                  "unitCosts": { "catalogue": "socitm-2011" },
                  "baseline": { "period": "fortnight", "volumes": { "face-to-face": -5 } },
                  "shifts": [ { "from": "face-to-face", "share": 1.4, "to": "web" } ],
                  "appraisal": { "years": 0 },
                  "colour": "blue"
                }
                """);

            var run = AppRun.Of("appraise", path);

            run.ExitCode.Should().Be(2);
            run.Output.Should().BeEmpty();
            run.ErrorLines.Should().HaveCountGreaterThanOrEqualTo(6).And.OnlyContain(l => l.StartsWith("error: council.json:", StringComparison.Ordinal));
            run.Error.Should().Contain("council.json:4: $.shifts[0].share: 1.4 is not a share; expected a number from 0 to 1");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("missing", "no such file")]
    [InlineData("folder", "is a folder")]
    [InlineData("empty", "the file is empty")]
    [InlineData("notjson", "not valid JSON")]
    public void Appraise_BadFile_OneClearLine(string kind, string expected)
    {
        var dir = Directory.CreateTempSubdirectory("channelshift-bad-");
        try
        {
            var path = Path.Combine(dir.FullName, "f.json");
            switch (kind)
            {
                case "folder":
                    Directory.CreateDirectory(path);
                    break;
                case "empty":
                    File.WriteAllText(path, string.Empty);
                    break;
                case "notjson":
                    File.WriteAllText(path, "baseline: 50000 visits");
                    break;
            }

            var run = AppRun.Of("appraise", path);

            run.ExitCode.Should().Be(2);
            run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Init_WritesAStarterThatAppraises_AndRefusesToOverwrite()
    {
        var dir = Directory.CreateTempSubdirectory("channelshift-init-");
        try
        {
            var path = Path.Combine(dir.FullName, "council.json");
            AppRun.Of("init", path).ExitCode.Should().Be(0);
            var first = File.ReadAllText(path);
            first.Should().Contain("//");
            AppRun.Of("appraise", path, "--format", "json").Json().GetProperty("options")[0].GetProperty("npv").GetDecimal().Should().BeGreaterThan(0);

            File.WriteAllText(path, "{ \"mine\": true }");
            var refused = AppRun.Of("init", path);
            refused.ExitCode.Should().Be(2);
            refused.ErrorLines.Should().ContainSingle().Which.Should().Contain("exists").And.Contain("--force");
            File.ReadAllText(path).Should().Be("{ \"mine\": true }");

            AppRun.Of("init", path, "--force").ExitCode.Should().Be(0);
            File.ReadAllText(path).Should().Be(first);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
