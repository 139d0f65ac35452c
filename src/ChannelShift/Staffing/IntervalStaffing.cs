namespace ChannelShift.Staffing;

/// <summary>
/// The staffing of one interval by Erlang C as a question and its answer: the demand, the target and occupancy cap asked
/// for (or the number of agents given), and the <see cref="QueueOutcome"/>. What <c>ErlangC.FewestAgents</c> or
/// <c>ErlangC.Evaluate</c> answered, gathered so that it can be reported. Immutable.
/// </summary>
public sealed class IntervalStaffing
{
    /// <summary>Gathers a question and its answer.</summary>
    /// <param name="demand">The contacts of the interval.</param>
    /// <param name="outcome">The answer.</param>
    /// <param name="target">The share of contacts to answer within the outcome's answer time, or null when agents were
    /// given without a target.</param>
    /// <param name="maximumOccupancy">The occupancy cap asked for, or null for none.</param>
    /// <param name="givenAgents">The agents evaluated, or null when the fewest agents were found.</param>
    public IntervalStaffing(QueueDemand demand, QueueOutcome outcome, double? target = null, double? maximumOccupancy = null, int? givenAgents = null)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(outcome);
        Demand = demand;
        Outcome = outcome;
        Target = target;
        MaximumOccupancy = maximumOccupancy;
        GivenAgents = givenAgents;
    }

    /// <summary>The contacts of the interval.</summary>
    public QueueDemand Demand { get; }

    /// <summary>The answer.</summary>
    public QueueOutcome Outcome { get; }

    /// <summary>The service-level target (a fraction), or null.</summary>
    public double? Target { get; }

    /// <summary>The occupancy cap, or null.</summary>
    public double? MaximumOccupancy { get; }

    /// <summary>The agents evaluated, or null when the fewest were found.</summary>
    public int? GivenAgents { get; }

    /// <summary>Whether the outcome meets the target (<see cref="QueueOutcome.MeetsServiceLevel"/>), or null without a
    /// target.</summary>
    public bool? MeetsTarget => Target is { } t ? Outcome.MeetsServiceLevel(t) : null;

    /// <summary>Whether the outcome's occupancy is within the cap (<see cref="QueueOutcome.IsWithinOccupancy"/>), or null
    /// without a cap.</summary>
    public bool? WithinMaximumOccupancy => MaximumOccupancy is { } cap ? Outcome.IsWithinOccupancy(cap) : null;
}
