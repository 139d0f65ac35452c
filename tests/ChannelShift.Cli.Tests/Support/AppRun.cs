using System.Globalization;
using System.Text.Json;

namespace ChannelShift.Cli.Tests.Support;

/// <summary>Runs the app in-process, as the console would, and captures stdout, stderr and the exit code.</summary>
public sealed record AppRun(int ExitCode, string Output, string Error)
{
    private static readonly Lock Gate = new();

    /// <summary>The width of the tables when a test does not say: as wide as a wide terminal.</summary>
    public const int DefaultWidth = 140;

    public static AppRun Of(params string[] args) => Under(null, args);

    /// <summary>Runs with tables fitted to a terminal of this many columns.</summary>
    public static AppRun At(int width, params string[] args) => Run(null, width, args);

    /// <summary>Runs under a given current culture (the output must not depend on it).</summary>
    public static AppRun Under(string? culture, params string[] args) => Run(culture, DefaultWidth, args);

    /// <summary>Runs as on a terminal: standard output not redirected, so long commands draw progress on stderr.</summary>
    public static AppRun OnATerminal(params string[] args) => Run(null, DefaultWidth, args, outputRedirected: false);

    private static AppRun Run(string? culture, int width, string[] args, bool outputRedirected = true)
    {
        lock (Gate)
        {
            var before = CultureInfo.CurrentCulture;
            try
            {
                if (culture is not null)
                {
                    CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                }

                using var output = new StringWriter(CultureInfo.InvariantCulture);
                using var error = new StringWriter(CultureInfo.InvariantCulture);
                var code = CliApp.Run(args, output, error, outputRedirected, width: width);
                return new AppRun(code, output.ToString(), error.ToString());
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
                CultureInfo.CurrentUICulture = before;
            }
        }
    }

    public JsonElement Json() => JsonDocument.Parse(Output).RootElement;

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
