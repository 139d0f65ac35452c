using System.Text;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Passes text on line by line, breaking a line longer than the width between words (<see cref="Prose"/>): its
/// continuation lines are indented two spaces more than the line itself. Lines that fit, tables among them, pass
/// unchanged. Used for the prose of the table format only; JSON, CSV and markdown are never wrapped.
/// </summary>
internal sealed class WrappingWriter(TextWriter inner, int width) : TextWriter(inner.FormatProvider)
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (value)
        {
            case '\n':
                Emit();
                break;
            case '\r':
                break;
            default:
                line.Append(value);
                break;
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Emit();
    }

    public override void WriteLine() => Emit();

    /// <summary>Writes a part line held back (output normally ends with a new line, so there is none) and flushes.</summary>
    public override void Flush()
    {
        if (line.Length > 0)
        {
            inner.Write(line.ToString());
            line.Clear();
        }

        inner.Flush();
    }

    private void Emit()
    {
        var text = line.ToString();
        line.Clear();
        if (text.Length <= width)
        {
            inner.WriteLine(text);
            return;
        }

        var body = text.TrimStart(' ');
        Prose.Write(inner, body, width, text.Length - body.Length);
    }
}
