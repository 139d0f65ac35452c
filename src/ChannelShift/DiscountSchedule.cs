using System.Globalization;

namespace ChannelShift;

/// <summary>
/// A schedule of annual discount rates by band of years, and the discount factors it gives:
/// <c>DF(0) = 1</c> and <c>DF(t) = DF(t − 1) / (1 + r(t))</c>, where <c>r(t)</c> is the rate of the band that
/// contains year <c>t</c>.
/// </summary>
/// <remarks>
/// <para>
/// Source: HM Treasury, <i>The Green Book: appraisal and evaluation in central government</i> (2022), the Social Time
/// Preference Rate (STPR) and its declining long-term schedule (Annex A6, "Discounting"). "The rate of a band applies
/// to the years in it", so with the standard schedule <c>DF(t) = 1 / 1.035^t</c> for <c>t ≤ 30</c> and
/// <c>DF(31) = DF(30) / 1.030</c> (the CRAN package <c>greenbook</c> implements the same convention).
/// </para>
/// <para>
/// Factors are computed in <see cref="decimal"/> arithmetic, one division per year, so they carry about 28
/// significant digits (an absolute error below 1e-25 up to <see cref="MaxYear"/>); a factor smaller than
/// 1e-28 is 0. The <see cref="double"/> versions are the decimal factors converted (the Monte Carlo fast path
/// discounts with them). The deterministic appraisal (<c>Appraisal.Appraiser</c>) holds each factor rounded once to 12
/// decimal places, within 5e-13 of these (docs/methodology.md, "Precision"). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class DiscountSchedule
{
    /// <summary>The last year for which a factor can be asked (years run from 0, the implementation year).</summary>
    public const int MaxYear = 10_000;

    /// <summary>The largest constant rate accepted (0.5, i.e. 50% a year, <see cref="Rules.DiscountRate"/>): a larger
    /// value is taken for a percentage written where a fraction is meant.</summary>
    public const double MaxRate = 0.5;

    private readonly int[] bandStarts;
    private readonly decimal[] bandRates;

    private DiscountSchedule(string key, int[] bandStarts, decimal[] bandRates, bool constant = false)
    {
        Key = key;
        IsConstant = constant;
        this.bandStarts = bandStarts;
        this.bandRates = bandRates;
    }

    /// <summary>
    /// HM Treasury Green Book standard schedule (STPR): 3.5% a year for years 0–30, 3.0% for 31–75, 2.5% for 76–125,
    /// 2.0% for 126–200, 1.5% for 201–300 and 1.0% from 301 (Green Book 2022, Annex A6). Key <c>green-book</c>.
    /// </summary>
    public static DiscountSchedule GreenBook { get; } = new(
        "green-book",
        [0, 31, 76, 126, 201, 301],
        [0.035m, 0.030m, 0.025m, 0.020m, 0.015m, 0.010m]);

    /// <summary>
    /// HM Treasury Green Book schedule for health effects (the STPR without its wealth effect): 1.5% a year for years
    /// 0–30, then 1.29%, 1.07%, 0.86%, 0.64% and 0.43% on the standard bands 31–75, 76–125, 126–200, 201–300 and
    /// 301 on (Green Book 2022, Annex A6). Key <c>green-book-health</c>.
    /// </summary>
    public static DiscountSchedule GreenBookHealth { get; } = new(
        "green-book-health",
        [0, 31, 76, 126, 201, 301],
        [0.015m, 0.0129m, 0.0107m, 0.0086m, 0.0064m, 0.0043m]);

    /// <summary>
    /// A short name for the schedule: <c>green-book</c>, <c>green-book-health</c>, or <c>rate 0.05</c> for a constant
    /// rate (the rate with the invariant culture, shortest round-trip form).
    /// </summary>
    public string Key { get; }

    /// <summary>Whether the schedule is one constant rate (<see cref="Constant"/>): its rate is then an input of the
    /// scenario that can be uncertain or swung.</summary>
    public bool IsConstant { get; }

    /// <summary>A constant annual discount rate for every year: <c>DF(t) = 1 / (1 + rate)^t</c>.</summary>
    /// <param name="rate">The annual rate as a fraction (0.035 for 3.5%); finite, greater than −1 and at most
    /// <see cref="MaxRate"/>. It is held as a
    /// <see cref="decimal"/> rounded to 15 significant digits (so 0.035 is exactly 0.035).</param>
    /// <exception cref="InputValidationException"><paramref name="rate"/> is not finite, is −1 or less, or is above <see cref="MaxRate"/>.</exception>
    public static DiscountSchedule Constant(double rate)
    {
        Rules.DiscountRate.Check(rate, nameof(rate));
        return new DiscountSchedule(
            "rate " + rate.ToString("R", CultureInfo.InvariantCulture),
            [0],
            [(decimal)rate],
            constant: true);
    }

    /// <summary>The annual discount rate (a fraction, 0.035 for 3.5%) of the band that contains <paramref name="year"/>.</summary>
    /// <param name="year">A year from 0 to <see cref="MaxYear"/>.</param>
    /// <exception cref="InputValidationException"><paramref name="year"/> is outside 0…<see cref="MaxYear"/>.</exception>
    public decimal RateInYear(int year)
    {
        Preconditions.InRange(year, 0, MaxYear, nameof(year));
        return RateOf(year);
    }

    /// <summary>
    /// The discount factor of <paramref name="year"/>: <c>DF(0) = 1</c>, <c>DF(t) = DF(t − 1) / (1 + r(t))</c>
    /// (Green Book 2022, Annex A6), computed in decimal arithmetic. Costs O(<paramref name="year"/>): use
    /// <see cref="Factors"/> for a whole appraisal.
    /// </summary>
    /// <param name="year">A year from 0 (the implementation year) to <see cref="MaxYear"/>.</param>
    /// <returns>The factor, dimensionless; 1 in year 0 and, for positive rates, falling towards 0.</returns>
    /// <exception cref="InputValidationException"><paramref name="year"/> is outside 0…<see cref="MaxYear"/>.</exception>
    /// <exception cref="OverflowException">A negative rate makes the factor exceed the <see cref="decimal"/> range.</exception>
    public decimal Factor(int year)
    {
        Preconditions.InRange(year, 0, MaxYear, nameof(year));
        var factor = 1m;
        for (var t = 1; t <= year; t++)
        {
            factor = Next(factor, t);
        }

        return factor;
    }

    /// <summary>The discount factor of <paramref name="year"/> as a <see cref="double"/>: <see cref="Factor"/> converted.</summary>
    /// <param name="year">A year from 0 to <see cref="MaxYear"/>.</param>
    /// <exception cref="InputValidationException"><paramref name="year"/> is outside 0…<see cref="MaxYear"/>.</exception>
    /// <exception cref="OverflowException">A negative rate makes the factor exceed the <see cref="decimal"/> range.</exception>
    public double FactorAsDouble(int year) => (double)Factor(year);

    /// <summary>The discount factors of years 0 to <paramref name="lastYear"/> (index = year), in O(<paramref name="lastYear"/>).</summary>
    /// <param name="lastYear">The last year of the appraisal, from 0 to <see cref="MaxYear"/>.</param>
    /// <returns>A new array of <paramref name="lastYear"/> + 1 factors, each equal to <see cref="Factor"/> of its index.</returns>
    /// <exception cref="InputValidationException"><paramref name="lastYear"/> is outside 0…<see cref="MaxYear"/>.</exception>
    /// <exception cref="OverflowException">A negative rate makes a factor exceed the <see cref="decimal"/> range.</exception>
    public decimal[] Factors(int lastYear)
    {
        Preconditions.InRange(lastYear, 0, MaxYear, nameof(lastYear));
        return (decimal[])CachedFactors(lastYear).Clone();
    }

    /// <summary>The factors of years 0 … lastYear, computed once per schedule and length and shared (do not modify).</summary>
    internal decimal[] CachedFactors(int lastYear)
    {
        var cache = Volatile.Read(ref _cache);
        if (cache is not null && cache.Length == lastYear + 1)
        {
            return cache;
        }

        var factors = new decimal[lastYear + 1];
        factors[0] = 1m;
        for (var t = 1; t <= lastYear; t++)
        {
            factors[t] = Next(factors[t - 1], t);
        }

        Volatile.Write(ref _cache, factors);
        return factors;
    }

    private decimal[]? _cache;

    /// <summary>The decimal places to which an appraisal holds its discount factors (see <see cref="AppraisalFactors"/>).</summary>
    internal const int AppraisalFactorDecimals = 12;

    /// <summary>
    /// The factors an appraisal discounts with: those of <see cref="Factors"/> rounded once to
    /// <see cref="AppraisalFactorDecimals"/> places (half away from zero), index = year, shared (do not modify). The
    /// array may be longer than asked: the longest computed so far is kept, so appraisals of different lengths share it.
    /// A factor held to 12 places is within 5e-13 of the 28-digit one, so a present value DF × amount moves by at most
    /// 5e-13 × |amount| (under half a penny for any amount below 10 billion); in return the product of a factor below 1
    /// (at most 40 bits of mantissa) and an amount stays within the 96 bits of a <see cref="decimal"/> and on its fast
    /// path, where the 28-digit product overflows into its slow 192-bit one.
    /// </summary>
    internal decimal[] AppraisalFactors(int lastYear)
    {
        var cache = Volatile.Read(ref _appraisalCache);
        if (cache is not null && cache.Length > lastYear)
        {
            return cache;
        }

        var exact = CachedFactors(lastYear);
        var factors = new decimal[lastYear + 1];
        for (var t = 0; t <= lastYear; t++)
        {
            factors[t] = Math.Round(exact[t], AppraisalFactorDecimals, MidpointRounding.AwayFromZero);
        }

        Volatile.Write(ref _appraisalCache, factors);
        return factors;
    }

    private decimal[]? _appraisalCache;

    /// <summary>The discount factors of years 0 to <paramref name="lastYear"/> as doubles (each <see cref="Factor"/> converted).</summary>
    /// <param name="lastYear">The last year of the appraisal, from 0 to <see cref="MaxYear"/>.</param>
    /// <returns>A new array of <paramref name="lastYear"/> + 1 factors (index = year).</returns>
    /// <exception cref="InputValidationException"><paramref name="lastYear"/> is outside 0…<see cref="MaxYear"/>.</exception>
    /// <exception cref="OverflowException">A negative rate makes a factor exceed the <see cref="decimal"/> range.</exception>
    public double[] FactorsAsDouble(int lastYear) => Array.ConvertAll(Factors(lastYear), f => (double)f);

    /// <summary>The <see cref="Key"/>.</summary>
    public override string ToString() => Key;

    private decimal Next(decimal previousFactor, int year) => previousFactor / (1m + RateOf(year));

    private decimal RateOf(int year)
    {
        var band = bandStarts.Length - 1;
        while (bandStarts[band] > year)
        {
            band--;
        }

        return bandRates[band];
    }
}
