using System.Globalization;

namespace ChannelShift.Appraisal;

/// <summary>
/// The headline method: the saving of a shift at the average cost per contact of each channel, a year. This is how the
/// BDO report's figure is made (50,000 visits a month, halved: 300,000 visits × £7.40 = £2,220,000 a year). It is a
/// saving, not a cashable saving: an average cost is not a marginal cost (see docs/methodology.md).
/// </summary>
/// <remarks>
/// Formulas (docs/methodology.md §1): moved M = V × periods a year × share; cost removed = M × c(from);
/// destination lines M × s(d) × c(d); with D = Σ s(d) over the digital destinations (<see cref="UnitCostSet.IsDigital"/>):
/// failure demand F = M × D × f, coming back on each return channel j as F × r(j) at c(j); assisted digital
/// M × D × the share needing help, at the cost of helping one; cost added = the sum of those; saving = cost removed −
/// cost added.
/// </remarks>
public static class HeadlineEstimate
{
    /// <summary>The break-even cost per contact removed for a target saving: target ÷ contacts moved a year
    /// (BDO: £2,000,000 ÷ 300,000 = £6.67 when rounded).</summary>
    /// <param name="targetAnnualSaving">The saving to reach, a year (0 or more).</param>
    /// <param name="annualContactsMoved">Contacts moved a year (more than 0).</param>
    /// <returns>The cost per contact removed at which the saving equals the target (not rounded).</returns>
    public static decimal BreakEvenCostPerContact(decimal targetAnnualSaving, decimal annualContactsMoved)
    {
        Preconditions.NonNegative(targetAnnualSaving, nameof(targetAnnualSaving));
        if (annualContactsMoved <= 0m)
        {
            throw Preconditions.Fail("annualContactsMoved", ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{annualContactsMoved} is not positive"), "a number of contacts greater than 0", annualContactsMoved);
        }

        return targetAnnualSaving / annualContactsMoved;
    }

    /// <summary>Estimates the annual saving of one shift at average costs per contact.</summary>
    /// <param name="volumePerPeriod">The source channel's contacts in one period (0 or more).</param>
    /// <param name="period">The period the volume is counted in.</param>
    /// <param name="shift">The shift.</param>
    /// <param name="costs">Costs per contact; they must include the source, every destination but avoided and, when
    /// there is failure demand, the return channel.</param>
    /// <returns>The result, money rounded to the penny; <see cref="EstimateResult.Unrounded"/> before rounding.</returns>
    /// <exception cref="InputValidationException">A negative volume, or amounts too large for <see cref="decimal"/>.</exception>
    /// <exception cref="InputValidationException">A cost missing for a channel the calculation needs.</exception>
    /// <exception cref="InputValidationException">Failure demand or assisted digital on a shift that moves nothing to a
    /// digital channel, or failure demand that comes back on a digital one (<see cref="Shift.DigitalProblems"/>).</exception>
    public static EstimateResult Calculate(decimal volumePerPeriod, ContactPeriod period, Shift shift, UnitCostSet costs)
    {
        Preconditions.NonNegative(volumePerPeriod, "volume");
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(costs);
        if (shift.DigitalProblems(costs) is { Count: > 0 } problems)
        {
            throw new InputValidationException(problems);
        }

        try
        {
            return Compute(volumePerPeriod, period, shift, costs);
        }
        catch (OverflowException)
        {
            throw Preconditions.Fail("volume", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"{volumePerPeriod} contacts a {period.Key} makes amounts too large to compute"), "a realistic volume (the money would overflow a decimal)", volumePerPeriod);
        }
    }

    /// <summary>The channels whose cost the estimate of a shift needs.</summary>
    /// <param name="shift">The shift.</param>
    /// <returns>The source, the destinations other than avoided, and the return channel of failure demand.</returns>
    public static IEnumerable<Channel> RequiredChannels(Shift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        yield return shift.From;
        foreach (var part in shift.To.Parts.Where(p => !p.Key.IsAvoided))
        {
            yield return part.Key;
        }

        if (shift.FailureDemand is not null)
        {
            foreach (var part in shift.FailureDemand.ReturnsTo.Parts)
            {
                yield return part.Key;
            }
        }
    }

    private static EstimateResult Compute(decimal volumePerPeriod, ContactPeriod period, Shift shift, UnitCostSet costs)
    {
        var moved = period.Annualise(volumePerPeriod) * shift.Share.Fraction;
        var fromCost = costs.CostOf(shift.From);
        var removed = moved * fromCost;
        var flows = new List<Flow>(shift.To.Parts.Count + 2);
        var added = 0m;
        foreach (var part in shift.To.Parts)
        {
            var contacts = moved * part.Value.Fraction;
            var toCost = costs.CostOf(part.Key);
            var cost = contacts * toCost;
            added += cost;
            flows.Add(new Flow(FlowKind.Destination, shift.From.Key, part.Key.Key, contacts, fromCost, toCost, (contacts * fromCost) - cost));
        }

        var digital = moved * shift.DigitalFraction(costs);
        if (shift.FailureDemand is { } failure && failure.Share.Fraction > 0m)
        {
            foreach (var part in failure.ReturnsTo.Parts)
            {
                var contacts = digital * failure.Share.Fraction * part.Value.Fraction;
                var toCost = costs.CostOf(part.Key);
                var cost = contacts * toCost;
                added += cost;
                flows.Add(new Flow(FlowKind.FailureDemand, shift.From.Key, part.Key.Key, contacts, 0m, toCost, -cost));
            }
        }

        if (shift.AssistedDigital is { } help && help.Share.Fraction > 0m && help.Cost > 0m)
        {
            var contacts = digital * help.Share.Fraction;
            var cost = contacts * help.Cost;
            added += cost;
            flows.Add(new Flow(FlowKind.AssistedDigital, shift.From.Key, "assisted-digital", contacts, 0m, help.Cost, -cost));
        }

        return new EstimateResult(shift, period, costs.Currency, costs.Key, volumePerPeriod, moved, removed, added, flows, rounded: true);
    }
}
