namespace ChannelShift.Appraisal;

/// <summary>A warning: the unit costs are at the prices of one year, the appraisal is in another's terms, and no GDP
/// deflator rebases them; the figures are at the unit costs' prices.</summary>
public sealed class PriceYearDiffersNote : AppraisalNote
{
    internal PriceYearDiffersNote(int priceYear, int appraisalYear)
    {
        PriceYear = priceYear;
        AppraisalYear = appraisalYear;
    }

    /// <inheritdoc/>
    public override string Code => "price-year-differs";

    /// <summary>The price year of the unit costs.</summary>
    public int PriceYear { get; }

    /// <summary>The appraisal's price base year, or its first year when it has none.</summary>
    public int AppraisalYear { get; }

    /// <inheritdoc/>
    public override string Message => FormattableString.Invariant($"Warning: the unit costs are at {PriceYear} prices but the appraisal is in {AppraisalYear} terms, and no GDP deflator is given; give appraisal.gdpDeflator to rebase them (the figures below are at {PriceYear} prices).");
}
