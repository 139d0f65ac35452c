using System.Numerics;

namespace ChannelShift.Appraisal;

/// <summary>The constants of a <see cref="LedgerPlan"/> in the number type the ledger computes in (decimal for the
/// appraisal, double for Monte Carlo and sensitivity), converted once from the plan's decimals.</summary>
/// <typeparam name="T">decimal or double.</typeparam>
internal sealed class LedgerConstants<T>
    where T : struct, INumber<T>
{
    internal LedgerConstants(LedgerPlan plan, T[] discountFactors)
    {
        PeriodsPerYear = From(plan.PeriodsPerYear);
        RebaseFactor = Array.ConvertAll(plan.UnitCostRebasing, r => From(r.Factor));
        RebaseDivisor = Array.ConvertAll(plan.UnitCostRebasing, r => From(r.Divisor));
        Fractions = Array.ConvertAll(plan.Shifts, s => Array.ConvertAll(s.Fractions, From));
        Digital = Array.ConvertAll(plan.Shifts, s => From(s.Digital));
        ReturnFractions = Array.ConvertAll(plan.Shifts, s => Array.ConvertAll(s.ReturnFractions, From));
        Ceiling = Array.ConvertAll(plan.Shifts, s => From(s.Ceiling));

        // The take-up of curves whose shape is fixed (immediate, s-curve) by year, as the decimal appraisal has always
        // held it: 1 for an immediate curve, the logistic value converted to decimal for an s-curve (then to T).
        Adoption = Array.ConvertAll(plan.Shifts, s =>
        {
            var table = new T[plan.Years + 1];
            for (var t = 1; t <= plan.Years; t++)
            {
                table[t] = From(s.Adoption.IsImmediate ? 1m : (decimal)s.Adoption.Fraction(t));
            }

            return table;
        });
        OneOffFactor = From(plan.OneOffFactor);
        RecurringFactor = From(plan.RecurringFactor);
        Keep = From(plan.Keep);
        DiscountFactors = discountFactors;
        PointValues = plan.Inputs.Select(i => From(i.Value)).ToArray();
        FixedShare = Array.ConvertAll(plan.Behaviour, b => b is null ? T.Zero : From(b.FixedShare));
        var points = PointValues;
        CostPerFte = Array.ConvertAll(plan.Behaviour, b => b is { CostPerFteSlot: >= 0 } ? points[b.CostPerFteSlot] : T.Zero);
        var steps = plan.Behaviour.Where(b => b is not null).SelectMany(b => b!.Steps).ToArray();
        Threshold = Array.ConvertAll(steps, s => From(s.ClosesBelowAnnualVolume));
    }

    internal T PeriodsPerYear { get; }

    internal T[] RebaseFactor { get; }

    internal T[] RebaseDivisor { get; }

    internal T[][] Fractions { get; }

    /// <summary>Each shift's share of its contacts moved to digital destinations (before any exclusion cap).</summary>
    internal T[] Digital { get; }

    internal T[][] ReturnFractions { get; }

    internal T[] Ceiling { get; }

    /// <summary>Each shift's take-up by year for a curve that is not linear (a linear curve's years are an input).</summary>
    internal T[][] Adoption { get; }

    internal T OneOffFactor { get; }

    internal T RecurringFactor { get; }

    internal T Keep { get; }

    internal T[] DiscountFactors { get; }

    internal T[] PointValues { get; }

    internal T[] FixedShare { get; }

    /// <summary>Each channel's cost per FTE at its point value (0 without staffing).</summary>
    internal T[] CostPerFte { get; }

    internal T[] Threshold { get; }

    private static T From(decimal value) => T.CreateChecked(value);
}
