using System.Runtime.CompilerServices;

namespace ChannelShift.Staffing;

/// <summary>
/// The staff a channel needs as a function of its annual volume, for the ledger: FTE(V) by Erlang C over the opening
/// hours (<see cref="ErlangC.FullTimeEquivalents"/>), and FTE(V) at the handling time risen by the channel's rise ×
/// the take-up of its shifts (docs/cashable-savings.md, "Handling time"). Searched directly for an appraisal, or read
/// from a <see cref="StaffingGrid"/> for a simulation or sensitivity, which staff thousands of intervals per run; both
/// give the same whole agents in every interval. Thread-safe.
/// </summary>
internal sealed class StaffingCurve
{
    private readonly double rise;
    private readonly double answerSeconds;
    private readonly StaffingGrid? grid;
    private readonly int[] sortedIndex = [];
    private readonly double[] sortedShares = [];
    private readonly double[] sortedSeconds = [];
    private readonly long[]? kindUnits;
    private readonly int[] kindInterval = [];
    private readonly double[] perShare = [];
    private readonly double busiest;
    private readonly StaffingBreakpoints?[] breakpoints = [];
    private readonly SpreadOf?[] spreads = [];
    private readonly Channel? channel;

    private StaffingCurve(ChannelStaffing staffing, double rise, StaffingGrid? grid, Channel? channel)
    {
        Staffing = staffing;
        this.rise = rise;
        this.grid = grid;
        this.channel = channel;
        answerSeconds = staffing.Target.AnswerWithin.TotalSeconds;
        if (grid is not null)
        {
            sortedIndex = Enumerable.Range(0, staffing.IntervalCount).OrderBy(i => staffing.Share(i) / staffing.IntervalSeconds(i)).ToArray();
            sortedShares = Array.ConvertAll(sortedIndex, staffing.Share);
            sortedSeconds = Array.ConvertAll(sortedIndex, staffing.IntervalSeconds);

            // Intervals of one kind (the same share and length, so the same traffic to the bit) share breakpoints, their
            // units summed: a week of five like days has a fifth of the breakpoints.
            if (StaffingBreakpoints.IntervalUnits(staffing) is { } units)
            {
                var kinds = new Dictionary<(double Share, double Seconds), int>();
                var unitsOfKind = new List<long>();
                var intervalOfKind = new List<int>();
                for (int i = 0; i < units.Length; i++)
                {
                    double share = staffing.Share(i);
                    if (share <= 0)
                    {
                        continue;
                    }

                    if (kinds.TryGetValue((share, staffing.IntervalSeconds(i)), out int kind))
                    {
                        unitsOfKind[kind] += units[i];
                    }
                    else
                    {
                        kinds.Add((share, staffing.IntervalSeconds(i)), intervalOfKind.Count);
                        intervalOfKind.Add(i);
                        unitsOfKind.Add(units[i]);
                    }
                }

                busiest = Busiest(staffing);
                kindUnits = [.. unitsOfKind];
                kindInterval = [.. intervalOfKind];
                perShare = Array.ConvertAll(kindInterval, i => staffing.IntervalSeconds(i) / staffing.Share(i));
                breakpoints = new StaffingBreakpoints?[(2 * StaffingGrid.Reach) + 2];
                spreads = new SpreadOf?[breakpoints.Length];
            }
        }
    }

    /// <summary>The channel's staffing model.</summary>
    internal ChannelStaffing Staffing { get; }

    /// <summary>A curve searched directly, one Erlang C search per interval (an appraisal: a few dozen volumes).</summary>
    /// <param name="staffing">The channel's staffing model.</param>
    /// <param name="handlingTimeRise">How much the handling time rises at full take-up, a fraction.</param>
    /// <param name="channel">The scenario's channel staffed, named with its baseline volume and the handling time when
    /// a volume gives an interval more traffic than <see cref="QueueDemand.MaximumTrafficErlangs"/>; null (outside a
    /// scenario) names the annual volume itself.</param>
    internal static StaffingCurve Direct(ChannelStaffing staffing, double handlingTimeRise, Channel? channel) =>
        new(staffing, handlingTimeRise, null, channel);

    /// <summary>A curve read from a grid of traffic thresholds with tables up to the traffic of
    /// <paramref name="maximumVolume"/> a year at the risen handling time at first, extended as more is met.</summary>
    /// <param name="staffing">The channel's staffing model.</param>
    /// <param name="handlingTimeRise">How much the handling time rises at full take-up, a fraction.</param>
    /// <param name="maximumVolume">The largest annual volume expected, contacts a year.</param>
    /// <param name="channel">The scenario's channel staffed, as for <see cref="Direct"/>.</param>
    internal static StaffingCurve Gridded(ChannelStaffing staffing, double handlingTimeRise, double maximumVolume, Channel? channel)
    {
        // Within a millionth of 100%, a service level's rounding (1 − x with x near 1e-11 holds x only to about 1e-5)
        // could exceed the grid's slack; such a target is staffed by the direct search, so answers stay exact.
        if (staffing.Target.Fraction > StaffingGrid.HighestTarget)
        {
            return Direct(staffing, handlingTimeRise, channel);
        }

        // The tables first cover the busiest interval at the largest volume expected at the risen handling time; a
        // draw or swing beyond extends them.
        double traffic = maximumVolume / staffing.OpeningHours.WeeksPerYear * Busiest(staffing) * staffing.HandlingSeconds * (1 + Math.Max(0, handlingTimeRise));
        return new(staffing, handlingTimeRise, new StaffingGrid(staffing.Target.Fraction, staffing.MaximumOccupancy, traffic), channel);
    }

    /// <summary>How much the handling time rises at full take-up, a fraction.</summary>
    internal double HandlingTimeRise => rise;

    /// <summary>FTE at an annual volume (negative volumes count as 0).</summary>
    internal double Fte(double annualVolume) => Fte(annualVolume, Staffing.HandlingSeconds, Staffing.Shrinkage);

    /// <summary>FTE at an annual volume with the handling time risen by rise × <paramref name="phase"/> (the take-up of
    /// the channel's shifts, 0–1).</summary>
    internal double Fte(double annualVolume, double phase)
    {
        double handling = Staffing.HandlingSeconds;
        return Fte(annualVolume, rise > 0 && phase > 0 ? handling * (1 + (rise * phase)) : handling, Staffing.Shrinkage);
    }

    /// <summary>FTE at an annual volume, a handling time (risen already, if it rises) and a shrinkage: the model's, or
    /// a draw or swing of them.</summary>
    /// <param name="annualVolume">Contacts a year (negative counts as 0).</param>
    /// <param name="handlingSeconds">The average handling time, seconds, greater than 0.</param>
    /// <param name="shrinkage">The share of paid time not available to answer, in [0, 1).</param>
    // Compiled optimised at once, as are the lookups it makes (and the small helpers inlined into them): a simulation
    // calls this some forty times an iteration, and tiered compilation, which waits for start-up to go quiet before it
    // recompiles anything, would leave it in unoptimised or precompiled code for most of a run of a second or two.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal double Fte(double annualVolume, double handlingSeconds, double shrinkage)
    {
        var staffing = Staffing;
        double handling = handlingSeconds;
        double ratio = AnswerRatio(handling);
        double volume = Math.Max(0, annualVolume);
        double perWeek = volume / staffing.OpeningHours.WeeksPerYear;
        if (grid is null)
        {
            double agentHours = 0;
            for (int i = 0; i < staffing.IntervalCount; i++)
            {
                double load = Traffic(perWeek, handling, i, volume);
                agentHours += ErlangC.FewestAgentsFor(load, ratio, staffing.Target.Fraction, staffing.MaximumOccupancy) * staffing.IntervalHours(i);
            }

            return staffing.ToFullTimeEquivalents(agentHours, shrinkage);
        }

        var bracket = grid.Bracket(ratio);
        long units = FromBreakpoints(bracket, perWeek, handling, volume, out _);
        return staffing.ToFullTimeEquivalents(units >= 0 ? units / StaffingBreakpoints.UnitsPerHour : Walk(bracket, perWeek, handling, volume), shrinkage);
    }

    /// <summary>
    /// The week's agent-hours in units of 2⁻²⁰ hour from the breakpoints of the two tables around the answer ratio, or
    /// −1 when they cannot tell: no breakpoints for this week (intervals not whole units) or ratio (0, or off the grid's
    /// array), traffic beyond the tables, more than 16 kinds left open, or agent-hours of 2³³ or more (where a double
    /// no longer holds every sum exactly).
    /// </summary>
    /// <remarks>
    /// The table above the ratio gives each interval at least its agents (its thresholds are higher), the table below
    /// at most. Breakpoints passed in both count for sure; a breakpoint passed below but not above leaves its interval
    /// open, and those few intervals are searched directly from the agents they have for sure. Both sides are widened by
    /// twice <see cref="StaffingGrid.Slack"/>, above the rounding of x × share / seconds against the interval's traffic.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long FromBreakpoints(StaffingGrid.Brackets bracket, double perWeek, double handling, double volume, out int searched)
    {
        searched = 0;
        int slot = bracket.Grid + StaffingGrid.Reach;
        if (slot < 0 || slot + 1 >= breakpoints.Length)
        {
            return -1;
        }

        var fewest = Breakpoints(slot + 1, bracket.Above);
        var most = Breakpoints(slot, bracket.Below);
        double x = perWeek * handling;
        double low = x * (1 - (2 * StaffingGrid.Slack));
        double high = x * (1 + (2 * StaffingGrid.Slack));
        if (!(high < fewest.Reach && high < most.Reach) || x * busiest * (1 + StaffingGrid.Slack) > QueueDemand.MaximumTrafficErlangs)
        {
            return -1;
        }

        long atLeast = fewest.UnitsBefore(fewest.Passed(low));
        int mostPassed = most.Passed(high);
        long atMost = most.UnitsBefore(mostPassed);
        if (atMost >= 1L << 53)
        {
            return -1;
        }

        if (atLeast == atMost)
        {
            return atLeast;
        }

        // Breakpoints passed below but perhaps not above: A_N(below) × p_j < high and A_N(above) × p_j ≥ low. As
        // A_N(above) ≤ A_N(below) × spread, only those from low / spread need looking at (and for an N beyond the table
        // above, A_N(below) ≥ its last A_N(above) / spread ≥ the reach / spread, above low / spread too).
        double[] above = bracket.Above;
        var spread = Spread(slot, bracket.Below, above);
        int from = most.Passed(low / spread * (1 - 1e-12));
        Span<int> open = stackalloc int[16];
        Span<int> sure = stackalloc int[16];
        int opened = 0;
        for (int i = from; i < mostPassed; i++)
        {
            ref readonly var entry = ref most[i];
            int n = entry.Agents;
            if (n < above.Length && above[n] * perShare[entry.Kind] < low)
            {
                continue;
            }

            int k = open[..opened].IndexOf(entry.Kind);
            if (k >= 0)
            {
                sure[k] = Math.Min(sure[k], n);
            }
            else if (opened < open.Length)
            {
                open[opened] = entry.Kind;
                sure[opened++] = n;
            }
            else
            {
                return -1;
            }
        }

        // Each open interval has its sure agents counted already; add those the search finds beyond them.
        long units = atLeast;
        for (int k = 0; k < opened; k++)
        {
            int kind = open[k];
            double traffic = Traffic(perWeek, handling, kindInterval[kind], volume);
            int agents = traffic == 0 ? 0 : grid!.Search(traffic, bracket.Ratio, sure[k]);
            units += (agents - sure[k]) * kindUnits![kind];
        }

        searched = opened;
        return units;
    }

    /// <summary>The week's agent-hours in units of 2⁻²⁰ hour as the breakpoints give them (−1 when they cannot), and
    /// how many intervals they left to the direct search: for tests.</summary>
    /// <param name="annualVolume">Contacts a year, 0 or more.</param>
    /// <param name="handlingSeconds">The average handling time, seconds, greater than 0.</param>
    internal (long Units, int Searched) FromBreakpoints(double annualVolume, double handlingSeconds)
    {
        if (grid is null)
        {
            return (-1, 0);
        }

        long units = FromBreakpoints(grid.Bracket(AnswerRatio(handlingSeconds)), annualVolume / Staffing.OpeningHours.WeeksPerYear, handlingSeconds, annualVolume, out int searched);
        return (units, searched);
    }

    /// <summary>The largest A_N(above) / A_N(below) over the agents both tables hold: how far apart the two tables'
    /// breakpoints of one interval and N can be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Spread(int slot, double[] below, double[] above)
    {
        var kept = Volatile.Read(ref spreads[slot]);
        if (kept is not null && ReferenceEquals(kept.Below, below) && ReferenceEquals(kept.Above, above))
        {
            return kept.Value;
        }

        double spread = 1;
        for (int n = 1; n < Math.Min(below.Length, above.Length); n++)
        {
            spread = Math.Max(spread, below[n] > 0 ? above[n] / below[n] : double.PositiveInfinity);
        }

        Volatile.Write(ref spreads[slot], new SpreadOf(below, above, spread));
        return spread;
    }

    /// <summary>The week's agent-hours by a walk over the intervals in order of traffic, each looked up in the two tables
    /// (searched directly where they disagree), extending the tables when the busiest interval passed either.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Walk(StaffingGrid.Brackets bracket, double perWeek, double handling, double volume)
    {
        // Intervals in order of traffic, so each lookup starts where the last ended (a step or two along each table);
        // the agents are then summed in the intervals' own order, the direct curve's, so that both give the same double.
        var staffing = Staffing;
        double[] below = bracket.Below;
        double[] above = bracket.Above;
        int count = staffing.IntervalCount;
        Span<int> agents = count <= 1024 ? stackalloc int[count] : new int[count];
        Span<double> traffic = count <= 1024 ? stackalloc double[count] : new double[count];
        for (int j = 0; j < count; j++)
        {
            double t = ErlangC.Traffic(perWeek * sortedShares[j], handling, sortedSeconds[j]);
            traffic[j] = t <= QueueDemand.MaximumTrafficErlangs ? t : throw ErlangC.TooMuchTraffic(channel, volume, handling, t);
        }

        // Agents at least: the first N whose threshold above reaches the traffic; at most: below. The traffic rises
        // with j (to within rounding, which the walks allow for by stepping back), so each walk is one pass.
        int n = 0;
        int m = 0;
        for (int j = 0; j < count; j++)
        {
            double least = traffic[j] * (1 - StaffingGrid.Slack);
            double most = traffic[j] * (1 + StaffingGrid.Slack);
            while (n < above.Length && above[n] < least)
            {
                n++;
            }

            while (n > 0 && above[n - 1] >= least)
            {
                n--;
            }

            while (m < below.Length && below[m] < most)
            {
                m++;
            }

            while (m > 0 && below[m - 1] >= most)
            {
                m--;
            }

            agents[sortedIndex[j]] = n == m && m < below.Length ? n : traffic[j] == 0 ? 0 : grid!.Search(traffic[j], bracket.Ratio, n);
        }

        // The busiest interval is last: when it passed either table, extend them for the calls to come.
        if (count > 0 && (m == below.Length || n == above.Length) && traffic[count - 1] > 0)
        {
            grid!.Extend(bracket, traffic[count - 1]);
        }

        double agentHours = 0;
        for (int i = 0; i < count; i++)
        {
            agentHours += agents[i] * staffing.IntervalHours(i);
        }

        return agentHours;
    }

    /// <summary>The breakpoints of the grid's table in <paramref name="slot"/>, built on first use and again when the
    /// grid has extended the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private StaffingBreakpoints Breakpoints(int slot, double[] thresholds)
    {
        var kept = Volatile.Read(ref breakpoints[slot]);
        return kept is not null && ReferenceEquals(kept.Source, thresholds) ? kept : BuildBreakpoints(slot, thresholds);
    }

    /// <summary>Builds and keeps the breakpoints of the table in <paramref name="slot"/> (<see cref="Breakpoints"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private StaffingBreakpoints BuildBreakpoints(int slot, double[] thresholds)
    {
        var built = StaffingBreakpoints.Build(perShare, kindUnits!, thresholds);
        Volatile.Write(ref breakpoints[slot], built);
        return built;
    }

    /// <summary>t/AHT at a handling time: the model's own ratio at its own handling time (so that the direct and gridded
    /// curves and the appraisal agree to the bit), else the answer time over the handling time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double AnswerRatio(double handlingSeconds) =>
        handlingSeconds == Staffing.HandlingSeconds ? Staffing.AnswerRatio : answerSeconds / handlingSeconds;

    /// <summary>The largest share of contacts a second of any interval: the busiest interval's traffic is contacts a week
    /// × handling seconds × this.</summary>
    private static double Busiest(ChannelStaffing staffing)
    {
        double busiest = 0;
        for (int i = 0; i < staffing.IntervalCount; i++)
        {
            busiest = Math.Max(busiest, staffing.Share(i) / staffing.IntervalSeconds(i));
        }

        return busiest;
    }

    /// <summary>The traffic of interval <paramref name="i"/>, as <see cref="ErlangC.FullTimeEquivalents"/> computes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Traffic(double perWeek, double handling, int i, double volume)
    {
        double traffic = ErlangC.Traffic(perWeek * Staffing.Share(i), handling, Staffing.IntervalSeconds(i));
        return traffic <= QueueDemand.MaximumTrafficErlangs ? traffic : throw ErlangC.TooMuchTraffic(channel, volume, handling, traffic);
    }

    /// <summary>The spread of the pair of tables around a grid point (<see cref="Spread"/>), kept for the next call.</summary>
    private sealed record SpreadOf(double[] Below, double[] Above, double Value);
}
