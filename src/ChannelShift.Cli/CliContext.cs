using ChannelShift.Cli.Output;

namespace ChannelShift.Cli;

/// <summary>Where the app writes, so that tests can run it in-process.</summary>
/// <param name="width">The width tables fit, in characters (see <see cref="TerminalWidth"/>).</param>
internal sealed class CliContext(TextWriter output, TextWriter error, bool outputRedirected, Func<Stream>? input = null, int width = TerminalWidth.Redirected)
{
    /// <summary>Opens standard input (for a file given as <c>-</c>); in tests, a stream of the test's own.</summary>
    public Func<Stream> Input { get; } = input ?? System.Console.OpenStandardInput;

    /// <summary>Where results go: standard output, or the file of <c>-o</c>.</summary>
    public TextWriter Output { get; set; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Opens the <c>-o</c> file for a binary result (a workbook) instead of <see cref="Output"/>; null without
    /// a file.</summary>
    public Func<Stream>? BinaryOutput { get; set; }

    /// <summary>Opens standard output for a binary result (<c>-o -</c>).</summary>
    public Func<Stream> OpenStandardOutput { get; set; } = System.Console.OpenStandardOutput;

    /// <summary>Cancelled by Ctrl-C: long commands stop at their next check and the app says the run was interrupted.</summary>
    public CancellationToken Cancellation { get; set; }

    /// <summary>True when stdout is not a terminal (then no progress bar, no colour).</summary>
    public bool OutputRedirected { get; } = outputRedirected;

    /// <summary>The width tables fit, in characters: the terminal's, else <c>COLUMNS</c>, else 120.</summary>
    public int Width { get; } = width;

    /// <summary>From here on, breaks prose lines longer than <see cref="Width"/> between words (the table format's
    /// sentences and notes; tables already fit). Not for JSON, CSV or markdown.</summary>
    public void WrapProse()
    {
        if (Output is not WrappingWriter)
        {
            Output = new WrappingWriter(Output, Width);
        }
    }

    /// <summary>Writes a table as the format asks: boxed and fitted to <see cref="Width"/>, or as markdown between blank
    /// lines.</summary>
    public void Write(TextTable table, OutputFormat format)
    {
        if (format == OutputFormat.Markdown)
        {
            Output.WriteLine();
            MarkdownTable.Write(Output, table);
            Output.WriteLine();
            return;
        }

        TerminalTable.Write(Output, table, Width);
    }
}
