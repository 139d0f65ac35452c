namespace ChannelShift;

/// <summary>
/// Failure demand: a share of the contacts moved to destinations other than <see cref="Channel.Avoided"/> and other than
/// the return channel itself that fail and come back once more on the return channel, adding its cost per contact
/// (e.g. 20% of the visits moved to the web end in a phone call). Socitm (2011) found about 20% of council web visits fail.
/// </summary>
/// <param name="Share">The share of eligible moved contacts that come back (0–1).</param>
/// <param name="ReturnsTo">The channel they come back on (not <see cref="Channel.Avoided"/>).</param>
public sealed record FailureDemand(Share Share, Channel ReturnsTo)
{
    /// <summary>The channel they come back on (not <see cref="Channel.Avoided"/>).</summary>
    public Channel ReturnsTo { get; } = ReturnsTo is null
        ? throw new ArgumentNullException(nameof(ReturnsTo))
        : ReturnsTo.IsAvoided
            ? throw Preconditions.Fail("failure.returnsTo", ProblemCodes.Inconsistent, "\"avoided\" is not a channel failed contacts can come back on", "a channel such as telephone", null)
            : ReturnsTo;
}
