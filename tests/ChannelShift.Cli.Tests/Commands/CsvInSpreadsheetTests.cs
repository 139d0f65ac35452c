using System.Globalization;
using ChannelShift.Cli.Tests.Support;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// The CSV of every command that writes one, written with <c>-o</c> and opened by a real spreadsheet: LibreOffice
/// Calc's CSV import with the settings its import dialog offers for this file (comma-separated, double quotes, and
/// Unicode UTF-8, which the file's byte-order mark announces; headless, Calc cannot sniff it and would take the
/// system's character set). £ and en dashes must come through intact, and every number, negative ones included,
/// must be read as a number rather than as text.
/// </summary>
public class CsvInSpreadsheetTests
{
    private static string Example(string name) => Path.Combine(Repository.Root, "docs", "examples", name);

    public static TheoryData<string, string[]> Commands => new()
    {
        { "bdo", ["bdo"] },
        { "estimate", ["estimate", "--from", "face-to-face", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web"] },
        { "costs", ["costs"] },
        { "appraise", ["appraise", Example("northshire-options.json")] },
        { "appraise financial", ["appraise", Example("bdo-2012-cashable.json"), "--view", "financial"] },
        { "staffing", ["staffing", "--arrivals", "100", "--interval", "30m", "--aht", "180s", "--answer-within", "20s", "--target", "80%"] },
        { "simulate", ["simulate", Example("waste-services-uncertain.json"), "--iterations", "500", "--seed", "1"] },
        { "sensitivity", ["sensitivity", Example("waste-services-uncertain.json")] },
        { "survey", ["survey", "--yes", "16", "--of", "67"] },
        { "batch", ["batch", Example("waste-services.json"), "--councils", Example("councils.csv")] },
        { "track", ["track", Example("eastbrook-tracking.json"), "--actuals", Example("eastbrook-actuals.csv"), "--closed", "Market Street office=2028-06"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Csv_OpenedInLibreOffice_KeepsTextAndReadsNumbersAsNumbers(string command, string[] args)
    {
        LibreOffice.Require();

        var dir = Directory.CreateTempSubdirectory("channelshift-csv-");
        try
        {
            var csv = Path.Combine(dir.FullName, "out.csv");
            var run = AppRun.Of([.. args, "--format", "csv", "-o", csv]);
            run.ExitCode.Should().Be(0, $"{command}: {run.Error}");
            var rows = ReadCsv(File.ReadAllText(csv));
            rows.Should().NotBeEmpty();

            var sheet = await LibreOffice.ConvertAsync(csv, TestContext.Current.CancellationToken, "CSV:44,34,76,1");
            var cells = WorkbookCells.Read(sheet);
            var name = cells.SheetNames[0];
            var numbers = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var field = rows[r][c];
                    var at = WorkbookCells.Letters(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    var cell = cells.All.FirstOrDefault(x => x.Sheet == name && x.Cell == at).Value;
                    if (field.Length == 0)
                    {
                        continue;
                    }

                    if (decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        cell.Should().NotBeNull($"{command} {at} holds {field}");
                        (cell!.DataType is null || cell.DataType.Value == CellValues.Number).Should().BeTrue($"{command} {at} \"{field}\" should be read as a number");
                        decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture).Should().BeApproximately(number, Math.Abs(number) * 1e-12m + 1e-12m, $"{command} {at}");
                        numbers++;
                    }
                    else if (field.Any(ch => ch > 127))
                    {
                        // Text with £, an en dash, a minus sign or a multiplication sign: unchanged by the import.
                        cells.Text(name, at).Should().Be(field, $"{command} {at}");
                    }
                }
            }

            numbers.Should().BeGreaterThan(0, $"{command} writes numbers");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Csv_Track_WritesANegativeAmountWithAHyphenMinus()
    {
        // Eastbrook starts behind its plan: its first months' variances are negative, and must be written "-123.45"
        // (a number to a spreadsheet), never with the minus sign U+2212 that tables use.
        var run = AppRun.Of("track", Example("eastbrook-tracking.json"), "--actuals", Example("eastbrook-actuals.csv"), "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().NotContain("\u2212");
        var negatives = ReadCsv(run.Output).SelectMany(r => r).Where(f => f.StartsWith('-') && decimal.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out var _)).ToList();
        negatives.Should().NotBeEmpty();
    }

    /// <summary>RFC 4180 fields: commas, quotes doubled inside quoted fields, CRLF or LF rows; a leading BOM dropped.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        text = text.TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
