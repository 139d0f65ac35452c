namespace ChannelShift.Appraisal;

/// <summary>A warning: the unit costs are at the prices of different years and no GDP deflator brings them to one
/// price base (HM Treasury Green Book: an appraisal is in the real prices of one base year).</summary>
public sealed class MixedPriceYearsNote : AppraisalNote
{
    internal MixedPriceYearsNote(IReadOnlyList<int> priceYears) => PriceYears = Array.AsReadOnly(priceYears.ToArray());

    /// <inheritdoc/>
    public override string Code => "mixed-price-years";

    /// <summary>The price years of the unit costs, in order.</summary>
    public IReadOnlyList<int> PriceYears { get; }

    /// <inheritdoc/>
    public override string Message => FormattableString.Invariant($"Warning: the unit costs are at the prices of different years ({string.Join(", ", PriceYears)}) and no GDP deflator is given to bring them to one price base; give appraisal.priceBaseYear and appraisal.gdpDeflator.");
}
