namespace ChannelShift.Cli.Charts;

/// <summary>
/// The percentiles of NPV marked on the histogram, in the scenario's currency, as the simulation computed them (from
/// every iteration, not from the sample the histogram draws). Expected in order: P5 ≤ P10 ≤ P50 ≤ P90 ≤ P95.
/// </summary>
internal sealed record NpvPercentiles(double P5, double P10, double P50, double P90, double P95);
