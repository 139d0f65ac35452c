namespace ChannelShift;

/// <summary>How a scenario is appraised (HM Treasury Green Book): the years, the discount schedule, optimism bias and
/// the price base.</summary>
public sealed class AppraisalSettings
{
    /// <summary>Creates the settings.</summary>
    /// <param name="years">The last year: <c>10</c> means years 0 (implementation) to 10; from 1 to 1000.</param>
    /// <param name="discounting">The discount schedule (Green Book STPR by default).</param>
    /// <param name="optimismBias">Optimism bias (none by default).</param>
    /// <param name="firstYear">The calendar year in which year 0 starts, to label years as financial years
    /// (2026 → "2026/27"); null labels them "Year 0", "Year 1", ….</param>
    /// <param name="priceBaseYear">The price base year of the appraisal (real prices), or null.</param>
    /// <param name="deflator">A GDP deflator to rebase unit costs to <paramref name="priceBaseYear"/>, or null.</param>
    /// <param name="inflation">The inflation a year that turns real prices into cash for the financial view (a
    /// fraction, greater than −1 and at most 0.5), or null for the deflator's rate.</param>
    public AppraisalSettings(int years, DiscountSchedule? discounting = null, OptimismBias? optimismBias = null, int? firstYear = null, int? priceBaseYear = null, GdpDeflator? deflator = null, decimal? inflation = null)
    {
        Inflation = inflation is { } i ? Rules.InflationRate.Check(i, nameof(inflation)) : null;
        Years = Preconditions.InRange(years, 1, 1000, nameof(years));
        Discounting = discounting ?? DiscountSchedule.GreenBook;
        OptimismBias = optimismBias ?? OptimismBias.None;
        FirstYear = firstYear;
        PriceBaseYear = priceBaseYear;
        Deflator = deflator;
    }

    /// <summary>The last year of the appraisal (years 0 … <see cref="Years"/>).</summary>
    public int Years { get; }

    /// <summary>The discount schedule.</summary>
    public DiscountSchedule Discounting { get; }

    /// <summary>Optimism bias: uplifts on costs and a haircut on savings.</summary>
    public OptimismBias OptimismBias { get; }

    /// <summary>The calendar year in which year 0 starts, or null.</summary>
    public int? FirstYear { get; }

    /// <summary>The price base year, or null.</summary>
    public int? PriceBaseYear { get; }

    /// <summary>The GDP deflator used to rebase unit costs, or null.</summary>
    public GdpDeflator? Deflator { get; }

    /// <summary>The inflation a year stated for the financial view, or null (then the deflator's rate is used).</summary>
    public decimal? Inflation { get; }

    /// <summary>The months the appraisal spans, as their first days: from April of <see cref="FirstYear"/> (year 0) to
    /// the March that ends year <see cref="Years"/>; null without a first year (or past the calendar's end).</summary>
    internal (DateOnly First, DateOnly Last)? Months =>
        FirstYear is { } first && first >= 1 && first + Years + 1 <= 9999
            ? (new DateOnly(first, 4, 1), new DateOnly(first + Years + 1, 3, 1))
            : null;

    /// <summary>The label of a year: "2026/27" with a first year of 2026, else "Year 0", "Year 1", ….</summary>
    /// <param name="year">The year (0 = implementation year).</param>
    /// <returns>The label.</returns>
    public string Label(int year)
    {
        var labels = _labels ??= Enumerable.Range(0, Years + 1).Select(MakeLabel).ToArray();
        return year >= 0 && year < labels.Length ? labels[year] : MakeLabel(year);
    }

    private string[]? _labels;

    private string MakeLabel(int year) => FirstYear is { } first
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first + year}/{(first + year + 1) % 100:00}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Year {year}");

    /// <summary>A copy with another discount schedule (for sensitivity).</summary>
    /// <param name="discounting">The schedule.</param>
    /// <returns>The new settings.</returns>
    public AppraisalSettings WithDiscounting(DiscountSchedule discounting) => new(Years, discounting, OptimismBias, FirstYear, PriceBaseYear, Deflator, Inflation);
}
