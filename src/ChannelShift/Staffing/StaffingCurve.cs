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

    private StaffingCurve(ChannelStaffing staffing, double rise, StaffingGrid? grid)
    {
        Staffing = staffing;
        this.rise = rise;
        this.grid = grid;
        answerSeconds = staffing.Target.AnswerWithin.TotalSeconds;
        if (grid is not null)
        {
            sortedIndex = Enumerable.Range(0, staffing.IntervalCount).OrderBy(i => staffing.Share(i) / staffing.IntervalSeconds(i)).ToArray();
            sortedShares = Array.ConvertAll(sortedIndex, staffing.Share);
            sortedSeconds = Array.ConvertAll(sortedIndex, staffing.IntervalSeconds);
        }
    }

    /// <summary>The channel's staffing model.</summary>
    internal ChannelStaffing Staffing { get; }

    /// <summary>A curve searched directly, one Erlang C search per interval (an appraisal: a few dozen volumes).</summary>
    internal static StaffingCurve Direct(ChannelStaffing staffing, double handlingTimeRise) => new(staffing, handlingTimeRise, null);

    /// <summary>A curve read from a grid of traffic thresholds with tables up to the traffic of
    /// <paramref name="maximumVolume"/> a year at the risen handling time at first, extended as more is met.</summary>
    internal static StaffingCurve Gridded(ChannelStaffing staffing, double handlingTimeRise, double maximumVolume)
    {
        // Within a millionth of 100%, a service level's rounding (1 − x with x near 1e-11 holds x only to about 1e-5)
        // could exceed the grid's slack; such a target is staffed by the direct search, so answers stay exact.
        if (staffing.Target.Fraction > StaffingGrid.HighestTarget)
        {
            return Direct(staffing, handlingTimeRise);
        }

        double busiest = 0;
        for (int i = 0; i < staffing.IntervalCount; i++)
        {
            busiest = Math.Max(busiest, staffing.Share(i) / staffing.IntervalSeconds(i));
        }

        // The tables first cover the busiest interval at the largest volume expected at the risen handling time; a
        // draw or swing beyond extends them.
        double traffic = maximumVolume / staffing.OpeningHours.WeeksPerYear * busiest * staffing.HandlingSeconds * (1 + Math.Max(0, handlingTimeRise));
        return new(staffing, handlingTimeRise, new StaffingGrid(staffing.Target.Fraction, staffing.MaximumOccupancy, traffic));
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
    internal double Fte(double annualVolume, double handlingSeconds, double shrinkage)
    {
        var staffing = Staffing;
        double handling = handlingSeconds;
        double ratio = handling == staffing.HandlingSeconds ? staffing.AnswerRatio : answerSeconds / handling;
        double volume = Math.Max(0, annualVolume);
        double perWeek = volume / staffing.OpeningHours.WeeksPerYear;
        double agentHours = 0;
        if (grid is null)
        {
            for (int i = 0; i < staffing.IntervalCount; i++)
            {
                double load = Traffic(perWeek, handling, i, volume);
                agentHours += ErlangC.FewestAgentsFor(load, ratio, staffing.Target.Fraction, staffing.MaximumOccupancy) * staffing.IntervalHours(i);
            }

            return staffing.ToFullTimeEquivalents(agentHours, shrinkage);
        }

        // Intervals in order of traffic, so each lookup starts where the last ended (a step or two along each table);
        // the agents are then summed in the intervals' own order, the direct curve's, so that both give the same double.
        var bracket = grid.Bracket(ratio);
        double[] below = bracket.Below;
        double[] above = bracket.Above;
        int count = staffing.IntervalCount;
        Span<int> agents = count <= 1024 ? stackalloc int[count] : new int[count];
        Span<double> traffic = count <= 1024 ? stackalloc double[count] : new double[count];
        for (int j = 0; j < count; j++)
        {
            double t = ErlangC.Traffic(perWeek * sortedShares[j], handling, sortedSeconds[j]);
            traffic[j] = t <= QueueDemand.MaximumTrafficErlangs ? t : throw ErlangC.TooMuchTraffic(volume, t);
        }

        // Agents at least: the first N whose threshold above reaches the traffic; at most: below. The traffic rises
        // with j (to within rounding, which the walks allow for by stepping back), so each walk is one pass. This is
        // StaffingGrid.Agents' rule written out in the loop: as calls (even inlined ones) it made a simulation of
        // realistic-uncertain.json about 20% slower.
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

            agents[sortedIndex[j]] = n == m && m < below.Length ? n : traffic[j] == 0 ? 0 : grid.Search(traffic[j], ratio, n);
        }

        // The busiest interval is last: when it passed either table, extend them for the calls to come.
        if (count > 0 && (m == below.Length || n == above.Length) && traffic[count - 1] > 0)
        {
            grid.Extend(bracket, traffic[count - 1]);
        }

        for (int i = 0; i < count; i++)
        {
            agentHours += agents[i] * staffing.IntervalHours(i);
        }

        return staffing.ToFullTimeEquivalents(agentHours, shrinkage);
    }

    /// <summary>The traffic of interval <paramref name="i"/>, as <see cref="ErlangC.FullTimeEquivalents"/> computes it.</summary>
    private double Traffic(double perWeek, double handling, int i, double volume)
    {
        double traffic = ErlangC.Traffic(perWeek * Staffing.Share(i), handling, Staffing.IntervalSeconds(i));
        return traffic <= QueueDemand.MaximumTrafficErlangs ? traffic : throw ErlangC.TooMuchTraffic(volume, traffic);
    }
}
