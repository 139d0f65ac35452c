namespace ChannelShift;

/// <summary>Which number of a scenario an input is (for uncertainty, sensitivity and switching values).</summary>
public enum InputKind
{
    /// <summary>A channel's cost per contact (<see cref="ScenarioInput.Channel"/>), in the file's terms (its price
    /// year).</summary>
    UnitCost = 0,

    /// <summary>A channel's baseline volume per period (<see cref="ScenarioInput.Channel"/>).</summary>
    Volume = 1,

    /// <summary>Demand growth a year, a fraction.</summary>
    DemandGrowth = 2,

    /// <summary>A shift's share (<see cref="ScenarioInput.Option"/>, <see cref="ScenarioInput.Item"/>), a fraction.</summary>
    ShiftShare = 3,

    /// <summary>A shift's failure-demand share, a fraction.</summary>
    FailureShare = 4,

    /// <summary>The cost of helping one of a shift's contacts moved to a digital destination (assisted digital).</summary>
    AssistedDigitalCost = 5,

    /// <summary>The years of a shift's linear adoption curve.</summary>
    AdoptionYears = 6,

    /// <summary>A cost's amount (<see cref="ScenarioInput.Option"/>, <see cref="ScenarioInput.Item"/>).</summary>
    CostAmount = 7,

    /// <summary>A constant discount rate, a fraction a year.</summary>
    DiscountRate = 8,

    /// <summary>The share of a shift's contacts moved to digital destinations that need help (assisted digital), a
    /// fraction.</summary>
    AssistedDigitalShare = 9,
}
