using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Writes RFC 4180 CSV with a header row; numbers in the invariant culture with an ASCII hyphen-minus, so a
/// spreadsheet reads them as numbers; null as an empty field. A <see cref="decimal"/> is money: written to the penny
/// with two places (350000.00), rounded by <see cref="MoneyRounding.ToPenny"/> if it is not already. Any other decimal
/// is marked by the caller with <see cref="Count"/>, <see cref="Exact"/> or <see cref="UnitCost"/> and written in
/// full, without trailing zeros (261097.737396911051480000 is 261097.73739691105148); ratios and other doubles to at most 10 decimal places, so
/// binary noise (9.100000000000001) does not show (9.1). The kind of a figure comes from the caller, never from its
/// number of decimal places.
/// </summary>
internal sealed class Csv(TextWriter writer)
{
    /// <summary>A count of contacts (or FTE), not money: to a millionth of a contact, which hides the noise of decimal
    /// arithmetic (43425.0000000000405 is 43425), without the trailing zeros a decimal keeps from the figures it came
    /// from (100000.0 and 200000.00 are written 100000 and 200000).</summary>
    internal static Plain Count(decimal value) => new(Math.Round(value, 6, MidpointRounding.AwayFromZero));

    /// <summary>A decimal that is not money (a discount factor): written exactly, without trailing zeros.</summary>
    internal static Plain Exact(decimal value) => new(value);

    /// <summary>A cost per contact, as given or rebased: money, but not rounded to the penny (£0.085 a web contact is
    /// not £0.09), written with at least two places (7.40) and every further digit it has.</summary>
    internal static Plain UnitCost(decimal value) => new(value, "0.00###########################");

    /// <summary>A decimal written as it is: without trailing zeros, or in a format of at least so many places.</summary>
    internal readonly record struct Plain(decimal Value, string? Format = null)
    {
        internal string Text => Format is null
            ? (Value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            : Value.ToString(Format, CultureInfo.InvariantCulture);
    }

    internal void Row(params object?[] fields) =>
        writer.WriteLine(string.Join(",", fields.Select(Field)));

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string s => Quote(s),
        decimal d => MoneyRounding.ToPenny(d).ToString("0.00", CultureInfo.InvariantCulture),
        Plain p => p.Text,
        double d => Math.Round(d, 10) == 0 ? "0" : d.ToString("0.##########", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Quote(value.ToString() ?? string.Empty),
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
