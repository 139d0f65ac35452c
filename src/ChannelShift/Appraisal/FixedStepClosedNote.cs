namespace ChannelShift.Appraisal;

/// <summary>The option closes a fixed step (a service point, a building): its annual cost is saved from then, beyond
/// business as usual unless business as usual closes it too, and its closure cost is paid.</summary>
public sealed class FixedStepClosedNote : AppraisalNote
{
    internal FixedStepClosedNote(int year, string label, Channel channel, FixedStep step, decimal volume, string currency, int? businessAsUsualYear, string? businessAsUsualLabel)
    {
        Year = year;
        Label = label;
        Channel = channel;
        Step = step;
        Volume = volume;
        Currency = currency;
        BusinessAsUsualYear = businessAsUsualYear;
        BusinessAsUsualLabel = businessAsUsualLabel;
    }

    /// <inheritdoc/>
    public override string Code => "fixed-step-closed";

    /// <summary>The year it closes.</summary>
    public int Year { get; }

    /// <summary>The year's label.</summary>
    public string Label { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>The step.</summary>
    public FixedStep Step { get; }

    /// <summary>The channel's annual volume in the option that year (below the step's threshold).</summary>
    public decimal Volume { get; }

    /// <summary>The currency of the step's costs.</summary>
    public string Currency { get; }

    /// <summary>The year business as usual closed it, or null when it has not.</summary>
    public int? BusinessAsUsualYear { get; }

    /// <summary>That year's label, or null.</summary>
    public string? BusinessAsUsualLabel { get; }

    /// <inheritdoc/>
    public override string Message => BusinessAsUsualYear is null
        ? FormattableString.Invariant($"{Label}: \"{Step.Name}\" on {Channel.Key} can close (volume {Volume:#,##0} a year is below {Step.ClosesBelowAnnualVolume:#,##0}): saves {Step.AnnualCost:#,##0.00} {Currency} a year from then; closure cost {Step.ClosureCost:#,##0.00}.")
        : FormattableString.Invariant($"{Label}: \"{Step.Name}\" on {Channel.Key} can close (volume {Volume:#,##0} a year is below {Step.ClosesBelowAnnualVolume:#,##0}), as business as usual does ({BusinessAsUsualLabel}): from then it saves nothing beyond business as usual.");
}
