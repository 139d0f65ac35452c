namespace ChannelShift.Cli.Output;

/// <summary>
/// A table of already-formatted cells, built once by a command and written by <see cref="TerminalTable"/> (boxed, fitted
/// to the terminal's width) or <see cref="MarkdownTable"/>. A cell may hold several lines, separated by <c>\n</c>.
/// </summary>
internal sealed class TextTable
{
    private readonly List<string[]> rows = [];

    /// <param name="title">Shown centred above the table, or as the markdown table's caption; null for none.</param>
    /// <param name="columns">The columns, left to right.</param>
    /// <param name="keyColumns">How many leading columns name a row (an input, a year): repeated in every column group
    /// when the table is too wide for the terminal.</param>
    internal TextTable(string? title, IReadOnlyList<TextColumn> columns, int keyColumns = 1)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (keyColumns < 0 || keyColumns > columns.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(keyColumns), keyColumns, $"expected 0 to {columns.Count}");
        }

        Title = title;
        Columns = columns;
        KeyColumns = keyColumns;
    }

    internal TextTable(string? title, params TextColumn[] columns)
        : this(title, (IReadOnlyList<TextColumn>)columns)
    {
    }

    internal string? Title { get; }

    /// <summary>Text below the table (its source), wrapped to the table's width under the last column group, or a
    /// paragraph after the markdown table.</summary>
    internal string? Caption { get; init; }

    internal IReadOnlyList<TextColumn> Columns { get; }

    internal int KeyColumns { get; }

    internal IReadOnlyList<string[]> Rows => rows;

    /// <summary>Adds a row of one cell a column.</summary>
    internal TextTable AddRow(params string[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"A row of {cells.Length} cells in a table of {Columns.Count} columns.", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }
}
