namespace ChannelShift;

/// <summary>One option of a business case: its shifts and its costs, appraised against business as usual (no shift,
/// no cost) on the scenario's shared baseline.</summary>
public sealed class ScenarioOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="shifts">Its shifts (possibly none: an option of costs only).</param>
    /// <param name="costs">Its costs (possibly none).</param>
    public ScenarioOption(string name, IReadOnlyList<PlannedShift> shifts, IReadOnlyList<CostItem> costs)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(shifts);
        ArgumentNullException.ThrowIfNull(costs);
        Name = name;
        Shifts = Array.AsReadOnly(shifts.ToArray());
        Costs = Array.AsReadOnly(costs.ToArray());
    }

    /// <summary>The option's name.</summary>
    public string Name { get; }

    /// <summary>Its shifts.</summary>
    public IReadOnlyList<PlannedShift> Shifts { get; }

    /// <summary>Its costs.</summary>
    public IReadOnlyList<CostItem> Costs { get; }

    /// <summary>A copy with other shifts.</summary>
    /// <param name="shifts">The shifts.</param>
    /// <returns>The new option.</returns>
    public ScenarioOption WithShifts(IReadOnlyList<PlannedShift> shifts) => new(Name, shifts, Costs);

    /// <summary>A copy with other costs.</summary>
    /// <param name="costs">The costs.</param>
    /// <returns>The new option.</returns>
    public ScenarioOption WithCosts(IReadOnlyList<CostItem> costs) => new(Name, Shifts, costs);
}
