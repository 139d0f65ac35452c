namespace ChannelShift;

/// <summary>
/// Failure demand: a share of the contacts moved to digital destinations that fail and come back once more, on a
/// non-digital channel or a mix of them, adding that channel's cost per contact (e.g. 20% of the visits moved to the
/// web end in a phone call). A failure rate is a property of a digital service, so contacts moved to the telephone,
/// post or a counter do not fail. Socitm (2011) found about 20% of council web visits fail. Immutable.
/// </summary>
public sealed class FailureDemand
{
    /// <summary>Creates failure demand that comes back on one channel.</summary>
    /// <param name="share">The share of the contacts moved to digital destinations that come back (0–1).</param>
    /// <param name="returnsTo">The channel they come back on (not <see cref="Channel.Avoided"/>).</param>
    /// <exception cref="InputValidationException"><paramref name="returnsTo"/> is <see cref="Channel.Avoided"/>.</exception>
    public FailureDemand(Share share, Channel returnsTo)
        : this(share, DestinationMix.To(returnsTo ?? throw new ArgumentNullException(nameof(returnsTo))))
    {
    }

    /// <summary>Creates failure demand that comes back on a mix of channels.</summary>
    /// <param name="share">The share of the contacts moved to digital destinations that come back (0–1).</param>
    /// <param name="returnsTo">The channels they come back on and the share of each (summing to 1; not
    /// <see cref="Channel.Avoided"/>). Whether they are digital is checked by the scenario, which knows the flags.</param>
    /// <exception cref="InputValidationException"><paramref name="returnsTo"/> includes <see cref="Channel.Avoided"/>.</exception>
    public FailureDemand(Share share, DestinationMix returnsTo)
    {
        ArgumentNullException.ThrowIfNull(returnsTo);
        if (returnsTo.Parts.Any(p => p.Key.IsAvoided))
        {
            throw Preconditions.Fail("failure.returnsTo", ProblemCodes.Inconsistent, "\"avoided\" is not a channel failed contacts can come back on", "a channel such as telephone", Channel.Avoided.Key);
        }

        Share = share;
        ReturnsTo = returnsTo;
    }

    /// <summary>The share of the contacts moved to digital destinations that come back (0–1).</summary>
    public Share Share { get; }

    /// <summary>The channels failed contacts come back on, with the share of them on each (summing to 1).</summary>
    public DestinationMix ReturnsTo { get; }
}
