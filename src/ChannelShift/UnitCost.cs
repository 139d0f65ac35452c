namespace ChannelShift;

/// <summary>The cost of one contact on one channel, in the provenance's currency at its price year, with its source.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Amount">The cost per contact (0 or more), in <see cref="Provenance.Currency"/>.</param>
/// <param name="Provenance">Where the figure comes from.</param>
public sealed record UnitCost(Channel Channel, decimal Amount, Provenance Provenance);
