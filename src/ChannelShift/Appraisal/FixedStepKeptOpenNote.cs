namespace ChannelShift.Appraisal;

/// <summary>Business as usual would close a fixed step that the option keeps open: its annual cost counts against the
/// cashable saving until the option closes it.</summary>
public sealed class FixedStepKeptOpenNote : AppraisalNote
{
    internal FixedStepKeptOpenNote(int year, string label, Channel channel, FixedStep step, decimal businessAsUsualVolume, decimal volume, string currency)
    {
        Year = year;
        Label = label;
        Channel = channel;
        Step = step;
        BusinessAsUsualVolume = businessAsUsualVolume;
        Volume = volume;
        Currency = currency;
    }

    /// <inheritdoc/>
    public override string Code => "fixed-step-kept-open";

    /// <summary>The year business as usual closes it.</summary>
    public int Year { get; }

    /// <summary>The year's label.</summary>
    public string Label { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>The step.</summary>
    public FixedStep Step { get; }

    /// <summary>The channel's annual volume in business as usual that year.</summary>
    public decimal BusinessAsUsualVolume { get; }

    /// <summary>The channel's annual volume in the option that year.</summary>
    public decimal Volume { get; }

    /// <summary>The currency of the step's cost.</summary>
    public string Currency { get; }

    /// <inheritdoc/>
    public override string Message => FormattableString.Invariant($"{Label}: business as usual would close \"{Step.Name}\" on {Channel.Key} (volume {BusinessAsUsualVolume:#,##0} a year is below {Step.ClosesBelowAnnualVolume:#,##0}) but the option keeps it open (volume {Volume:#,##0}): its {Step.AnnualCost:#,##0.00} {Currency} a year counts against the cashable saving until the option closes it.");
}
