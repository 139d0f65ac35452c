namespace ChannelShift.Appraisal;

/// <summary>The non-cashable saving (saving − cashable saving) is negative in some years: there release or closure
/// costs, whole-FTE steps or a closed fixed step make the cashable saving exceed the saving at average cost.</summary>
public sealed class NegativeNonCashableSavingNote : AppraisalNote
{
    internal NegativeNonCashableSavingNote(IReadOnlyList<int> years) => Years = Array.AsReadOnly(years.ToArray());

    /// <inheritdoc/>
    public override string Code => "negative-non-cashable-saving";

    /// <summary>The years in which it is negative (by more than half a penny).</summary>
    public IReadOnlyList<int> Years { get; }

    /// <inheritdoc/>
    public override string Message => "Non-cashable saving is negative in some years: there the cashable saving exceeds the saving at average cost, because release or closure costs, whole-FTE steps or a closed fixed step do not follow average costs.";
}
