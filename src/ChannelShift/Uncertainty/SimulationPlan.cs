using System.Numerics;
using System.Runtime.CompilerServices;
using ChannelShift.Appraisal;
using ChannelShift.Staffing;

namespace ChannelShift.Uncertainty;

/// <summary>
/// One option of a scenario compiled once into a double-precision plan: every number that can vary is a slot in a
/// <c>double[]</c>, and everything else is precomputed (discount factors, adoption, cost schedules, staffing as a step
/// function of annual volume), so that evaluating an iteration allocates nothing. The semantics are exactly those of
/// <see cref="Appraiser"/> (the decimal reference); a test holds the two equal to the penny on point values.
/// </summary>
internal sealed class SimulationPlan
{
    private readonly Channel[] _channels;
    private readonly int[] _costSlot;
    private readonly int[] _volumeSlot;
    private readonly double _periodsPerYear;
    private readonly int _growthSlot;
    private readonly ShiftPlan[] _shifts;
    private readonly CostPlan[] _costs;
    private readonly int _years;
    private readonly double[] _discount;
    private readonly int _rateSlot;
    private readonly double _oneOffUplift;
    private readonly double _recurringUplift;
    private readonly double _keep;
    private readonly bool _adoptionVaries;
    private readonly double[][] _adoption;
    private readonly ChannelPlan?[] _behaviour;
    private readonly double[] _costScale;
    private readonly double[][] _shiftCumulative;
    private readonly double[] _shiftFinal;
    private readonly double[][] _costCumulative;

    internal SimulationPlan(Scenario scenario, int optionIndex)
    {
        var option = scenario.Options[optionIndex];
        OptionName = option.Name;
        var settings = scenario.Appraisal;
        _years = settings.Years;
        var costs = Appraiser.Rebased(scenario.UnitCosts, settings);
        _channels = scenario.Baseline.Volumes.Keys
            .Concat(option.Shifts.SelectMany(s => s.Shift.To.Parts.Select(p => p.Key)).Where(c => !c.IsAvoided))
            .Concat(option.Shifts.Where(s => s.Shift.FailureDemand is not null).Select(s => s.Shift.FailureDemand!.ReturnsTo))
            .Distinct()
            .ToArray();
        var slots = new List<double>();
        var names = new List<(string Path, InputTarget Target)>();
        int Slot(double value, string path, InputTarget target)
        {
            slots.Add(value);
            names.Add((path, target));
            return slots.Count - 1;
        }

        _costSlot = _channels.Select(c => Slot((double)costs.CostOf(c), $"$.unitCosts.{c.Key}", new InputTarget(InputKind.UnitCost, c.Key))).ToArray();
        _costScale = _channels.Select(c =>
        {
            // A unit cost drawn from its distribution is at the price year of the file; rebasing to the appraisal's price
            // base year (GDP deflator) is linear, so the draw is scaled by the same factor as the point value.
            var original = scenario.UnitCosts.Find(c);
            return original is null || settings.Deflator is null || settings.PriceBaseYear is not { } target
                ? 1.0
                : (double)settings.Deflator.Rebase(1m, original.Provenance.PriceYear, target);
        }).ToArray();
        _volumeSlot = _channels.Select(c => Slot((double)scenario.Baseline.Volumes.GetValueOrDefault(c), $"$.baseline.volumes.{c.Key}", new InputTarget(InputKind.Volume, c.Key))).ToArray();
        _periodsPerYear = (double)scenario.Baseline.Period.PeriodsPerYear;
        _growthSlot = Slot((double)scenario.DemandGrowth, "$.demandGrowth", new InputTarget(InputKind.DemandGrowth));
        var prefix = scenario.Options.Count == 1 ? "$" : FormattableString.Invariant($"$.options[{optionIndex}]");
        _shifts = option.Shifts.Select((planned, i) =>
        {
            var s = planned.Shift;
            var at = (string field) => FormattableString.Invariant($"{prefix}.shifts[{i}].{field}");
            var linear = planned.Adoption.Name == "linear";
            return new ShiftPlan
            {
                From = Array.IndexOf(_channels, s.From),
                ShareSlot = Slot((double)s.Share.Fraction, at("share"), new InputTarget(InputKind.ShiftShare, Option: optionIndex, Index: i)),
                Exclusion = (double)planned.DigitalExclusion,
                Destinations = s.To.Parts.Where(p => !p.Key.IsAvoided).Select(p => (Array.IndexOf(_channels, p.Key), (double)p.Value.Fraction)).ToArray(),
                NonAvoided = (double)s.NonAvoidedFraction,
                Return = s.FailureDemand is null ? -1 : Array.IndexOf(_channels, s.FailureDemand.ReturnsTo),
                FailureEligible = s.FailureDemand is null ? 0 : (double)s.To.Parts.Where(p => !p.Key.IsAvoided && p.Key != s.FailureDemand.ReturnsTo).Sum(p => p.Value.Fraction),
                FailureSlot = Slot(s.FailureDemand is null ? 0 : (double)s.FailureDemand.Share.Fraction, at("failureDemand.share"), new InputTarget(InputKind.FailureShare, Option: optionIndex, Index: i)),
                AssistedSlot = Slot((double)s.AssistedDigitalCost, at("assistedDigital"), new InputTarget(InputKind.AssistedDigital, Option: optionIndex, Index: i)),
                YearsSlot = linear ? Slot(planned.Adoption.LinearYears, at("adoption.years"), new InputTarget(InputKind.AdoptionYears, Option: optionIndex, Index: i)) : -1,
                Adoption = planned.Adoption,
            };
        }).ToArray();
        _costs = option.Costs.Select((c, i) => new CostPlan
        {
            AmountSlot = Slot((double)c.Amount, FormattableString.Invariant($"{prefix}.costs[{i}].amount"), new InputTarget(InputKind.CostAmount, Option: optionIndex, Index: i)),
            OneOff = c.Type == CostType.OneOff,
            From = c.FromYear,
            To = c.ToYear ?? _years,
        }).ToArray();
        var constantRate = settings.Discounting.Key.StartsWith("rate ", StringComparison.Ordinal);
        _rateSlot = constantRate ? Slot((double)settings.Discounting.RateInYear(1), "$.appraisal.discounting.rate", new InputTarget(InputKind.DiscountRate)) : -1;
        _discount = settings.Discounting.FactorsAsDouble(_years);
        _oneOffUplift = 1 + (double)settings.OptimismBias.OneOff;
        _recurringUplift = 1 + (double)settings.OptimismBias.Recurring;
        _keep = 1 - (double)settings.OptimismBias.Benefits;
        BaseSlots = slots.ToArray();
        SlotNames = names;

        var uncertainTargets = scenario.Uncertainty.Inputs.Select(u => u.Target).ToHashSet();
        _adoptionVaries = _shifts.Any(s => s.YearsSlot >= 0 && uncertainTargets.Contains(SlotNames[s.YearsSlot].Target));
        _adoption = _shifts.Select(s => Enumerable.Range(0, _years + 1).Select(t => (double)s.Adoption.FractionAsDecimal(t)).ToArray()).ToArray();

        var maxVolume = _channels.Select((c, i) => BaseSlots[_volumeSlot[i]] * _periodsPerYear).DefaultIfEmpty(0).Max();
        var growthMax = Math.Pow(1 + Math.Max(0, (double)scenario.DemandGrowth), _years) * 4;
        _behaviour = _channels.Select(c => scenario.CostBehaviour.TryGetValue(c, out var b) ? new ChannelPlan(b, maxVolume * growthMax * 2) : null).ToArray();
        HasCostBehaviour = _behaviour.Any(b => b is not null);
        InputSlots = scenario.Uncertainty.Inputs.Select(u => SlotOf(u.Target)).ToArray();
        InputScales = InputSlots.Select(slot => ScaleOf(slot)).ToArray();

        // Coefficients of the fast path: with growth, adoption and the discount rate fixed, each year's saving is linear
        // in (annual volume × share × saving per contact moved) of each shift, and each year's costs in the amounts, so
        // the cumulative present value of year t is Σ_s base_s × K_s(t) × keep − Σ_c amount_c × uplift_c × D_c(t).
        var varying = InputSlots.Where(i => i >= 0).ToHashSet();
        FastPath = !HasCostBehaviour && !varying.Contains(_growthSlot) && (_rateSlot < 0 || !varying.Contains(_rateSlot))
            && _shifts.All(s => s.YearsSlot < 0 || !varying.Contains(s.YearsSlot)) && !_adoptionVaries;
        FastSlots = _shifts.SelectMany(sh => new[] { _costSlot[sh.From], sh.FailureSlot, sh.AssistedSlot, sh.ShareSlot, _volumeSlot[sh.From] }
                .Concat(sh.Destinations.Select(d => _costSlot[d.Channel]))
                .Concat(sh.Return >= 0 ? [_costSlot[sh.Return]] : []))
            .Concat(_costs.Select(c => c.AmountSlot))
            .Distinct()
            .ToArray();
        var growthFactors = new double[_years + 1];
        var g = 1.0;
        for (var t = 0; t <= _years; t++)
        {
            if (t >= 2)
            {
                g *= 1 + BaseSlots[_growthSlot];
            }

            growthFactors[t] = g;
        }

        _shiftCumulative = _shifts.Select((s, i) =>
        {
            var k = new double[_years + 1];
            var sum = 0.0;
            for (var t = 0; t <= _years; t++)
            {
                sum += _discount[t] * growthFactors[t] * _adoption[i][t];
                k[t] = sum;
            }

            return k;
        }).ToArray();
        _shiftFinal = _shifts.Select((s, i) => growthFactors[_years] * _adoption[i][_years]).ToArray();
        _costCumulative = _costs.Select(c =>
        {
            var d = new double[_years + 1];
            var sum = 0.0;
            for (var t = 0; t <= _years; t++)
            {
                if (t >= c.From && t <= c.To)
                {
                    sum += _discount[t] * (c.OneOff ? _oneOffUplift : _recurringUplift);
                }

                d[t] = sum;
            }

            return d;
        }).ToArray();
    }

    /// <summary>Whether <see cref="EvaluateFast"/> may be used for the scenario's uncertain inputs: no cost behaviour,
    /// and growth, adoption and the discount rate fixed.</summary>
    internal bool FastPath { get; }

    /// <summary>
    /// The same NPV, final-year saving and cumulative present values as <see cref="Evaluate"/> from precomputed
    /// coefficients (valid when <see cref="FastPath"/>): a few multiplications per shift and cost instead of a pass
    /// over the years. Agrees with <see cref="Evaluate"/> to rounding error (a test holds it within 1e-9 relative).
    /// </summary>
    internal double EvaluateFast(ReadOnlySpan<double> slots, Span<double> cumulative, out double finalYearSaving)
    {
        var final = 0.0;
        var total = 0.0;
        var withFan = !cumulative.IsEmpty;
        if (withFan)
        {
            cumulative.Clear();
        }

        for (var s = 0; s < _shifts.Length; s++)
        {
            ref readonly var sh = ref _shifts[s];
            var per = slots[_costSlot[sh.From]];
            foreach (var (d, fraction) in sh.Destinations)
            {
                per -= fraction * slots[_costSlot[d]];
            }

            if (sh.Return >= 0)
            {
                per -= slots[sh.FailureSlot] * sh.FailureEligible * slots[_costSlot[sh.Return]];
            }

            per -= sh.NonAvoided * slots[sh.AssistedSlot];
            var share = Math.Min(slots[sh.ShareSlot], 1 - sh.Exclusion);
            var perYear = slots[_volumeSlot[sh.From]] * _periodsPerYear * share * per;
            final += perYear * _shiftFinal[s];
            var k = _shiftCumulative[s];
            total += perYear * k[_years];
            if (withFan)
            {
                for (var t = 0; t <= _years; t++)
                {
                    cumulative[t] += perYear * k[t] * _keep;
                }
            }
        }

        var npv = total * _keep;
        for (var c = 0; c < _costs.Length; c++)
        {
            var amount = slots[_costs[c].AmountSlot];
            var d = _costCumulative[c];
            npv -= amount * d[_years];
            if (withFan)
            {
                for (var t = 0; t <= _years; t++)
                {
                    cumulative[t] -= amount * d[t];
                }
            }
        }

        finalYearSaving = final;
        return npv;
    }

    /// <summary>The slots <see cref="EvaluateFastColumns"/> reads: each needs a column.</summary>
    internal IReadOnlyList<int> FastSlots { get; }

    /// <summary>
    /// <see cref="EvaluateFast"/> for a block of iterations at once, a <see cref="Vector{T}"/> of iterations per step:
    /// column j of <paramref name="columns"/>[slot] is the slot's value in iteration j (every slot of
    /// <see cref="FastSlots"/> has a column). The arithmetic is <see cref="EvaluateFast"/>'s, operation for operation
    /// (IEEE-754, no fused multiply-add), so each iteration gets the same bits as it would alone.
    /// </summary>
    /// <param name="columns">The slot columns, each at least <paramref name="length"/> long.</param>
    /// <param name="length">Iterations to evaluate, a multiple of <see cref="Vector{T}.Count"/>.</param>
    /// <param name="npv">Receives the NPVs.</param>
    /// <param name="finalYearSaving">Receives the final-year savings.</param>
    /// <param name="perYear">Receives, for each shift s, the annual saving at full take-up in
    /// <c>perYear[s × stride + j]</c> (for <see cref="CumulativeFastColumns"/>).</param>
    /// <param name="stride">The stride of <paramref name="perYear"/>, at least <paramref name="length"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void EvaluateFastColumns(double[][] columns, int length, Span<double> npv, Span<double> finalYearSaving, Span<double> perYear, int stride)
    {
        var width = Vector<double>.Count;
        npv[..length].Clear();
        finalYearSaving[..length].Clear();
        var keep = new Vector<double>(_keep);
        var periods = new Vector<double>(_periodsPerYear);
        for (var s = 0; s < _shifts.Length; s++)
        {
            ref readonly var sh = ref _shifts[s];
            var from = columns[_costSlot[sh.From]];
            var destinations = sh.Destinations;
            var destinationColumns = new double[destinations.Length][];
            for (var d = 0; d < destinations.Length; d++)
            {
                destinationColumns[d] = columns[_costSlot[destinations[d].Channel]];
            }

            var failure = sh.Return >= 0 ? columns[sh.FailureSlot] : null;
            var returnCost = sh.Return >= 0 ? columns[_costSlot[sh.Return]] : null;
            var eligible = new Vector<double>(sh.FailureEligible);
            var assisted = columns[sh.AssistedSlot];
            var nonAvoided = new Vector<double>(sh.NonAvoided);
            var shares = columns[sh.ShareSlot];
            var ceiling = new Vector<double>(1 - sh.Exclusion);
            var volumes = columns[_volumeSlot[sh.From]];
            var final = new Vector<double>(_shiftFinal[s]);
            var last = new Vector<double>(_shiftCumulative[s][_years]);
            var saved = perYear.Slice(s * stride, length);
            for (var j = 0; j < length; j += width)
            {
                var per = new Vector<double>(from.AsSpan(j));
                for (var d = 0; d < destinationColumns.Length; d++)
                {
                    per -= new Vector<double>(destinations[d].Fraction) * new Vector<double>(destinationColumns[d].AsSpan(j));
                }

                if (failure is not null)
                {
                    per -= new Vector<double>(failure.AsSpan(j)) * eligible * new Vector<double>(returnCost!.AsSpan(j));
                }

                per -= nonAvoided * new Vector<double>(assisted.AsSpan(j));
                var share = Vector.Min(new Vector<double>(shares.AsSpan(j)), ceiling);
                var year = new Vector<double>(volumes.AsSpan(j)) * periods * share * per;
                year.CopyTo(saved[j..]);
                (new Vector<double>(finalYearSaving[j..]) + (year * final)).CopyTo(finalYearSaving[j..]);
                (new Vector<double>(npv[j..]) + (year * last)).CopyTo(npv[j..]);
            }
        }

        for (var j = 0; j < length; j += width)
        {
            (new Vector<double>(npv[j..]) * keep).CopyTo(npv[j..]);
        }

        for (var c = 0; c < _costs.Length; c++)
        {
            var amounts = columns[_costs[c].AmountSlot];
            var factor = new Vector<double>(_costCumulative[c][_years]);
            for (var j = 0; j < length; j += width)
            {
                (new Vector<double>(npv[j..]) - (new Vector<double>(amounts.AsSpan(j)) * factor)).CopyTo(npv[j..]);
            }
        }
    }

    /// <summary>
    /// The cumulative present value of each year for iterations 0 … <paramref name="count"/> − 1 of a block evaluated by
    /// <see cref="EvaluateFastColumns"/>, a <see cref="Vector{T}"/> of iterations per step: year t of iteration j goes to
    /// <c>fan[t × fanStride + j]</c>. The arithmetic is <see cref="EvaluateFast"/>'s, operation for operation and in the
    /// same order (IEEE-754, no fused multiply-add), so each iteration gets the same bits as it would alone.
    /// </summary>
    /// <param name="columns">The slot columns, as given to <see cref="EvaluateFastColumns"/>.</param>
    /// <param name="perYear">The annual savings <see cref="EvaluateFastColumns"/> wrote.</param>
    /// <param name="stride">The stride of <paramref name="perYear"/>.</param>
    /// <param name="count">Iterations to store, at most the length evaluated.</param>
    /// <param name="fan">Receives the cumulative present values, year-major.</param>
    /// <param name="fanStride">The distance in <paramref name="fan"/> from one year to the next, at least
    /// <paramref name="count"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void CumulativeFastColumns(double[][] columns, ReadOnlySpan<double> perYear, int stride, int count, Span<double> fan, int fanStride)
    {
        var width = Vector<double>.Count;
        var keep = new Vector<double>(_keep);
        for (var t = 0; t <= _years; t++)
        {
            var row = fan.Slice(t * fanStride, count);
            var j = 0;
            for (; j <= count - width; j += width)
            {
                var sum = Vector<double>.Zero;
                for (var s = 0; s < _shifts.Length; s++)
                {
                    sum += new Vector<double>(perYear.Slice((s * stride) + j, width)) * new Vector<double>(_shiftCumulative[s][t]) * keep;
                }

                for (var c = 0; c < _costs.Length; c++)
                {
                    sum -= new Vector<double>(columns[_costs[c].AmountSlot].AsSpan(j, width)) * new Vector<double>(_costCumulative[c][t]);
                }

                sum.CopyTo(row[j..]);
            }

            for (; j < count; j++)
            {
                var sum = 0.0;
                for (var s = 0; s < _shifts.Length; s++)
                {
                    sum += perYear[(s * stride) + j] * _shiftCumulative[s][t] * _keep;
                }

                for (var c = 0; c < _costs.Length; c++)
                {
                    sum -= columns[_costs[c].AmountSlot][j] * _costCumulative[c][t];
                }

                row[j] = sum;
            }
        }
    }

    /// <summary>The number of shifts (the rows <see cref="EvaluateFastColumns"/> writes to perYear).</summary>
    internal int ShiftCount => _shifts.Length;

    /// <summary>The option's name.</summary>
    internal string OptionName { get; }

    /// <summary>The point values of every slot.</summary>
    internal double[] BaseSlots { get; }

    /// <summary>The path and target of each slot.</summary>
    internal IReadOnlyList<(string Path, InputTarget Target)> SlotNames { get; }

    /// <summary>The slot of each uncertain input of the scenario (−1 when the input is not used by this option).</summary>
    internal int[] InputSlots { get; }

    /// <summary>The factor by which a value of each uncertain input, in the file's terms, becomes a slot value (the
    /// GDP-deflator rebasing of a unit cost; 1 otherwise).</summary>
    internal double[] InputScales { get; }

    /// <summary>The factor from a value in the file's terms to the slot's value (1 except for rebased unit costs).</summary>
    internal double ScaleOf(int slot)
    {
        if (slot < 0)
        {
            return 1;
        }

        var i = Array.IndexOf(_costSlot, slot);
        return i >= 0 ? _costScale[i] : 1;
    }

    /// <summary>Whether any channel has cost behaviour (then cashable NPV differs from NPV).</summary>
    internal bool HasCostBehaviour { get; }

    /// <summary>The last year (years 0 … Years).</summary>
    internal int Years => _years;

    internal int SlotOf(InputTarget target)
    {
        for (var i = 0; i < SlotNames.Count; i++)
        {
            if (SlotNames[i].Target == target)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Evaluates one iteration. Allocation-free.</summary>
    /// <param name="slots">The slot values of the iteration.</param>
    /// <param name="scratch">Scratch space of at least <see cref="ScratchLength"/> doubles.</param>
    /// <param name="cumulative">Where to write the cumulative present value of each year (length Years + 1), or empty.</param>
    /// <param name="cashableNpv">The cashable NPV (equal to the NPV without cost behaviour).</param>
    /// <param name="finalYearSaving">The saving of the last year (before the benefits haircut).</param>
    /// <returns>The NPV.</returns>
    internal double Evaluate(ReadOnlySpan<double> slots, Span<double> scratch, Span<double> cumulative, out double cashableNpv, out double finalYearSaving)
    {
        var n = _channels.Length;
        var perContact = scratch[..Math.Max(1, _shifts.Length)];
        var bau = scratch.Slice(_shifts.Length + 1, n);
        var after = scratch.Slice(_shifts.Length + 1 + n, n);
        var state = scratch[(_shifts.Length + 1 + (2 * n))..];
        state.Clear();
        for (var s = 0; s < _shifts.Length; s++)
        {
            ref readonly var sh = ref _shifts[s];
            var per = slots[_costSlot[sh.From]];
            foreach (var (d, fraction) in sh.Destinations)
            {
                per -= fraction * slots[_costSlot[d]];
            }

            if (sh.Return >= 0)
            {
                per -= slots[sh.FailureSlot] * sh.FailureEligible * slots[_costSlot[sh.Return]];
            }

            perContact[s] = per - (sh.NonAvoided * slots[sh.AssistedSlot]);
        }

        var growth = 1 + slots[_growthSlot];
        var rate = _rateSlot >= 0 ? slots[_rateSlot] : 0;
        var rateVaries = _rateSlot >= 0 && slots[_rateSlot] != BaseSlots[_rateSlot];
        var gf = 1.0;
        var df = 1.0;
        var npv = 0.0;
        var cnpv = 0.0;
        var saving = 0.0;
        for (var t = 0; t <= _years; t++)
        {
            if (t >= 2)
            {
                gf *= growth;
            }

            if (rateVaries && t >= 1)
            {
                df /= 1 + rate;
            }

            saving = 0.0;
            if (HasCostBehaviour)
            {
                for (var c = 0; c < n; c++)
                {
                    bau[c] = slots[_volumeSlot[c]] * _periodsPerYear * gf;
                    after[c] = bau[c];
                }
            }

            for (var s = 0; s < _shifts.Length; s++)
            {
                ref readonly var sh = ref _shifts[s];
                var a = Adoption(s, t, slots);
                if (a == 0)
                {
                    continue;
                }

                var share = Math.Min(slots[sh.ShareSlot], 1 - sh.Exclusion);
                var m = slots[_volumeSlot[sh.From]] * _periodsPerYear * gf * share * a;
                saving += m * perContact[s];
                if (HasCostBehaviour)
                {
                    after[sh.From] -= m;
                    foreach (var (d, fraction) in sh.Destinations)
                    {
                        after[d] += m * fraction;
                    }

                    if (sh.Return >= 0)
                    {
                        after[sh.Return] += m * slots[sh.FailureSlot] * sh.FailureEligible;
                    }
                }
            }

            var costs = 0.0;
            foreach (ref readonly var c in _costs.AsSpan())
            {
                if (t >= c.From && t <= c.To)
                {
                    costs += slots[c.AmountSlot] * (c.OneOff ? _oneOffUplift : _recurringUplift);
                }
            }

            var factor = rateVaries ? df : _discount[t];
            var net = (saving * _keep) - costs;
            npv += factor * net;
            if (!cumulative.IsEmpty)
            {
                cumulative[t] = npv;
            }

            if (HasCostBehaviour)
            {
                var cashable = Cashable(t, slots, bau, after, saving, state);
                cnpv += factor * ((cashable * _keep) - costs);
            }
        }

        cashableNpv = HasCostBehaviour ? cnpv : npv;
        finalYearSaving = saving;
        return npv;
    }

    /// <summary>The take-up of shift s in year t: from the precomputed curve, or from the years slot of a linear curve
    /// when that slot differs from its base value (uncertain, or swung in a sensitivity analysis).</summary>
    private double Adoption(int s, int t, ReadOnlySpan<double> slots)
    {
        var yearsSlot = _shifts[s].YearsSlot;
        if (yearsSlot >= 0 && slots[yearsSlot] != BaseSlots[yearsSlot])
        {
            return t == 0 ? 0 : Math.Min(t / slots[yearsSlot], 1.0);
        }

        return _adoption[s][t];
    }

    /// <summary>The scratch length <see cref="Evaluate"/> needs.</summary>
    internal int ScratchLength => _shifts.Length + 1 + (2 * _channels.Length) + StateLength;

    private int StateLength => _behaviour.Sum(b => b is null ? 0 : 1 + (2 * b.Steps.Length));

    private double Cashable(int t, ReadOnlySpan<double> slots, Span<double> bau, Span<double> after, double saving, Span<double> state)
    {
        // The same rules as Appraiser's CashableLedger (the decimal reference): start from the saving and take off
        // the non-variable part of each channel with cost behaviour, then add whole staff and fixed steps.
        var total = saving;
        var k = 0;
        for (var c = 0; c < _channels.Length; c++)
        {
            var b = _behaviour[c];
            if (b is null)
            {
                continue;
            }

            total -= (1 - b.VariableShare) * slots[_costSlot[c]] * (bau[c] - after[c]);

            ref var maxReleased = ref state[k++];
            if (b.Staffing is not null && t >= 1)
            {
                double fteBau = b.Fte(bau[c]);
                double fte;
                if (b.HandlingTimeRise > 0)
                {
                    var full = 0.0;
                    var moved = 0.0;
                    for (var s = 0; s < _shifts.Length; s++)
                    {
                        if (_shifts[s].From == c)
                        {
                            var share = Math.Min(slots[_shifts[s].ShareSlot], 1 - _shifts[s].Exclusion);
                            var a = Adoption(s, t, slots);
                            full += bau[c] * share;
                            moved += bau[c] * share * a;
                        }
                    }

                    var phase = full > 0 ? moved / full : 0;
                    fte = phase > 0 ? b.FteWithRise(after[c], phase) : b.Fte(after[c]);
                }
                else
                {
                    fte = b.Fte(after[c]);
                }

                var whole = fteBau >= fte ? Math.Floor(fteBau - fte + 1e-9) : -Math.Ceiling(fte - fteBau - 1e-9);
                total += whole * b.CostPerFte;
                if (whole > maxReleased)
                {
                    total -= (whole - maxReleased) * b.ReleaseCostPerFte;
                    maxReleased = whole;
                }
            }

            for (var i = 0; i < b.Steps.Length; i++)
            {
                ref var closedIn = ref state[k++];
                ref var closedInBau = ref state[k++];
                var step = b.Steps[i];
                var closesNow = t >= step.EarliestYear && closedIn == 0 && after[c] < step.Threshold;
                var closesNowInBau = t >= step.EarliestYear && closedInBau == 0 && bau[c] < step.Threshold;
                if (closesNowInBau)
                {
                    closedInBau = t;
                    total += step.ClosureCost;
                }

                if (closesNow)
                {
                    closedIn = t;
                    total -= step.ClosureCost;
                }

                var closed = closedIn > 0;
                var closedBau = closedInBau > 0;
                if (closed && !closedBau)
                {
                    total += step.AnnualCost;
                }
                else if (closedBau && !closed)
                {
                    total -= step.AnnualCost;
                }
            }
        }

        return total;
    }

    private struct ShiftPlan
    {
        internal int From;
        internal int ShareSlot;
        internal double Exclusion;
        internal (int Channel, double Fraction)[] Destinations;
        internal double NonAvoided;
        internal int Return;
        internal double FailureEligible;
        internal int FailureSlot;
        internal int AssistedSlot;
        internal int YearsSlot;
        internal AdoptionCurve Adoption;
    }

    private struct CostPlan
    {
        internal int AmountSlot;
        internal bool OneOff;
        internal int From;
        internal int To;
    }

    private sealed class ChannelPlan
    {
        private readonly StaffingStepFunction? _steps;
        private readonly double _maximumVolume;

        internal ChannelPlan(CostBehaviour behaviour, double maximumVolume)
        {
            VariableShare = (double)behaviour.VariableShare;
            Staffing = behaviour.Staffing;
            HandlingTimeRise = behaviour.HandlingTimeRise;
            CostPerFte = (double)(behaviour.Staffing?.CostPerFtePerYear ?? 0m);
            ReleaseCostPerFte = (double)(behaviour.Staffing?.ReleaseCostPerFte ?? 0m);
            Steps = behaviour.FixedSteps.Select(s => new StepPlan(s.EarliestYear, (double)s.ClosesBelowAnnualVolume, (double)s.AnnualCost, (double)s.ClosureCost)).ToArray();
            _maximumVolume = Math.Max(1, maximumVolume);
            _steps = behaviour.Staffing is null ? null : StaffingStepFunction.Create(behaviour.Staffing, 0, _maximumVolume);
        }

        internal double VariableShare { get; }

        internal ChannelStaffing? Staffing { get; }

        internal double HandlingTimeRise { get; }

        internal double CostPerFte { get; }

        internal double ReleaseCostPerFte { get; }

        internal StepPlan[] Steps { get; }

        internal double Fte(double volume) => _steps!.FullTimeEquivalents(Math.Max(0, volume));

        internal double FteWithRise(double volume, double phase)
        {
            // The staffing of the risen handling time is a step function of volume too: built once per distinct take-up
            // phase (one per year when adoption is fixed) and shared by every iteration; beyond 64 phases (take-up that
            // varies from iteration to iteration) it is computed directly.
            if (_risen.TryGetValue(phase, out var cached))
            {
                return cached.FullTimeEquivalents(Math.Max(0, volume));
            }

            var s = Staffing!;
            var risen = new ChannelStaffing(s.HandlingTime * (1 + (HandlingTimeRise * phase)), s.Target, s.Shrinkage, s.OpeningHours, s.ContractedHoursPerFtePerYear, s.CostPerFtePerYear, s.ReleaseCostPerFte, s.MaximumOccupancy);
            if (_risen.Count < 64)
            {
                var steps = _risen.GetOrAdd(phase, _ => StaffingStepFunction.Create(risen, 0, _maximumVolume));
                return steps.FullTimeEquivalents(Math.Max(0, volume));
            }

            return risen.FullTimeEquivalents(Math.Max(0, volume));
        }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<double, StaffingStepFunction> _risen = new();
    }

    private readonly record struct StepPlan(int EarliestYear, double Threshold, double AnnualCost, double ClosureCost);
}
