using System.Runtime.CompilerServices;

namespace ChannelShift.Staffing;

/// <summary>
/// One threshold table of a <see cref="StaffingGrid"/> turned into the agent-hours of a whole opening week as a
/// function of one number, x = the week's contacts × the handling time in seconds. Interval j's traffic is
/// x × share_j / seconds_j, so it needs more than N agents exactly when x passes A_N × seconds_j / share_j (the
/// table's A_N, <see cref="StaffingGrid"/>); every such breakpoint of every interval, sorted, with the agent-hours of
/// those before it, gives the week's agent-hours at the table's answer ratio from one lookup instead of a walk over the
/// intervals. Intervals of one share and length have the same traffic and share their breakpoints (a kind), weighted by
/// their total length. Immutable; thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Agent-hours are counted in whole units of 2⁻²⁰ hour, so that sums in any order are exact (below 2³³ agent-hours a
/// week) and equal, to the bit, the interval-by-interval sum of the direct search. A week whose intervals are not whole
/// units (a 20-minute interval, say) has no breakpoints, and its curve walks the intervals.
/// </para>
/// <para>
/// A lookup is a bucket (the breakpoints are bucketed by x in as many buckets of equal width as there are
/// breakpoints) and a step or two from it. Only breakpoints below <see cref="Reach"/> are kept: beyond it the busiest
/// interval has passed the table, and the curve walks the intervals instead (which extends the tables).
/// </para>
/// </remarks>
internal sealed class StaffingBreakpoints
{
    /// <summary>Units of agent-hours in an hour: 2²⁰.</summary>
    internal const double UnitsPerHour = 1 << 20;

    private readonly Breakpoint[] entries;
    private readonly int[] index;
    private readonly double perWidth;

    private StaffingBreakpoints(double[] source, Breakpoint[] entries, int[] index, double perWidth, double reach)
    {
        Source = source;
        this.entries = entries;
        this.index = index;
        this.perWidth = perWidth;
        Reach = reach;
    }

    /// <summary>The threshold table these were built from (a grid replaces a table whole when it extends it).</summary>
    internal double[] Source { get; }

    /// <summary>The x below which every interval's agents are within the table.</summary>
    internal double Reach { get; }

    /// <summary>The number of breakpoints below <paramref name="x"/>: those x has passed.</summary>
    /// <param name="x">Contacts a week × handling seconds, 0 or more and below <see cref="Reach"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int Passed(double x)
    {
        // The bucket's first breakpoint, then a step or two either way (a bucket holds about one breakpoint).
        int i = index[Math.Min((int)(x * perWidth), index.Length - 1)];
        var all = entries;
        while (all[i].Key < x)
        {
            i++;
        }

        while (i > 0 && all[i - 1].Key >= x)
        {
            i--;
        }

        return i;
    }

    /// <summary>The units of agent-hours of the first <paramref name="passed"/> breakpoints: Σ over intervals of the
    /// agents they need × their length in units.</summary>
    internal long UnitsBefore(int passed) => entries[passed].Units;

    /// <summary>Breakpoint <paramref name="i"/> in order of x.</summary>
    internal ref readonly Breakpoint this[int i] => ref entries[i];

    /// <summary>Each interval's length in units of 2⁻²⁰ hour, or null when one is not a whole number of units (or is
    /// more than 10¹² of them).</summary>
    internal static long[]? IntervalUnits(ChannelStaffing staffing)
    {
        var result = new long[staffing.IntervalCount];
        for (int i = 0; i < result.Length; i++)
        {
            double scaled = staffing.IntervalHours(i) * UnitsPerHour;
            if (!(scaled == Math.Floor(scaled)) || scaled > 1e12)
            {
                return null;
            }

            result[i] = (long)scaled;
        }

        return result;
    }

    /// <summary>The breakpoints of one threshold table for a channel's week, its intervals grouped in kinds (intervals
    /// of one share and length, whose traffic is always the same).</summary>
    /// <param name="perShare">seconds / share of each kind (positive infinity for a kind with no share, which never
    /// needs an agent).</param>
    /// <param name="kindUnits">The total length of each kind's intervals, in units (<see cref="IntervalUnits"/>).</param>
    /// <param name="thresholds">A_N for N = 0, 1, … at one answer ratio, not falling.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static StaffingBreakpoints Build(double[] perShare, long[] kindUnits, double[] thresholds)
    {
        // Only breakpoints below the reach can ever be passed: the reach is the busiest interval's last threshold.
        double reach = double.PositiveInfinity;
        foreach (double p in perShare)
        {
            if (double.IsFinite(p))
            {
                reach = Math.Min(reach, thresholds[^1] * p);
            }
        }

        // Each kind's breakpoints rise with N: one run per kind, merged pairwise into one sorted list (and one at
        // infinity after them).
        var runs = new int[perShare.Length + 1];
        for (int i = 0; i < perShare.Length; i++)
        {
            int n = 0;
            // A kind with no share has seconds / share = +∞, and 0 × ∞ is NaN, not below the reach: no breakpoints.
            while (n < thresholds.Length && thresholds[n] * perShare[i] < reach)
            {
                n++;
            }

            runs[i + 1] = runs[i] + n;
        }

        int count = runs[^1];
        var entries = new Breakpoint[count + 1];
        for (int i = 0; i < perShare.Length; i++)
        {
            for (int n = 0; n < runs[i + 1] - runs[i]; n++)
            {
                entries[runs[i] + n] = new Breakpoint(thresholds[n] * perShare[i], kindUnits[i], i, n);
            }
        }

        entries = Merge(entries, runs);

        // Each breakpoint with the units of those before it, then one at infinity with them all.
        long before = 0;
        for (int j = 0; j < count; j++)
        {
            var entry = entries[j];
            entries[j] = entry with { Units = before };
            before += entry.Units;
        }

        entries[count] = new Breakpoint(double.PositiveInfinity, before, -1, -1);

        // Buckets of equal width over [0, reach), as many as breakpoints: the first breakpoint at or past each start.
        int buckets = Math.Max(1, count);
        double perWidth = reach > 0 && double.IsFinite(reach) ? buckets / reach : 0;
        var index = new int[buckets];
        int next = 0;
        for (int b = 0; b < buckets; b++)
        {
            double start = perWidth > 0 ? b / perWidth : 0;
            while (next < count && entries[next].Key < start)
            {
                next++;
            }

            index[b] = next;
        }

        return new StaffingBreakpoints(thresholds, entries, index, perWidth, reach);
    }

    /// <summary>Merges sorted runs (<paramref name="runs"/>: 0, then each run's end) pairwise until one is left: a
    /// merge sort's passes over runs already sorted, ties in run order. The entry after the last run is kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Breakpoint[] Merge(Breakpoint[] from, int[] runs)
    {
        var to = new Breakpoint[from.Length];
        to[^1] = from[^1];
        int ends = runs.Length;
        while (ends > 2)
        {
            int merged = 1;
            for (int r = 0; r + 1 < ends; r += 2)
            {
                int a = runs[r];
                int aEnd = runs[r + 1];
                int b = aEnd;
                int bEnd = r + 2 < ends ? runs[r + 2] : aEnd;
                int o = a;
                while (a < aEnd && b < bEnd)
                {
                    to[o++] = from[b].Key < from[a].Key ? from[b++] : from[a++];
                }

                Array.Copy(from, a, to, o, aEnd - a);
                o += aEnd - a;
                Array.Copy(from, b, to, o, bEnd - b);
                runs[merged++] = bEnd;
            }

            ends = merged;
            (from, to) = (to, from);
        }

        return from;
    }

    /// <summary>A breakpoint: each interval of kind <see cref="Kind"/> needs more than <see cref="Agents"/> agents
    /// once x passes <see cref="Key"/>; <see cref="Units"/> are the agent-hours of all breakpoints before it (while it
    /// is built, the kind's length).</summary>
    internal readonly record struct Breakpoint(double Key, long Units, int Kind, int Agents);
}
