namespace ChannelShift;

/// <summary>One council's contacts by channel, in the period of a scenario's baseline, for a batch: its name and where
/// it was read from. Immutable.</summary>
public sealed class CouncilVolumes
{
    /// <summary>Creates a council's volumes.</summary>
    /// <param name="council">The council's name.</param>
    /// <param name="volumes">Contacts per period by channel (0 or more).</param>
    /// <param name="line">The 1-based line of its row in a file, or 0 when built in code.</param>
    public CouncilVolumes(string council, IReadOnlyDictionary<Channel, decimal> volumes, long line = 0)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(volumes);
        var problems = new List<InputProblem>();
        foreach (var (channel, volume) in volumes)
        {
            Rules.Volume.Check(volume, channel.Key, problems);
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        Council = council;
        Volumes = new Dictionary<Channel, decimal>(volumes).AsReadOnly();
        Line = line;
    }

    /// <summary>The council's name.</summary>
    public string Council { get; }

    /// <summary>Contacts per period by channel.</summary>
    public IReadOnlyDictionary<Channel, decimal> Volumes { get; }

    /// <summary>The 1-based line of its row in a file, or 0.</summary>
    public long Line { get; }
}
