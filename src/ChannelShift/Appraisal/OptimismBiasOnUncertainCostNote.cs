using System.Globalization;

namespace ChannelShift.Appraisal;

/// <summary>A warning: a cost is given as a distribution and also carries an optimism-bias uplift. The Green Book
/// (Supplementary Guidance: Optimism Bias) reduces the uplift as the risks it stands for are quantified, so counting
/// both on the same cost counts the same risk twice.</summary>
public sealed class OptimismBiasOnUncertainCostNote : AppraisalNote
{
    internal OptimismBiasOnUncertainCostNote(InputDescription cost, decimal uplift)
    {
        Cost = cost;
        Uplift = uplift;
    }

    /// <inheritdoc/>
    public override string Code => "optimism-bias-on-uncertain-cost";

    /// <summary>The cost, with its path and label.</summary>
    public InputDescription Cost { get; }

    /// <summary>The uplift applied to it, as a fraction.</summary>
    public decimal Uplift { get; }

    /// <inheritdoc/>
    public override string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"Warning: {Cost.Label} ({Cost.Path}) has a distribution and an optimism-bias uplift of {Uplift * 100m:0.##}%; the Green Book reduces optimism bias as risks are quantified, so lower the uplift on a cost whose risks the distribution already states.");
}
