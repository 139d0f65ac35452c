using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ChannelShift.Staffing;

/// <summary>
/// The fewest agents for a service-level target and occupancy cap, found by table rather than by search, for callers
/// that staff thousands of intervals per Monte Carlo iteration with a handling time that changes from draw to draw.
/// The answers are those of the direct search (<see cref="ErlangC.FewestAgentsFor(double, double, double, double)"/>),
/// agent for agent. Thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Whether N agents meet the target at traffic A with answer ratio r = t/AHT falls as A rises and rises with r
/// (Erlang C: the service level 1 − P(wait)·e^(−(N−A)r) falls with traffic and rises with r; the occupancy A/N
/// rises with traffic). So for each r the agents needed are a step function of traffic, whose steps are the
/// thresholds A_N(r): the most traffic N agents carry. A_N(r) rises with r. This keeps tables of A_N at answer
/// ratios on a geometric grid (each 0.5% above the last), built on first use; for an r between grid points r₋ ≤ r ≤
/// r₊, A_N(r₋) ≤ A_N(r) ≤ A_N(r₊), so the two tables bracket the answer: at least the first N whose A_N(r₊) reaches A,
/// at most the first N whose A_N(r₋) does. When the two agree (nearly always), that is the answer; otherwise the
/// direct search starts at the lower bracket. Each threshold is found by bisection to the last bits, and the brackets
/// are widened by 1 part in 10⁹, far more than the rounding of the service level, so the answer never depends on a
/// threshold's last bit.
/// </para>
/// <para>
/// Building a table costs about (agents up to the largest traffic) × 60 evaluations of Erlang B, each linear in the
/// agents: under a millisecond for a few dozen agents. A caller staffing a whole week at one answer ratio finds the
/// brackets once and reads the week's agent-hours from each table's breakpoints (<see cref="StaffingBreakpoints"/>,
/// <see cref="StaffingCurve"/>).
/// </para>
/// </remarks>
internal sealed class StaffingGrid
{
    /// <summary>The grid's spacing: each answer ratio 0.5% above the last.</summary>
    private const double Spacing = 1.005;

    /// <summary>How far a bracket is widened, relative: far above the rounding of a threshold (about 10⁻¹⁵).</summary>
    internal const double Slack = 1e-9;

    /// <summary>The highest service-level target a grid serves (0.999999): nearer 100%, the rounding of the service
    /// level itself could exceed <see cref="Slack"/>, and callers search directly instead.</summary>
    internal const double HighestTarget = 0.999999;

    private static readonly double LogSpacing = Math.Log(Spacing);

    /// <summary>The answer ratios of the grid points in the array, 1.005^g for g from −<see cref="Reach"/>.</summary>
    private static readonly double[] Ratios = Enumerable.Range(-Reach, (2 * Reach) + 2).Select(g => Math.Exp(g * LogSpacing)).ToArray();

    private readonly double targetFraction;
    private readonly double maximumOccupancy;
    private readonly double coverage;

    /// <summary>Grid points kept in an array: ratios from 1.005^−2500 (4 × 10⁻⁶) to 1.005^2500 (2.6 × 10⁵); the
    /// few outside it (and the ratio 0 of an answer time of 0) in a dictionary.</summary>
    internal const int Reach = 2500;

    private readonly double[]?[] near = new double[]?[(2 * Reach) + 2];
    private readonly ConcurrentDictionary<int, double[]> far = new();
    private double[]? atZero;
    private int built;

    /// <summary>A grid for one target and cap whose tables first cover <paramref name="coverage"/> Erlangs; a table
    /// is extended when a caller meets more traffic (<see cref="Extend"/>), and until then that traffic is staffed by
    /// the direct search.</summary>
    /// <param name="targetFraction">The service level's fraction, in (0, 1).</param>
    /// <param name="maximumOccupancy">The occupancy cap, in (0, 1].</param>
    /// <param name="coverage">The traffic a new table covers, Erlangs, 0 or more.</param>
    internal StaffingGrid(double targetFraction, double maximumOccupancy, double coverage)
    {
        this.targetFraction = targetFraction;
        this.maximumOccupancy = maximumOccupancy;
        this.coverage = Math.Min(coverage, QueueDemand.MaximumTrafficErlangs);
    }

    /// <summary>Tables begun so far, not counting extensions (for tests).</summary>
    internal int TableCount => Volatile.Read(ref built);

    /// <summary>The fewest agents for <paramref name="traffic"/> Erlangs at answer ratio
    /// <paramref name="answerRatio"/>, exactly as the direct search finds them.</summary>
    /// <param name="traffic">Traffic A in Erlangs, in [0, <see cref="QueueDemand.MaximumTrafficErlangs"/>].</param>
    /// <param name="answerRatio">t/AHT, greater than 0 and finite.</param>
    internal int Agents(double traffic, double answerRatio)
    {
        if (traffic == 0)
        {
            return 0;
        }

        var bracket = Bracket(answerRatio);
        int atLeast = FirstReaching(bracket.Above, traffic * (1 - Slack));
        int atMost = FirstReaching(bracket.Below, traffic * (1 + Slack));
        if (atMost == bracket.Below.Length || atLeast == bracket.Above.Length)
        {
            Extend(bracket, traffic);
        }

        return atLeast == atMost && atMost < bracket.Below.Length ? atLeast : Search(traffic, answerRatio, atLeast);
    }

    /// <summary>The two tables around an answer ratio, found once for every interval staffed at that ratio.</summary>
    /// <param name="answerRatio">t/AHT, greater than 0 and finite.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal Brackets Bracket(double answerRatio)
    {
        if (answerRatio == 0)
        {
            // An answer time of 0: the service level is the chance of not waiting, one table serves exactly.
            var zero = atZero ?? Interlocked.CompareExchange(ref atZero, Build(0, null, coverage), null) ?? atZero;
            return new Brackets(0, zero, zero, int.MinValue);
        }

        int g = (int)Math.Floor(Math.Log(answerRatio) / LogSpacing);
        while (RatioAt(g) > answerRatio)
        {
            g--;
        }

        while (RatioAt(g + 1) < answerRatio)
        {
            g++;
        }

        return new Brackets(answerRatio, Table(g), Table(g + 1), g);
    }

    /// <summary>The direct search from <paramref name="atLeast"/> agents, for a traffic the brackets leave open.</summary>
    internal int Search(double traffic, double answerRatio, int atLeast) =>
        ErlangC.FewestAgentsFor(traffic, answerRatio, targetFraction, maximumOccupancy, atLeast);

    /// <summary>The grid's answer ratio number <paramref name="g"/>: 1.005^g (kept for the grid points in the
    /// array).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double RatioAt(int g) => (uint)(g + Reach) < (uint)Ratios.Length ? Ratios[g + Reach] : Math.Exp(g * LogSpacing);

    /// <summary>The first N with thresholds[N] ≥ <paramref name="traffic"/>, or the table's length when none (the
    /// thresholds rise with N).</summary>
    private static int FirstReaching(double[] thresholds, double traffic)
    {
        int index = Array.BinarySearch(thresholds, traffic);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && thresholds[index - 1] == traffic)
        {
            index--;
        }

        return index;
    }

    /// <summary>Extends the bracket's two tables (for later calls) to cover a quarter more than
    /// <paramref name="traffic"/>, the most a caller met beyond them.</summary>
    internal void Extend(Brackets bracket, double traffic)
    {
        double upTo = Math.Min(traffic * 1.25, QueueDemand.MaximumTrafficErlangs);
        if (bracket.Grid == int.MinValue)
        {
            while (Volatile.Read(ref atZero) is { } table && table[^1] < upTo && Interlocked.CompareExchange(ref atZero, Build(0, table, upTo), table) != table)
            {
            }

            return;
        }

        foreach (int g in new[] { bracket.Grid, bracket.Grid + 1 })
        {
            int slot = g + Reach;
            if ((uint)slot >= (uint)near.Length)
            {
                far.AddOrUpdate(g, _ => Build(RatioAt(g), null, upTo), (_, table) => table[^1] < upTo ? Build(RatioAt(g), table, upTo) : table);
                continue;
            }

            // Replaced whole, never changed in place: a reader holds a complete table, old or new.
            while (Volatile.Read(ref near[slot]) is { } table && table[^1] < upTo && Interlocked.CompareExchange(ref near[slot], Build(RatioAt(g), table, upTo), table) != table)
            {
            }
        }
    }

    /// <summary>The table of grid point <paramref name="g"/>, built on first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double[] Table(int g)
    {
        int slot = g + Reach;
        return (uint)slot < (uint)near.Length && Volatile.Read(ref near[slot]) is { } kept ? kept : NewTable(g);
    }

    /// <summary>The table of grid point <paramref name="g"/> when none is kept in the array yet, or when it lies beyond
    /// the array.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double[] NewTable(int g)
    {
        int slot = g + Reach;
        if ((uint)slot >= (uint)near.Length)
        {
            return far.TryGetValue(g, out var kept) ? kept : far.GetOrAdd(g, k => Build(RatioAt(k), null, coverage));
        }

        // Built once per grid point; two threads may both build one, and the first stored is kept.
        return Volatile.Read(ref near[slot]) ?? Interlocked.CompareExchange(ref near[slot], Build(RatioAt(g), null, coverage), null) ?? near[slot]!;
    }

    /// <summary>A_N at an answer ratio for N = 0, 1, … until A_N passes <paramref name="upTo"/>, continuing
    /// <paramref name="from"/> when given (its thresholds are kept).</summary>
    private double[] Build(double ratio, double[]? from, double upTo)
    {
        if (from is null)
        {
            Interlocked.Increment(ref built);
        }

        var thresholds = new List<double>(from ?? [0]);
        double previous = thresholds[^1];
        for (int agents = thresholds.Count; previous <= upTo; agents++)
        {
            // The most traffic N agents carry lies below N (stability) and N × cap (occupancy).
            double low = Meets(agents, previous, ratio) ? previous : 0;
            double high = Math.Min(agents, maximumOccupancy * agents * (1 + 1e-12));
            if (Meets(agents, high, ratio))
            {
                low = high;
            }

            while (true)
            {
                double middle = low + ((high - low) / 2);
                if (middle <= low || middle >= high)
                {
                    break;
                }

                if (Meets(agents, middle, ratio))
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            previous = Math.Max(previous, low);
            thresholds.Add(previous);
        }

        return [.. thresholds];
    }

    /// <summary>Whether N agents meet the target at traffic A: the direct search's test.</summary>
    private bool Meets(int agents, double traffic, double ratio)
    {
        if (traffic <= 0)
        {
            return true;
        }

        if (!(traffic < agents) || !ErlangC.MeetsOccupancyCap(traffic, agents, maximumOccupancy))
        {
            return false;
        }

        double waiting = ErlangC.ProbabilityOfWaiting(traffic, agents, ErlangC.ReciprocalErlangB(traffic, agents));
        return ErlangC.ServiceLevel(traffic, agents, waiting, ratio) >= targetFraction;
    }

    /// <summary>An answer ratio, the threshold tables of the grid points below and above it, and the number of the
    /// one below (<see cref="int.MinValue"/> for the ratio 0, whose one table serves as both).</summary>
    internal readonly record struct Brackets(double Ratio, double[] Below, double[] Above, int Grid);
}
