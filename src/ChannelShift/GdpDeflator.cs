using System.Globalization;

namespace ChannelShift;

/// <summary>
/// A GDP deflator, supplied by the user, to express amounts in the real prices of one base year: either a constant
/// annual rate of general inflation or an index by year. ChannelShift ships no index of its own.
/// </summary>
/// <remarks>
/// <para>
/// Source: HM Treasury, <i>The Green Book</i> (2022), "Real and nominal prices" (Annex A6 and its worked table): an
/// amount at the prices of year <c>from</c> is, at the prices of year <c>to</c>, the amount ×
/// <c>index(to) / index(from)</c>; with a constant deflator rate <c>g</c>, the amount × <c>(1 + g)^(to − from)</c>. So
/// with a 2% deflator nominal 1,000 in each of years 0–5 is, in year-0 prices, 1,000 / 980 / 961 / 942 / 924 / 906 to
/// the pound. The UK series is the ONS / HM Treasury "GDP deflators at market prices".
/// </para>
/// <para>Computed in decimal arithmetic, unrounded. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class GdpDeflator
{
    private readonly decimal rate;
    private readonly Dictionary<int, decimal>? index;
    private readonly int[] indexYears;

    private GdpDeflator(decimal rate, Dictionary<int, decimal>? index, string description)
    {
        this.rate = rate;
        this.index = index;
        indexYears = index is null ? [] : [.. index.Keys.Order()];
        Description = description;
    }

    /// <summary>The constant rate of a rate deflator (<see cref="Rate"/>), or null for an index.</summary>
    public decimal? ConstantRate => index is null ? rate : null;

    /// <summary>A one-line description (invariant culture): <c>rate 0.02</c> or <c>index 2010–2012 (2 years)</c>.</summary>
    public string Description { get; }

    /// <summary>A constant annual deflator rate: prices rise by <c>(1 + rate)</c> a year.</summary>
    /// <param name="rate">General inflation a year as a fraction (0.02 for 2%); finite, greater than −1 and at most 0.5.
    /// Held as a <see cref="decimal"/> rounded to 15 significant digits (so 0.02 is exactly 0.02).</param>
    /// <exception cref="InputValidationException"><paramref name="rate"/> is not finite, is −1 or less, or above 0.5.</exception>
    public static GdpDeflator Rate(double rate)
    {
        Rules.DeflatorRate.Check(rate, nameof(rate));
        return new GdpDeflator((decimal)rate, null, "rate " + rate.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>A deflator index by year (any base, e.g. 2019 = 100); only the ratios between years matter.</summary>
    /// <param name="index">Index value by (calendar or financial) year; at least one year, every value greater than 0.
    /// The dictionary is copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is null.</exception>
    /// <exception cref="InputValidationException"><paramref name="index"/> is empty.</exception>
    /// <exception cref="InputValidationException">A value is 0 or negative (the message names its year).</exception>
    public static GdpDeflator Index(IReadOnlyDictionary<int, decimal> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Count == 0)
        {
            throw Preconditions.Fail("index", ProblemCodes.Missing, "the index has no years", "at least one year with its index value", null);
        }

        var copy = new Dictionary<int, decimal>(index.Count);
        foreach (var (year, value) in index)
        {
            if (value <= 0m)
            {
                throw Preconditions.Fail(string.Create(CultureInfo.InvariantCulture, $"index[{year}]"), ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{value} is not positive"), "an index value greater than 0", value);
            }

            copy.Add(year, value);
        }

        var first = copy.Keys.Min();
        var last = copy.Keys.Max();
        var description = string.Create(CultureInfo.InvariantCulture, $"index {first}–{last} ({copy.Count} {(copy.Count == 1 ? "year" : "years")})");
        return new GdpDeflator(0m, copy, description);
    }

    /// <summary>
    /// An amount at the prices of <paramref name="fromPriceYear"/> expressed at the prices of
    /// <paramref name="toPriceYear"/>: amount × index(to) / index(from), or amount × (1 + rate)^(to − from)
    /// (Green Book 2022, "Real and nominal prices"). A nominal amount paid in year <c>t</c> is at year-<c>t</c> prices,
    /// so <c>Rebase(nominal, t, baseYear)</c> is its real value in base-year prices.
    /// </summary>
    /// <param name="amount">An amount in the scenario's currency (any sign).</param>
    /// <param name="fromPriceYear">The price year the amount is in.</param>
    /// <param name="toPriceYear">The price year wanted (the appraisal's price base year).</param>
    /// <returns>The rebased amount, unrounded; the amount itself when the years are equal.</returns>
    /// <exception cref="InputValidationException">An index lacks one of the two years; the message names the year and the
    /// years present.</exception>
    /// <exception cref="OverflowException">A constant rate over a very long span leaves the <see cref="decimal"/> range.</exception>
    public decimal Rebase(decimal amount, int fromPriceYear, int toPriceYear) => Rebasing(fromPriceYear, toPriceYear).Apply(amount);

    /// <summary>How an amount at <paramref name="fromPriceYear"/> prices becomes one at <paramref name="toPriceYear"/>
    /// prices: × to ÷ from index values, × or ÷ (1 + rate)^|years|, or unchanged. The ledger applies it to a unit cost
    /// in decimal and in double alike.</summary>
    internal Rebasing Rebasing(int fromPriceYear, int toPriceYear)
    {
        if (index is not null)
        {
            var from = IndexAt(fromPriceYear, nameof(fromPriceYear));
            var to = IndexAt(toPriceYear, nameof(toPriceYear));
            return fromPriceYear == toPriceYear ? default : new Rebasing(RebasingKind.MultiplyDivide, to, from);
        }

        var span = (long)toPriceYear - fromPriceYear;
        if (span == 0)
        {
            return default;
        }

        var growth = Power(1m + rate, Math.Abs(span));
        return span > 0 ? new Rebasing(RebasingKind.Multiply, growth, 1m) : new Rebasing(RebasingKind.Divide, growth, 1m);
    }

    /// <summary>The <see cref="Description"/>.</summary>
    public override string ToString() => Description;

    private decimal IndexAt(int year, string paramName)
    {
        if (index!.TryGetValue(year, out var value))
        {
            return value;
        }

        throw Preconditions.Fail(paramName, ProblemCodes.UnknownName, string.Create(CultureInfo.InvariantCulture, $"{year} is not in the GDP deflator index"), $"one of the years it has: {string.Join(", ", indexYears.Select(y => y.ToString(CultureInfo.InvariantCulture)))}", year);
    }

    private static decimal Power(decimal x, long n)
    {
        var result = 1m;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= x;
            }

            n >>= 1;
            if (n > 0)
            {
                x *= x;
            }
        }

        return result;
    }
}
