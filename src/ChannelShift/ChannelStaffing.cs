using System.Runtime.CompilerServices;

namespace ChannelShift;

/// <summary>
/// The staffing model of an assisted channel (a contact centre or a counter): how many full-time equivalents (FTE) a
/// year's volume needs when every interval of the opening week is staffed by Erlang C to a service-level target.
/// </summary>
/// <remarks>
/// <para>
/// FTE(V) for an annual volume V (docs/cashable-savings.md):
/// FTE(V) = Σ over the week's intervals i of agents_i × hours_i × weeks a year / (1 − shrinkage) / contracted hours
/// per FTE per year, where agents_i is the fewest agents meeting the target in interval i
/// (<c>Staffing.ErlangC.FewestAgents</c>; 0 when the interval has no arrivals) at arrivals_i = V / weeks a year ×
/// share_i, with traffic arrivals_i × handling time / interval length (A. K. Erlang, Elektroteknikeren 13, 1917).
/// </para>
/// <para>
/// FTE is a continuous double: the agents in each interval are whole, but shrinkage and contracted hours are spread
/// over the year, so no rounding happens here (whole people are counted where savings are banked). Agents needed is a
/// non-decreasing step function of arrivals, so FTE(V) is a non-decreasing step function of V.
/// </para>
/// </remarks>
public sealed class ChannelStaffing
{
    private readonly double[] intervalSeconds;
    private readonly double[] intervalHours;
    private readonly double[] shares;

    /// <summary>Creates a staffing model.</summary>
    /// <param name="handlingTime">Average handling time of one contact, talk and wrap-up included; greater than 0.</param>
    /// <param name="target">The service level each interval is staffed to, e.g. 80% answered within 20 s.</param>
    /// <param name="shrinkage">The fraction of paid time not available to answer contacts (leave, sickness, training,
    /// breaks), in [0, 1).</param>
    /// <param name="openingHours">The opening week's intervals with their shares of the contacts, and weeks a year.</param>
    /// <param name="contractedHoursPerFtePerYear">Contracted hours a year of one full-time equivalent (e.g. 37 hours ×
    /// 52.14 weeks = 1,929 hours); greater than 0.</param>
    /// <param name="costPerFtePerYear">What one FTE costs a year, salary and on-costs, in the scenario's currency; 0 or
    /// more.</param>
    /// <param name="releaseCostPerFte">One-off cost of releasing one FTE (redundancy, pension strain), in the
    /// scenario's currency; 0 or more. Default 0.</param>
    /// <param name="maximumOccupancy">The highest occupancy A/N allowed in any interval, greater than 0 and at most 1.
    /// The default 1 is no cap.</param>
    /// <param name="releaseFunding">Whether the budget meets release costs from capital or revenue (revenue by
    /// default).</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="openingHours"/> is null.</exception>
    /// <exception cref="InputValidationException">An argument is out of its range.</exception>
    public ChannelStaffing(
        TimeSpan handlingTime,
        ServiceLevelTarget target,
        double shrinkage,
        OpeningHoursProfile openingHours,
        double contractedHoursPerFtePerYear,
        decimal costPerFtePerYear,
        decimal releaseCostPerFte = 0m,
        double maximumOccupancy = 1,
        Funding releaseFunding = Funding.Revenue)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(openingHours);
        var problems = new List<InputProblem>();
        Rules.PositiveSeconds.Check(handlingTime.TotalSeconds, nameof(handlingTime), problems);
        Rules.Shrinkage.Check(shrinkage, nameof(shrinkage), problems);
        Rules.PositiveHours.Check(contractedHoursPerFtePerYear, nameof(contractedHoursPerFtePerYear), problems);
        Rules.Amount.Check(costPerFtePerYear, nameof(costPerFtePerYear), problems);
        Rules.Amount.Check(releaseCostPerFte, nameof(releaseCostPerFte), problems);
        Rules.Occupancy.Check(maximumOccupancy, nameof(maximumOccupancy), problems);
        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        HandlingTime = handlingTime;
        Target = target;
        Shrinkage = shrinkage;
        OpeningHours = openingHours;
        ContractedHoursPerFtePerYear = contractedHoursPerFtePerYear;
        CostPerFtePerYear = costPerFtePerYear;
        ReleaseCostPerFte = releaseCostPerFte;
        MaximumOccupancy = maximumOccupancy;
        ReleaseFunding = releaseFunding;

        int count = openingHours.Intervals.Count;
        intervalSeconds = new double[count];
        intervalHours = new double[count];
        shares = new double[count];
        for (int i = 0; i < count; i++)
        {
            OpeningInterval interval = openingHours.Intervals[i];
            intervalSeconds[i] = interval.Length.TotalSeconds;
            intervalHours[i] = interval.Length.TotalHours;
            shares[i] = interval.Share;
        }

        HandlingSeconds = handlingTime.TotalSeconds;
        AnswerRatio = target.AnswerWithin.TotalSeconds / HandlingSeconds;
    }

    /// <summary>Average handling time of one contact.</summary>
    public TimeSpan HandlingTime { get; }

    /// <summary>The service level each interval is staffed to.</summary>
    public ServiceLevelTarget Target { get; }

    /// <summary>The fraction of paid time not available to answer contacts, in [0, 1).</summary>
    public double Shrinkage { get; }

    /// <summary>The opening week and weeks a year.</summary>
    public OpeningHoursProfile OpeningHours { get; }

    /// <summary>Contracted hours a year of one FTE.</summary>
    public double ContractedHoursPerFtePerYear { get; }

    /// <summary>What one FTE costs a year, in the scenario's currency.</summary>
    public decimal CostPerFtePerYear { get; }

    /// <summary>One-off cost of releasing one FTE, in the scenario's currency.</summary>
    public decimal ReleaseCostPerFte { get; }

    /// <summary>The highest occupancy allowed in any interval, in (0, 1]; 1 is no cap.</summary>
    public double MaximumOccupancy { get; }

    /// <summary>Whether the budget meets release costs from capital or revenue.</summary>
    public Funding ReleaseFunding { get; }

    internal double HandlingSeconds { get; }

    /// <summary>t/AHT, the answer time as a multiple of the handling time.</summary>
    internal double AnswerRatio { get; }

    internal int IntervalCount => shares.Length;

    internal double IntervalSeconds(int index) => intervalSeconds[index];

    internal double IntervalHours(int index) => intervalHours[index];

    internal double Share(int index) => shares[index];

    /// <summary>Weekly agent-hours to FTE: × weeks a year / (1 − shrinkage) / contracted hours per FTE.</summary>
    internal double ToFullTimeEquivalents(double weeklyAgentHours) => ToFullTimeEquivalents(weeklyAgentHours, Shrinkage);

    /// <summary>FTE for weekly agent-hours at another shrinkage than the model's (a draw or a swing of it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double ToFullTimeEquivalents(double weeklyAgentHours, double shrinkage) =>
        weeklyAgentHours * OpeningHours.WeeksPerYear / (1 - shrinkage) / ContractedHoursPerFtePerYear;
}
