using System.Globalization;

namespace ChannelShift;

/// <summary>
/// One problem found in an input such as a scenario file: where (source name, line, JSON path) and what is wrong and
/// what was expected. Printed as <c>FILE:LINE: $.json.path: what is wrong; what was expected</c>.
/// </summary>
/// <param name="Source">The input's name (a file name), or null.</param>
/// <param name="Line">The 1-based line of the value, or null when unknown.</param>
/// <param name="Path">The JSON path in dot notation, e.g. <c>$.shifts[0].share</c> or <c>$.baseline.volumes.face-to-face</c>.</param>
/// <param name="Message">What is wrong and what was expected, e.g. "1.4 is not a share; expected a number from 0 to 1".</param>
public sealed record InputProblem(string? Source, long? Line, string Path, string Message)
{
    /// <summary>The problem as one line: <c>FILE:LINE: PATH: MESSAGE</c> (parts that are unknown are left out).</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var where = (Source, Line) switch
        {
            (not null, not null) => string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}: "),
            (not null, null) => Source + ": ",
            (null, not null) => string.Create(CultureInfo.InvariantCulture, $"line {Line}: "),
            _ => string.Empty,
        };
        return $"{where}{Path}: {Message}";
    }
}
