namespace ChannelShift.Appraisal;

/// <summary>One reading of the BDO claim: an estimate and whether its saving is over £2 million.</summary>
public sealed class BdoCase
{
    internal BdoCase(string key, string description, EstimateResult estimate, decimal saving, bool annual)
    {
        Key = key;
        Description = description;
        Estimate = estimate;
        Saving = MoneyRounding.ToPenny(saving);
        IsAnnual = annual;
    }

    /// <summary>A stable key, e.g. <c>web-socitm-2010</c>.</summary>
    public string Key { get; }

    /// <summary>What the reading assumes, in plain words.</summary>
    public string Description { get; }

    /// <summary>The estimate behind the reading.</summary>
    public EstimateResult Estimate { get; }

    /// <summary>The saving of the reading: a year, or a month for the per-month reading (rounded to the penny).</summary>
    public decimal Saving { get; }

    /// <summary>True when <see cref="Saving"/> is a year's saving; false for the per-month reading.</summary>
    public bool IsAnnual { get; }

    /// <summary>Whether the saving is over £2 million (<see cref="BdoClaim.Threshold"/>).</summary>
    public bool MeetsClaim => Saving > BdoClaim.Threshold;
}
