namespace ChannelShift.Appraisal;

/// <summary>More staff are released on a channel than in any year before: release costs (redundancy, pension strain)
/// are paid on them.</summary>
public sealed class StaffReleasedNote : AppraisalNote
{
    internal StaffReleasedNote(int year, string label, Channel channel, int released, int fewer, decimal releaseCost, string currency)
    {
        Year = year;
        Label = label;
        Channel = channel;
        Released = released;
        Fewer = fewer;
        ReleaseCost = releaseCost;
        Currency = currency;
    }

    /// <inheritdoc/>
    public override string Code => "staff-released";

    /// <summary>The year (0 … N).</summary>
    public int Year { get; }

    /// <summary>The year's label.</summary>
    public string Label { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>FTE released beyond the most released so far.</summary>
    public int Released { get; }

    /// <summary>Whole FTE fewer than business as usual that year.</summary>
    public int Fewer { get; }

    /// <summary>The release cost of the <see cref="Released"/> FTE (unrounded).</summary>
    public decimal ReleaseCost { get; }

    /// <summary>The currency of <see cref="ReleaseCost"/>.</summary>
    public string Currency { get; }

    /// <inheritdoc/>
    public override string Message => FormattableString.Invariant(
        $"{Label}: {Released} FTE released on {Channel.Key} ({Fewer} fewer than business as usual){(ReleaseCost > 0m ? FormattableString.Invariant($", release cost {ReleaseCost:#,##0.00} {Currency}") : string.Empty)}.");
}
