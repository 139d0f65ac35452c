using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>Writes RFC 4180 CSV with a header row; numbers in the invariant culture; null as an empty field.</summary>
internal sealed class Csv(TextWriter writer)
{
    internal void Row(params object?[] fields) =>
        writer.WriteLine(string.Join(",", fields.Select(Field)));

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string s => Quote(s),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
