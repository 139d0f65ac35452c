namespace ChannelShift;

/// <summary>
/// "Did you mean …?" for a mistyped key (a preset, a channel, a catalogue): the closest known name by edit distance.
/// </summary>
/// <remarks>
/// The distance is the optimal string alignment distance (Levenshtein's insertions, deletions and substitutions, plus
/// transpositions of two adjacent characters, each costing 1), compared case-insensitively with the invariant culture.
/// A candidate is suggested only when the distance is small relative to the length of the words:
/// at most <c>max(1, ⌊L / 3⌋)</c>, where <c>L</c> is the length of the longer of the two, so "webchta" suggests
/// "webchat" but "fax" suggests nothing from "web". Ties are broken deterministically: first by the smaller distance,
/// then by the smaller case-sensitive distance, then by ordinal order of the candidate, so the result never depends on
/// the order in which the candidates are given.
/// </remarks>
public static class Suggestions
{
    /// <summary>The closest candidate to <paramref name="input"/>, or <c>null</c> when none is close enough.</summary>
    /// <param name="input">What the user wrote (null or empty gives no suggestion).</param>
    /// <param name="candidates">The known names (null entries and empty names are ignored).</param>
    /// <returns>The closest name as given, or null.</returns>
    public static string? Closest(string? input, IEnumerable<string?> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (string.IsNullOrEmpty(input))
        {
            return null;
        }

        var folded = input.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestExactDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrEmpty(candidate))
            {
                continue;
            }

            var distance = Distance(folded, candidate.ToLowerInvariant());
            if (distance > Threshold(input.Length, candidate.Length) || distance > bestDistance)
            {
                continue;
            }

            var exactDistance = Distance(input, candidate);
            if (distance < bestDistance
                || exactDistance < bestExactDistance
                || (exactDistance == bestExactDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
                bestExactDistance = exactDistance;
            }
        }

        return best;
    }

    /// <summary>The largest distance at which a suggestion is still made: max(1, ⌊longer length / 3⌋).</summary>
    internal static int Threshold(int inputLength, int candidateLength) => Math.Max(1, Math.Max(inputLength, candidateLength) / 3);

    /// <summary>
    /// Optimal string alignment distance (Damerau–Levenshtein restricted to non-overlapping transpositions), ordinal
    /// and case-sensitive: fold the case before calling for a case-insensitive distance.
    /// </summary>
    internal static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // Three rolling rows: two back (for transpositions), previous and current.
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length];
    }
}
