namespace ChannelShift;

/// <summary>Which number of a scenario an input is (for uncertainty and sensitivity).</summary>
public enum InputKind
{
    /// <summary>A channel's cost per contact (<see cref="InputTarget.Channel"/>).</summary>
    UnitCost = 0,

    /// <summary>A channel's baseline volume per period (<see cref="InputTarget.Channel"/>).</summary>
    Volume = 1,

    /// <summary>Demand growth a year.</summary>
    DemandGrowth = 2,

    /// <summary>A shift's share (<see cref="InputTarget.Option"/>, <see cref="InputTarget.Index"/>).</summary>
    ShiftShare = 3,

    /// <summary>A shift's failure-demand share.</summary>
    FailureShare = 4,

    /// <summary>A shift's assisted-digital cost per contact moved.</summary>
    AssistedDigital = 5,

    /// <summary>The years of a shift's linear adoption curve.</summary>
    AdoptionYears = 6,

    /// <summary>A cost's amount (<see cref="InputTarget.Option"/>, <see cref="InputTarget.Index"/>).</summary>
    CostAmount = 7,

    /// <summary>A constant discount rate.</summary>
    DiscountRate = 8,
}
