namespace ChannelShift;

/// <summary>The councils of a councils file (<c>Serialization.CouncilsCsv</c>): the channels of its header, the
/// councils of its good rows, and one problem per bad row, each in the file's order. Immutable.</summary>
public sealed class CouncilTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="channels">The channels of the header, in its order.</param>
    /// <param name="councils">The councils read.</param>
    /// <param name="problems">One problem per row that could not be read.</param>
    /// <param name="source">The file's name, or null.</param>
    public CouncilTable(IReadOnlyList<Channel> channels, IReadOnlyList<CouncilVolumes> councils, IReadOnlyList<InputProblem> problems, string? source = null)
    {
        Source = source;
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(problems);
        Channels = Array.AsReadOnly(channels.ToArray());
        Councils = Array.AsReadOnly(councils.ToArray());
        Problems = Array.AsReadOnly(problems.ToArray());
    }

    /// <summary>The file's name (used in problems), or null.</summary>
    public string? Source { get; }

    /// <summary>The channels of the file's header, in its order, as canonical channels (aliases resolved).</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>The councils of the good rows, in the file's order.</summary>
    public IReadOnlyList<CouncilVolumes> Councils { get; }

    /// <summary>One problem per bad row (skipped), in the file's order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
