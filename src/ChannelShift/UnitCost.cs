namespace ChannelShift;

/// <summary>The cost of one contact on one channel, in the provenance's currency at its price year, with its source.</summary>
public sealed record UnitCost
{
    /// <summary>Creates one.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="amount">The cost per contact (0 or more), in <see cref="Provenance.Currency"/>.</param>
    /// <param name="provenance">Where the figure comes from.</param>
    public UnitCost(Channel channel, decimal amount, Provenance provenance)
    {
        Channel = channel;
        Amount = amount;
        Provenance = provenance;
    }

    /// <summary>The channel.</summary>
    public Channel Channel { get; init; }

    /// <summary>The cost per contact (0 or more), in <see cref="Provenance.Currency"/>.</summary>
    public decimal Amount { get; init; }

    /// <summary>Where the figure comes from.</summary>
    public Provenance Provenance { get; init; }
}
