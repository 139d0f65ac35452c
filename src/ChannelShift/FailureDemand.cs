namespace ChannelShift;

/// <summary>
/// Failure demand: a share of the contacts moved to destinations other than <see cref="Channel.Avoided"/> and other than
/// the return channel itself that fail and come back once more on the return channel, adding its cost per contact
/// (e.g. 20% of the visits moved to the web end in a phone call). Socitm (2011) found about 20% of council web visits fail.
/// Immutable.
/// </summary>
public sealed class FailureDemand
{
    /// <summary>Creates failure demand.</summary>
    /// <param name="share">The share of eligible moved contacts that come back (0–1).</param>
    /// <param name="returnsTo">The channel they come back on (not <see cref="Channel.Avoided"/>).</param>
    public FailureDemand(Share share, Channel returnsTo)
    {
        ArgumentNullException.ThrowIfNull(returnsTo);
        if (returnsTo.IsAvoided)
        {
            throw Preconditions.Fail("failure.returnsTo", ProblemCodes.Inconsistent, "\"avoided\" is not a channel failed contacts can come back on", "a channel such as telephone", returnsTo.Key);
        }

        Share = share;
        ReturnsTo = returnsTo;
    }

    /// <summary>The share of eligible moved contacts that come back (0–1).</summary>
    public Share Share { get; }

    /// <summary>The channel they come back on (not <see cref="Channel.Avoided"/>).</summary>
    public Channel ReturnsTo { get; }
}
