using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>Invariant-culture formatting of numbers for tables and markdown (JSON and CSV use <see cref="JsonOut"/> and <see cref="Csv"/>).</summary>
internal static class Show
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static string Symbol(string currency) => currency switch
    {
        "GBP" => "£",
        "AUD" => "A$",
        "EUR" => "€",
        "USD" => "$",
        _ => currency + " ",
    };

    internal static string Money(decimal amount, string currency)
    {
        var sign = amount < 0 ? "−" : string.Empty;
        return sign + Symbol(currency) + Math.Abs(amount).ToString("#,##0.00", Invariant);
    }

    /// <summary>Whole pounds for the prose of <c>bdo</c>, e.g. £2,220,000.</summary>
    internal static string MoneyWhole(decimal amount, string currency) =>
        (amount < 0 ? "−" : string.Empty) + Symbol(currency) + Math.Abs(amount).ToString(amount == Math.Round(amount) ? "#,##0" : "#,##0.00", Invariant);

    internal static string Count(decimal value) => value.ToString(value == Math.Round(value) ? "#,##0" : "#,##0.##", Invariant);

    internal static string Number(double value, string format = "0.####") =>
        double.IsFinite(value) ? value.ToString(format, Invariant) : "n/a";

    internal static string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", Invariant) + "%";

    internal static string Percent(double fraction, string format = "0.##") =>
        double.IsFinite(fraction) ? (fraction * 100).ToString(format, Invariant) + "%" : "n/a";

    internal static string Invariantly(FormattableString text) => text.ToString(Invariant);
}
