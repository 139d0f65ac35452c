namespace ChannelShift.Appraisal;

/// <summary>What a line of an estimate's calculation is.</summary>
public enum FlowKind
{
    /// <summary>Contacts moved from the source channel to one destination (a channel, or avoided).</summary>
    Destination = 0,

    /// <summary>Moved contacts that fail and come back once more on the return channel: nothing is removed, the return
    /// channel's cost is added.</summary>
    FailureDemand = 1,

    /// <summary>Help for people who need it to use the new channel, per contact moved to a destination other than
    /// avoided: nothing is removed, the assisted-digital cost is added.</summary>
    AssistedDigital = 2,
}
