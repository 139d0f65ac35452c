using System.Text;

namespace ChannelShift.Serialization;

/// <summary>
/// Reads a scenario file (JSON; documented in docs/scenario-format.md, schema in docs/scenario.schema.json). Comments,
/// trailing commas and a <c>$schema</c> property are allowed; any other unknown property is an error, so that a typo
/// cannot silently drop a cost. Every problem in a file is reported at once in one
/// <see cref="InputValidationException"/>, one <see cref="InputProblem"/> each
/// (<c>FILE:LINE: $.path: what is wrong; what was expected</c>); a file is never half-loaded.
/// </summary>
public static class ScenarioReader
{
    /// <summary>The largest scenario file read: 16 MiB.</summary>
    public const int MaximumBytes = 16 * 1024 * 1024;

    /// <summary>Reads a scenario from a UTF-8 stream (a file or a pipe; a Windows-1252 or UTF-16 file gets one problem that
    /// names its line and says to save it as UTF-8).</summary>
    /// <param name="utf8Json">The stream (read to its end; not closed).</param>
    /// <param name="sourceName">The name used in messages, e.g. the file name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InputValidationException">The file has problems; every one is listed.</exception>
    public static Scenario Read(Stream utf8Json, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var bytes = TextFile.ReadUtf8Bytes(utf8Json, sourceName, "a scenario file (JSON)", MaximumBytes);
        return new ScenarioParser(sourceName).Parse(bytes.Span);
    }

    /// <summary>Reads a scenario from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The name used in messages.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InputValidationException">The text has problems; every one is listed.</exception>
    public static Scenario Parse(string json, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ScenarioParser(sourceName).Parse(Encoding.UTF8.GetBytes(json));
    }
}
