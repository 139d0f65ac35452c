namespace ChannelShift.Staffing;

/// <summary>
/// <see cref="ErlangC.FullTimeEquivalents"/> precomputed over a range of annual volumes, for callers that
/// need FTE(V) for many volumes (a Monte Carlo iteration). Same answers, allocation-free, in O(groups × log steps).
/// </summary>
/// <remarks>
/// <para>
/// Agents needed in an interval is a non-decreasing step function of its arrivals (more traffic never lowers the
/// service level's demands: Erlang C rises with traffic, and occupancy and stability only tighten). So for each
/// distinct interval (same length and share: the 336 half-hours of an evenly spread week are one) this records the
/// agents at the bottom of the range and, for each further agent, the smallest arrivals (to the last bit of a double)
/// at which the direct search first asks for it, found by bisection over the doubles using the direct search
/// itself. Evaluating FTE(V) is then a binary search per distinct interval; volumes outside the range fall back to the
/// direct search, so the answer is the same everywhere.
/// </para>
/// <para>
/// The agents per interval equal the direct search's wherever that search is monotone in arrivals to the last bit
/// (it is in exact arithmetic; rounding could in principle break a tie between two adjacent doubles). The FTE sums
/// agent-hours per distinct interval instead of per interval, so it can differ from
/// <see cref="ErlangC.FullTimeEquivalents"/> in the last bits (summation order), never by an agent.
/// </para>
/// <para>
/// Building costs about (agents stepped over) × 64 direct searches per distinct interval; each search costs about
/// the traffic in multiply-adds.
/// </para>
/// </remarks>
internal sealed class StaffingStepFunction
{
    private readonly ChannelStaffing staffing;
    private readonly double[] groupShares;
    private readonly double[] groupSeconds;
    private readonly double[] groupHours;
    private readonly double[] lowestArrivals;
    private readonly double[] highestArrivals;
    private readonly int[] lowestAgents;
    private readonly int[] firstStep;
    private readonly double[] steps;

    private StaffingStepFunction(
        ChannelStaffing staffing,
        double[] groupShares,
        double[] groupSeconds,
        double[] groupHours,
        double[] lowestArrivals,
        double[] highestArrivals,
        int[] lowestAgents,
        int[] firstStep,
        double[] steps)
    {
        this.staffing = staffing;
        this.groupShares = groupShares;
        this.groupSeconds = groupSeconds;
        this.groupHours = groupHours;
        this.lowestArrivals = lowestArrivals;
        this.highestArrivals = highestArrivals;
        this.lowestAgents = lowestAgents;
        this.firstStep = firstStep;
        this.steps = steps;
    }

    /// <summary>The staffing model this function evaluates.</summary>
    internal ChannelStaffing Staffing => staffing;

    /// <summary>Distinct intervals (length and share) in the profile.</summary>
    internal int GroupCount => groupShares.Length;

    /// <summary>Steps recorded over all distinct intervals.</summary>
    internal int StepCount => steps.Length;

    /// <summary>
    /// Precomputes FTE(V) for annual volumes from <paramref name="minimumAnnualVolume"/> to
    /// <paramref name="maximumAnnualVolume"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="staffing"/> is null.</exception>
    /// <exception cref="InputValidationException">A volume is negative or not finite, the range is reversed, or the
    /// maximum gives an interval more than <see cref="QueueDemand.MaximumTrafficErlangs"/>.</exception>
    internal static StaffingStepFunction Create(ChannelStaffing staffing, double minimumAnnualVolume, double maximumAnnualVolume)
    {
        Preconditions.NotNull(staffing);
        Preconditions.NonNegative(minimumAnnualVolume);
        Preconditions.NonNegative(maximumAnnualVolume);
        if (maximumAnnualVolume < minimumAnnualVolume)
        {
            throw Preconditions.Fail(nameof(maximumAnnualVolume), ProblemCodes.Inconsistent, $"{Preconditions.Show(maximumAnnualVolume)} is below the minimum {Preconditions.Show(minimumAnnualVolume)}", "a volume of at least the minimum", maximumAnnualVolume);
        }

        var groupOf = new Dictionary<(double Seconds, double Share), int>();
        var shares = new List<double>();
        var seconds = new List<double>();
        var hours = new List<double>();
        for (int i = 0; i < staffing.IntervalCount; i++)
        {
            var key = (staffing.IntervalSeconds(i), staffing.Share(i));
            if (groupOf.TryGetValue(key, out int g))
            {
                hours[g] += staffing.IntervalHours(i);
            }
            else
            {
                groupOf.Add(key, shares.Count);
                shares.Add(key.Item2);
                seconds.Add(key.Item1);
                hours.Add(staffing.IntervalHours(i));
            }
        }

        int groups = shares.Count;
        double weeks = staffing.OpeningHours.WeeksPerYear;
        var lowest = new double[groups];
        var highest = new double[groups];
        var lowestAgents = new int[groups];
        var firstStep = new int[groups + 1];
        var steps = new List<double>();
        for (int g = 0; g < groups; g++)
        {
            // The same expressions as ErlangC.FullTimeEquivalents, so the bounds are the arrivals it would see.
            double low = minimumAnnualVolume / weeks * shares[g];
            double high = maximumAnnualVolume / weeks * shares[g];
            double intervalSeconds = seconds[g];
            int Agents(double arrivals) => staffing.AgentsFor(arrivals, intervalSeconds, maximumAnnualVolume);

            lowest[g] = low;
            highest[g] = high;
            firstStep[g] = steps.Count;
            int agentsAtLow = Agents(low);
            int agentsAtHigh = Agents(high);
            lowestAgents[g] = agentsAtLow;
            double previous = low;
            int agentsAtPrevious = agentsAtLow;
            for (int wanted = agentsAtLow + 1; wanted <= agentsAtHigh; wanted++)
            {
                if (agentsAtPrevious < wanted)
                {
                    // Invariant: Agents(below) < wanted ≤ Agents(above); positive doubles order as their bit patterns.
                    long below = BitConverter.DoubleToInt64Bits(previous);
                    long above = BitConverter.DoubleToInt64Bits(high);
                    while (above - below > 1)
                    {
                        long middle = below + ((above - below) / 2);
                        if (Agents(BitConverter.Int64BitsToDouble(middle)) >= wanted)
                        {
                            above = middle;
                        }
                        else
                        {
                            below = middle;
                        }
                    }

                    previous = BitConverter.Int64BitsToDouble(above);
                    agentsAtPrevious = Agents(previous);
                }

                // When the agents jump by more than one at a point, the point is recorded once per agent.
                steps.Add(previous);
            }
        }

        firstStep[groups] = steps.Count;
        return new StaffingStepFunction(staffing, [.. shares], [.. seconds], [.. hours], lowest, highest, lowestAgents, firstStep, [.. steps]);
    }

    /// <summary>FTE(V), as <see cref="ErlangC.FullTimeEquivalents"/> computes it; allocation-free.</summary>
    /// <exception cref="InputValidationException"><paramref name="annualVolume"/> is negative or not finite.</exception>
    internal double FullTimeEquivalents(double annualVolume)
    {
        Preconditions.NonNegative(annualVolume);
        double perWeek = annualVolume / staffing.OpeningHours.WeeksPerYear;
        double agentHours = 0;
        for (int g = 0; g < groupShares.Length; g++)
        {
            double arrivals = perWeek * groupShares[g];
            int agents = arrivals >= lowestArrivals[g] && arrivals <= highestArrivals[g]
                ? lowestAgents[g] + CountAtMost(firstStep[g], firstStep[g + 1], arrivals)
                : staffing.AgentsFor(arrivals, groupSeconds[g], annualVolume);
            agentHours += agents * groupHours[g];
        }

        return staffing.ToFullTimeEquivalents(agentHours);
    }

    /// <summary>How many recorded steps in [<paramref name="start"/>, <paramref name="end"/>) are at or below
    /// <paramref name="arrivals"/> (the steps are sorted).</summary>
    private int CountAtMost(int start, int end, double arrivals)
    {
        int low = start;
        int high = end;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (steps[middle] <= arrivals)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - start;
    }
}
