namespace ChannelShift.Uncertainty;

/// <summary>One year of the fan of cumulative present value: its P10, P50 and P90 over the iterations (or over the stored
/// subsample of them; see <see cref="SimulationResult.FanIterations"/>).</summary>
public sealed record FanYear
{
    /// <summary>Creates one.</summary>
    /// <param name="year">The year (0 … N).</param>
    /// <param name="label">Its label.</param>
    /// <param name="p10">The 10th percentile of cumulative present value.</param>
    /// <param name="p50">The median.</param>
    /// <param name="p90">The 90th percentile.</param>
    public FanYear(int year, string label, decimal p10, decimal p50, decimal p90)
    {
        Year = year;
        Label = label;
        P10 = p10;
        P50 = p50;
        P90 = p90;
    }

    /// <summary>The year (0 … N).</summary>
    public int Year { get; init; }

    /// <summary>Its label.</summary>
    public string Label { get; init; }

    /// <summary>The 10th percentile of cumulative present value.</summary>
    public decimal P10 { get; init; }

    /// <summary>The median.</summary>
    public decimal P50 { get; init; }

    /// <summary>The 90th percentile.</summary>
    public decimal P90 { get; init; }
}
