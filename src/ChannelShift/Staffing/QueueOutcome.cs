namespace ChannelShift.Staffing;

/// <summary>
/// How an M/M/N (Erlang C) queue performs with a given number of agents: the result of
/// <see cref="ErlangC.Evaluate"/> and <see cref="ErlangC.FewestAgents"/>. Ratios are fractions (0.8 = 80%), unrounded.
/// </summary>
/// <remarks>
/// <para>
/// Formulas (A. K. Erlang, Elektroteknikeren 13, 1917; as in the CRAN package ErlangC), for traffic A Erlangs, N agents, average handling time AHT and answer time t:
/// P(wait) = N·B_N / (N − A(1 − B_N)) with B_N the Erlang B blocking probability;
/// service level SL(t) = 1 − P(wait)·e^(−(N−A)·t/AHT); average speed of answer ASA = P(wait)·AHT/(N − A);
/// occupancy = A/N; staff = ⌈N/(1 − shrinkage)⌉.
/// </para>
/// <para>
/// An unstable queue (N ≤ A with A &gt; 0: the agents cannot keep up and the queue grows without limit) is never
/// reported as NaN. It is flagged by <see cref="IsStable"/> = <see langword="false"/> and a <see cref="Warning"/>
/// containing the word "unstable" and <see cref="FewestStableAgents"/>; its measures are the limits as the queue
/// grows: <see cref="ServiceLevel"/> 0, <see cref="ProbabilityOfWaiting"/> 1,
/// <see cref="AverageSpeedOfAnswerSeconds"/> positive infinity and <see cref="Occupancy"/> 1.
/// With no traffic (A = 0) every number of agents, 0 included, is stable: nobody waits (service level 1,
/// probability of waiting 0, speed of answer 0, occupancy 0).
/// </para>
/// </remarks>
public sealed class QueueOutcome
{
    internal QueueOutcome(
        double trafficErlangs,
        int agents,
        TimeSpan answerWithin,
        double serviceLevel,
        double probabilityOfWaiting,
        double averageSpeedOfAnswerSeconds,
        double occupancy,
        double shrinkage,
        int staffWithShrinkage,
        bool isStable,
        int fewestStableAgents,
        string? warning)
    {
        TrafficErlangs = trafficErlangs;
        Agents = agents;
        AnswerWithin = answerWithin;
        ServiceLevel = serviceLevel;
        ProbabilityOfWaiting = probabilityOfWaiting;
        AverageSpeedOfAnswerSeconds = averageSpeedOfAnswerSeconds;
        Occupancy = occupancy;
        Shrinkage = shrinkage;
        StaffWithShrinkage = staffWithShrinkage;
        IsStable = isStable;
        FewestStableAgents = fewestStableAgents;
        Warning = warning;
    }

    /// <summary>Traffic A offered to the queue, in Erlangs (arrivals × handling time / interval length).</summary>
    public double TrafficErlangs { get; }

    /// <summary>Agents N answering contacts (on the phones or at the desks, after shrinkage).</summary>
    public int Agents { get; }

    /// <summary>The answer time t that <see cref="ServiceLevel"/> refers to.</summary>
    public TimeSpan AnswerWithin { get; }

    /// <summary>Service level SL(t) = 1 − P(wait)·e^(−(N−A)·t/AHT): the fraction of contacts answered within
    /// <see cref="AnswerWithin"/>, in [0, 1]; 0 for an unstable queue.</summary>
    public double ServiceLevel { get; }

    /// <summary>Probability that a contact has to wait (Erlang C), in [0, 1]; 1 for an unstable queue.</summary>
    public double ProbabilityOfWaiting { get; }

    /// <summary>Average speed of answer ASA = P(wait)·AHT/(N − A), in seconds, over all contacts (those answered at
    /// once count as 0); positive infinity for an unstable queue.</summary>
    public double AverageSpeedOfAnswerSeconds { get; }

    /// <summary>Occupancy A/N: the fraction of the agents' time spent handling contacts, in [0, 1); 1 for an unstable
    /// queue; 0 when there is no traffic.</summary>
    public double Occupancy { get; }

    /// <summary>The shrinkage used for <see cref="StaffWithShrinkage"/>: the fraction of paid time not available to
    /// answer contacts (leave, training, breaks), in [0, 1).</summary>
    public double Shrinkage { get; }

    /// <summary>Staff to roster, ⌈<see cref="Agents"/> / (1 − <see cref="Shrinkage"/>)⌉, computed exactly
    /// (see <see cref="ErlangC.StaffWithShrinkage"/>).</summary>
    public int StaffWithShrinkage { get; }

    /// <summary>Whether the queue is stable (N &gt; A, or no traffic). When <see langword="false"/> the other
    /// measures are limits, not a steady state, and <see cref="Warning"/> says so.</summary>
    public bool IsStable { get; }

    /// <summary>Whether the service level meets a target fraction: SL(t) ≥ the fraction, the test
    /// <see cref="ErlangC.FewestAgents"/> applies (an unstable queue, SL 0, meets no positive target).</summary>
    /// <param name="fraction">The target fraction answered within <see cref="AnswerWithin"/>, e.g. 0.8.</param>
    /// <returns>True when the target is met.</returns>
    public bool MeetsServiceLevel(double fraction) => ServiceLevel >= fraction;

    /// <summary>Whether the occupancy keeps to a cap: A/N ≤ the cap, the test <see cref="ErlangC.FewestAgents"/> applies
    /// (<see cref="ErlangC.MeetsOccupancyCap"/>: a cap met exactly, such as 11.05 Erlangs on 13 agents at 85%, is
    /// met).</summary>
    /// <param name="maximumOccupancy">The highest occupancy allowed, e.g. 0.85.</param>
    /// <returns>True when within the cap.</returns>
    public bool IsWithinOccupancy(double maximumOccupancy) => ErlangC.MeetsOccupancyCap(TrafficErlangs, Agents, maximumOccupancy);

    /// <summary>The fewest agents that make the queue stable: ⌊A⌋ + 1, or 0 when there is no traffic.</summary>
    public int FewestStableAgents { get; }

    /// <summary><see langword="null"/> for a stable queue; otherwise a plain-words message, in the invariant culture,
    /// that contains the word "unstable" and <see cref="FewestStableAgents"/>.</summary>
    public string? Warning { get; }
}
