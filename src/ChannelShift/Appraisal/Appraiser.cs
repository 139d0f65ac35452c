using System.Globalization;

namespace ChannelShift.Appraisal;

/// <summary>
/// The multi-year appraisal of a scenario's options against business as usual (HM Treasury Green Book; the timeline of
/// docs/methodology.md §3): year 0 is the implementation year and savings start in year 1; volumes in year t ≥ 1 are
/// baseline × (1 + growth)^(t − 1); each shift moves, in year t, its share of that year's baseline volume of its source
/// channel × its adoption a(t) (shifts do not chain, and do not act on failure demand). This decimal calculation is the
/// reference; the Monte Carlo engine evaluates the same semantics in double precision.
/// </summary>
public static class Appraiser
{
    /// <summary>Appraises every option of a scenario, ranked by NPV (highest first).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The appraisal, money rounded to the penny.</returns>
    public static ScenarioAppraisal Appraise(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var options = scenario.Options;
        var results = new AppraisalResult[options.Count];
        for (var i = 0; i < results.Length; i++)
        {
            // Ranked by unrounded NPV, highest first; an insertion sort that moves only past strictly lower NPVs keeps
            // ties in the file's order.
            var result = AppraiseOption(scenario, options[i]);
            var j = i - 1;
            while (j >= 0 && results[j].Unrounded.Npv < result.Unrounded.Npv)
            {
                results[j + 1] = results[j];
                j--;
            }

            results[j + 1] = result;
        }

        return new ScenarioAppraisal(scenario.Name, scenario.Currency, results, scenario.Notes);
    }

    /// <summary>Appraises one option against business as usual (the same baseline and growth, no shift, no cost).</summary>
    /// <param name="scenario">The scenario (baseline, costs, settings).</param>
    /// <param name="option">The option.</param>
    /// <returns>The appraisal, money rounded to the penny; <see cref="AppraisalResult.Unrounded"/> before rounding.</returns>
    public static AppraisalResult AppraiseOption(Scenario scenario, ScenarioOption option)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(option);
        try
        {
            return Compute(scenario, option).Rounded();
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(scenario), "scenario: the amounts are too large to compute (they overflow a decimal); expected realistic volumes and costs.");
        }
    }

    // Small inputs (channels, shifts, costs) are held on the stack; beyond these counts, in arrays.
    private const int StackChannels = 32;
    private const int StackShifts = 16;
    private const int StackDestinations = 64;
    private const int StackCosts = 32;

    private static AppraisalResult Compute(Scenario scenario, ScenarioOption option)
    {
        var settings = scenario.Appraisal;
        var n = settings.Years;
        var costs = Rebased(scenario.UnitCosts, settings);
        var factors = settings.Discounting.AppraisalFactors(n);
        var bias = settings.OptimismBias;
        var planned = option.Shifts;
        var shiftCount = planned.Count;

        // The channels: the baseline's in its order, then those the shifts bring in, in order of first mention (each
        // shift's destinations other than avoided, its source, its failure demand's return channel). The array is
        // shared by every year's contacts; its first `count` entries are the channels.
        var volumes = scenario.Baseline.Volumes;
        var capacity = volumes.Count;
        var destinationCount = 0;
        for (var s = 0; s < shiftCount; s++)
        {
            var parts = planned[s].Shift.To.Parts.Count;
            capacity += parts + 2;
            destinationCount += parts;
        }

        var channels = new Channel[capacity];
        var count = 0;
        if (volumes is Dictionary<Channel, decimal> dictionary)
        {
            foreach (var channel in dictionary.Keys)
            {
                channels[count++] = channel;
            }
        }
        else
        {
            foreach (var channel in volumes.Keys)
            {
                channels[count++] = channel;
            }
        }

        // The option's shifts as indexes into the channels: no dictionary in the yearly loop.
        var terms = shiftCount <= StackShifts ? stackalloc ShiftTerms[shiftCount] : new ShiftTerms[shiftCount];
        var destinations = destinationCount <= StackDestinations ? stackalloc int[destinationCount] : new int[destinationCount];
        var fractions = destinationCount <= StackDestinations ? stackalloc decimal[destinationCount] : new decimal[destinationCount];
        var used = 0;
        for (var s = 0; s < shiftCount; s++)
        {
            var shift = planned[s].Shift;
            ref var term = ref terms[s];
            term.FirstDestination = used;
            var parts = shift.To.Parts;
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                if (!part.Key.IsAvoided)
                {
                    destinations[used] = IndexOf(channels, ref count, part.Key);
                    fractions[used] = part.Value.Fraction;
                    used++;
                }
            }

            term.Destinations = used - term.FirstDestination;
            term.From = IndexOf(channels, ref count, shift.From);
            term.Return = shift.FailureDemand is null ? -1 : IndexOf(channels, ref count, shift.FailureDemand.ReturnsTo);
            term.Share = planned[s].EffectiveShare;
            term.FailureFraction = shift.FailureFraction;
            term.AssistedDigitalCost = shift.AssistedDigitalCost;
            term.NonAvoidedFraction = shift.NonAvoidedFraction;
        }

        var unitCost = count <= StackChannels ? stackalloc decimal[count] : new decimal[count];
        var baseline = count <= StackChannels ? stackalloc decimal[count] : new decimal[count];
        for (var c = 0; c < count; c++)
        {
            unitCost[c] = costs.CostOf(channels[c]);
            baseline[c] = scenario.Baseline.AnnualVolume(channels[c]);
        }

        // Saving per contact moved: the source's cost less the destinations' and the failure demand's.
        for (var s = 0; s < shiftCount; s++)
        {
            ref var term = ref terms[s];
            var per = unitCost[term.From];
            for (var d = term.FirstDestination; d < term.FirstDestination + term.Destinations; d++)
            {
                per -= fractions[d] * unitCost[destinations[d]];
            }

            if (term.Return >= 0)
            {
                per -= term.FailureFraction * unitCost[term.Return];
            }

            term.PerContact = per;
        }

        // Each cost with its optimism-bias uplift, computed once.
        var costItems = option.Costs;
        var uplifted = costItems.Count <= StackCosts ? stackalloc decimal[costItems.Count] : new decimal[costItems.Count];
        for (var i = 0; i < uplifted.Length; i++)
        {
            var item = costItems[i];
            uplifted[i] = item.Type == CostType.OneOff ? bias.ApplyToOneOff(item.Amount) : bias.ApplyToRecurring(item.Amount);
        }

        var cashable = scenario.CostBehaviour.Count > 0 ? new CashableLedger(scenario, channels, count, unitCost.ToArray()) : null;
        var full = shiftCount <= StackShifts ? stackalloc decimal[shiftCount] : new decimal[shiftCount];
        var moves = shiftCount <= StackShifts ? stackalloc decimal[shiftCount] : new decimal[shiftCount];
        var previousMoves = shiftCount <= StackShifts ? stackalloc decimal[shiftCount] : new decimal[shiftCount];
        var bau = count <= StackChannels ? stackalloc decimal[count] : new decimal[count];
        var years = new YearResult[n + 1];
        var onePlusGrowth = 1m + scenario.DemandGrowth;
        var growth = 1m;
        var cumulative = 0m;
        decimal[]? after = null;
        ChannelVolumes? contacts = null;
        var saving = 0m;
        for (var t = 0; t <= n; t++)
        {
            // Business as usual: baseline × (1 + growth)^(t − 1) from year 2 (a growth of exactly 1 changes no bit).
            var bauChanged = t == 0;
            if (t >= 2)
            {
                var next = growth * onePlusGrowth;
                bauChanged = !DecimalBits.Identical(next, growth);
                growth = next;
            }

            if (bauChanged)
            {
                var one = DecimalBits.Identical(growth, 1m);
                for (var c = 0; c < count; c++)
                {
                    bau[c] = one ? baseline[c] : baseline[c] * growth;
                }
            }

            // Contacts moved by each shift: its share of this year's volume of its source × its adoption.
            var movesIdentical = !bauChanged;
            var movesEqual = t > 0;
            var moved = 0m;
            for (var s = 0; s < shiftCount; s++)
            {
                ref readonly var term = ref terms[s];
                full[s] = bau[term.From] * term.Share;
                var m = planned[s].Adoption.ApplyTo(full[s], t);
                movesIdentical &= DecimalBits.Identical(m, previousMoves[s]);
                movesEqual &= m == previousMoves[s];
                moves[s] = m;
                previousMoves[s] = m;
                if (m != 0m)
                {
                    moved = DecimalBits.Accumulate(moved, m);
                }
            }

            // The contacts after the shifts: the same array as last year's when nothing that makes them has changed.
            if (contacts is null || !movesIdentical)
            {
                after = new decimal[count];
                for (var c = 0; c < count; c++)
                {
                    after[c] = bau[c];
                }

                for (var s = 0; s < shiftCount; s++)
                {
                    var m = moves[s];
                    if (m == 0m)
                    {
                        continue;
                    }

                    ref readonly var term = ref terms[s];
                    after[term.From] -= m;
                    for (var d = term.FirstDestination; d < term.FirstDestination + term.Destinations; d++)
                    {
                        after[destinations[d]] += m * fractions[d];
                    }

                    if (term.Return >= 0)
                    {
                        after[term.Return] += m * term.FailureFraction;
                    }
                }

                contacts = new ChannelVolumes(channels, after);
            }

            // The saving at average cost: the same value as last year's when every shift moves as many contacts.
            if (!movesEqual || t <= 1)
            {
                saving = 0m;
                for (var s = 0; s < shiftCount; s++)
                {
                    var m = moves[s];
                    if (m == 0m)
                    {
                        continue;
                    }

                    ref readonly var term = ref terms[s];
                    saving = DecimalBits.Accumulate(saving, term.AssistedDigitalCost == 0m
                        ? m * term.PerContact
                        : (m * term.PerContact) - (m * term.NonAvoidedFraction * term.AssistedDigitalCost));
                }
            }

            var costsBefore = 0m;
            var costsAfter = 0m;
            for (var i = 0; i < uplifted.Length; i++)
            {
                var item = costItems[i];
                if (item.IsPaidIn(t, n))
                {
                    costsBefore = DecimalBits.Accumulate(costsBefore, item.Amount);
                    costsAfter = DecimalBits.Accumulate(costsAfter, uplifted[i]);
                }
            }

            var (cashableSaving, staffChange) = cashable is null
                ? (saving, 0)
                : cashable.Year(t, bau, after!, saving, settings, terms, full, moves);
            var df = factors[t];
            var net = bias.ApplyToBenefits(saving) - costsAfter;
            var cashableNet = cashable is null ? net : bias.ApplyToBenefits(cashableSaving) - costsAfter;
            var presentValue = df * net;
            cumulative = DecimalBits.Accumulate(cumulative, presentValue);
            years[t] = new YearResult
            {
                Year = t,
                Label = settings.Label(t),
                Contacts = contacts,
                ContactsMoved = moved,
                Saving = saving,
                CashableSaving = cashableSaving,
                Costs = costsAfter,
                CostsBeforeOptimismBias = costsBefore,
                Net = net,
                CashableNet = cashableNet,
                DiscountFactor = df,
                PresentValue = presentValue,
                CumulativePresentValue = cumulative,
                CashablePresentValue = cashable is null ? presentValue : df * cashableNet,
                StaffChange = staffChange,
            };
        }

        IReadOnlyList<string> notes = [];
        if (cashable is not null)
        {
            var list = new List<string>(cashable.Notes);
            foreach (var y in years)
            {
                if (y.NonCashableSaving < -0.005m)
                {
                    list.Add("Non-cashable saving is negative in some years: there the cashable saving exceeds the saving at average cost, because release or closure costs, whole-FTE steps or a closed fixed step do not follow average costs (see docs/cashable-savings.md).");
                    break;
                }
            }

            notes = list;
        }

        return new AppraisalResult(option.Name, scenario.Currency, years, notes);
    }

    /// <summary>The index of a channel among the first <paramref name="count"/>, adding it at the end if absent.</summary>
    private static int IndexOf(Channel[] channels, ref int count, Channel channel)
    {
        for (var i = 0; i < count; i++)
        {
            if (channels[i].Equals(channel))
            {
                return i;
            }
        }

        channels[count] = channel;
        return count++;
    }

    /// <summary>A shift of the option with its channels as indexes and the per-contact terms of its saving.</summary>
    private struct ShiftTerms
    {
        public int From;
        public int Return;
        public int FirstDestination;
        public int Destinations;
        public decimal Share;
        public decimal PerContact;
        public decimal FailureFraction;
        public decimal NonAvoidedFraction;
        public decimal AssistedDigitalCost;
    }

    /// <summary>Unit costs rebased to the appraisal's price base year with its GDP deflator (unchanged without one).</summary>
    /// <param name="costs">The unit costs.</param>
    /// <param name="settings">The appraisal settings.</param>
    /// <returns>The rebased costs.</returns>
    internal static UnitCostSet Rebased(UnitCostSet costs, AppraisalSettings settings)
    {
        if (settings.Deflator is null || settings.PriceBaseYear is not { } target)
        {
            return costs;
        }

        var result = costs;
        foreach (var cost in costs.Costs)
        {
            var p = cost.Provenance;
            if (p.PriceYear != target)
            {
                result = result.WithCost(cost.Channel, settings.Deflator.Rebase(cost.Amount, p.PriceYear, target), p with { PriceYear = target });
            }
        }

        return result;
    }

    /// <summary>
    /// The cashable part of each year's saving against business as usual (issue 4 part 3; docs/cashable-savings.md):
    /// cashable = variable + staff + steps, where
    /// <list type="bullet">
    /// <item>variable = Σ_c variableShare_c × unit cost_c × (V_c,BAU − V_c) − assisted digital, computed as the saving
    /// − Σ_c (1 − variableShare_c) × unit cost_c × (V_c,BAU − V_c), the same sum rearranged so that a channel without
    /// cost behaviour (wholly variable) contributes exactly what it contributes to the saving, and a scenario without
    /// any gives cashable = saving to the last digit;</item>
    /// <item>staff = ⌊FTE(V_BAU) − FTE(V)⌋ × cost per FTE when the load falls, −⌈FTE(V) − FTE(V_BAU)⌉ × cost per FTE
    /// when it rises, the FTE of the option at the handling time risen by the channel's rise × take-up; release costs
    /// are paid for the FTEs released beyond the most released so far (so a whole-FTE step that comes and goes does
    /// not pay twice);</item>
    /// <item>steps: each fixed step closes in the first year (≥ its earliest) in which the channel's volume is below
    /// its threshold, in the option and in business as usual separately; its annual cost counts in the years it is
    /// closed in one and open in the other (+ when only the option has closed it, − when only business as usual
    /// has), and its closure cost in the year each closes it (− for the option, + for business as usual).</item>
    /// </list>
    /// </summary>
    private sealed class CashableLedger(Scenario scenario, Channel[] channels, int count, decimal[] unitCost)
    {
        private readonly Dictionary<Channel, int> _maxReleased = [];
        private readonly Dictionary<(Channel, int), int> _closedIn = [];
        private readonly Dictionary<(Channel, int), int> _closedInBau = [];

        internal List<string> Notes { get; } = [];

        /// <param name="t">The year.</param>
        /// <param name="bauVolumes">Business-as-usual volumes by channel index.</param>
        /// <param name="afterVolumes">The option's volumes by channel index.</param>
        /// <param name="saving">The year's saving at average cost.</param>
        /// <param name="settings">The appraisal settings (for labels).</param>
        /// <param name="terms">The option's shifts (their source channels).</param>
        /// <param name="full">Each shift's contacts to move at full take-up this year.</param>
        /// <param name="moves">Each shift's contacts moved this year.</param>
        internal (decimal Cashable, int StaffChange) Year(int t, ReadOnlySpan<decimal> bauVolumes, ReadOnlySpan<decimal> afterVolumes, decimal saving, AppraisalSettings settings, ReadOnlySpan<ShiftTerms> terms, ReadOnlySpan<decimal> full, ReadOnlySpan<decimal> moves)
        {
            var total = saving;
            var staffChange = 0;
            for (var ci = 0; ci < count; ci++)
            {
                var c = channels[ci];
                if (scenario.CostBehaviour.GetValueOrDefault(c) is not { } behaviour)
                {
                    continue;
                }

                var bau = bauVolumes[ci];
                var after = afterVolumes[ci];
                total -= (1m - behaviour.VariableShare) * unitCost[ci] * (bau - after);
                if (behaviour.Staffing is { } staffing && t >= 1)
                {
                    // The take-up of the shifts from this channel: contacts moved over contacts to move at full take-up.
                    var phaseFull = 0m;
                    var phaseMoved = 0m;
                    var shifted = false;
                    for (var s = 0; s < terms.Length; s++)
                    {
                        if (terms[s].From == ci)
                        {
                            phaseFull += full[s];
                            phaseMoved += moves[s];
                            shifted = true;
                        }
                    }

                    var rise = behaviour.HandlingTimeRise;
                    var p = shifted && phaseFull > 0m ? (double)(phaseMoved / phaseFull) : 0.0;
                    var staffed = rise > 0 && p > 0 ? WithHandlingTime(staffing, staffing.HandlingTime * (1 + (rise * p))) : staffing;
                    var fteBau = staffing.FullTimeEquivalents((double)bau);
                    var fte = staffed.FullTimeEquivalents((double)after);
                    var whole = fteBau >= fte ? (int)Math.Floor(fteBau - fte + 1e-9) : -(int)Math.Ceiling(fte - fteBau - 1e-9);
                    staffChange += whole;
                    total += whole * staffing.CostPerFtePerYear;
                    var before = _maxReleased.GetValueOrDefault(c);
                    if (whole > before)
                    {
                        var released = whole - before;
                        _maxReleased[c] = whole;
                        total -= released * staffing.ReleaseCostPerFte;
                        var releaseCost = staffing.ReleaseCostPerFte > 0m
                            ? string.Create(CultureInfo.InvariantCulture, $", release cost {released * staffing.ReleaseCostPerFte:#,##0.00} {scenario.Currency}")
                            : string.Empty;
                        Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: {released} FTE released on {c.Key} ({whole} fewer than business as usual){releaseCost}."));
                    }
                }

                for (var i = 0; i < behaviour.FixedSteps.Count; i++)
                {
                    var step = behaviour.FixedSteps[i];
                    var key = (c, i);
                    var closesNow = t >= step.EarliestYear && !_closedIn.ContainsKey(key) && after < step.ClosesBelowAnnualVolume;
                    var closesNowInBau = t >= step.EarliestYear && !_closedInBau.ContainsKey(key) && bau < step.ClosesBelowAnnualVolume;
                    if (closesNowInBau)
                    {
                        _closedInBau[key] = t;
                        total += step.ClosureCost;
                    }

                    if (closesNow)
                    {
                        _closedIn[key] = t;
                        total -= step.ClosureCost;
                        Notes.Add(_closedInBau.TryGetValue(key, out var inBau)
                            ? string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: \"{step.Name}\" on {c.Key} can close (volume {after:#,##0} a year is below {step.ClosesBelowAnnualVolume:#,##0}), as business as usual does ({settings.Label(inBau)}): from then it saves nothing beyond business as usual.")
                            : string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: \"{step.Name}\" on {c.Key} can close (volume {after:#,##0} a year is below {step.ClosesBelowAnnualVolume:#,##0}): saves {step.AnnualCost:#,##0.00} {scenario.Currency} a year from then; closure cost {step.ClosureCost:#,##0.00}."));
                    }

                    var closed = _closedIn.ContainsKey(key);
                    var closedInBau = _closedInBau.ContainsKey(key);
                    if (closed && !closedInBau)
                    {
                        total += step.AnnualCost;
                    }
                    else if (closedInBau && !closed)
                    {
                        total -= step.AnnualCost;
                        if (closesNowInBau)
                        {
                            Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: business as usual would close \"{step.Name}\" on {c.Key} (volume {bau:#,##0} a year is below {step.ClosesBelowAnnualVolume:#,##0}) but the option keeps it open (volume {after:#,##0}): its {step.AnnualCost:#,##0.00} {scenario.Currency} a year counts against the cashable saving until the option closes it."));
                        }
                    }
                }
            }

            return (total, staffChange);
        }

        private static ChannelStaffing WithHandlingTime(ChannelStaffing s, TimeSpan handlingTime) =>
            new(handlingTime, s.Target, s.Shrinkage, s.OpeningHours, s.ContractedHoursPerFtePerYear, s.CostPerFtePerYear, s.ReleaseCostPerFte, s.MaximumOccupancy);
    }
}
