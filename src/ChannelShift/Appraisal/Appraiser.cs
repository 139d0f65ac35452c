using System.Globalization;
using ChannelShift.Channels;
using ChannelShift.Scenarios;
using ChannelShift.Staffing;
using ChannelShift.UnitCosts;

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
        var results = scenario.Options
            .Select((option, index) => (Result: AppraiseOption(scenario, option), Index: index))
            .OrderByDescending(r => r.Result.Unrounded.Npv)
            .ThenBy(r => r.Index)
            .Select(r => r.Result)
            .ToList();
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

    private static AppraisalResult Compute(Scenario scenario, ScenarioOption option)
    {
        var settings = scenario.Appraisal;
        var n = settings.Years;
        var costs = Rebased(scenario.UnitCosts, settings);
        var factors = settings.Discounting.CachedFactors(n);
        var bias = settings.OptimismBias;
        var channelList = new List<Channel>(scenario.Baseline.Volumes.Keys);
        int IndexOf(Channel channel)
        {
            var i = channelList.IndexOf(channel);
            if (i < 0)
            {
                channelList.Add(channel);
                i = channelList.Count - 1;
            }

            return i;
        }

        // The option's shifts as indexes into arrays of channels: no dictionary in the yearly loop.
        var shifts = new ShiftTerms[option.Shifts.Count];
        for (var s = 0; s < shifts.Length; s++)
        {
            var planned = option.Shifts[s];
            var shift = planned.Shift;
            var parts = shift.To.Parts.Where(p => !p.Key.IsAvoided).Select(p => (IndexOf(p.Key), p.Value.Fraction)).ToArray();
            shifts[s] = new ShiftTerms(planned, IndexOf(shift.From), parts, shift.FailureDemand is null ? -1 : IndexOf(shift.FailureDemand.ReturnsTo));
        }

        var channels = channelList.ToArray();
        var keys = channels.Select(c => c.Key).ToArray();
        var unitCost = channels.Select(costs.CostOf).ToArray();
        var baseline = channels.Select(scenario.Baseline.AnnualVolume).ToArray();
        var perContact = shifts.Select(sh =>
        {
            var shift = sh.Planned.Shift;
            var per = unitCost[sh.From];
            foreach (var (d, fraction) in sh.Destinations)
            {
                per -= fraction * unitCost[d];
            }

            if (sh.Return >= 0)
            {
                per -= shift.FailureFraction * unitCost[sh.Return];
            }

            return per;
        }).ToArray();
        var withBehaviour = scenario.CostBehaviour.Count > 0;
        var unitCostByChannel = withBehaviour ? channels.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => unitCost[p.i]) : null;
        var cashable = withBehaviour ? new CashableLedger(scenario, channels, unitCostByChannel!) : null;
        var years = new List<YearResult>(n + 1);
        var growth = 1m;
        var cumulative = 0m;
        for (var t = 0; t <= n; t++)
        {
            if (t >= 2)
            {
                growth *= 1m + scenario.DemandGrowth;
            }

            var bau = new decimal[channels.Length];
            var after = new decimal[channels.Length];
            for (var c = 0; c < channels.Length; c++)
            {
                bau[c] = baseline[c] * growth;
                after[c] = bau[c];
            }

            var saving = 0m;
            var moved = 0m;
            for (var s = 0; s < shifts.Length; s++)
            {
                var sh = shifts[s];
                var planned = sh.Planned;
                var m = planned.Adoption.ApplyTo(bau[sh.From] * planned.EffectiveShare, t);
                if (m == 0m)
                {
                    continue;
                }

                moved += m;
                after[sh.From] -= m;
                foreach (var (d, fraction) in sh.Destinations)
                {
                    after[d] += m * fraction;
                }

                if (sh.Return >= 0)
                {
                    after[sh.Return] += m * planned.Shift.FailureFraction;
                }

                saving += (m * perContact[s]) - (m * planned.Shift.NonAvoidedFraction * planned.Shift.AssistedDigitalCost);
            }

            var costsBefore = 0m;
            var costsAfter = 0m;
            foreach (var item in option.Costs)
            {
                if (item.IsPaidIn(t, n))
                {
                    costsBefore += item.Amount;
                    costsAfter += item.Type == CostType.OneOff ? bias.ApplyToOneOff(item.Amount) : bias.ApplyToRecurring(item.Amount);
                }
            }

            var (cashableSaving, staffChange) = cashable is null
                ? (saving, 0)
                : cashable.Year(t, ToMap(channels, bau), ToMap(channels, after), saving, settings, Phases(shifts, bau, t));
            var df = factors[t];
            var net = bias.ApplyToBenefits(saving) - costsAfter;
            var cashableNet = cashable is null ? net : bias.ApplyToBenefits(cashableSaving) - costsAfter;
            var presentValue = df * net;
            cumulative += presentValue;
            years.Add(new YearResult
            {
                Year = t,
                Label = settings.Label(t),
                Contacts = new ChannelVolumes(keys, after),
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
            });
        }

        var notes = cashable is null ? new List<string>() : new List<string>(cashable.Notes);
        if (years.Any(y => y.NonCashableSaving < -0.005m))
        {
            notes.Add("Non-cashable saving is negative in some years: there the cashable saving exceeds the saving at average cost, because release or closure costs, whole-FTE steps or a closed fixed step do not follow average costs (see docs/cashable-savings.md).");
        }

        return new AppraisalResult(option.Name, scenario.Currency, years, notes, unrounded: null);
    }

    private static Dictionary<Channel, decimal> ToMap(Channel[] channels, decimal[] values)
    {
        var map = new Dictionary<Channel, decimal>(channels.Length);
        for (var i = 0; i < channels.Length; i++)
        {
            map[channels[i]] = values[i];
        }

        return map;
    }

    /// <summary>For each source channel: its contacts to move at full take-up and those moved this year (for the
    /// handling-time rise of the contacts that stay).</summary>
    private static Dictionary<Channel, (decimal Full, decimal Moved)> Phases(ShiftTerms[] shifts, decimal[] bau, int t)
    {
        var phase = new Dictionary<Channel, (decimal Full, decimal Moved)>();
        foreach (var sh in shifts)
        {
            var from = sh.Planned.Shift.From;
            var full = bau[sh.From] * sh.Planned.EffectiveShare;
            var m = sh.Planned.Adoption.ApplyTo(full, t);
            var previous = phase.GetValueOrDefault(from);
            phase[from] = (previous.Full + full, previous.Moved + m);
        }

        return phase;
    }

    private sealed record ShiftTerms(PlannedShift Planned, int From, (int Channel, decimal Fraction)[] Destinations, int Return);

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
    private sealed class CashableLedger(Scenario scenario, IReadOnlyList<Channel> channels, IReadOnlyDictionary<Channel, decimal> unitCost)
    {
        private readonly Dictionary<Channel, int> _maxReleased = [];
        private readonly Dictionary<(Channel, int), int> _closedIn = [];
        private readonly Dictionary<(Channel, int), int> _closedInBau = [];

        internal List<string> Notes { get; } = [];

        internal (decimal Cashable, int StaffChange) Year(int t, IReadOnlyDictionary<Channel, decimal> bau, IReadOnlyDictionary<Channel, decimal> after, decimal saving, AppraisalSettings settings, IReadOnlyDictionary<Channel, (decimal Full, decimal Moved)> phase)
        {
            var total = saving;
            var staffChange = 0;
            foreach (var c in channels)
            {
                if (scenario.CostBehaviour.GetValueOrDefault(c) is not { } behaviour)
                {
                    continue;
                }

                total -= (1m - behaviour.VariableShare) * unitCost[c] * (bau[c] - after[c]);
                if (behaviour.Staffing is { } staffing && t >= 1)
                {
                    var rise = behaviour.HandlingTimeRise;
                    var p = phase.TryGetValue(c, out var ph) && ph.Full > 0m ? (double)(ph.Moved / ph.Full) : 0.0;
                    var staffed = rise > 0 && p > 0 ? WithHandlingTime(staffing, staffing.HandlingTime * (1 + (rise * p))) : staffing;
                    var fteBau = staffing.FullTimeEquivalents((double)bau[c]);
                    var fte = staffed.FullTimeEquivalents((double)after[c]);
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
                    var closesNow = t >= step.EarliestYear && !_closedIn.ContainsKey(key) && after[c] < step.ClosesBelowAnnualVolume;
                    var closesNowInBau = t >= step.EarliestYear && !_closedInBau.ContainsKey(key) && bau[c] < step.ClosesBelowAnnualVolume;
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
                            ? string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: \"{step.Name}\" on {c.Key} can close (volume {after[c]:#,##0} a year is below {step.ClosesBelowAnnualVolume:#,##0}), as business as usual does ({settings.Label(inBau)}): from then it saves nothing beyond business as usual.")
                            : string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: \"{step.Name}\" on {c.Key} can close (volume {after[c]:#,##0} a year is below {step.ClosesBelowAnnualVolume:#,##0}): saves {step.AnnualCost:#,##0.00} {scenario.Currency} a year from then; closure cost {step.ClosureCost:#,##0.00}."));
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
                            Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{settings.Label(t)}: business as usual would close \"{step.Name}\" on {c.Key} (volume {bau[c]:#,##0} a year is below {step.ClosesBelowAnnualVolume:#,##0}) but the option keeps it open (volume {after[c]:#,##0}): its {step.AnnualCost:#,##0.00} {scenario.Currency} a year counts against the cashable saving until the option closes it."));
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
