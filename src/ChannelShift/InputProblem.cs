using System.Globalization;

namespace ChannelShift;

/// <summary>
/// One problem found in an input, as data: where it is (the source, its line, a path), a stable code, the value as
/// written, what is wrong and what was expected. The model's rules report problems with the path of the argument they
/// check (e.g. <c>demandGrowth</c>); a file reader gives the JSON path, file and line
/// (<c>FILE:LINE: $.shifts[0].share: 1.4 is not a share; expected a number from 0 to 1</c>); a batch gives the row; an
/// application maps the path to whatever its user typed. Immutable.
/// </summary>
public sealed class InputProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where it is: a JSON path in dot notation (<c>$.shifts[0].share</c>), an argument's name, or
    /// a column of a CSV file.</param>
    /// <param name="code">What kind of problem it is, one of <see cref="ProblemCodes"/>.</param>
    /// <param name="what">What is wrong, e.g. <c>1.4 is not a share</c>.</param>
    /// <param name="expected">What was expected, e.g. <c>a number from 0 to 1</c>, or null.</param>
    /// <param name="value">The value as written, or null.</param>
    public InputProblem(string path, string code, string what, string? expected = null, string? value = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(what);
        Path = path;
        Code = code;
        What = what;
        Expected = expected;
        Value = value;
    }

    /// <summary>The input's name (a file name), or null.</summary>
    public string? Source { get; private init; }

    /// <summary>The 1-based line of the value in its source, or null when unknown.</summary>
    public long? Line { get; private init; }

    /// <summary>Where the problem is: a JSON path, an argument's name or a CSV column.</summary>
    public string Path { get; private init; }

    /// <summary>A stable code for the kind of problem (<see cref="ProblemCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The value as written, or null.</summary>
    public string? Value { get; }

    /// <summary>What is wrong.</summary>
    public string What { get; }

    /// <summary>What was expected, or null.</summary>
    public string? Expected { get; }

    /// <summary>What is wrong and what was expected: <c>WHAT; expected EXPECTED</c>.</summary>
    public string Message => Expected is null ? What : $"{What}; expected {Expected}";

    /// <summary>A copy found in a source at a line (a file reader adds them).</summary>
    /// <param name="source">The source's name, or null.</param>
    /// <param name="line">The 1-based line, or null.</param>
    /// <returns>The copy.</returns>
    public InputProblem At(string? source, long? line) => new(Path, Code, What, Expected, Value) { Source = source, Line = line };

    /// <summary>A copy at another path (e.g. an argument's name mapped to a command-line flag).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The copy.</returns>
    public InputProblem WithPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new(path, Code, What, Expected, Value) { Source = Source, Line = Line };
    }

    /// <summary>The problem as one line: <c>SOURCE:LINE: PATH: MESSAGE</c> (parts that are unknown are left out).</summary>
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
