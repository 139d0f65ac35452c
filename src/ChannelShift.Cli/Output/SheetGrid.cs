using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>
/// One sheet of a workbook being laid out: its cells (text, numbers, formulas), its frozen header rows and columns and
/// its column widths. <see cref="WorkbookFile"/> writes it. Rows and columns count from 1.
/// </summary>
internal sealed class SheetGrid(string name)
{
    private readonly Dictionary<(int Row, int Column), GridCell> cells = [];
    private readonly Dictionary<int, double> widths = [];

    /// <summary>The sheet's name (no spaces, so that formulas name it without quotes).</summary>
    internal string Name { get; } = name;

    /// <summary>The rows kept in view when scrolling (0 for none).</summary>
    internal int FrozenRows { get; set; }

    /// <summary>The columns kept in view when scrolling (0 for none).</summary>
    internal int FrozenColumns { get; set; }

    /// <summary>The cells, by position.</summary>
    internal IReadOnlyDictionary<(int Row, int Column), GridCell> Cells => cells;

    /// <summary>The columns given a width.</summary>
    internal IReadOnlyDictionary<int, double> Widths => widths;

    /// <summary>Writes text.</summary>
    internal void Text(int row, int column, string text, CellStyle style = CellStyle.Plain) =>
        cells[(row, column)] = new GridCell(text, null, null, style);

    /// <summary>Writes a number (a value, not a formula).</summary>
    internal void Number(int row, int column, double value, CellStyle style = CellStyle.Plain) =>
        cells[(row, column)] = new GridCell(null, value, null, style);

    /// <summary>Writes a formula, without its leading "=" and with no cached value.</summary>
    internal void Formula(int row, int column, string formula, CellStyle style = CellStyle.Plain) =>
        cells[(row, column)] = new GridCell(null, null, formula, style);

    /// <summary>Sets a column's width (in characters).</summary>
    internal void Width(int column, double width) => widths[column] = width;

    /// <summary>A cell's A1 reference on this sheet: relative (<c>C5</c>) or absolute (<c>$C$5</c>).</summary>
    internal static string Ref(int row, int column, bool absolute = false) => absolute
        ? string.Create(CultureInfo.InvariantCulture, $"${Column(column)}${row}")
        : string.Create(CultureInfo.InvariantCulture, $"{Column(column)}{row}");

    /// <summary>A cell's reference from another sheet: <c>Sheet!C5</c>.</summary>
    internal string At(int row, int column, bool absolute = false) => $"{Name}!{Ref(row, column, absolute)}";

    /// <summary>A column's letters: 1 → A, 27 → AA.</summary>
    internal static string Column(int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters;
    }
}
