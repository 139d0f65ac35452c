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

    /// <summary>Reads a scenario from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream (read to its end; not closed).</param>
    /// <param name="sourceName">The name used in messages, e.g. the file name.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InputValidationException">The file has problems; every one is listed.</exception>
    public static Scenario Read(Stream utf8Json, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaximumBytes)
            {
                throw new InputValidationException([new InputProblem(sourceName, null, "$", FormattableString.Invariant($"the file is larger than {MaximumBytes} bytes; expected a scenario file"))]);
            }

            buffer.Write(chunk, 0, read);
        }

        return new ScenarioParser(sourceName).Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
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
