namespace ChannelShift.Uncertainty;

/// <summary>One year of the fan of cumulative present value: its P10, P50 and P90 over the iterations (or over the stored
/// subsample of them; see <see cref="SimulationResult.FanIterations"/>).</summary>
/// <param name="Year">The year (0 … N).</param>
/// <param name="Label">Its label.</param>
/// <param name="P10">The 10th percentile of cumulative present value.</param>
/// <param name="P50">The median.</param>
/// <param name="P90">The 90th percentile.</param>
public sealed record FanYear(int Year, string Label, decimal P10, decimal P50, decimal P90);
