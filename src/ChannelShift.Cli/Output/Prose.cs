namespace ChannelShift.Cli.Output;

/// <summary>Lines of prose beside a table, broken between words to the width the tables fit.</summary>
internal static class Prose
{
    /// <summary>Writes <paramref name="prefix"/> then <paramref name="text"/>, indented by <paramref name="indent"/>
    /// spaces; continuation lines are indented by <paramref name="indent"/> + <paramref name="hanging"/>, and no line is
    /// longer than <paramref name="width"/> (a word longer than the room left is broken). The prefix (a label padded
    /// to line up with others) is kept as it is.</summary>
    internal static void Write(TextWriter output, string text, int width, int indent, int hanging = 2, string prefix = "")
    {
        var lines = TerminalTable.Wrap(text, Math.Max(20, width - indent - prefix.Length));
        output.WriteLine(new string(' ', indent) + prefix + lines[0]);
        if (lines.Count == 1)
        {
            return;
        }

        foreach (var line in TerminalTable.Wrap(string.Join(' ', lines.Skip(1)), Math.Max(20, width - indent - hanging)))
        {
            output.WriteLine(new string(' ', indent + hanging) + line);
        }
    }
}
