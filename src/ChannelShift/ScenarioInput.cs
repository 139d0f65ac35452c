using System.Globalization;

namespace ChannelShift;

/// <summary>
/// A number of a scenario that can be uncertain, swung in a sensitivity analysis or solved for as a switching value:
/// its kind and the channel, option and item it belongs to. A handle is the same for every scenario; a scenario gives
/// it a JSON path and a label (<see cref="Scenario.Describe"/>). Immutable; equal when kind, channel, option and item
/// are equal.
/// </summary>
public sealed class ScenarioInput : IEquatable<ScenarioInput>
{
    private ScenarioInput(InputKind kind, Channel? channel, int option, int item)
    {
        Kind = kind;
        Channel = channel;
        Option = option;
        Item = item;
    }

    /// <summary>Demand growth a year (<c>$.demandGrowth</c>).</summary>
    public static ScenarioInput DemandGrowth { get; } = new(InputKind.DemandGrowth, null, 0, 0);

    /// <summary>A constant discount rate (<c>$.appraisal.discounting.rate</c>); only a scenario discounted at a
    /// constant rate has it.</summary>
    public static ScenarioInput DiscountRate { get; } = new(InputKind.DiscountRate, null, 0, 0);

    /// <summary>Which number it is.</summary>
    public InputKind Kind { get; }

    /// <summary>The channel of a unit cost, a volume, a staffing input or a fixed step; null otherwise.</summary>
    public Channel? Channel { get; }

    /// <summary>The option (0-based, in the scenario's order) of a shift's or a cost's input; 0 otherwise.</summary>
    public int Option { get; }

    /// <summary>The shift's or cost's index (0-based) within its option, or a fixed step's within its channel's list; 0
    /// otherwise.</summary>
    public int Item { get; }

    /// <summary>A channel's cost per contact (<c>$.unitCosts.overrides.KEY</c>, whether or not the file overrides
    /// it), in the prices of its own year.</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput UnitCost(Channel channel) => new(InputKind.UnitCost, Channelled(channel), 0, 0);

    /// <summary>A channel's baseline volume per period (<c>$.baseline.volumes.KEY</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput Volume(Channel channel) => new(InputKind.Volume, Channelled(channel), 0, 0);

    /// <summary>A shift's share (<c>$.shifts[i].share</c>, or <c>$.options[k].shifts[i].share</c>).</summary>
    /// <param name="option">The option's index, 0 or more.</param>
    /// <param name="shift">The shift's index within the option, 0 or more.</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput ShiftShare(int option, int shift) => ForItem(InputKind.ShiftShare, option, shift);

    /// <summary>A shift's failure-demand share (<c>….shifts[i].failureDemand.share</c>).</summary>
    /// <param name="option">The option's index, 0 or more.</param>
    /// <param name="shift">The shift's index within the option, 0 or more.</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput FailureShare(int option, int shift) => ForItem(InputKind.FailureShare, option, shift);

    /// <summary>The cost of helping one contact moved to a digital destination by a shift (assisted digital).</summary>
    /// <param name="option">The option's index.</param>
    /// <param name="shift">The shift's index in the option.</param>
    /// <returns>The input.</returns>
    public static ScenarioInput AssistedDigitalCost(int option, int shift) => ForItem(InputKind.AssistedDigitalCost, option, shift);

    /// <summary>The share of a shift's contacts moved to digital destinations that need help (assisted digital).</summary>
    /// <param name="option">The option's index.</param>
    /// <param name="shift">The shift's index in the option.</param>
    /// <returns>The input.</returns>
    public static ScenarioInput AssistedDigitalShare(int option, int shift) => ForItem(InputKind.AssistedDigitalShare, option, shift);

    /// <summary>The years of a shift's linear adoption curve (<c>….shifts[i].adoption.years</c>).</summary>
    /// <param name="option">The option's index, 0 or more.</param>
    /// <param name="shift">The shift's index within the option, 0 or more.</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput AdoptionYears(int option, int shift) => ForItem(InputKind.AdoptionYears, option, shift);

    /// <summary>A cost's amount (<c>$.costs[i].amount</c>, or <c>$.options[k].costs[i].amount</c>).</summary>
    /// <param name="option">The option's index, 0 or more.</param>
    /// <param name="cost">The cost's index within the option, 0 or more.</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput CostAmount(int option, int cost) => ForItem(InputKind.CostAmount, option, cost);

    /// <inheritdoc/>
    public bool Equals(ScenarioInput? other) =>
        other is not null && Kind == other.Kind && Channel == other.Channel && Option == other.Option && Item == other.Item;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScenarioInput);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Channel, Option, Item);

    /// <summary>The handle in words, e.g. <c>UnitCost(face-to-face)</c> or <c>ShiftShare(option 0, item 1)</c>
    /// (a scenario's <see cref="Scenario.Describe"/> gives its path and label).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Channel is not null
        ? Kind is InputKind.FixedStepAnnualCost or InputKind.FixedStepClosureCost
            ? string.Create(CultureInfo.InvariantCulture, $"{Kind}({Channel.Key}, step {Item})")
            : string.Create(CultureInfo.InvariantCulture, $"{Kind}({Channel.Key})")
        : Kind is InputKind.DemandGrowth or InputKind.DiscountRate
            ? Kind.ToString()
            : string.Create(CultureInfo.InvariantCulture, $"{Kind}(option {Option}, item {Item})");

    /// <summary>A staffed channel's average handling time, seconds
    /// (<c>$.costBehaviour.KEY.staffing.handlingTimeSeconds</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput HandlingTime(Channel channel) => new(InputKind.HandlingTime, Channelled(channel), 0, 0);

    /// <summary>How much a staffed channel's handling time rises at full take-up, a fraction
    /// (<c>$.costBehaviour.KEY.handlingTimeRise</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput HandlingTimeRise(Channel channel) => new(InputKind.HandlingTimeRise, Channelled(channel), 0, 0);

    /// <summary>A staffed channel's shrinkage, a fraction (<c>$.costBehaviour.KEY.staffing.shrinkage</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput Shrinkage(Channel channel) => new(InputKind.Shrinkage, Channelled(channel), 0, 0);

    /// <summary>What one FTE of a staffed channel costs a year (<c>$.costBehaviour.KEY.staffing.costPerFte</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput CostPerFte(Channel channel) => new(InputKind.CostPerFte, Channelled(channel), 0, 0);

    /// <summary>The one-off cost of releasing one FTE of a staffed channel
    /// (<c>$.costBehaviour.KEY.staffing.releaseCostPerFte</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput ReleaseCostPerFte(Channel channel) => new(InputKind.ReleaseCostPerFte, Channelled(channel), 0, 0);

    /// <summary>A fixed step's cost a year (<c>$.costBehaviour.KEY.fixed[i].annualCost</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <param name="step">The step's index in the channel's list, 0 or more.</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput FixedStepAnnualCost(Channel channel, int step) => ForStep(InputKind.FixedStepAnnualCost, channel, step);

    /// <summary>A fixed step's one-off cost of closing it (<c>$.costBehaviour.KEY.fixed[i].closureCost</c>).</summary>
    /// <param name="channel">The channel (not avoided).</param>
    /// <param name="step">The step's index in the channel's list, 0 or more.</param>
    /// <returns>The handle.</returns>
    public static ScenarioInput FixedStepClosureCost(Channel channel, int step) => ForStep(InputKind.FixedStepClosureCost, channel, step);

    /// <summary>Whether two handles are the same number.</summary>
    /// <param name="left">A handle.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ScenarioInput? left, ScenarioInput? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two handles are different numbers.</summary>
    /// <param name="left">A handle.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ScenarioInput? left, ScenarioInput? right) => !(left == right);

    private static Channel Channelled(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.IsAvoided)
        {
            throw Preconditions.Fail("channel", ProblemCodes.Inconsistent, "\"avoided\" has no cost or volume", "a channel such as face-to-face", null);
        }

        return channel;
    }

    private static ScenarioInput ForStep(InputKind kind, Channel channel, int step)
    {
        Preconditions.AtLeast(step, 0, nameof(step));
        return new ScenarioInput(kind, Channelled(channel), 0, step);
    }

    private static ScenarioInput ForItem(InputKind kind, int option, int item)
    {
        Preconditions.AtLeast(option, 0, nameof(option));
        Preconditions.AtLeast(item, 0, nameof(item));
        return new ScenarioInput(kind, null, option, item);
    }
}
