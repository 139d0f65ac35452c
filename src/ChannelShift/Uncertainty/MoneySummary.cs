namespace ChannelShift.Uncertainty;

/// <summary>
/// The distribution of a money result over the iterations: mean, sample standard deviation (n − 1) and exact
/// percentiles (linear interpolation between order statistics, as numpy's default and a spreadsheet's
/// PERCENTILE.INC). Converted from the simulation's doubles at one boundary (<see cref="SimulationBoundary"/>) and rounded
/// to the penny.
/// </summary>
public sealed record MoneySummary
{
    /// <summary>Creates one.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="stdDev">The sample standard deviation (n − 1); 0 for a single iteration.</param>
    /// <param name="p5">The 5th percentile.</param>
    /// <param name="p10">The 10th percentile.</param>
    /// <param name="p50">The median.</param>
    /// <param name="p90">The 90th percentile.</param>
    /// <param name="p95">The 95th percentile.</param>
    public MoneySummary(decimal mean, decimal stdDev, decimal p5, decimal p10, decimal p50, decimal p90, decimal p95)
    {
        Mean = mean;
        StdDev = stdDev;
        P5 = p5;
        P10 = p10;
        P50 = p50;
        P90 = p90;
        P95 = p95;
    }

    /// <summary>The mean.</summary>
    public decimal Mean { get; init; }

    /// <summary>The sample standard deviation (n − 1); 0 for a single iteration.</summary>
    public decimal StdDev { get; init; }

    /// <summary>The 5th percentile.</summary>
    public decimal P5 { get; init; }

    /// <summary>The 10th percentile.</summary>
    public decimal P10 { get; init; }

    /// <summary>The median.</summary>
    public decimal P50 { get; init; }

    /// <summary>The 90th percentile.</summary>
    public decimal P90 { get; init; }

    /// <summary>The 95th percentile.</summary>
    public decimal P95 { get; init; }
}
