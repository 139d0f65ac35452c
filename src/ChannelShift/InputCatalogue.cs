using System.Globalization;

namespace ChannelShift;

/// <summary>
/// The numbers of a scenario's options as inputs (<see cref="ScenarioInput"/>), each with its one JSON path and a
/// label: what the ledger reads, what a distribution, a stated range or a switching value refers to.
/// </summary>
internal static class InputCatalogue
{
    /// <summary>
    /// The channels of an option, in the order every result shows them: the baseline's, then those its shifts bring
    /// in, in order of first mention (each shift's destinations other than avoided, its source, its failure demand's
    /// return channel).
    /// </summary>
    internal static Channel[] ChannelsOf(Scenario scenario, ScenarioOption option) => ChannelsOf(scenario.Baseline, option);

    /// <summary>The channels of an option over a baseline, in the order of <see cref="ChannelsOf(Scenario, ScenarioOption)"/>.</summary>
    internal static Channel[] ChannelsOf(Baseline baseline, ScenarioOption option)
    {
        var channels = new List<Channel>(baseline.Volumes.Keys);
        void Add(Channel channel)
        {
            if (!channels.Contains(channel))
            {
                channels.Add(channel);
            }
        }

        foreach (var planned in option.Shifts)
        {
            var shift = planned.Shift;
            foreach (var part in shift.To.Parts)
            {
                if (!part.Key.IsAvoided)
                {
                    Add(part.Key);
                }
            }

            Add(shift.From);
            if (shift.FailureDemand is { } failure)
            {
                foreach (var part in failure.ReturnsTo.Parts)
                {
                    Add(part.Key);
                }
            }
        }

        return [.. channels];
    }

    /// <summary>
    /// Every number of option <paramref name="index"/> that can vary, in this order: each channel's unit cost, each
    /// channel's volume, demand growth, then per shift its share, failure-demand share (with failure demand),
    /// assisted-digital cost and years of a linear curve, then each cost's amount, then per channel with cost behaviour
    /// (in channel order) its handling time, handling-time rise, shrinkage, cost and release cost per FTE (when
    /// staffed) and each fixed step's annual and closure costs, then a constant discount rate.
    /// </summary>
    internal static List<InputDescription> Of(Scenario scenario, int index)
    {
        var option = scenario.Options[index];
        var channels = ChannelsOf(scenario, option);
        var list = new List<InputDescription>();
        foreach (var channel in channels)
        {
            list.Add(Describe(scenario, ScenarioInput.UnitCost(channel)));
        }

        foreach (var channel in channels)
        {
            list.Add(Describe(scenario, ScenarioInput.Volume(channel)));
        }

        list.Add(Describe(scenario, ScenarioInput.DemandGrowth));
        for (var s = 0; s < option.Shifts.Count; s++)
        {
            var planned = option.Shifts[s];
            list.Add(Describe(scenario, ScenarioInput.ShiftShare(index, s)));
            if (planned.Shift.FailureDemand is not null)
            {
                list.Add(Describe(scenario, ScenarioInput.FailureShare(index, s)));
            }

            list.Add(Describe(scenario, ScenarioInput.AssistedDigitalShare(index, s)));
            list.Add(Describe(scenario, ScenarioInput.AssistedDigitalCost(index, s)));
            if (planned.Adoption.IsLinear)
            {
                list.Add(Describe(scenario, ScenarioInput.AdoptionYears(index, s)));
            }
        }

        for (var c = 0; c < option.Costs.Count; c++)
        {
            list.Add(Describe(scenario, ScenarioInput.CostAmount(index, c)));
        }

        foreach (var channel in channels)
        {
            if (!scenario.CostBehaviour.TryGetValue(channel, out var behaviour))
            {
                continue;
            }

            if (behaviour.Staffing is not null)
            {
                list.Add(Describe(scenario, ScenarioInput.HandlingTime(channel)));
                list.Add(Describe(scenario, ScenarioInput.HandlingTimeRise(channel)));
                list.Add(Describe(scenario, ScenarioInput.Shrinkage(channel)));
                list.Add(Describe(scenario, ScenarioInput.CostPerFte(channel)));
                list.Add(Describe(scenario, ScenarioInput.ReleaseCostPerFte(channel)));
            }

            for (var i = 0; i < behaviour.FixedSteps.Count; i++)
            {
                list.Add(Describe(scenario, ScenarioInput.FixedStepAnnualCost(channel, i)));
                list.Add(Describe(scenario, ScenarioInput.FixedStepClosureCost(channel, i)));
            }
        }

        if (scenario.Appraisal.Discounting.IsConstant)
        {
            list.Add(Describe(scenario, ScenarioInput.DiscountRate));
        }

        return list;
    }

    /// <summary>The description of an input, or null when the scenario has no such number (an option, shift or cost
    /// that is not there, failure demand on a shift without it, the years of a curve that is not linear, a channel
    /// without a cost, a discount rate of a schedule that is not constant).</summary>
    internal static InputDescription? TryDescribe(Scenario scenario, ScenarioInput input)
    {
        var currency = scenario.Currency;
        switch (input.Kind)
        {
            case InputKind.UnitCost:
                {
                    var channel = input.Channel!;
                    return scenario.UnitCosts.Find(channel) is { } cost
                        ? new InputDescription(input, "$.unitCosts.overrides." + channel.Key, Invariant($"Cost per contact, {channel.Key} ({currency})"), cost.Amount)
                        : null;
                }

            case InputKind.Volume:
                {
                    var channel = input.Channel!;
                    return !Uses(scenario, channel)
                        ? null
                        : new InputDescription(input, VolumePath(channel), Invariant($"Baseline volume, {channel.Key} (contacts a {scenario.Baseline.Period.Key})"), scenario.Baseline.Volumes.GetValueOrDefault(channel));
                }

            case InputKind.DemandGrowth:
                return new InputDescription(input, "$.demandGrowth", "Demand growth (a fraction a year)", scenario.DemandGrowth);
            case InputKind.DiscountRate:
                return scenario.Appraisal.Discounting.IsConstant
                    ? new InputDescription(input, "$.appraisal.discounting.rate", "Discount rate (a fraction a year)", scenario.Appraisal.Discounting.RateInYear(1))
                    : null;
            case InputKind.HandlingTime or InputKind.HandlingTimeRise or InputKind.Shrinkage or InputKind.CostPerFte or InputKind.ReleaseCostPerFte:
                {
                    var channel = input.Channel!;
                    if (!scenario.CostBehaviour.TryGetValue(channel, out var behaviour) || behaviour.Staffing is not { } staffing)
                    {
                        return null;
                    }

                    var at = "$.costBehaviour." + channel.Key;
                    return input.Kind switch
                    {
                        InputKind.HandlingTime => new InputDescription(input, at + ".staffing.handlingTimeSeconds", Invariant($"Handling time, {channel.Key} (seconds)"), (decimal)staffing.HandlingTime.TotalSeconds),
                        InputKind.HandlingTimeRise => new InputDescription(input, at + ".handlingTimeRise", Invariant($"Rise in handling time at full take-up, {channel.Key} (a fraction)"), (decimal)behaviour.HandlingTimeRise),
                        InputKind.Shrinkage => new InputDescription(input, at + ".staffing.shrinkage", Invariant($"Shrinkage, {channel.Key} (a fraction of paid time)"), (decimal)staffing.Shrinkage),
                        InputKind.CostPerFte => new InputDescription(input, at + ".staffing.costPerFte", Invariant($"Cost per FTE, {channel.Key} ({currency} a year)"), staffing.CostPerFtePerYear),
                        _ => new InputDescription(input, at + ".staffing.releaseCostPerFte", Invariant($"Release cost per FTE, {channel.Key} ({currency})"), staffing.ReleaseCostPerFte),
                    };
                }

            case InputKind.FixedStepAnnualCost or InputKind.FixedStepClosureCost:
                {
                    var channel = input.Channel!;
                    if (!scenario.CostBehaviour.TryGetValue(channel, out var behaviour) || input.Item >= behaviour.FixedSteps.Count)
                    {
                        return null;
                    }

                    var step = behaviour.FixedSteps[input.Item];
                    var at = Invariant($"$.costBehaviour.{channel.Key}.fixed[{input.Item}]");
                    return input.Kind == InputKind.FixedStepAnnualCost
                        ? new InputDescription(input, at + ".annualCost", Invariant($"{step.Name}: cost a year ({currency} a year)"), step.AnnualCost)
                        : new InputDescription(input, at + ".closureCost", Invariant($"{step.Name}: cost of closing it ({currency})"), step.ClosureCost);
                }

            case InputKind.CostAmount:
                {
                    if (input.Option >= scenario.Options.Count || input.Item >= scenario.Options[input.Option].Costs.Count)
                    {
                        return null;
                    }

                    var cost = scenario.Options[input.Option].Costs[input.Item];
                    var per = cost.Type == CostType.Recurring ? " a year" : string.Empty;
                    return new InputDescription(input, Invariant($"{Prefix(scenario, input.Option)}.costs[{input.Item}].amount"), Invariant($"{OptionPrefix(scenario, input.Option)}{cost.Name} ({currency}{per})"), cost.Amount);
                }

            default:
                {
                    if (input.Option >= scenario.Options.Count || input.Item >= scenario.Options[input.Option].Shifts.Count)
                    {
                        return null;
                    }

                    var planned = scenario.Options[input.Option].Shifts[input.Item];
                    var shift = planned.Shift;
                    var at = Invariant($"{Prefix(scenario, input.Option)}.shifts[{input.Item}]");
                    var subject = OptionPrefix(scenario, input.Option) + (planned.Name ?? Invariant($"Shift {input.Item + 1} ({shift.From.Key} to {string.Join(", ", shift.To.Parts.Select(p => p.Key.Key))})"));
                    return input.Kind switch
                    {
                        InputKind.ShiftShare => new InputDescription(input, at + ".share", subject + ": share moved (a fraction)", shift.Share.Fraction),
                        InputKind.FailureShare => shift.FailureDemand is { } failure
                            ? new InputDescription(input, at + ".failureDemand.share", subject + ": failure demand (a fraction)", failure.Share.Fraction)
                            : null,
                        InputKind.AssistedDigitalShare => new InputDescription(input, at + ".assistedDigital.share", subject + ": share of the contacts moved to digital channels that need help (a fraction)", shift.AssistedDigital?.Share.Fraction ?? 0m),
                        InputKind.AssistedDigitalCost => new InputDescription(input, at + ".assistedDigital.cost", Invariant($"{subject}: cost of helping one contact ({currency})"), shift.AssistedDigital?.Cost ?? 0m),
                        InputKind.AdoptionYears => planned.Adoption.IsLinear
                            ? new InputDescription(input, at + ".adoption.years", subject + ": years to full take-up", (decimal)planned.Adoption.LinearYears)
                            : null,
                        _ => null,
                    };
                }
        }
    }

    /// <summary>The path of a channel's baseline volume in a scenario file: <c>$.baseline.volumes.KEY</c>.</summary>
    internal static string VolumePath(Channel channel) => "$.baseline.volumes." + channel.Key;

    /// <summary>The path an earlier spelling of a path stands for, when it is one of <paramref name="paths"/>: a unit
    /// cost as <c>$.unitCosts.KEY</c> (now <c>$.unitCosts.overrides.KEY</c>), a channel by an alias, or an option's
    /// shift or cost without its option (<c>$.shifts[0].share</c> in a file of options) or with it in a file of one.</summary>
    internal static string? Respelled(Scenario scenario, int option, string path, IReadOnlyList<string> paths)
    {
        var candidates = new List<string>();
        foreach (var prefix in new[] { "$.unitCosts.", "$.unitCosts.overrides.", "$.baseline.volumes." })
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal) && path.IndexOf('.', prefix.Length) < 0)
            {
                var key = path[prefix.Length..];
                var channel = Channel.TryParseBuiltIn(key, out var builtIn) ? builtIn.Key : key;
                candidates.Add((prefix == "$.baseline.volumes." ? prefix : "$.unitCosts.overrides.") + channel);
            }
        }

        var own = Prefix(scenario, option);
        foreach (var part in new[] { ".shifts[", ".costs[" })
        {
            var at = path.IndexOf(part, StringComparison.Ordinal);
            if (at >= 0 && (at == 1 || path[..at] == Invariant($"$.options[{option}]")))
            {
                candidates.Add(own + path[at..]);
            }
        }

        return candidates.FirstOrDefault(paths.Contains);
    }

    /// <summary>Where an option's shifts and costs are in a file: <c>$</c> for a file with one option written as
    /// top-level <c>shifts</c> and <c>costs</c>, else <c>$.options[k]</c>.</summary>
    private static string Prefix(Scenario scenario, int option) =>
        scenario.Options.Count == 1 && !scenario.OptionsListed ? "$" : Invariant($"$.options[{option}]");

    private static string OptionPrefix(Scenario scenario, int option) =>
        scenario.Options.Count == 1 ? string.Empty : scenario.Options[option].Name + " / ";

    private static InputDescription Describe(Scenario scenario, ScenarioInput input) =>
        TryDescribe(scenario, input) ?? throw new InvalidOperationException($"{input} is not a number of the scenario");

    /// <summary>Whether a channel is one of the channels of some option of the scenario (its baseline's or one its
    /// shifts bring in): any other channel has no volume in the scenario. (Every cost of the unit-cost set is a number
    /// of the scenario, used or not, as the file states it.)</summary>
    private static bool Uses(Scenario scenario, Channel channel)
    {
        if (scenario.Baseline.Volumes.ContainsKey(channel))
        {
            return true;
        }

        foreach (var option in scenario.Options)
        {
            if (Array.IndexOf(ChannelsOf(scenario.Baseline, option), channel) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
