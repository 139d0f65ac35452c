namespace ChannelShift.Appraisal;

/// <summary>
/// The payback period: how many years after the end of year 0 the cumulative net flow turns non-negative for good.
/// </summary>
/// <remarks>
/// <para>
/// The convention ChannelShift uses (docs/methodology.md): with <c>C_t</c> the cumulative net flow after
/// year <c>t</c> (year 0 included), payback = <c>(t* − 1) + (−C_(t*−1)) / net_(t*)</c>, where <c>t*</c> is the first
/// year from which <c>C</c> stays non-negative to the end of the appraisal (so after the <i>last</i> crossing from
/// negative, if the cumulative flow dips back below zero), interpolating linearly within year <c>t*</c> as if its net
/// flow arrived evenly. Payback is 0 when <c>C</c> is never negative, and there is none (<c>null</c>) when <c>C</c>
/// ends negative. Years are counted from the end of year 0. The discounted payback applies the same rule to present
/// values (HM Treasury, <i>The Green Book</i>, 2022, discounting as in <see cref="DiscountSchedule"/>).
/// </para>
/// <para>Example: net −576,000, 130,302, 383,424, 458,778 give C = −576,000, −445,698, −62,274, 396,504,
/// so t* = 3 and payback = 2 + 62,274 / 458,778 = 2.1357 years.</para>
/// </remarks>
public static class Payback
{
    /// <summary>The simple (undiscounted) payback period of net flows, by the rule in the remarks.</summary>
    /// <param name="netFlows">Net flow of each year, year 0 first (saving after haircut − costs), in any currency.</param>
    /// <returns>Years after the end of year 0 (0 or more, fractional), or <c>null</c> when the cumulative flow ends negative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="netFlows"/> is null.</exception>
    /// <exception cref="InputValidationException"><paramref name="netFlows"/> is empty (an appraisal has at least year 0).</exception>
    public static double? Years(IEnumerable<decimal> netFlows)
    {
        ArgumentNullException.ThrowIfNull(netFlows);
        return OfFlows(Preconditions.NotEmpty(netFlows.ToArray(), nameof(netFlows)));
    }

    /// <summary>The payback of a non-empty run of net flows (see <see cref="Years(IEnumerable{decimal})"/>).</summary>
    internal static double? OfFlows(ReadOnlySpan<decimal> flows)
    {
        // The last year whose cumulative flow is negative, and the cumulative flow then.
        var cumulative = 0m;
        var lastNegativeYear = -1;
        var cumulativeAtLastNegative = 0m;
        for (var t = 0; t < flows.Length; t++)
        {
            cumulative += flows[t];
            if (cumulative < 0m)
            {
                lastNegativeYear = t;
                cumulativeAtLastNegative = cumulative;
            }
        }

        if (lastNegativeYear < 0)
        {
            return 0.0;
        }

        if (lastNegativeYear == flows.Length - 1)
        {
            return null;
        }

        // t* = lastNegativeYear + 1; its net flow is positive because C goes from negative to non-negative.
        var tStar = lastNegativeYear + 1;
        var fraction = -cumulativeAtLastNegative / flows[tStar];
        return (tStar - 1) + (double)fraction;
    }

    /// <summary>
    /// The discounted payback period: <see cref="Years"/> applied to the present values <c>net_t × DF(t)</c>
    /// (HM Treasury, <i>The Green Book</i>, 2022).
    /// </summary>
    /// <param name="netFlows">Net flow of each year, year 0 first.</param>
    /// <param name="schedule">The discount schedule giving <c>DF(t)</c>.</param>
    /// <returns>Years after the end of year 0, or <c>null</c> when the cumulative present value ends negative.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputValidationException"><paramref name="netFlows"/> is empty.</exception>
    /// <exception cref="InputValidationException">There are more than <see cref="DiscountSchedule.MaxYear"/> + 1 years.</exception>
    public static double? DiscountedYears(IEnumerable<decimal> netFlows, DiscountSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(netFlows);
        ArgumentNullException.ThrowIfNull(schedule);
        var flows = Preconditions.NotEmpty(netFlows.ToArray(), nameof(netFlows));
        var factors = schedule.Factors(flows.Length - 1);
        var presentValues = new decimal[flows.Length];
        for (var t = 0; t < flows.Length; t++)
        {
            presentValues[t] = flows[t] * factors[t];
        }

        return OfFlows(presentValues);
    }
}
