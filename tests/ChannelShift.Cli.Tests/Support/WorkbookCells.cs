using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChannelShift.Cli.Tests.Support;

/// <summary>The cells of an xlsx read with DocumentFormat.OpenXml: their formulas, their values (as a recalculating
/// spreadsheet wrote them) and the workbook's defined names.</summary>
internal sealed class WorkbookCells
{
    private readonly Dictionary<(string Sheet, string Cell), Cell> cells = [];
    private readonly string[] shared;

    private WorkbookCells(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        SheetNames = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Names = workbook.Workbook.DefinedNames?.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text) ?? [];
        FullCalculationOnLoad = workbook.Workbook.CalculationProperties?.FullCalculationOnLoad?.Value ?? false;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            Frozen[sheet.Name!] = part.Worksheet.Descendants<Pane>().FirstOrDefault(p => p.State?.Value == PaneStateValues.Frozen)?.TopLeftCell?.Value;
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                cells[(sheet.Name!, cell.CellReference!)] = cell;
            }
        }
    }

    internal IReadOnlyList<string> SheetNames { get; }

    internal IReadOnlyDictionary<string, string> Names { get; }

    internal bool FullCalculationOnLoad { get; }

    /// <summary>Each sheet's frozen pane's top-left cell, or null.</summary>
    internal Dictionary<string, string?> Frozen { get; } = [];

    internal static WorkbookCells Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return new WorkbookCells(document);
    }

    internal IEnumerable<(string Sheet, string Cell, Cell Value)> All => cells.Select(c => (c.Key.Sheet, c.Key.Cell, c.Value));

    internal string? Formula(string sheet, string cell) => cells.TryGetValue((sheet, cell), out var c) ? c.CellFormula?.Text : null;

    internal string? Text(string sheet, string cell)
    {
        if (!cells.TryGetValue((sheet, cell), out var c))
        {
            return null;
        }

        if (c.DataType?.Value == CellValues.SharedString)
        {
            return shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)];
        }

        return c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text;
    }

    internal decimal Number(string sheet, string cell)
    {
        var text = Text(sheet, cell) ?? throw new InvalidOperationException($"{sheet}!{cell} is empty.");
        return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The cell of a sheet's header row 3 (the year-row sheets) whose text is a heading, after a given
    /// column: the first match, as a column letter.</summary>
    internal string ColumnOf(string sheet, string heading, string? option = null)
    {
        var inOption = option is null;
        for (var c = 1; c < 400; c++)
        {
            var letter = Letters(c);
            if (option is not null && Text(sheet, letter + "2") is { } name)
            {
                inOption = name == option;
            }

            if (inOption && Text(sheet, letter + "3") == heading)
            {
                return letter;
            }
        }

        throw new InvalidOperationException($"{sheet} has no column headed \"{heading}\"{(option is null ? string.Empty : " for " + option)}.");
    }

    internal static string Letters(int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters;
    }
}
