using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>Every table fits an 80-column terminal with its figures whole, and every command that prints a table can
/// print it as a markdown table.</summary>
public partial class TableLayoutTests
{
    private static string Example(string name) => Path.Combine(Repository.Root, "docs", "examples", name);

    /// <summary>Money as the tables write it, from a JSON figure: £, thousands, pence, a minus sign (U+2212).</summary>
    private static string Pounds(JsonElement value)
    {
        var amount = value.GetDecimal();
        return (amount < 0 ? "−" : string.Empty) + "£" + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>The lines of the boxed tables (borders and rows).</summary>
    private static List<string> BoxLines(IEnumerable<string> lines) => lines.Where(l => l.Length > 0 && "┌│├└".Contains(l[0], StringComparison.Ordinal)).ToList();

    private static string[] Lines(string output) => output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    [Fact]
    public void Appraise_RankingAt80_FitsWithEveryNpvWhole()
    {
        var run = AppRun.At(80, "appraise", Example("northshire-options.json"));
        var json = AppRun.Of("appraise", Example("northshire-options.json"), "--format", "json").Json();

        run.ExitCode.Should().Be(0, run.Error);
        // The ranking is the block between the first two blank lines (the tables by year follow it).
        var lines = Lines(run.Output);
        var start = Array.IndexOf(lines, string.Empty) + 1;
        var ranking = lines.Skip(start).TakeWhile(l => l.Length > 0).ToList();
        ranking[0].Trim().Should().Be("Options ranked by NPV at average cost");
        ranking.Should().OnlyContain(l => l.Length <= 80);
        var options = json.GetProperty("options").EnumerateArray().ToList();
        options.Should().HaveCount(3);
        foreach (var option in options)
        {
            ranking.Should().Contain(l => l.Contains(Pounds(option.GetProperty("npv")), StringComparison.Ordinal), option.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Sensitivity_At80_FitsWithEveryFigureWhole()
    {
        var run = AppRun.At(80, "sensitivity", Example("realistic-uncertain.json"));
        var json = AppRun.Of("sensitivity", Example("realistic-uncertain.json"), "--format", "json").Json();

        run.ExitCode.Should().Be(0, run.Error);
        var box = BoxLines(Lines(run.Output));
        box.Should().NotBeEmpty().And.OnlyContain(l => l.Length <= 80);
        var bars = json.GetProperty("tornado").EnumerateArray().ToList();
        bars.Should().NotBeEmpty();
        foreach (var bar in bars)
        {
            foreach (var field in new[] { "npvAtLow", "npvAtHigh", "swing" })
            {
                box.Should().Contain(l => l.Contains(Pounds(bar.GetProperty(field)), StringComparison.Ordinal), $"{bar.GetProperty("path").GetString()} {field}");
            }
        }
    }

    [Fact]
    public void Simulate_At80_SplitsIntoColumnGroupsWithEveryFigureWhole()
    {
        var run = AppRun.At(80, "simulate", Example("bdo-2012-uncertain.json"), "-n", "2000");
        var json = AppRun.Of("simulate", Example("bdo-2012-uncertain.json"), "-n", "2000", "--format", "json").Json();

        run.ExitCode.Should().Be(0, run.Error);
        var lines = Lines(run.Output);
        BoxLines(lines).Should().OnlyContain(l => l.Length <= 80);
        // Eight columns of up to 14 characters cannot fit in 80: the measure and seven statistics, in two groups.
        lines.Select(l => l.Trim()).Should().Contain("Columns 1–4 of 7").And.Contain("Columns 5–7 of 7");
        foreach (var measure in new[] { "npv", "finalYearSaving" })
        {
            foreach (var statistic in new[] { "mean", "stdDev", "p5", "p10", "p50", "p90", "p95" })
            {
                lines.Should().Contain(l => l.Contains(Pounds(json.GetProperty(measure).GetProperty(statistic)), StringComparison.Ordinal), $"{measure} {statistic}");
            }
        }
    }

    [Fact]
    public void Simulate_At140_OneTableAsWideAsItsFigures()
    {
        var run = AppRun.At(140, "simulate", Example("bdo-2012-uncertain.json"), "-n", "2000");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = Lines(run.Output);
        lines.Should().NotContain(l => l.Contains("Columns", StringComparison.Ordinal));
        // "Final-year saving" 17, five statistics of 13 ("£9,864,823.25") and two of 14 ("£11,613,700.93"): 110
        // characters, and 3 × 8 + 1 of borders and padding.
        var header = lines.Single(l => l.StartsWith("│ Measure ", StringComparison.Ordinal));
        header.Should().EndWith(" P95 │").And.HaveLength(135);
    }

    public static TheoryData<string[]> TableCommands() => new()
    {
        new[] { "costs", "socitm-2012" },
        new[] { "bdo" },
        new[] { "estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web" },
        new[] { "staffing", "--arrivals", "110.5", "--interval", "1800s", "--aht", "180s", "--answer-within", "20s", "--target", "80%" },
        new[] { "appraise", Example("northshire-options.json") },
        new[] { "appraise", Example("bdo-2012.json"), "--view", "financial" },
        new[] { "simulate", Example("bdo-2012-uncertain.json"), "-n", "2000" },
        new[] { "sensitivity", Example("realistic-uncertain.json") },
        new[] { "batch", Example("waste-services.json"), "--councils", Example("councils.csv") },
        new[] { "track", Example("eastbrook-tracking.json"), "--actuals", Example("eastbrook-actuals.csv") },
    };

    [Theory]
    [MemberData(nameof(TableCommands))]
    public void Command_Markdown_EveryTableHasAHeaderAndSeparatorOfTheSameCells(string[] args)
    {
        var run = AppRun.Of([.. args, "--format", "md"]);

        run.ExitCode.Should().Be(0, run.Error);
        var lines = Lines(run.Output);
        lines.Should().NotContain(l => "┌│├└".Contains(l.Length > 0 ? l[0] : ' ', StringComparison.Ordinal), "no boxed table in markdown");
        var tables = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            tables++;
            (i == 0 || lines[i - 1].Length == 0).Should().BeTrue($"a blank line before the table at line {i + 1}");
            var cells = Cells(lines[i]);
            Separator().IsMatch(lines[i + 1]).Should().BeTrue($"line {i + 2} separates the header: {lines[i + 1]}");
            Cells(lines[i + 1]).Should().Be(cells, $"the separator has a cell a column: {lines[i + 1]}");
            for (var j = i + 2; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                Cells(lines[j]).Should().Be(cells, $"line {j + 1}: {lines[j]}");
            }
        }

        tables.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Simulate_Markdown_SameFiguresAsTheTableWithFiguresRightAligned()
    {
        var markdown = Lines(AppRun.Of("simulate", Example("bdo-2012-uncertain.json"), "-n", "2000", "--format", "markdown").Output);
        var json = AppRun.Of("simulate", Example("bdo-2012-uncertain.json"), "-n", "2000", "--format", "json").Json();

        markdown.Should().Contain("| Measure | Mean | Std dev | P5 | P10 | P50 | P90 | P95 |").And.Contain("|---|---:|---:|---:|---:|---:|---:|---:|");
        var npv = json.GetProperty("npv");
        markdown.Should().Contain($"| NPV | {string.Join(" | ", new[] { "mean", "stdDev", "p5", "p10", "p50", "p90", "p95" }.Select(s => Pounds(npv.GetProperty(s))))} |");
    }

    /// <summary>The cells of a markdown table row: the pipes that are not escaped, less one.</summary>
    public static TheoryData<string[]> ProseCommands() => new()
    {
        new[] { "bdo" },
        new[] { "estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web" },
        new[] { "appraise", Example("realistic-uncertain.json") },
        new[] { "appraise", Example("waste-services.json"), "--view", "financial" },
        new[] { "simulate", Example("bdo-2012-uncertain.json"), "--iterations", "2000", "--seed", "7" },
        new[] { "sensitivity", Example("bdo-2012-uncertain.json") },
        new[] { "track", Example("eastbrook-tracking.json"), "--actuals", Example("eastbrook-actuals.csv") },
    };

    private static string Words(IEnumerable<string> lines) => Regex.Replace(string.Join(' ', lines), "\\s+", " ").Trim();

    [Theory]
    [MemberData(nameof(ProseCommands))]
    public void Command_TableFormatAt80_ProseWrapsBetweenWordsAndLosesNothing(string[] args)
    {
        // Every line fits 80 columns; each sentence of a wide run is still there, its words in order, when the lines of
        // the narrow run are joined (a sentence is wrapped, never cut).
        var narrow = AppRun.At(80, args);
        var wide = AppRun.At(1000, args);

        narrow.ExitCode.Should().Be(0, narrow.Error);
        var lines = Lines(narrow.Output);
        lines.Should().OnlyContain(l => l.Length <= 80);
        var prose = Words(lines.Where(l => BoxLines([l]).Count == 0));
        foreach (var sentence in Lines(wide.Output).Where(l => l.Trim().Length > 0 && BoxLines([l]).Count == 0 && !l.TrimStart().StartsWith('(') && !l.Contains("(columns", StringComparison.Ordinal)))
        {
            prose.Should().Contain(Words([sentence]));
        }
    }

    [Fact]
    public void Csv_At80_IsNeverWrapped()
    {
        var csv = Lines(AppRun.At(80, "appraise", Example("realistic-uncertain.json"), "--format", "csv").Output);

        csv[0].Length.Should().BeGreaterThan(80, "a CSV row is one line, however wide");
        csv.Where(l => l.Length > 0).Should().OnlyContain(l => l.Split(',').Length >= 20);
    }

    private static int Cells(string line) => UnescapedPipe().Matches(line.Trim()).Count - 1;

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex(@"^\|(\s*:?-{3,}:?\s*\|)+$")]
    private static partial Regex Separator();
}
