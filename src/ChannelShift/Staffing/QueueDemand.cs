namespace ChannelShift.Staffing;

/// <summary>
/// The work offered to a queue in one interval: how many contacts arrive, over how long, and how long each takes to
/// handle. Its <see cref="TrafficErlangs"/> is the load an M/M/N (Erlang C) model is evaluated at.
/// </summary>
/// <remarks>
/// Traffic A = arrivals × average handling time / interval length, in Erlangs (A. K. Erlang, "Solution of some
/// problems in the theory of probabilities of significance in automatic telephone exchanges", Elektroteknikeren 13,
/// 1917). One Erlang is one agent kept busy for the whole interval. The traffic is limited to
/// <see cref="MaximumTrafficErlangs"/> so that any number of agents the model can ask for fits in an <see cref="int"/>.
/// </remarks>
public sealed class QueueDemand
{
    /// <summary>The largest traffic accepted, in Erlangs (10⁹): far beyond any contact centre, and small enough that
    /// the agents needed always fit in an <see cref="int"/>.</summary>
    public const double MaximumTrafficErlangs = 1e9;

    /// <summary>Creates the demand for one interval.</summary>
    /// <param name="arrivalsPerInterval">Contacts arriving in the interval; a finite number of 0 or more (need not be whole:
    /// it is a mean rate).</param>
    /// <param name="intervalLength">The length of the interval (e.g. 30 minutes); greater than 0.</param>
    /// <param name="averageHandlingTime">The mean time an agent spends on one contact, talk and wrap-up included;
    /// greater than 0.</param>
    /// <exception cref="InputValidationException">An argument is out of its range, or the traffic exceeds
    /// <see cref="MaximumTrafficErlangs"/>.</exception>
    public QueueDemand(double arrivalsPerInterval, TimeSpan intervalLength, TimeSpan averageHandlingTime)
    {
        ArrivalsPerInterval = Preconditions.NonNegative(arrivalsPerInterval);
        IntervalLength = Preconditions.Positive(intervalLength);
        AverageHandlingTime = Preconditions.Positive(averageHandlingTime);
        TrafficErlangs = ErlangC.Traffic(arrivalsPerInterval, averageHandlingTime.TotalSeconds, intervalLength.TotalSeconds);
        if (!(TrafficErlangs <= MaximumTrafficErlangs))
        {
            throw Preconditions.Fail(nameof(arrivalsPerInterval), ProblemCodes.Inconsistent, $"{Preconditions.Show(arrivalsPerInterval)} gives a traffic of {Preconditions.Show(TrafficErlangs)} Erlangs", $"at most {Preconditions.Show(MaximumTrafficErlangs)} Erlangs", arrivalsPerInterval);
        }
    }

    /// <summary>Contacts arriving in the interval (a mean, 0 or more).</summary>
    public double ArrivalsPerInterval { get; }

    /// <summary>The length of the interval.</summary>
    public TimeSpan IntervalLength { get; }

    /// <summary>The mean handling time of one contact.</summary>
    public TimeSpan AverageHandlingTime { get; }

    /// <summary>
    /// Traffic A = <see cref="ArrivalsPerInterval"/> × <see cref="AverageHandlingTime"/> / <see cref="IntervalLength"/>,
    /// in Erlangs (Erlang 1917), computed in that order in double precision from the durations in seconds.
    /// </summary>
    public double TrafficErlangs { get; }
}
