namespace ChannelShift.Uncertainty;

/// <summary>A stated low–high range over which to swing a plain number in a sensitivity analysis.</summary>
/// <param name="Target">The number.</param>
/// <param name="Low">The low value.</param>
/// <param name="High">The high value.</param>
public sealed record SwingRange(InputTarget Target, double Low, double High);
