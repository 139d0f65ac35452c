using System.Text;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Writing HTML by hand, safely: every piece of text is escaped here (the five characters HTML gives meaning to, and
/// nothing else, so "£" and "−" stay as they are and a page's figures read as the app's tables print them).
/// </summary>
internal static class Html
{
    /// <summary>Text made safe for an element's content or a quoted attribute: &amp;, &lt;, &gt;, " and ' escaped.</summary>
    internal static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A table: a caption, a header row and body rows of text (every cell escaped).</summary>
    /// <param name="caption">The caption, or null for none.</param>
    /// <param name="header">The column headings.</param>
    /// <param name="rows">The rows, a cell a column.</param>
    /// <param name="align">One letter a column: 'l' for text, 'r' for a right-aligned figure, 's' for a source (small,
    /// broken anywhere); by default the first column is text and the others figures.</param>
    /// <param name="cssClass">A class for the table, or null.</param>
    internal static string Table(string? caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? align = null, string? cssClass = null)
    {
        var b = new StringBuilder();
        var body = rows.ToList();
        // A short table is kept on one page; a long one may break between rows (its header repeats).
        var classes = string.Join(" ", new[] { cssClass, body.Count <= ShortRows ? "short" : null }.OfType<string>());
        b.Append(classes.Length == 0 ? "<table>" : $"<table class=\"{Escape(classes)}\">");
        if (caption is not null)
        {
            b.Append("<caption>").Append(Escape(caption)).Append("</caption>");
        }

        b.Append("<thead><tr>");
        for (var i = 0; i < header.Count; i++)
        {
            b.Append(Open("th", align, i)).Append(Escape(header[i])).Append("</th>");
        }

        b.Append("</tr></thead><tbody>\n");
        foreach (var row in body)
        {
            b.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                b.Append(Open("td", align, i)).Append(Escape(row[i])).Append("</td>");
            }

            b.Append("</tr>\n");
        }

        b.Append("</tbody></table>\n");
        return b.ToString();
    }

    /// <summary>The most rows a table may have to be kept whole on one page.</summary>
    private const int ShortRows = 16;

    private static string Open(string cell, string? align, int column)
    {
        var kind = align is null ? (column > 0 ? 'r' : 'l') : column < align.Length ? align[column] : 'l';
        return kind switch
        {
            'r' => $"<{cell} class=\"n\">",
            's' when cell == "td" => $"<{cell} class=\"s\">",
            _ => $"<{cell}>",
        };
    }
}
