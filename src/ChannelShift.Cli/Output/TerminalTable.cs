using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Writes a <see cref="TextTable"/> boxed in Unicode lines, fitted to a width in columns:
/// <list type="number">
/// <item>Every column as wide as its widest line when that fits (the table as it looks on a wide terminal).</item>
/// <item>Else text columns narrow, the widest first, one character at a time, down to their longest word (at most
/// <see cref="LongestUnbrokenWord"/> characters; a longer word is broken, after a dot or a hyphen where it can): their
/// cells wrap between words. Figure
/// cells are never broken; headers wrap between words.</item>
/// <item>When even that is too wide, the columns after the key columns are split into groups, as many as fit in
/// order beside the key columns, each group printed as a table of its own under the last, repeating the key columns
/// and saying which columns it holds in its title, e.g. "(columns 1–4 of 7)", counting the columns after the keys. The
/// number of groups is the fewest that fit when filled in order; the columns are then shared out evenly among them
/// (7 columns in 2 groups: 4 and 3), unless that would not fit.</item>
/// </list>
/// A character takes one column (the app's text is Latin, with £, € and typographic dashes).
/// </summary>
internal static class TerminalTable
{
    /// <summary>The longest word a text column keeps whole when it has to narrow; a longer one (a JSON path) is
    /// broken.</summary>
    internal const int LongestUnbrokenWord = 20;

    internal static void Write(TextWriter output, TextTable table, int width)
    {
        foreach (var line in Lines(table, width))
        {
            output.WriteLine(line);
        }
    }

    /// <summary>The lines of the table at a width (a table wider than the width only when one column group of a key
    /// column and one other column cannot fit).</summary>
    internal static IReadOnlyList<string> Lines(TextTable table, int width)
    {
        var groups = Groups(table, width);
        if (groups.Count == 1)
        {
            return Render(table, table.Title, groups[0], width, table.Caption);
        }

        var others = table.Columns.Count - table.KeyColumns;
        var lines = new List<string>();
        foreach (var group in groups)
        {
            var first = group[table.KeyColumns] - table.KeyColumns + 1;
            var last = group[^1] - table.KeyColumns + 1;
            var span = first == last
                ? string.Create(CultureInfo.InvariantCulture, $"column {first} of {others}")
                : string.Create(CultureInfo.InvariantCulture, $"columns {first}–{last} of {others}");
            var title = table.Title is { } t ? $"{t} ({span})" : char.ToUpperInvariant(span[0]) + span[1..];
            lines.AddRange(Render(table, title, group, width, group == groups[^1] ? table.Caption : null));
        }

        return lines;
    }

    /// <summary>The column groups: one holding every column when the table can fit, else the key columns with as
    /// many of the others, in order, as fit at their narrowest.</summary>
    private static List<List<int>> Groups(TextTable table, int width)
    {
        var minimum = Enumerable.Range(0, table.Columns.Count).Select(i => Minimum(table, i)).ToArray();
        var keys = Enumerable.Range(0, table.KeyColumns).ToList();
        bool Fits(List<int> columns) => Outer(columns.Select(i => minimum[i])) <= width;

        var all = Enumerable.Range(0, table.Columns.Count).ToList();
        if (Fits(all) || table.KeyColumns == table.Columns.Count)
        {
            return [all];
        }

        var groups = new List<List<int>>();
        var group = new List<int>(keys);
        for (var i = table.KeyColumns; i < table.Columns.Count; i++)
        {
            if (group.Count > keys.Count && !Fits([.. group, i]))
            {
                groups.Add(group);
                group = new List<int>(keys);
            }

            group.Add(i);
        }

        groups.Add(group);
        return Balanced(groups, keys, table.Columns.Count, Fits) ?? groups;
    }

    /// <summary>The same number of groups with the columns shared out as evenly as they go (the first groups one more),
    /// so that no group is left with a lone column; null when such groups would not all fit.</summary>
    private static List<List<int>>? Balanced(List<List<int>> greedy, List<int> keys, int count, Func<List<int>, bool> fits)
    {
        var others = count - keys.Count;
        var balanced = new List<List<int>>();
        var next = keys.Count;
        for (var g = 0; g < greedy.Count; g++)
        {
            var size = (others / greedy.Count) + (g < others % greedy.Count ? 1 : 0);
            var group = new List<int>(keys);
            group.AddRange(Enumerable.Range(next, size));
            next += size;
            if (!fits(group))
            {
                return null;
            }

            balanced.Add(group);
        }

        return balanced;
    }

    /// <summary>The table's width in characters with its borders and padding, given its columns' content widths.</summary>
    private static int Outer(IEnumerable<int> widths)
    {
        var list = widths.ToList();
        return list.Sum() + (3 * list.Count) + 1;
    }

    private static IEnumerable<string> CellLines(string cell) => cell.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    private static IEnumerable<string> Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A column's width when nothing need narrow: its widest line, header included.</summary>
    private static int Natural(TextTable table, int column) =>
        table.Rows.Select(r => r[column]).Prepend(table.Columns[column].Header).SelectMany(CellLines).Max(l => l.Length);

    /// <summary>The narrowest a column may be: its header's longest word, and its figures whole or its text's longest
    /// word (up to <see cref="LongestUnbrokenWord"/>).</summary>
    private static int Minimum(TextTable table, int column)
    {
        var header = CellLines(table.Columns[column].Header).SelectMany(Words).Select(w => w.Length).DefaultIfEmpty(0).Max();
        var lines = table.Rows.SelectMany(r => CellLines(r[column])).ToList();
        var cells = table.Columns[column].Wraps
            ? lines.SelectMany(Words).Select(w => Math.Min(w.Length, LongestUnbrokenWord)).DefaultIfEmpty(0).Max()
            : lines.Select(l => l.Length).DefaultIfEmpty(0).Max();
        return Math.Max(1, Math.Max(header, cells));
    }

    private static List<string> Render(TextTable table, string? title, List<int> columns, int width, string? caption)
    {
        var widths = columns.Select(i => Natural(table, i)).ToArray();
        var minimum = columns.Select(i => Minimum(table, i)).ToArray();
        var total = Outer(widths);
        while (total > width)
        {
            // The widest column that may still narrow gives a character; the leftmost of equals.
            var widest = -1;
            for (var k = 0; k < widths.Length; k++)
            {
                if (widths[k] > minimum[k] && (widest < 0 || widths[k] > widths[widest]))
                {
                    widest = k;
                }
            }

            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
            total--;
        }

        var lines = new List<string>();
        Centred(lines, title, total);

        lines.Add(Border('┌', '┬', '┐', widths));
        lines.AddRange(Row(columns.Select(i => table.Columns[i].Header).ToArray(), columns, table, widths, header: true));
        lines.Add(Border('├', '┼', '┤', widths));
        foreach (var row in table.Rows)
        {
            lines.AddRange(Row(columns.Select(i => row[i]).ToArray(), columns, table, widths, header: false));
        }

        lines.Add(Border('└', '┴', '┘', widths));
        Centred(lines, caption, total);
        return lines;
    }

    /// <summary>A title or caption wrapped to the table's width, each line centred.</summary>
    private static void Centred(List<string> lines, string? text, int total)
    {
        if (text is null)
        {
            return;
        }

        foreach (var line in Wrap(text, total))
        {
            var left = (total - line.Length) / 2;
            lines.Add((new string(' ', Math.Max(0, left)) + line).TrimEnd());
        }
    }

    private static string Border(char left, char middle, char right, int[] widths) =>
        left + string.Join(middle, widths.Select(w => new string('─', w + 2))) + right;

    private static IEnumerable<string> Row(string[] cells, List<int> columns, TextTable table, int[] widths, bool header)
    {
        var wrapped = cells.Select((cell, k) => CellLines(cell)
            .SelectMany(l => header || table.Columns[columns[k]].Wraps ? Wrap(l, widths[k]) : [l]).ToList()).ToList();
        var height = wrapped.Max(c => c.Count);
        for (var line = 0; line < height; line++)
        {
            var parts = wrapped.Select((c, k) =>
            {
                var text = line < c.Count ? c[line] : string.Empty;
                return table.Columns[columns[k]].RightAligned ? text.PadLeft(widths[k]) : text.PadRight(widths[k]);
            });
            yield return "│ " + string.Join(" │ ", parts) + " │";
        }
    }

    /// <summary>A line broken between words to lines of at most <paramref name="width"/> characters; a word longer than
    /// that is broken where it must.</summary>
    internal static List<string> Wrap(string line, int width)
    {
        if (line.Length <= width)
        {
            return [line];
        }

        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in Words(line))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                if (current.Length == 0 && rest.Length > width)
                {
                    // After a '.', '-' or '/' in the second half of the line if there is one (a path breaks at its
                    // dots), else at the width.
                    var cut = rest.LastIndexOfAny(['.', '-', '/'], width - 1) + 1;
                    cut = cut > width / 2 ? cut : width;
                    lines.Add(rest[..cut]);
                    rest = rest[cut..];
                }
                else if (current.Length == 0)
                {
                    current = rest;
                    rest = string.Empty;
                }
                else if (current.Length + 1 + rest.Length <= width)
                {
                    current += " " + rest;
                    rest = string.Empty;
                }
                else
                {
                    lines.Add(current);
                    current = string.Empty;
                }
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
