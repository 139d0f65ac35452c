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
        { } y => $"repaid during {label}, {PaybackFromStart(y)} years after the start of {firstLabel}",
    };

    /// <summary>A payback for a table cell in years from the start of year 0, as <see cref="Payback"/> counts them
    /// ("2.4"), or "none needed" or "not repaid"; the column's heading names the year it counts from.</summary>
    internal static string PaybackFromStart(double? years) => years switch
    {
        null => "not repaid",
        0 => "none needed",
        { } y => string.Create(CultureInfo.InvariantCulture, $"{y + 1:0.0}"),
    };

    /// <summary>A payback for a table cell, by the year it falls in: "during 2027/28", "none needed" or "not repaid".
    /// The year, not a count of years, so that no reader wonders where the count starts.</summary>
    internal static string PaybackDuring(double? years, string? label) => years switch
    {
        null => "not repaid",
        0 => "none needed",
        _ => "during " + label,
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

    /// <summary>A shift in words: "Counter to online: 45% of face-to-face contacts to web 70%, telephone 30%, s-curve …;
    /// failure demand 15% back to telephone".</summary>
    internal static string ShiftInWords(PlannedShift p, string c) =>
        Show.Invariantly($"{(p.Name is null ? string.Empty : p.Name + ": ")}{Show.Percent(p.Shift.Share.Fraction)} of {p.Shift.From.Key} contacts to {Destinations(p)}, {p.Adoption.Description}")
        + (Extras(p, c) is { } extras ? "; " + extras : string.Empty);

    /// <summary>Where a shift sends its contacts: "web 70%, telephone 20%, avoided 10%", or "web" for one place.</summary>
    private static string Destinations(PlannedShift p) => p.Shift.To.Parts.Count == 1
        ? p.Shift.To.Parts.Single().Key.Key
        : string.Join(", ", p.Shift.To.Parts.Select(x => Show.Invariantly($"{x.Key.Key} {Show.Percent(x.Value.Fraction)}")));

    /// <summary>A shift's failure demand, assisted digital and digital exclusion in words; null when it has none.</summary>
    internal static string? Extras(PlannedShift p, string c)
    {
        var parts = new List<string>();
        if (p.Shift.FailureDemand is { } f)
        {
            parts.Add(Show.Invariantly($"failure demand {Show.Percent(f.Share.Fraction)} back to {string.Join(", ", f.ReturnsTo.Parts.Select(x => x.Key.Key))}"));
        }

        if (p.Shift.AssistedDigital is { } ad)
        {
            parts.Add(Show.Invariantly($"assisted digital {Show.Percent(ad.Share.Fraction)} at {Show.Money(ad.Cost, c)}"));
        }

        if (p.DigitalExclusion != 0)
        {
            parts.Add(Show.Invariantly($"digital exclusion {Show.Percent(p.DigitalExclusion)}"));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>The assumptions a reader of the year tables needs beside them, one line each: the baseline, the unit
    /// costs as used, optimism bias and the haircut, and each option's shifts, one line each.</summary>
    internal static IReadOnlyList<string> Assumptions(Scenario scenario, ScenarioAppraisal appraisal)
    {
        var c = appraisal.Currency;
        var lines = new List<string>
        {
            "Baseline (contacts a year, before any shift): " + string.Join("; ", scenario.Baseline.Volumes.Select(v => v.Key.Key + " " + Show.Count(Math.Round(scenario.Baseline.AnnualVolume(v.Key)))))
                + (scenario.DemandGrowth == 0m ? string.Empty : Show.Invariantly($"; demand growth {Show.Percent(scenario.DemandGrowth)} a year from year 2")),
            UnitCosts(appraisal, c),
        };
        var bias = scenario.Appraisal.OptimismBias;
        lines.Add(Show.Invariantly($"Optimism bias: one-off costs +{Show.Percent(bias.OneOff)}, recurring costs +{Show.Percent(bias.Recurring)}; benefits haircut {Show.Percent(bias.Benefits)}"));
        foreach (var option in scenario.Options)
        {
            var of = scenario.Options.Count == 1 ? string.Empty : " of “" + option.Name + "”";
            lines.AddRange(option.Shifts.Select(p => $"Shift{of}: " + ShiftInWords(p, c)));
        }

        return lines;
    }

    /// <summary>"Unit costs a contact (* digital): face-to-face £7.40 (2010) → £11.23 (2026 prices); …".</summary>
    internal static string UnitCosts(ScenarioAppraisal appraisal, string c) =>
        "Unit costs a contact (* digital): " + string.Join("; ", appraisal.UnitCosts.Select(u =>
            u.PriceBaseYear == u.PriceYear
                ? Show.Invariantly($"{u.Channel.Key}{(u.Digital ? "*" : "")} {Show.Money(u.Amount, c)} ({u.PriceYear} prices)")
                : Show.Invariantly($"{u.Channel.Key}{(u.Digital ? "*" : "")} {Show.Money(u.Amount, c)} ({u.PriceYear}) → {Show.Money(MoneyRounding.ToPenny(u.Used), c)} ({u.PriceBaseYear} prices)")));

    /// <summary>The staff the staffed channels need in the first and final years of an option, without and with the
    /// change (FTE before rounding to whole staff); null without staffing.</summary>
    internal static string? Staff(AppraisalResult r)
    {
        var staffed = r.Years.Where(y => y.Fte is not null && y.FteBusinessAsUsual is not null).ToList();
        if (staffed.Count == 0)
        {
            return null;
        }

        var shown = staffed.Count == 1 ? staffed : [staffed[0], staffed[^1]];
        return "Staff on the staffed channels (FTE, business as usual → with the change): " + string.Join("; ", shown.Select(y =>
            Show.Invariantly($"{y.Label} {Show.Number(y.FteBusinessAsUsual!.Value, "0.0")} → {Show.Number(y.Fte!.Value, "0.0")}")));
    }

    /// <summary>What the ratios are, said where they are printed.</summary>
    internal const string RatiosCaveat = "BCR and ROI are a financial appraisal of the council's own costs, not a Green Book economic case with social value.";
}
