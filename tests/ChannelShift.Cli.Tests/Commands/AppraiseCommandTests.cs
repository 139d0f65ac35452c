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

        // Figures worked by hand in docs/methodology.md ("A worked appraisal"): year 1 saves 100,000 × 7.5528 × 1.025^15.
        markdown.Should().Contain("| Year | Saving | Costs | Net | Discount factor | Present value | Cumulative PV |")
            .And.Contain("| 2027/28 | £1,093,870.64 |").And.Contain("- **At average cost**: NPV £23,474,307.29; PV benefits £24,156,971.50; PV costs £682,664.21");
        csv[0].Should().StartWith("option,year,label,");
        csv.Should().HaveCount(12);
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
