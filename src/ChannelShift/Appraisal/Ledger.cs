using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelShift.Appraisal;

/// <summary>
/// The year-by-year economics of an option, written once over the number type: decimal for the appraisal
/// (<see cref="Appraiser"/>), double for Monte Carlo and sensitivity. docs/methodology.md gives the formulas and their
/// sources; in short, for each year t = 0 … N (year 0 is the implementation year, savings start in year 1; HM Treasury
/// Green Book timeline):
/// <list type="bullet">
/// <item>business as usual: V_c,BAU(t) = baseline_c × periods a year × (1 + g)^(t − 1) for t ≥ 1 (baseline in year
/// 0);</item>
/// <item>each shift moves m_s(t) = V_from,BAU(t) × share × a_s(t), its adoption, of which the part D sent to digital
/// destinations is capped by digital exclusion e: at most min(share × D, 1 − e) of the source's volume goes digital,
/// the non-digital destinations are unchanged and the rest stays on the source; shifts do not chain and do not act on
/// failure demand; the option's volumes are BAU less what moves, plus each destination's part and the failure demand
/// (failure share × the part sent to digital destinations) on its return channels, by their shares;</item>
/// <item>saving = Σ_s m_s × (cost_from − Σ_d fraction_d × cost_d − failure share × D × Σ_r return share_r × cost_r
/// − help share × help cost × D) (Socitm's average cost per contact, rebased by the GDP deflator; assisted digital
/// after GDS);</item>
/// <item>cashable saving = saving − Σ_c (1 − variable share_c) × cost_c × (V_c,BAU − V_c) + whole FTE released ×
/// cost per FTE + the annual cost of fixed steps closed, each against business as usual; the release costs of FTE
/// released beyond the most so far and the closure costs of steps closed are costs of the change, not part of the
/// saving (docs/cashable-savings.md);</item>
/// <item>costs = Σ amounts paid that year × (1 + optimism-bias uplift); net = saving × (1 − haircut) − costs;
/// PV = DF(t) × net; cumulative PV = Σ PV to t; on the cashable basis, cashable net = cashable saving × (1 − haircut)
/// − (costs + release costs + closure costs), with no uplift on release or closure costs.</item>
/// </list>
/// A sink receives each year and each event (staff released, a step closed). The ledger allocates nothing: its working
/// arrays are a <see cref="LedgerScratch{T}"/> owned by the caller.
/// </summary>
internal static class Ledger
{
    /// <summary>Evaluates an option with the inputs of its plan's slots.</summary>
    /// <typeparam name="T">decimal or double.</typeparam>
    /// <typeparam name="TSink">What receives the years.</typeparam>
    /// <param name="plan">The compiled option.</param>
    /// <param name="inputs">The value of each slot, in the file's terms.</param>
    /// <param name="scratch">Working arrays for the plan (one per thread).</param>
    /// <param name="sink">Receives each year and event.</param>
    // Compiled optimised at once: tier-0 code calls generic math's operators rather than inlining them, and a
    // simulation calls this a hundred thousand times before tiering would replace it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Run<T, TSink>(LedgerPlan plan, ReadOnlySpan<T> inputs, LedgerScratch<T> scratch, ref TSink sink)
        where T : struct, INumber<T>
        where TSink : struct, ILedgerSink<T>
    {
        var k = plan.Constants<T>();
        var n = plan.Years;
        var channels = plan.Channels.Length;
        var shifts = plan.Shifts;
        var unitCost = scratch.UnitCost;
        var annual = scratch.Annual;
        for (var c = 0; c < channels; c++)
        {
            unitCost[c] = plan.UnitCostRebasing[c].Apply(inputs[plan.UnitCostSlot[c]], k.RebaseFactor[c], k.RebaseDivisor[c]);
            annual[c] = inputs[plan.VolumeSlot[c]] * k.PeriodsPerYear;
        }

        // Each shift's terms: the share moved, each destination's fraction of it, the failed contacts and the
        // assisted-digital cost per contact moved, and the saving per contact moved.
        for (var s = 0; s < shifts.Length; s++)
        {
            var shift = shifts[s];
            var share = inputs[shift.ShareSlot];
            var digital = k.Digital[s];
            var fractions = k.Fractions[s];
            var cap = k.Ceiling[s];
            if (share * digital > cap)
            {
                // Digital exclusion caps the contacts moved to digital destinations at (1 − e) of the source's
                // volume; the non-digital destinations keep share × their fraction, and the rest stays on the source.
                var moved = (share * (T.One - digital)) + cap;
                var capped = scratch.Fractions[s];
                for (var d = 0; d < capped.Length; d++)
                {
                    capped[d] = moved == T.Zero ? fractions[d]
                        : shift.IsDigital[d] ? fractions[d] * cap / (digital * moved)
                        : fractions[d] * share / moved;
                }

                fractions = capped;
                digital = moved == T.Zero ? T.Zero : cap / moved;
                share = moved;
            }

            var failure = shift.FailureSlot >= 0 ? inputs[shift.FailureSlot] * digital : T.Zero;
            var assisted = inputs[shift.AssistedShareSlot] * inputs[shift.AssistedCostSlot] * digital;
            var per = unitCost[shift.From];
            for (var d = 0; d < shift.Destinations.Length; d++)
            {
                per -= fractions[d] * unitCost[shift.Destinations[d]];
            }

            var returns = k.ReturnFractions[s];
            for (var r = 0; r < shift.Returns.Length; r++)
            {
                per -= failure * returns[r] * unitCost[shift.Returns[r]];
            }

            scratch.PerContact[s] = per;
            scratch.Failure[s] = failure;
            scratch.Share[s] = share;
            scratch.Assisted[s] = assisted;
            scratch.ShiftFractions[s] = fractions;
        }

        var factors = DiscountFactors(plan, inputs, k, scratch);
        var onePlusGrowth = T.One + inputs[plan.GrowthSlot];
        var growth = T.One;
        var cumulative = T.Zero;
        var cumulativeCashable = T.Zero;
        var bau = scratch.BusinessAsUsual;
        var after = scratch.After;
        var full = scratch.Full;
        var moves = scratch.Moves;
        scratch.ResetCashable();
        for (var t = 0; t <= n; t++)
        {
            if (t >= 2)
            {
                growth *= onePlusGrowth;
            }

            for (var c = 0; c < channels; c++)
            {
                bau[c] = annual[c] * growth;
            }

            var moved = T.Zero;
            for (var s = 0; s < shifts.Length; s++)
            {
                full[s] = bau[shifts[s].From] * scratch.Share[s];
                var m = t == 0 ? T.Zero : Adopted(shifts[s], k.Adoption[s], inputs, full[s], t);
                moves[s] = m;
                if (m != T.Zero)
                {
                    moved += m;
                }
            }

            for (var c = 0; c < channels; c++)
            {
                after[c] = bau[c];
            }

            var saving = T.Zero;
            for (var s = 0; s < shifts.Length; s++)
            {
                var m = moves[s];
                if (m == T.Zero)
                {
                    continue;
                }

                var shift = shifts[s];
                var fractions = scratch.ShiftFractions[s];
                after[shift.From] -= m;
                for (var d = 0; d < shift.Destinations.Length; d++)
                {
                    after[shift.Destinations[d]] += m * fractions[d];
                }

                var returns = k.ReturnFractions[s];
                for (var r = 0; r < shift.Returns.Length; r++)
                {
                    after[shift.Returns[r]] += m * scratch.Failure[s] * returns[r];
                }

                var assisted = scratch.Assisted[s];
                saving += assisted == T.Zero
                    ? m * scratch.PerContact[s]
                    : (m * scratch.PerContact[s]) - (m * assisted);
            }

            var costsBefore = T.Zero;
            var costs = T.Zero;
            var capitalBefore = T.Zero;
            var capital = T.Zero;
            foreach (var cost in plan.Costs)
            {
                if (t >= cost.From && t <= cost.To)
                {
                    var amount = inputs[cost.AmountSlot];
                    var uplifted = amount * (cost.OneOff ? k.OneOffFactor : k.RecurringFactor);
                    costsBefore += amount;
                    costs += uplifted;
                    if (cost.Capital)
                    {
                        capitalBefore += amount;
                        capital += uplifted;
                    }
                }
            }

            var change = default(CashableChange<T>);
            var cashable = plan.HasCostBehaviour
                ? Cashable(plan, inputs, k, scratch, t, saving, ref change, ref sink)
                : saving;
            var df = factors[t];
            var net = Haircut(plan, k, saving) - costs;
            var cashableNet = plan.HasCostBehaviour ? Haircut(plan, k, cashable) - costs - change.ReleaseCosts - change.ClosureCosts : net;
            var presentValue = df * net;
            var cashablePresentValue = plan.HasCostBehaviour ? df * cashableNet : presentValue;
            cumulative += presentValue;
            cumulativeCashable += cashablePresentValue;
            sink.Year(new LedgerYear<T>
            {
                Year = t,
                Contacts = after,
                BusinessAsUsual = bau,
                Moves = moves,
                Full = full,
                ContactsMoved = moved,
                Saving = saving,
                CashableSaving = cashable,
                Costs = costs,
                CostsBeforeOptimismBias = costsBefore,
                Net = net,
                ReleaseCosts = change.ReleaseCosts,
                ClosureCosts = change.ClosureCosts,
                CapitalCosts = capital,
                CapitalCostsBeforeOptimismBias = capitalBefore,
                CapitalReleaseAndClosureCosts = change.Capital,
                CashableNet = cashableNet,
                DiscountFactor = df,
                PresentValue = presentValue,
                CumulativePresentValue = cumulative,
                CashablePresentValue = cashablePresentValue,
                CumulativeCashablePresentValue = cumulativeCashable,
                StaffChange = change.StaffChange,
                FteBusinessAsUsual = change.FteBusinessAsUsual,
                Fte = change.Fte,
                StepsTaken = change.StepsTaken,
            });
        }
    }

    /// <summary>The contacts a shift moves in year t ≥ 1: its full effect × a(t). A linear curve reads its years from
    /// the inputs (full × t ÷ years, multiplied before dividing so that a third of 600,000 is 200,000 exactly, until
    /// the years are reached); other curves read the plan's table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Adopted<T>(LedgerPlan.ShiftTerm shift, T[] table, ReadOnlySpan<T> inputs, T full, int t)
        where T : struct, INumber<T>
    {
        if (shift.YearsSlot < 0)
        {
            return shift.Adoption.IsImmediate ? full : full * table[t];
        }

        var years = inputs[shift.YearsSlot];
        var year = T.CreateChecked(t);
        return year < years ? full * year / years : full;
    }

    /// <summary>A saving after the benefits haircut: × (1 − haircut), or itself without one.</summary>
    private static T Haircut<T>(LedgerPlan plan, LedgerConstants<T> k, T saving)
        where T : struct, INumber<T> => plan.HasHaircut ? saving * k.Keep : saving;

    /// <summary>The discount factors: the schedule's, or, when a constant rate's slot holds another value than the
    /// schedule's (uncertain, or swung), DF(t) = DF(t − 1) ÷ (1 + rate).</summary>
    private static T[] DiscountFactors<T>(LedgerPlan plan, ReadOnlySpan<T> inputs, LedgerConstants<T> k, LedgerScratch<T> scratch)
        where T : struct, INumber<T>
    {
        if (plan.RateSlot < 0 || inputs[plan.RateSlot] == k.PointValues[plan.RateSlot])
        {
            return k.DiscountFactors;
        }

        var factors = scratch.Factors;
        var onePlusRate = T.One + inputs[plan.RateSlot];
        factors[0] = T.One;
        for (var t = 1; t < factors.Length; t++)
        {
            factors[t] = factors[t - 1] / onePlusRate;
        }

        return factors;
    }

    /// <summary>What the cashable case adds to a year besides its saving: the costs of releasing staff and closing
    /// steps, the staff needed, and the steps taken.</summary>
    private struct CashableChange<T>
        where T : struct, INumber<T>
    {
        internal T ReleaseCosts;
        internal T ClosureCosts;
        internal T Capital;
        internal int StaffChange;
        internal double FteBusinessAsUsual;
        internal double Fte;
        internal int StepsTaken;
    }

    /// <summary>A staffing input as a double: <paramref name="model"/> (the staffing model's own value) while the slot
    /// holds its point value, else the slot's value.</summary>
    private static double Staffed<T>(ReadOnlySpan<T> inputs, LedgerConstants<T> k, int slot, double model)
        where T : struct, INumber<T> =>
        slot < 0 || inputs[slot] == k.PointValues[slot] ? model : double.CreateChecked(inputs[slot]);

    /// <summary>
    /// The cashable saving of year t (docs/cashable-savings.md): the saving, less the part of each channel's change in
    /// volume that is not variable, plus whole staff (⌊FTE_BAU − FTE⌋ × cost per FTE when the load falls,
    /// −⌈FTE − FTE_BAU⌉ × cost per FTE when it rises; the option's FTE at the handling time risen by the channel's rise
    /// × the take-up of its shifts), plus fixed steps: each closes in the first year (from its earliest) in which the
    /// channel's volume is below its threshold, in the option and in business as usual separately; its annual cost
    /// counts in the years it is closed in one and open in the other. Into <paramref name="change"/> go the release cost
    /// of FTE released beyond the most released so far and the closure cost in the year each closes a step (the
    /// option's a cost, business as usual's one the option does not pay), which are costs, not part of the saving.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Cashable<T, TSink>(LedgerPlan plan, ReadOnlySpan<T> inputs, LedgerConstants<T> k, LedgerScratch<T> scratch, int t, T saving, ref CashableChange<T> change, ref TSink sink)
        where T : struct, INumber<T>
        where TSink : struct, ILedgerSink<T>
    {
        var total = saving;
        var bauVolumes = scratch.BusinessAsUsual;
        var afterVolumes = scratch.After;
        for (var c = 0; c < plan.Channels.Length; c++)
        {
            if (plan.Behaviour[c] is not { } behaviour)
            {
                continue;
            }

            var bau = bauVolumes[c];
            var after = afterVolumes[c];
            total -= k.FixedShare[c] * scratch.UnitCost[c] * (bau - after);
            if (behaviour.Staffing is { } staffing && t >= 1)
            {
                // The take-up of the shifts from this channel: contacts moved over contacts to move at full take-up.
                var phaseFull = T.Zero;
                var phaseMoved = T.Zero;
                var shifted = false;
                for (var s = 0; s < plan.Shifts.Length; s++)
                {
                    if (plan.Shifts[s].From == c)
                    {
                        phaseFull += scratch.Full[s];
                        phaseMoved += scratch.Moves[s];
                        shifted = true;
                    }
                }

                var phase = shifted && phaseFull > T.Zero ? double.CreateChecked(phaseMoved / phaseFull) : 0.0;

                // The staffing inputs: the model's own values at their point values (so the appraisal and a simulation
                // at the point agree to the bit), a draw or a swing otherwise.
                var handling = Staffed(inputs, k, behaviour.HandlingSlot, staffing.Staffing.HandlingSeconds);
                var rise = Staffed(inputs, k, behaviour.RiseSlot, staffing.HandlingTimeRise);
                var shrinkage = Staffed(inputs, k, behaviour.ShrinkageSlot, staffing.Staffing.Shrinkage);
                var fteBau = staffing.Fte(double.CreateChecked(bau), handling, shrinkage);
                var fte = staffing.Fte(double.CreateChecked(after), rise > 0 && phase > 0 ? handling * (1 + (rise * phase)) : handling, shrinkage);
                sink.Staffed(t, plan.Channels[c], fteBau, fte);
                change.FteBusinessAsUsual += fteBau;
                change.Fte += fte;
                var whole = fteBau >= fte ? (int)Math.Floor(fteBau - fte + 1e-9) : -(int)Math.Ceiling(fte - fteBau - 1e-9);
                change.StaffChange += whole;
                total += T.CreateChecked(whole) * inputs[behaviour.CostPerFteSlot];
                ref var most = ref scratch.MostReleased[c];
                if (whole > most)
                {
                    var released = whole - most;
                    most = whole;
                    var releaseCost = T.CreateChecked(released) * inputs[behaviour.ReleaseCostSlot];
                    change.ReleaseCosts += releaseCost;
                    if (staffing.Staffing.ReleaseFunding == Funding.Capital)
                    {
                        change.Capital += releaseCost;
                    }
                    sink.StaffReleased(t, plan.Channels[c], released, whole, releaseCost);
                }
            }

            for (var i = 0; i < behaviour.Steps.Length; i++)
            {
                var step = behaviour.Steps[i];
                var index = behaviour.FirstStep + i;
                ref var closedIn = ref scratch.ClosedIn[index];
                ref var closedInBau = ref scratch.ClosedInBusinessAsUsual[index];
                var threshold = k.Threshold[index];
                var closesNow = t >= step.EarliestYear && closedIn < 0 && after < threshold;
                var closesNowInBau = t >= step.EarliestYear && closedInBau < 0 && bau < threshold;
                if (closesNowInBau)
                {
                    closedInBau = t;
                    change.ClosureCosts -= inputs[plan.StepClosureCostSlot[index]];
                    if (step.ClosureFunding == Funding.Capital)
                    {
                        change.Capital -= inputs[plan.StepClosureCostSlot[index]];
                    }
                }

                if (closesNow)
                {
                    closedIn = t;
                    change.ClosureCosts += inputs[plan.StepClosureCostSlot[index]];
                    if (step.ClosureFunding == Funding.Capital)
                    {
                        change.Capital += inputs[plan.StepClosureCostSlot[index]];
                    }
                    sink.StepClosed(t, plan.Channels[c], step, after, closedInBau >= 0 ? closedInBau : null);
                }

                var closed = closedIn >= 0;
                var closedBau = closedInBau >= 0;
                if (closed)
                {
                    change.StepsTaken++;
                }

                if (closed && !closedBau)
                {
                    total += inputs[plan.StepAnnualCostSlot[index]];
                }
                else if (closedBau && !closed)
                {
                    total -= inputs[plan.StepAnnualCostSlot[index]];
                    if (closesNowInBau)
                    {
                        sink.StepKeptOpen(t, plan.Channels[c], step, bau, after);
                    }
                }
            }
        }

        return total;
    }
}
