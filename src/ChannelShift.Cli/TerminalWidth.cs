using System.Globalization;

namespace ChannelShift.Cli;

/// <summary>The width tables fit: the terminal's when standard output is one; else the <c>COLUMNS</c> environment
/// variable when it is a positive whole number; else <see cref="Redirected"/>.</summary>
internal static class TerminalWidth
{
    /// <summary>The width when output goes to a file or a pipe and <c>COLUMNS</c> says nothing.</summary>
    internal const int Redirected = 120;

    /// <param name="outputRedirected">True when standard output is not a terminal.</param>
    /// <param name="windowWidth">Reads the terminal's width (<see cref="Console.WindowWidth"/>), which may throw.</param>
    /// <param name="columns">The value of <c>COLUMNS</c>, or null.</param>
    internal static int Of(bool outputRedirected, Func<int> windowWidth, string? columns)
    {
        if (!outputRedirected)
        {
            try
            {
                if (windowWidth() is > 0 and var width)
                {
                    return width;
                }
            }
            catch (IOException)
            {
            }
            catch (PlatformNotSupportedException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }

        return int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : Redirected;
    }
}
