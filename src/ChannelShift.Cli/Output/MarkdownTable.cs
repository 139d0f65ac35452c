namespace ChannelShift.Cli.Output;

/// <summary>Writes a <see cref="TextTable"/> as a GitHub-flavoured markdown table: its title in bold above it, the
/// header row, the separator (<c>---:</c> for figures), one row a line; pipes escaped, a cell's lines joined by
/// <c>&lt;br&gt;</c>.</summary>
internal static class MarkdownTable
{
    /// <param name="output">Where to write.</param>
    /// <param name="table">The table.</param>
    /// <param name="withTitle">False where the command writes a heading of its own in the title's place.</param>
    internal static void Write(TextWriter output, TextTable table, bool withTitle = true)
    {
        if (withTitle && table.Title is { } title)
        {
            output.WriteLine($"**{Escape(title)}**");
            output.WriteLine();
        }

        output.WriteLine(Row(table.Columns.Select(c => c.Header)));
        output.WriteLine("|" + string.Concat(table.Columns.Select(c => c.RightAligned ? "---:|" : "---|")));
        foreach (var row in table.Rows)
        {
            output.WriteLine(Row(row));
        }

        if (table.Caption is { } caption)
        {
            output.WriteLine();
            output.WriteLine(caption);
        }
    }

    /// <summary>A cell's text made safe inside a markdown table: <c>|</c> as <c>\|</c>, line breaks as <c>&lt;br&gt;</c>.</summary>
    internal static string Escape(string text) =>
        string.Join("<br>", text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()))
            .Replace("|", "\\|", StringComparison.Ordinal);

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(Escape)) + " |";
}
