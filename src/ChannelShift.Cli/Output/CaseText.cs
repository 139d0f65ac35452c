using System.Globalization;
using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Output;

/// <summary>How the app names a basis, a payback and the prices and discounting of an appraisal in words.</summary>
internal static class CaseText
{
    /// <summary>"at average cost" or "cashable".</summary>
    internal static string Name(Basis basis) => basis == Basis.Cashable ? "cashable" : "at average cost";

    /// <summary>"Cashable" or "At average cost", to start a line.</summary>
    internal static string Title(Basis basis) => basis == Basis.Cashable ? "Cashable" : "At average cost";

    /// <summary>How options are ranked, e.g. "ranked by cashable NPV".</summary>
    internal static string Ranking(Basis basis) => basis == Basis.Cashable ? "ranked by cashable NPV" : "ranked by NPV at average cost";

    /// <summary>
    /// A payback in words: "repaid during 2027/28, 1.5 years after the start of 2026/27". The years a result gives are
    /// counted from the end of year 0; the words count from its start, so they add one.
    /// </summary>
    internal static string Payback(double? years, string? label, string firstLabel) => years switch
    {
        null => "not repaid within the appraisal",
        0 => "none needed (the cumulative net is never negative)",
        { } y => string.Create(CultureInfo.InvariantCulture, $"repaid during {label}, {y + 1:0.0} years after the start of {firstLabel}"),
    };

    /// <summary>The prices and discounting actually used, e.g. "real 2026 prices, discounted at the Green Book STPR
    /// (3.5%, declining from year 31)".</summary>
    internal static string PricesAndDiscounting(Scenario scenario)
    {
        var settings = scenario.Appraisal;
        var priceYears = scenario.UnitCosts.Costs.Select(c => c.Provenance.PriceYear).Distinct().Order().ToList();
        var prices = settings.Deflator is not null && settings.PriceBaseYear is { } priceBase
            ? string.Create(CultureInfo.InvariantCulture, $"real {priceBase} prices")
            : priceYears.Count == 1
                ? string.Create(CultureInfo.InvariantCulture, $"{priceYears[0]} prices")
                : string.Create(CultureInfo.InvariantCulture, $"unit costs at the prices of {string.Join(", ", priceYears)} (not rebased)");
        var discounting = settings.Discounting.Key switch
        {
            "green-book" => "discounted at the Green Book STPR (3.5%, declining from year 31)",
            "green-book-health" => "discounted at the Green Book health rate (1.5%, declining from year 31)",
            _ => string.Create(CultureInfo.InvariantCulture, $"discounted at a constant {settings.Discounting.RateInYear(0) * 100m:0.0##}%"),
        };
        return $"{prices}, {discounting}";
    }

    /// <summary>What the ratios are, said where they are printed.</summary>
    internal const string RatiosCaveat = "BCR and ROI are a financial appraisal of the council's own costs, not a Green Book economic case with social value.";
}
