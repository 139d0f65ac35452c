namespace ChannelShift.Cli.Output;

/// <summary>Lines of prose beside a table, broken between words to the width the tables fit.</summary>
internal static class Prose
{
    /// <summary>Writes <paramref name="prefix"/> then <paramref name="text"/>, indented by <paramref name="indent"/>
    /// spaces; continuation lines are indented by <paramref name="indent"/> + <paramref name="hanging"/>, and no line is
    /// longer than <paramref name="width"/> (a word longer than the room on a line of its own is broken; below ten
    /// characters of room, lines keep ten). The prefix (a label padded to line up with others) is kept as it is.</summary>
    internal static void Write(TextWriter output, string text, int width, int indent, int hanging = 2, string prefix = "")
    {
        int first = Math.Max(10, width - indent - prefix.Length);
        int rest = Math.Max(10, width - indent - hanging);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var room = lines.Count == 0 ? first : rest;
            if (current.Length > 0 && current.Length + 1 + word.Length <= room)
            {
                current += " " + word;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
                room = rest;
            }

            current = word;
            while (current.Length > room)
            {
                lines.Add(current[..room]);
                current = current[room..];
                room = rest;
            }
        }

        lines.Add(current);
        output.WriteLine(new string(' ', indent) + prefix + lines[0]);
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine(new string(' ', indent + hanging) + line);
        }
    }
}
