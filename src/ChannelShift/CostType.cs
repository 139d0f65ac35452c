namespace ChannelShift;

/// <summary>Whether a cost of the change is paid once or every year.</summary>
public enum CostType
{
    /// <summary>Paid once, in one year (optimism bias: the one-off uplift).</summary>
    OneOff = 0,

    /// <summary>Paid every year from a first to a last year (optimism bias: the recurring uplift).</summary>
    Recurring = 1,
}
