namespace ChannelShift.Cli.Charts;

/// <summary>What the height of a histogram bar shows.</summary>
internal enum HistogramScale
{
    /// <summary>The number of iterations in the bin (y axis "Iterations").</summary>
    Count,

    /// <summary>The share of all iterations in the bin, shown as a percentage (y axis "Share of iterations").</summary>
    Share,
}
