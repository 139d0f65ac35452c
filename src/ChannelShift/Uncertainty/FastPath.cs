using System.Numerics;
using System.Runtime.CompilerServices;
using ChannelShift.Appraisal;

namespace ChannelShift.Uncertainty;

/// <summary>
/// A closed form of the <see cref="Ledger"/> for Monte Carlo, evaluated a <see cref="Vector{T}"/> of iterations at a
/// time. When an option has no cost behaviour and no digital exclusion and its growth, adoption and discount rate do
/// not vary, each year's saving is linear in each shift's annual saving at full take-up, B_s = V_from × periods ×
/// share × (cost_from − Σ fraction_d × cost_d − failure share × D × Σ_r return share_r × cost_r − help share × help
/// cost × D), D the share moved to digital destinations, and each
/// year's costs in the amounts, so the cumulative present value of year t is
/// keep × Σ_s B_s × K_s(t) − Σ_c amount_c × D_c(t), with K_s(t) = Σ_τ≤t DF(τ) × G(τ) × a_s(τ) (G the growth factor,
/// a the adoption) and D_c(t) = Σ_τ≤t, paid DF(τ) × (1 + uplift). The ledger's terms are regrouped, so it agrees with
/// the ledger to rounding error: a property test holds the two within 1e-9 relative over generated scenarios.
/// </summary>
internal sealed class FastPath
{
    private readonly LedgerPlan plan;
    private readonly double[][] shiftCumulative;
    private readonly double[] shiftFinal;
    private readonly double[][] costCumulative;
    private readonly double keep;
    private readonly double periods;

    private FastPath(LedgerPlan plan)
    {
        this.plan = plan;
        var k = plan.Constants<double>();
        var years = plan.Years;
        var point = k.PointValues;
        var growth = new double[years + 1];
        var g = 1.0;
        for (var t = 0; t <= years; t++)
        {
            if (t >= 2)
            {
                g *= 1 + point[plan.GrowthSlot];
            }

            growth[t] = g;
        }

        double Adoption(int s, int t)
        {
            var shift = plan.Shifts[s];
            if (t == 0)
            {
                return 0;
            }

            if (shift.YearsSlot < 0)
            {
                return shift.Adoption.IsImmediate ? 1 : k.Adoption[s][t];
            }

            var linearYears = point[shift.YearsSlot];
            return t < linearYears ? t / linearYears : 1;
        }

        var factors = k.DiscountFactors;
        shiftCumulative = new double[plan.Shifts.Length][];
        shiftFinal = new double[plan.Shifts.Length];
        for (var s = 0; s < plan.Shifts.Length; s++)
        {
            var cumulative = new double[years + 1];
            var sum = 0.0;
            for (var t = 0; t <= years; t++)
            {
                sum += factors[t] * growth[t] * Adoption(s, t);
                cumulative[t] = sum;
            }

            shiftCumulative[s] = cumulative;
            shiftFinal[s] = growth[years] * Adoption(s, years);
        }

        costCumulative = new double[plan.Costs.Length][];
        for (var c = 0; c < plan.Costs.Length; c++)
        {
            var cost = plan.Costs[c];
            var cumulative = new double[years + 1];
            var sum = 0.0;
            for (var t = 0; t <= years; t++)
            {
                if (t >= cost.From && t <= cost.To)
                {
                    sum += factors[t] * (cost.OneOff ? k.OneOffFactor : k.RecurringFactor);
                }

                cumulative[t] = sum;
            }

            costCumulative[c] = cumulative;
        }

        keep = plan.HasHaircut ? k.Keep : 1;
        periods = k.PeriodsPerYear;
        var slots = new List<int>();
        foreach (var shift in plan.Shifts)
        {
            slots.Add(plan.UnitCostSlot[shift.From]);
            slots.Add(plan.VolumeSlot[shift.From]);
            slots.Add(shift.ShareSlot);
            slots.Add(shift.AssistedShareSlot);
            slots.Add(shift.AssistedCostSlot);
            slots.AddRange(shift.Destinations.Select(d => plan.UnitCostSlot[d]));
            if (shift.Returns.Length > 0)
            {
                slots.Add(shift.FailureSlot);
                slots.AddRange(shift.Returns.Select(r => plan.UnitCostSlot[r]));
            }
        }

        slots.AddRange(plan.Costs.Select(c => c.AmountSlot));
        Slots = slots.Distinct().ToArray();
    }

    /// <summary>The slots the fast path reads: each needs a column.</summary>
    internal int[] Slots { get; }

    /// <summary>The number of shifts (rows of the annual savings <see cref="EvaluateColumns"/> writes).</summary>
    internal int ShiftCount => plan.Shifts.Length;

    /// <summary>The fast path of an option, or null when the option does not have its form: a channel of the option has
    /// cost behaviour, or growth, a linear curve's years or the discount rate is among the varying slots.</summary>
    /// <param name="plan">The compiled option.</param>
    /// <param name="varying">The slots that vary from iteration to iteration.</param>
    internal static FastPath? For(LedgerPlan plan, IReadOnlyCollection<int> varying)
    {
        // Digital exclusion makes a shift's destination fractions depend on its share (when it caps the digital
        // part), which the vectorised form does not model.
        var linear = plan.ChannelsHaveCostBehaviour
            || plan.Shifts.Any(s => s.Ceiling < 1m)
            || varying.Contains(plan.GrowthSlot)
            || (plan.RateSlot >= 0 && varying.Contains(plan.RateSlot))
            || plan.Shifts.Any(s => s.YearsSlot >= 0 && varying.Contains(s.YearsSlot));
        return linear || varying.Count == 0 ? null : new FastPath(plan);
    }

    /// <summary>
    /// NPV and final-year saving for a block of iterations, a vector at a time: column j of <paramref name="columns"/>[slot]
    /// is the slot's value in iteration j in the ledger's terms (a unit cost rebased to the price base); every slot of
    /// <see cref="Slots"/> has a column.
    /// </summary>
    /// <param name="columns">The slot columns, each at least <paramref name="length"/> long.</param>
    /// <param name="length">Iterations to evaluate, a multiple of <see cref="Vector{T}.Count"/>.</param>
    /// <param name="npv">Receives the NPVs.</param>
    /// <param name="finalYearSaving">Receives the final-year savings.</param>
    /// <param name="perYear">Receives each shift's annual saving at full take-up, <c>perYear[s × stride + j]</c>.</param>
    /// <param name="stride">The stride of <paramref name="perYear"/>, at least <paramref name="length"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void EvaluateColumns(double[][] columns, int length, Span<double> npv, Span<double> finalYearSaving, Span<double> perYear, int stride)
    {
        var width = Vector<double>.Count;
        var k = plan.Constants<double>();
        var years = plan.Years;
        npv[..length].Clear();
        finalYearSaving[..length].Clear();
        var keepVector = new Vector<double>(keep);
        var periodsVector = new Vector<double>(periods);
        for (var s = 0; s < plan.Shifts.Length; s++)
        {
            var shift = plan.Shifts[s];
            var from = columns[plan.UnitCostSlot[shift.From]];
            var fractions = k.Fractions[s];
            var destinations = new double[shift.Destinations.Length][];
            for (var d = 0; d < destinations.Length; d++)
            {
                destinations[d] = columns[plan.UnitCostSlot[shift.Destinations[d]]];
            }

            var failure = shift.Returns.Length > 0 ? columns[shift.FailureSlot] : null;
            var returnCosts = Array.ConvertAll(shift.Returns, r => columns[plan.UnitCostSlot[r]]);
            var returnFractions = k.ReturnFractions[s];
            var digital = new Vector<double>(k.Digital[s]);
            var helpShare = columns[shift.AssistedShareSlot];
            var helpCost = columns[shift.AssistedCostSlot];
            var shares = columns[shift.ShareSlot];
            var volumes = columns[plan.VolumeSlot[shift.From]];
            var final = new Vector<double>(shiftFinal[s]);
            var last = new Vector<double>(shiftCumulative[s][years]);
            var saved = perYear.Slice(s * stride, length);
            for (var j = 0; j < length; j += width)
            {
                var per = new Vector<double>(from.AsSpan(j));
                for (var d = 0; d < destinations.Length; d++)
                {
                    per -= new Vector<double>(fractions[d]) * new Vector<double>(destinations[d].AsSpan(j));
                }

                if (failure is not null)
                {
                    var failed = new Vector<double>(failure.AsSpan(j)) * digital;
                    for (var r = 0; r < returnCosts.Length; r++)
                    {
                        per -= failed * new Vector<double>(returnFractions[r]) * new Vector<double>(returnCosts[r].AsSpan(j));
                    }
                }

                per -= new Vector<double>(helpShare.AsSpan(j)) * new Vector<double>(helpCost.AsSpan(j)) * digital;
                var share = new Vector<double>(shares.AsSpan(j));
                var year = new Vector<double>(volumes.AsSpan(j)) * periodsVector * share * per;
                year.CopyTo(saved[j..]);
                (new Vector<double>(finalYearSaving[j..]) + (year * final)).CopyTo(finalYearSaving[j..]);
                (new Vector<double>(npv[j..]) + (year * last)).CopyTo(npv[j..]);
            }
        }

        for (var j = 0; j < length; j += width)
        {
            (new Vector<double>(npv[j..]) * keepVector).CopyTo(npv[j..]);
        }

        for (var c = 0; c < plan.Costs.Length; c++)
        {
            var amounts = columns[plan.Costs[c].AmountSlot];
            var factor = new Vector<double>(costCumulative[c][years]);
            for (var j = 0; j < length; j += width)
            {
                (new Vector<double>(npv[j..]) - (new Vector<double>(amounts.AsSpan(j)) * factor)).CopyTo(npv[j..]);
            }
        }
    }

    /// <summary>
    /// The cumulative present value of each year for iterations 0 … <paramref name="count"/> − 1 of a block evaluated by
    /// <see cref="EvaluateColumns"/>, a vector of iterations at a time (the last few one at a time, with the same
    /// operations in the same order): year t of iteration j goes to <c>fan[t × fanStride + j]</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void CumulativeColumns(double[][] columns, ReadOnlySpan<double> perYear, int stride, int count, Span<double> fan, int fanStride)
    {
        var width = Vector<double>.Count;
        var keepVector = new Vector<double>(keep);
        for (var t = 0; t <= plan.Years; t++)
        {
            var row = fan.Slice(t * fanStride, count);
            var j = 0;
            for (; j <= count - width; j += width)
            {
                var sum = Vector<double>.Zero;
                for (var s = 0; s < plan.Shifts.Length; s++)
                {
                    sum += new Vector<double>(perYear.Slice((s * stride) + j, width)) * new Vector<double>(shiftCumulative[s][t]) * keepVector;
                }

                for (var c = 0; c < plan.Costs.Length; c++)
                {
                    sum -= new Vector<double>(columns[plan.Costs[c].AmountSlot].AsSpan(j, width)) * new Vector<double>(costCumulative[c][t]);
                }

                sum.CopyTo(row[j..]);
            }

            for (; j < count; j++)
            {
                var sum = 0.0;
                for (var s = 0; s < plan.Shifts.Length; s++)
                {
                    sum += perYear[(s * stride) + j] * shiftCumulative[s][t] * keep;
                }

                for (var c = 0; c < plan.Costs.Length; c++)
                {
                    sum -= columns[plan.Costs[c].AmountSlot][j] * costCumulative[c][t];
                }

                row[j] = sum;
            }
        }
    }
}
