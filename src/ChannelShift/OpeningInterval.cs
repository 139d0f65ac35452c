namespace ChannelShift;

/// <summary>
/// One interval of a channel's opening week (e.g. Monday 09:00–09:30) and its share of the week's contacts.
/// </summary>
public sealed class OpeningInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="length">How long the interval lasts; greater than 0 (typically 15 minutes, 30 minutes or an
    /// hour).</param>
    /// <param name="share">The fraction of the week's contacts that arrive in it, from 0 to 1. The shares of a
    /// profile's intervals sum to 1 (see <see cref="OpeningHoursProfile"/>).</param>
    /// <exception cref="InputValidationException">An argument is out of its range.</exception>
    public OpeningInterval(TimeSpan length, double share)
    {
        Length = Preconditions.Positive(length);
        Share = Preconditions.InRange(share, 0, 1);
    }

    /// <summary>How long the interval lasts.</summary>
    public TimeSpan Length { get; }

    /// <summary>The fraction of the week's contacts that arrive in the interval, in [0, 1].</summary>
    public double Share { get; }
}
