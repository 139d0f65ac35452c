namespace ChannelShift;

/// <summary>The contacts a council receives today, by channel, in one period (before any shift).</summary>
public sealed class Baseline
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="period">The period the volumes are counted in.</param>
    /// <param name="volumes">Contacts per period by channel (0 or more; not avoided).</param>
    public Baseline(ContactPeriod period, IReadOnlyDictionary<Channel, decimal> volumes)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        foreach (var (channel, volume) in volumes)
        {
            if (channel.IsAvoided)
            {
                throw Preconditions.Fail("volumes", ProblemCodes.Inconsistent, "\"avoided\" has no volume", "channels only", null);
            }

            Rules.Volume.Check(volume, channel.Key);
        }

        Period = period;
        Volumes = new Dictionary<Channel, decimal>(volumes).AsReadOnly();
    }

    /// <summary>The period of <see cref="Volumes"/>.</summary>
    public ContactPeriod Period { get; }

    /// <summary>Contacts per period by channel.</summary>
    public IReadOnlyDictionary<Channel, decimal> Volumes { get; }

    /// <summary>A channel's contacts a year (0 when the baseline has none).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Volume per period × periods a year.</returns>
    public decimal AnnualVolume(Channel channel) => Period.Annualise(Volumes.GetValueOrDefault(channel));

    /// <summary>A copy with other volumes in the same period (e.g. another council's, in a batch).</summary>
    /// <param name="volumes">Contacts per period by channel.</param>
    /// <returns>The new baseline.</returns>
    public Baseline WithVolumes(IReadOnlyDictionary<Channel, decimal> volumes) => new(Period, volumes);
}
