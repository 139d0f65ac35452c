namespace ChannelShift.Appraisal;

/// <summary>The unit costs are rebased to the appraisal's price base year with its GDP deflator.</summary>
public sealed class UnitCostsRebasedNote : AppraisalNote
{
    internal UnitCostsRebasedNote(int priceBaseYear, GdpDeflator deflator)
    {
        PriceBaseYear = priceBaseYear;
        Deflator = deflator;
    }

    /// <inheritdoc/>
    public override string Code => "unit-costs-rebased";

    /// <summary>The price base year of the appraisal.</summary>
    public int PriceBaseYear { get; }

    /// <summary>The deflator.</summary>
    public GdpDeflator Deflator { get; }

    /// <inheritdoc/>
    public override string Message => FormattableString.Invariant($"Unit costs are rebased to {PriceBaseYear} prices with the GDP deflator ({Deflator}).");
}
