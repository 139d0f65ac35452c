using System.Numerics;
using ChannelShift.Staffing;

namespace ChannelShift.Appraisal;

/// <summary>
/// One option of a scenario compiled for the <see cref="Ledger"/>: its channels as indexes, its shifts and costs as
/// terms over input slots, its cost behaviour, and the constants of the appraisal. Slot i of an input vector holds
/// the value of <see cref="Inputs"/>[i] (in the file's terms: a unit cost in the prices of its own year); the decimal
/// appraisal fills it with the scenario's point values, Monte Carlo and sensitivity with draws or swings. Built once
/// per appraisal or run, never cached beyond it; immutable and thread-safe once built.
/// </summary>
internal sealed class LedgerPlan
{
    private LedgerConstants<decimal>? decimals;
    private LedgerConstants<double>? doubles;

    /// <summary>Compiles option <paramref name="optionIndex"/> of a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="optionIndex">The option's index.</param>
    /// <param name="forSimulation">Whether staffing is read from a grid of traffic thresholds built once (a simulation evaluates
    /// the same staffing millions of times) rather than computed directly.</param>
    internal LedgerPlan(Scenario scenario, int optionIndex, bool forSimulation = false)
    {
        Scenario = scenario;
        OptionIndex = optionIndex;
        var option = scenario.Options[optionIndex];
        Option = option;
        var settings = scenario.Appraisal;
        Years = settings.Years;
        Channels = InputCatalogue.ChannelsOf(scenario, option);
        Inputs = scenario.InputsOf(optionIndex);
        var slotOf = new Dictionary<ScenarioInput, int>();
        for (var i = 0; i < Inputs.Count; i++)
        {
            slotOf[Inputs[i].Input] = i;
        }

        int Slot(ScenarioInput input) => slotOf.TryGetValue(input, out var slot) ? slot : -1;
        SlotOf = Slot;

        UnitCostSlot = Array.ConvertAll(Channels, c => Slot(ScenarioInput.UnitCost(c)));
        VolumeSlot = Array.ConvertAll(Channels, c => Slot(ScenarioInput.Volume(c)));
        GrowthSlot = Slot(ScenarioInput.DemandGrowth);
        RateSlot = Slot(ScenarioInput.DiscountRate);
        PeriodsPerYear = scenario.Baseline.Period.PeriodsPerYear;
        UnitCostRebasing = Array.ConvertAll(Channels, c =>
        {
            var cost = scenario.UnitCosts.Find(c)!;
            return settings.Deflator is { } deflator && settings.PriceBaseYear is { } target && cost.Provenance.PriceYear != target
                ? deflator.Rebasing(cost.Provenance.PriceYear, target)
                : default;
        });

        Shifts = new ShiftTerm[option.Shifts.Count];
        for (var s = 0; s < Shifts.Length; s++)
        {
            var planned = option.Shifts[s];
            var shift = planned.Shift;
            var destinations = shift.To.Parts.Where(p => !p.Key.IsAvoided).ToArray();
            var returns = shift.FailureDemand?.ReturnsTo.Parts.ToArray() ?? [];
            Shifts[s] = new ShiftTerm
            {
                From = Array.IndexOf(Channels, shift.From),
                Destinations = Array.ConvertAll(destinations, p => Array.IndexOf(Channels, p.Key)),
                Fractions = Array.ConvertAll(destinations, p => p.Value.Fraction),
                IsDigital = Array.ConvertAll(destinations, p => scenario.UnitCosts.IsDigital(p.Key)),
                Digital = shift.DigitalFraction(scenario.UnitCosts),
                Returns = Array.ConvertAll(returns, p => Array.IndexOf(Channels, p.Key)),
                ReturnFractions = Array.ConvertAll(returns, p => p.Value.Fraction),
                Ceiling = 1m - planned.DigitalExclusion,
                ShareSlot = Slot(ScenarioInput.ShiftShare(optionIndex, s)),
                FailureSlot = Slot(ScenarioInput.FailureShare(optionIndex, s)),
                AssistedShareSlot = Slot(ScenarioInput.AssistedDigitalShare(optionIndex, s)),
                AssistedCostSlot = Slot(ScenarioInput.AssistedDigitalCost(optionIndex, s)),
                YearsSlot = planned.Adoption.IsLinear ? Slot(ScenarioInput.AdoptionYears(optionIndex, s)) : -1,
                Adoption = planned.Adoption,
            };
        }

        Costs = new CostTerm[option.Costs.Count];
        for (var c = 0; c < Costs.Length; c++)
        {
            var item = option.Costs[c];
            Costs[c] = new CostTerm(item.FromYear, item.ToYear ?? Years, item.Type == CostType.OneOff, Slot(ScenarioInput.CostAmount(optionIndex, c)), item.Funding == Funding.Capital);
        }

        HasCostBehaviour = scenario.CostBehaviour.Count > 0;
        Behaviour = new BehaviourTerm?[Channels.Length];
        // A staffing grid's tables first cover the channel's own volume grown over the years, with a quarter to spare;
        // a draw beyond (more demand, contacts moved onto the channel) extends them.
        var growthMax = Math.Pow(1 + Math.Max(0, (double)scenario.DemandGrowth), Years) * 1.25;
        var stepIndex = 0;
        var annualSlots = new List<int>();
        var closureSlots = new List<int>();
        for (var c = 0; c < Channels.Length; c++)
        {
            if (!scenario.CostBehaviour.TryGetValue(Channels[c], out var behaviour))
            {
                continue;
            }

            var curve = behaviour.Staffing is not { } staffing
                ? null
                : forSimulation
                    ? StaffingCurve.Gridded(staffing, behaviour.HandlingTimeRise, (double)scenario.Baseline.AnnualVolume(Channels[c]) * growthMax, Channels[c])
                    : StaffingCurve.Direct(staffing, behaviour.HandlingTimeRise, Channels[c]);
            var channel = Channels[c];
            Behaviour[c] = new BehaviourTerm(1m - behaviour.VariableShare, curve, behaviour.FixedSteps.ToArray(), stepIndex)
            {
                HandlingSlot = Slot(ScenarioInput.HandlingTime(channel)),
                RiseSlot = Slot(ScenarioInput.HandlingTimeRise(channel)),
                ShrinkageSlot = Slot(ScenarioInput.Shrinkage(channel)),
                CostPerFteSlot = Slot(ScenarioInput.CostPerFte(channel)),
                ReleaseCostSlot = Slot(ScenarioInput.ReleaseCostPerFte(channel)),
            };
            for (var i = 0; i < behaviour.FixedSteps.Count; i++)
            {
                annualSlots.Add(Slot(ScenarioInput.FixedStepAnnualCost(channel, i)));
                closureSlots.Add(Slot(ScenarioInput.FixedStepClosureCost(channel, i)));
            }

            stepIndex += behaviour.FixedSteps.Count;
        }

        StepCount = stepIndex;
        StepAnnualCostSlot = [.. annualSlots];
        StepClosureCostSlot = [.. closureSlots];
        var bias = settings.OptimismBias;
        OneOffFactor = 1m + bias.OneOff;
        RecurringFactor = 1m + bias.Recurring;
        Keep = 1m - bias.Benefits;
        HasHaircut = bias.Benefits != 0m;
        DecimalFactors = settings.Discounting.AppraisalFactors(Years);
        DoubleFactors = settings.Discounting.FactorsAsDouble(Years);
    }

    /// <summary>The scenario.</summary>
    internal Scenario Scenario { get; }

    /// <summary>The option.</summary>
    internal ScenarioOption Option { get; }

    /// <summary>The option's index in the scenario.</summary>
    internal int OptionIndex { get; }

    /// <summary>The last year: years 0 … <see cref="Years"/>.</summary>
    internal int Years { get; }

    /// <summary>The option's channels (<see cref="InputCatalogue.ChannelsOf(Scenario, ScenarioOption)"/>).</summary>
    internal Channel[] Channels { get; }

    /// <summary>The inputs, one per slot.</summary>
    internal IReadOnlyList<InputDescription> Inputs { get; }

    /// <summary>The slot of an input, or −1 when the option has no such number.</summary>
    internal Func<ScenarioInput, int> SlotOf { get; }

    internal int[] UnitCostSlot { get; }

    internal int[] VolumeSlot { get; }

    internal int GrowthSlot { get; }

    /// <summary>The slot of a constant discount rate, or −1.</summary>
    internal int RateSlot { get; }

    internal decimal PeriodsPerYear { get; }

    internal Rebasing[] UnitCostRebasing { get; }

    internal ShiftTerm[] Shifts { get; }

    internal CostTerm[] Costs { get; }

    /// <summary>Whether the scenario has any cost behaviour (then the cashable saving is computed for every year).</summary>
    internal bool HasCostBehaviour { get; }

    /// <summary>Whether one of this option's channels has cost behaviour (so cashable values can differ).</summary>
    internal bool ChannelsHaveCostBehaviour => Behaviour.Any(b => b is not null);

    /// <summary>Whether a channel of the plan is staffed (FTE are computed).</summary>
    internal bool HasStaffing => Behaviour.Any(b => b?.Staffing is not null);

    /// <summary>Each channel's cost behaviour, or null.</summary>
    internal BehaviourTerm?[] Behaviour { get; }

    /// <summary>The fixed steps of all channels.</summary>
    internal int StepCount { get; }

    /// <summary>The slot of each fixed step's annual cost, numbered among all the option's steps.</summary>
    internal int[] StepAnnualCostSlot { get; }

    /// <summary>The slot of each fixed step's closure cost, numbered among all the option's steps.</summary>
    internal int[] StepClosureCostSlot { get; }

    internal decimal OneOffFactor { get; }

    internal decimal RecurringFactor { get; }

    internal decimal Keep { get; }

    internal bool HasHaircut { get; }

    /// <summary>The schedule's discount factors as the decimal appraisal holds them (12 decimal places).</summary>
    internal decimal[] DecimalFactors { get; }

    /// <summary>The schedule's discount factors in double (the unrounded decimal factors, converted).</summary>
    internal double[] DoubleFactors { get; }

    /// <summary>The point value of every slot, as <typeparamref name="T"/>.</summary>
    internal T[] PointValues<T>()
        where T : struct, INumber<T> => Constants<T>().PointValues;

    /// <summary>The plan's constants as <typeparamref name="T"/> (decimal or double), made once.</summary>
    internal LedgerConstants<T> Constants<T>()
        where T : struct, INumber<T>
    {
        if (typeof(T) == typeof(decimal))
        {
            return (LedgerConstants<T>)(object)(decimals ??= new LedgerConstants<decimal>(this, DecimalFactors));
        }

        if (typeof(T) == typeof(double))
        {
            return (LedgerConstants<T>)(object)(doubles ??= new LedgerConstants<double>(this, DoubleFactors));
        }

        throw new NotSupportedException($"The ledger computes in decimal or double, not {typeof(T).Name}.");
    }

    /// <summary>A shift of the option: its channels as indexes, its constant terms and its input slots.</summary>
    internal sealed class ShiftTerm
    {
        internal required int From { get; init; }

        /// <summary>The destinations other than avoided, as channel indexes.</summary>
        internal required int[] Destinations { get; init; }

        /// <summary>Each destination's share of the contacts moved.</summary>
        internal required decimal[] Fractions { get; init; }

        /// <summary>Whether each destination is a digital channel.</summary>
        internal required bool[] IsDigital { get; init; }

        /// <summary>D: the share of the contacts moved that go to digital destinations (failure demand and assisted
        /// digital act on them, and digital exclusion caps them).</summary>
        internal required decimal Digital { get; init; }

        /// <summary>The channels failed contacts come back on (empty without failure demand).</summary>
        internal required int[] Returns { get; init; }

        /// <summary>The share of the failed contacts that come back on each of <see cref="Returns"/>.</summary>
        internal required decimal[] ReturnFractions { get; init; }

        /// <summary>1 − digital exclusion: the largest share of the source's volume that can move to digital
        /// destinations.</summary>
        internal required decimal Ceiling { get; init; }

        internal required int ShareSlot { get; init; }

        /// <summary>The failure-demand share's slot, or −1 without failure demand.</summary>
        internal required int FailureSlot { get; init; }

        internal required int AssistedShareSlot { get; init; }

        internal required int AssistedCostSlot { get; init; }

        /// <summary>The slot of a linear curve's years, or −1.</summary>
        internal required int YearsSlot { get; init; }

        internal required AdoptionCurve Adoption { get; init; }
    }

    /// <summary>A cost of the option: paid in years <see cref="From"/> to <see cref="To"/>.</summary>
    internal readonly record struct CostTerm(int From, int To, bool OneOff, int AmountSlot, bool Capital);

    /// <summary>A channel's cost behaviour: the share of its unit cost that is not variable, its staffing, its fixed
    /// steps (numbered from <see cref="FirstStep"/> among all the option's steps), and the slots of its staffing
    /// inputs (−1 without staffing).</summary>
    internal sealed record BehaviourTerm(decimal FixedShare, StaffingCurve? Staffing, FixedStep[] Steps, int FirstStep)
    {
        internal int HandlingSlot { get; init; } = -1;

        internal int RiseSlot { get; init; } = -1;

        internal int ShrinkageSlot { get; init; } = -1;

        internal int CostPerFteSlot { get; init; } = -1;

        internal int ReleaseCostSlot { get; init; } = -1;
    }
}
