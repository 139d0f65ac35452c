using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Writes RFC 4180 CSV with a header row; numbers in the invariant culture with an ASCII hyphen-minus, so a
/// spreadsheet reads them as numbers; null as an empty field. Money (a decimal of two places) is written to the penny;
/// other decimals without trailing zeros (261097.737396911051480000 is 261097.73739691105148); ratios and other
/// doubles to at most 10 decimal places, so binary noise (9.100000000000001) does not show (9.1).
/// </summary>
internal sealed class Csv(TextWriter writer)
{
    /// <summary>A count of contacts (or FTE) as a CSV number: without the trailing zeros a decimal keeps from the figures
    /// it came from (100000.0 and 200000.00 are both written as counts, 100000 and 200000), whatever its scale.</summary>
    internal static decimal Count(decimal value) => value / 1.000000000000000000000000000000000m;

    internal void Row(params object?[] fields) =>
        writer.WriteLine(string.Join(",", fields.Select(Field)));

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string s => Quote(s),
        decimal d => (d.Scale > 2 ? Count(d) : d).ToString(CultureInfo.InvariantCulture),
        double d => Math.Round(d, 10) == 0 ? "0" : d.ToString("0.##########", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
