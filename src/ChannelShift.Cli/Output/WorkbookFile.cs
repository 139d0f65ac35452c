using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Writes laid-out sheets (<see cref="SheetGrid"/>) as an xlsx workbook with DocumentFormat.OpenXml: formulas with no
/// cached value and the workbook set to recalculate in full when opened, defined names, number formats (money in the
/// scenario's currency, percentages, counts) and frozen header rows.
/// </summary>
internal static class WorkbookFile
{
    /// <summary>Writes the workbook to a stream (built in memory first: the package needs a seekable stream, and a
    /// failure leaves nothing written).</summary>
    /// <param name="target">Where the workbook goes.</param>
    /// <param name="sheets">The sheets, in tab order.</param>
    /// <param name="names">The defined names: name → reference (<c>Assumptions!$B$5</c>).</param>
    /// <param name="currencySymbol">The symbol money is shown with (£).</param>
    internal static void Write(Stream target, IReadOnlyList<SheetGrid> sheets, IReadOnlyList<KeyValuePair<string, string>> names, string currencySymbol)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles(currencySymbol);
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var grid in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(grid, id == 1);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = grid.Name });
            }

            workbookPart.Workbook.Append(sheetList);
            var defined = new DefinedNames();
            foreach (var (name, reference) in names)
            {
                defined.Append(new DefinedName(reference) { Name = name });
            }

            workbookPart.Workbook.Append(defined);
            workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
            workbookPart.Workbook.Save();
        }

        memory.Position = 0;
        memory.CopyTo(target);
        target.Flush();
    }

    private static Worksheet Worksheet(SheetGrid grid, bool selected)
    {
        var view = new SheetView { WorkbookViewId = 0U, TabSelected = selected };
        if (grid.FrozenRows > 0 || grid.FrozenColumns > 0)
        {
            var pane = new Pane
            {
                TopLeftCell = SheetGrid.Ref(grid.FrozenRows + 1, grid.FrozenColumns + 1),
                State = PaneStateValues.Frozen,
                ActivePane = grid.FrozenColumns > 0 && grid.FrozenRows > 0 ? PaneValues.BottomRight : grid.FrozenRows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight,
            };
            if (grid.FrozenColumns > 0)
            {
                pane.HorizontalSplit = grid.FrozenColumns;
            }

            if (grid.FrozenRows > 0)
            {
                pane.VerticalSplit = grid.FrozenRows;
            }

            view.Append(pane);
        }

        var worksheet = new Worksheet(new SheetViews(view));
        if (grid.Widths.Count > 0)
        {
            var columns = new Columns();
            foreach (var (column, width) in grid.Widths.OrderBy(w => w.Key))
            {
                columns.Append(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        var data = new SheetData();
        foreach (var row in grid.Cells.GroupBy(c => c.Key.Row).OrderBy(g => g.Key))
        {
            var r = new Row { RowIndex = (uint)row.Key };
            foreach (var (position, cell) in row.OrderBy(c => c.Key.Column))
            {
                r.Append(CellOf(SheetGrid.Ref(position.Row, position.Column), cell));
            }

            data.Append(r);
        }

        worksheet.Append(data);
        return worksheet;
    }

    private static Cell CellOf(string reference, GridCell cell)
    {
        var result = new Cell { CellReference = reference, StyleIndex = (uint)cell.Style };
        if (cell.Formula is { } formula)
        {
            result.CellFormula = new CellFormula(formula);
        }
        else if (cell.Value is { } value)
        {
            result.CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture));
        }
        else
        {
            result.DataType = CellValues.InlineString;
            result.InlineString = new InlineString(new Text(cell.Text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve });
        }

        return result;
    }

    /// <summary>The cell formats, in the order of <see cref="CellStyle"/>.</summary>
    private static Stylesheet Styles(string symbol)
    {
        var quoted = "\"" + symbol.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var formats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164U, FormatCode = $"{quoted}#,##0.00;-{quoted}#,##0.00" },
            new NumberingFormat { NumberFormatId = 165U, FormatCode = "0.000000000000" },
            new NumberingFormat { NumberFormatId = 166U, FormatCode = "0.000000" },
            new NumberingFormat { NumberFormatId = 167U, FormatCode = "0.00%" });
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Italic(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()));
        var styleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U });
        CellFormat Format(uint numberFormat, uint font = 0, uint fill = 0) => new()
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = 0U,
            FormatId = 0U,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
        };
        var cellFormats = new CellFormats(
            Format(0),          // Plain
            Format(0, 1),       // Heading
            Format(164),        // Money
            Format(167),        // Percent
            Format(3),          // Count: #,##0
            Format(165),        // Factor
            Format(166, 2, 2),  // Computed by ChannelShift
            Format(1),          // Whole: 0
            Format(164, 1),     // Total
            Format(2));         // Ratio: 0.00
        return new Stylesheet(formats, fonts, fills, borders, styleFormats, cellFormats);
    }
}
