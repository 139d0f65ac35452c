namespace ChannelShift;

/// <summary>
/// A channel shift: a share of one channel's contacts moved to a destination mix, with optional failure demand and an
/// optional assisted-digital cost per contact moved to any destination but <see cref="Channel.Avoided"/>.
/// </summary>
public sealed class Shift
{
    /// <summary>Creates a shift.</summary>
    /// <param name="from">The source channel (not <see cref="Channel.Avoided"/>).</param>
    /// <param name="share">The share of the source channel's volume moved (0–1).</param>
    /// <param name="to">Where the moved contacts go; it must not include the source channel.</param>
    /// <param name="failureDemand">Optional failure demand.</param>
    /// <param name="assistedDigitalCost">Optional cost per contact moved to a destination other than avoided (help for
    /// people who need it to use the new channel), 0 or more, in the cost set's currency.</param>
    /// <exception cref="InputValidationException">A shift from avoided, or a shift from a channel to itself.</exception>
    public Shift(Channel from, Share share, DestinationMix to, FailureDemand? failureDemand = null, decimal assistedDigitalCost = 0m)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.IsAvoided)
        {
            throw Preconditions.Fail("from", ProblemCodes.Inconsistent, "\"avoided\" is a destination, not a channel contacts come from", "a channel such as face-to-face", null);
        }

        if (to.Parts.Any(p => p.Key == from && p.Value.Fraction > 0m))
        {
            throw Preconditions.Fail("to", ProblemCodes.Inconsistent, $"the shift moves contacts from \"{from.Key}\" to \"{from.Key}\" itself", "destinations other than the source channel", null);
        }

        From = from;
        Share = share;
        To = to;
        FailureDemand = failureDemand;
        AssistedDigitalCost = Rules.Amount.Check(assistedDigitalCost, "assistedDigital");

        // Summed once, in the order of the parts; the ledger's plan and the headline estimate read them.
        var nonAvoided = 0m;
        var failing = 0m;
        foreach (var part in to.Parts)
        {
            if (part.Key.IsAvoided)
            {
                continue;
            }

            nonAvoided += part.Value.Fraction;
            if (failureDemand is not null && part.Key != failureDemand.ReturnsTo)
            {
                failing += part.Value.Fraction;
            }
        }

        NonAvoidedFraction = nonAvoided;
        FailureEligibleFraction = failureDemand is null ? 0m : failing;
        FailureFraction = failureDemand is null ? 0m : failureDemand.Share.Fraction * failing;
    }

    /// <summary>The source channel.</summary>
    public Channel From { get; }

    /// <summary>The share of the source channel's volume moved.</summary>
    public Share Share { get; }

    /// <summary>Where the moved contacts go.</summary>
    public DestinationMix To { get; }

    /// <summary>Failure demand, if any.</summary>
    public FailureDemand? FailureDemand { get; }

    /// <summary>Cost per contact moved to a destination other than avoided (0 when none).</summary>
    public decimal AssistedDigitalCost { get; }

    /// <summary>The share of moved contacts that fail and come back on the return channel: the failure share × the
    /// destination shares other than avoided and the return channel.</summary>
    public decimal FailureFraction { get; }

    /// <summary>The share of moved contacts that go to a channel that can fail (not avoided, not the return channel):
    /// <see cref="FailureFraction"/> is the failure share × this; 0 without failure demand.</summary>
    internal decimal FailureEligibleFraction { get; }

    /// <summary>The share of moved contacts that go to a destination other than avoided (they may need assisted digital).</summary>
    public decimal NonAvoidedFraction { get; }
}
