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

    /// <summary>A staffed channel's average handling time (<see cref="ScenarioInput.Channel"/>), seconds.</summary>
    HandlingTime = 10,

    /// <summary>How much a staffed channel's handling time rises at full take-up, a fraction.</summary>
    HandlingTimeRise = 11,

    /// <summary>A staffed channel's shrinkage: the share of paid time not available to answer, a fraction.</summary>
    Shrinkage = 12,

    /// <summary>What one FTE of a staffed channel costs a year.</summary>
    CostPerFte = 13,

    /// <summary>The one-off cost of releasing one FTE of a staffed channel.</summary>
    ReleaseCostPerFte = 14,

    /// <summary>A fixed step's cost a year (<see cref="ScenarioInput.Channel"/>, <see cref="ScenarioInput.Item"/>: the
    /// step's index in the channel's list).</summary>
    FixedStepAnnualCost = 15,

    /// <summary>A fixed step's one-off cost of closing it.</summary>
    FixedStepClosureCost = 16,
}
