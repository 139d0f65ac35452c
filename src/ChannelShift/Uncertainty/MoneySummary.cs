namespace ChannelShift.Uncertainty;

/// <summary>
/// The distribution of a money result over the iterations: mean, sample standard deviation (n − 1) and exact
/// percentiles (linear interpolation between order statistics, as numpy's default and a spreadsheet's
/// PERCENTILE.INC). Converted from the simulation's doubles at one boundary (<see cref="SimulationBoundary"/>) and rounded
/// to the penny.
/// </summary>
/// <param name="Mean">The mean.</param>
/// <param name="StdDev">The sample standard deviation (n − 1); 0 for a single iteration.</param>
/// <param name="P5">The 5th percentile.</param>
/// <param name="P10">The 10th percentile.</param>
/// <param name="P50">The median.</param>
/// <param name="P90">The 90th percentile.</param>
/// <param name="P95">The 95th percentile.</param>
public sealed record MoneySummary(decimal Mean, decimal StdDev, decimal P5, decimal P10, decimal P50, decimal P90, decimal P95);
