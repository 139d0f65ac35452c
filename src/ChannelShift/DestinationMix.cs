using System.Globalization;

namespace ChannelShift;

/// <summary>
/// Where moved contacts go: shares of channels (and of <see cref="Channel.Avoided"/>) that sum to 1 within
/// <see cref="SumTolerance"/>. Each part is non-negative; a channel appears once.
/// </summary>
public sealed class DestinationMix
{
    /// <summary>How far from 1 the parts may sum: 0.000001.</summary>
    public const decimal SumTolerance = 0.000001m;

    private DestinationMix(IReadOnlyList<KeyValuePair<Channel, Share>> parts) => Parts = Array.AsReadOnly(parts.ToArray());

    /// <summary>The parts in the order given.</summary>
    public IReadOnlyList<KeyValuePair<Channel, Share>> Parts { get; }

    /// <summary>All of the moved contacts to one destination.</summary>
    /// <param name="destination">A channel, or <see cref="Channel.Avoided"/>.</param>
    /// <returns>The mix.</returns>
    public static DestinationMix To(Channel destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new DestinationMix([new(destination, Share.One)]);
    }

    /// <summary>A mix of destinations.</summary>
    /// <param name="parts">Destination and share pairs; each share 0–1, each destination once, summing to 1 within
    /// <see cref="SumTolerance"/>.</param>
    /// <returns>The mix.</returns>
    /// <exception cref="InputValidationException">A destination given twice, or parts that do not sum to 1.</exception>
    public static DestinationMix Of(IEnumerable<KeyValuePair<Channel, Share>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        if (list.Count == 0)
        {
            throw Preconditions.Fail("to", ProblemCodes.Missing, "the destination mix is empty", "at least one destination, e.g. web=100%", null);
        }

        var seen = new HashSet<Channel>();
        foreach (var part in list)
        {
            if (!seen.Add(part.Key))
            {
                throw Preconditions.Fail("to", ProblemCodes.Duplicate, $"\"{part.Key.Key}\" appears twice in the destination mix", "each destination once", null);
            }
        }

        var sum = list.Sum(p => p.Value.Fraction);
        if (Math.Abs(sum - 1m) > SumTolerance)
        {
            throw Preconditions.Fail("to", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"the destination shares sum to {sum} ({string.Join(", ", list.Select(p => $"{p.Key.Key}={p.Value}"))})"), "them to sum to 1 (100%)", null);
        }

        return new DestinationMix(list);
    }

    /// <summary>A mix of destinations from (channel, share) tuples.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>The mix.</returns>
    public static DestinationMix Of(params (Channel Destination, Share Share)[] parts) =>
        Of(parts.Select(p => new KeyValuePair<Channel, Share>(p.Destination, p.Share)));

    /// <summary>The share going to a destination (0 when it is not in the mix).</summary>
    /// <param name="destination">A channel or <see cref="Channel.Avoided"/>.</param>
    /// <returns>The share.</returns>
    public Share ShareOf(Channel destination) =>
        Parts.FirstOrDefault(p => p.Key == destination).Value;

    /// <summary>The mix as text, e.g. "web=70%, telephone=20%, avoided=10%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(", ", Parts.Select(p => $"{p.Key.Key}={p.Value}"));
}
