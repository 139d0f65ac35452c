namespace ChannelShift.Appraisal;

/// <summary>The BDO claim reproduced: the most likely reading, every reading, and the break-even cost per visit.</summary>
public sealed class BdoReproduction
{
    internal BdoReproduction(EstimateResult headline, IReadOnlyList<BdoCase> cases, decimal breakEvenCostPerVisit)
    {
        Headline = headline;
        Cases = Array.AsReadOnly(cases.ToArray());
        BreakEvenCostPerVisit = breakEvenCostPerVisit;
    }

    /// <summary>The most likely reading: 300,000 visits a year no longer needed at £7.40 (Socitm 2010) = £2,220,000.</summary>
    public EstimateResult Headline { get; }

    /// <summary>Every reading, the most likely first.</summary>
    public IReadOnlyList<BdoCase> Cases { get; }

    /// <summary>The cost per visit removed at which the saving is exactly £2 million: 2,000,000 ÷ 300,000 = 6.666…
    /// (not rounded; £6.67 to the penny).</summary>
    public decimal BreakEvenCostPerVisit { get; }
}
