using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChannelShift.Staffing;

/// <summary>
/// The Erlang C model of an M/M/N queue (a call centre or a walk-in counter): Poisson arrivals, exponential handling
/// times, N agents, contacts wait in one queue and none give up. Evaluates a given number of agents and finds the
/// fewest agents that meet a service-level target.
/// </summary>
/// <remarks>
/// <para>
/// Source: A. K. Erlang, "Solution of some problems in the theory of probabilities of significance in automatic
/// telephone exchanges", Elektroteknikeren 13 (1917); formulas checked
/// against the CRAN package ErlangC (README example) and the pyworkforce tutorial. See <see cref="QueueOutcome"/> for
/// the formulas of each measure.
/// </para>
/// <para>
/// Numerics: the probability of waiting is computed through the Erlang B recursion B₀ = 1,
/// B_k = A·B_{k−1}/(k + A·B_{k−1}), run in its reciprocal form 1/B_k = 1 + (k/A)·(1/B_{k−1}), which is the same
/// recursion without a division per step. Every term is positive, so it does not cancel and stays accurate for
/// thousands of agents (relative error of order N × 10⁻¹⁶); when 1/B overflows B is 0 to double precision and the
/// recursion stops. Then P(wait) = N·B/((N − A) + A·B) = N/(A + (N − A)/B), which never divides by zero for a stable
/// queue. No factorials or powers are formed.
/// </para>
/// <para>
/// Performance: <see cref="FewestAgents"/> starts at ⌊A⌋ + 1 (or where the occupancy cap allows) and walks up one
/// agent at a time, extending the recursion by one step per agent rather than restarting it, so it costs about
/// A + (agents above A) multiply-adds and one exponential per agent tried; the search allocates nothing (the result
/// object is the only allocation).
/// </para>
/// </remarks>
public static class ErlangC
{
    /// <summary>Evaluates the queue with a given number of agents.</summary>
    /// <param name="demand">The interval's arrivals, length and handling time.</param>
    /// <param name="agents">Agents N; 0 or more. N ≤ A gives an unstable outcome (see <see cref="QueueOutcome"/>), not
    /// an exception.</param>
    /// <param name="answerWithin">The answer time t for the service level; 0 or more.</param>
    /// <param name="shrinkage">The fraction of paid time not available to answer contacts, in [0, 1); used only for
    /// <see cref="QueueOutcome.StaffWithShrinkage"/>. Default 0.</param>
    /// <returns>The service level, probability of waiting, average speed of answer, occupancy and staff.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demand"/> is null.</exception>
    /// <exception cref="InputValidationException">An argument is out of its range, or the staff would exceed
    /// <see cref="int.MaxValue"/>.</exception>
    public static QueueOutcome Evaluate(QueueDemand demand, int agents, TimeSpan answerWithin, double shrinkage = 0)
    {
        Preconditions.NotNull(demand);
        Preconditions.AtLeast(agents, 0);
        Preconditions.NonNegative(answerWithin);
        Preconditions.InRange(shrinkage, 0, true, 1, false);
        double traffic = demand.TrafficErlangs;
        double reciprocal = ReciprocalErlangB(traffic, agents);
        return Outcome(traffic, agents, reciprocal, demand.AverageHandlingTime.TotalSeconds, answerWithin, shrinkage);
    }

    /// <summary>
    /// Finds the fewest agents N that meet a service-level target (SL(t) ≥ the target fraction) and, if asked, keep
    /// occupancy A/N at or below a cap; the queue is always stable at the answer.
    /// </summary>
    /// <param name="demand">The interval's arrivals, length and handling time.</param>
    /// <param name="target">The fraction to answer within a time, e.g. 80% within 20 s.</param>
    /// <param name="shrinkage">The fraction of paid time not available to answer contacts, in [0, 1); used only for
    /// <see cref="QueueOutcome.StaffWithShrinkage"/>. Default 0.</param>
    /// <param name="maximumOccupancy">The highest occupancy A/N allowed, greater than 0 and at most 1. The default 1
    /// is no cap: every stable queue has occupancy below 1.</param>
    /// <returns>The outcome at the fewest agents; 0 agents when there is no traffic. Its values are exactly those
    /// <see cref="Evaluate"/> gives for the same number of agents.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputValidationException">An argument is out of its range, or the agents or staff needed
    /// would exceed <see cref="int.MaxValue"/> (e.g. a tiny occupancy cap).</exception>
    public static QueueOutcome FewestAgents(QueueDemand demand, ServiceLevelTarget target, double shrinkage = 0, double maximumOccupancy = 1)
    {
        Preconditions.NotNull(demand);
        Preconditions.NotNull(target);
        Preconditions.InRange(shrinkage, 0, true, 1, false);
        Preconditions.InRange(maximumOccupancy, 0, false, 1, true);
        double traffic = demand.TrafficErlangs;
        double handlingSeconds = demand.AverageHandlingTime.TotalSeconds;
        double answerRatio = target.AnswerWithin.TotalSeconds / handlingSeconds;
        int agents = FewestAgentsFor(traffic, answerRatio, target.Fraction, maximumOccupancy, out double reciprocal);
        return Outcome(traffic, agents, reciprocal, handlingSeconds, target.AnswerWithin, shrinkage);
    }

    /// <summary>
    /// Staff to roster for a number of agents: ⌈agents / (1 − shrinkage)⌉, computed exactly.
    /// </summary>
    /// <remarks>
    /// A shrinkage is a decimal fraction typed by a person (30%), but 0.3 has no exact binary form, and in double
    /// precision 21/(1 − 0.3) comes out a hair above 30, so a plain ceiling gives 31 staff where the answer is 30
    /// (a ceiling that must give 30). This method reads the shrinkage as the shortest decimal m/10^k that round-trips to the given
    /// double (0.3, not the binary 0.29999999999999998890) and computes ⌈agents·10^k / (10^k − m)⌉ in 128-bit integer
    /// arithmetic: no rounding and no tolerance. (A shrinkage below 10⁻¹¹ has k above 28, beyond that integer range,
    /// but then agents·s/(1 − s) is strictly between 0 and 1 for any <see cref="int"/> number of agents, so the exact
    /// answer is agents + 1.)
    /// </remarks>
    /// <param name="agents">Agents; 0 or more.</param>
    /// <param name="shrinkage">The fraction of paid time not available to answer contacts, in [0, 1).</param>
    /// <returns>The smallest whole number of staff S with S·(1 − shrinkage) ≥ agents.</returns>
    /// <exception cref="InputValidationException">An argument is out of its range, or the staff would exceed
    /// <see cref="int.MaxValue"/>.</exception>
    public static int StaffWithShrinkage(int agents, double shrinkage)
    {
        Preconditions.AtLeast(agents, 0);
        Preconditions.InRange(shrinkage, 0, true, 1, false);
        if (agents == 0 || shrinkage == 0)
        {
            return agents;
        }

        UInt128 staff;
        if (shrinkage < 1e-11)
        {
            staff = (UInt128)agents + 1;
        }
        else
        {
            (ulong digits, int scale) = ShortestDecimal(shrinkage);
            UInt128 power = UInt128.One;
            for (int i = 0; i < scale; i++)
            {
                power *= 10;
            }

            UInt128 denominator = power - digits;
            staff = (((UInt128)agents * power) + denominator - 1) / denominator;
        }

        if (staff > int.MaxValue)
        {
            throw Preconditions.Fail(nameof(agents), ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"{agents} at a shrinkage of {Preconditions.Show(shrinkage)} needs more than {int.MaxValue} staff"), "fewer agents or less shrinkage", agents);
        }

        return (int)staff;
    }

    /// <summary>Traffic A = arrivals × handling time / interval length (Erlang 1917), in this order, so that every
    /// caller gets the same double.</summary>
    internal static double Traffic(double arrivals, double handlingSeconds, double intervalSeconds) =>
        arrivals * handlingSeconds / intervalSeconds;

    /// <summary>
    /// 1/B_N, the reciprocal of the Erlang B blocking probability for <paramref name="traffic"/> Erlangs and
    /// <paramref name="agents"/> servers, by the recursion 1/B_k = 1 + (k/A)·(1/B_{k−1}), 1/B₀ = 1. Positive infinity
    /// when B_N underflows; 1 when there are no agents; positive infinity when there is no traffic and N ≥ 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double ReciprocalErlangB(double traffic, int agents)
    {
        if (agents == 0)
        {
            return 1;
        }

        if (traffic == 0)
        {
            return double.PositiveInfinity;
        }

        double perAgent = 1 / traffic;
        double reciprocal = 1;
        for (int k = 1; k <= agents; k++)
        {
            reciprocal = 1 + (reciprocal * (k * perAgent));
            if (double.IsPositiveInfinity(reciprocal))
            {
                break;
            }
        }

        return reciprocal;
    }

    /// <summary>
    /// P(wait) = N/(A + (N − A)·(1/B_N)) for a stable queue (N &gt; A &gt; 0); 0 when 1/B_N is infinite.
    /// </summary>
    internal static double ProbabilityOfWaiting(double traffic, int agents, double reciprocalErlangB) =>
        agents / (traffic + ((agents - traffic) * reciprocalErlangB));

    /// <summary>SL(t) = 1 − P(wait)·e^(−(N−A)·t/AHT) for a stable queue, with <paramref name="answerRatio"/> = t/AHT.</summary>
    internal static double ServiceLevel(double traffic, int agents, double probabilityOfWaiting, double answerRatio) =>
        1 - (probabilityOfWaiting * Math.Exp(-(agents - traffic) * answerRatio));

    /// <summary>
    /// The allocation-free search behind <see cref="FewestAgents"/>:
    /// the fewest agents N &gt; A with SL(t) ≥ <paramref name="targetFraction"/> and A/N ≤
    /// <paramref name="maximumOccupancy"/>; 0 when <paramref name="traffic"/> is 0. Arguments are trusted (checked by
    /// the callers): traffic in [0, <see cref="QueueDemand.MaximumTrafficErlangs"/>], answer ratio t/AHT ≥ 0, target
    /// in (0, 1), cap in (0, 1].
    /// </summary>
    internal static int FewestAgentsFor(double traffic, double answerRatio, double targetFraction, double maximumOccupancy) =>
        FewestAgentsFor(traffic, answerRatio, targetFraction, maximumOccupancy, 0, out _);

    /// <summary>The same search started at no fewer than <paramref name="atLeast"/> agents, for a caller that knows
    /// fewer cannot meet the target (<see cref="StaffingGrid"/>): the same answer, sooner.</summary>
    internal static int FewestAgentsFor(double traffic, double answerRatio, double targetFraction, double maximumOccupancy, int atLeast) =>
        FewestAgentsFor(traffic, answerRatio, targetFraction, maximumOccupancy, atLeast, out _);

    private static int FewestAgentsFor(double traffic, double answerRatio, double targetFraction, double maximumOccupancy, out double reciprocal) =>
        FewestAgentsFor(traffic, answerRatio, targetFraction, maximumOccupancy, 0, out reciprocal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FewestAgentsFor(double traffic, double answerRatio, double targetFraction, double maximumOccupancy, int atLeast, out double reciprocal)
    {
        if (traffic == 0)
        {
            reciprocal = 1;
            return 0;
        }

        // Start where the queue is stable and (to within rounding, hence the − 1) the occupancy cap can hold; the loop
        // below checks both conditions itself, so the start only has to be no later than the answer.
        double start = Math.Max(Math.Max(Math.Floor(traffic) + 1, Math.Floor(traffic / maximumOccupancy) - 1), atLeast);
        if (start >= int.MaxValue)
        {
            throw TooManyAgents(traffic, maximumOccupancy);
        }

        int agents = (int)start;
        reciprocal = ReciprocalErlangB(traffic, agents);
        double perAgent = 1 / traffic;
        while (true)
        {
            if (MeetsOccupancyCap(traffic, agents, maximumOccupancy))
            {
                double waiting = ProbabilityOfWaiting(traffic, agents, reciprocal);
                if (ServiceLevel(traffic, agents, waiting, answerRatio) >= targetFraction)
                {
                    return agents;
                }
            }

            if (agents == int.MaxValue)
            {
                throw TooManyAgents(traffic, maximumOccupancy);
            }

            agents++;
            reciprocal = 1 + (reciprocal * (agents * perAgent));
        }
    }

    /// <summary>
    /// Whether <paramref name="agents"/> handle <paramref name="traffic"/> Erlangs at an occupancy A/N at or below
    /// <paramref name="maximumOccupancy"/>. Compared as A ≤ cap × N to within 1 part in 10¹²: the traffic is a product
    /// and a quotient of decimal inputs (110.5 arrivals × 180 s ÷ 1800 s = 11.05 Erlangs), which binary floating point
    /// holds only to about 1 part in 10¹⁶, so an occupancy exactly at the cap (11.05 ÷ 13 = 85%) would otherwise be
    /// read as just above it and cost a whole extra agent.
    /// </summary>
    /// <param name="traffic">The traffic A in Erlangs, 0 or more.</param>
    /// <param name="agents">The agents N, 0 or more (0 meets a cap only with no traffic).</param>
    /// <param name="maximumOccupancy">The cap, greater than 0 and at most 1.</param>
    /// <returns>True when the cap is met.</returns>
    public static bool MeetsOccupancyCap(double traffic, int agents, double maximumOccupancy) =>
        traffic <= maximumOccupancy * agents * (1 + 1e-12);

    private static InputValidationException TooManyAgents(double traffic, double maximumOccupancy) =>
        Preconditions.Fail(nameof(maximumOccupancy), ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{Preconditions.Show(maximumOccupancy)} at a traffic of {Preconditions.Show(traffic)} Erlangs needs more than {int.MaxValue} agents"), "a higher cap", maximumOccupancy);

    private static QueueOutcome Outcome(double traffic, int agents, double reciprocal, double handlingSeconds, TimeSpan answerWithin, double shrinkage)
    {
        int staff = StaffWithShrinkage(agents, shrinkage);
        if (traffic == 0)
        {
            return new QueueOutcome(traffic, agents, answerWithin, 1, 0, 0, 0, shrinkage, staff, true, 0, null);
        }

        int fewestStable = (int)Math.Floor(traffic) + 1;
        if (agents <= traffic)
        {
            string warning = string.Create(
                CultureInfo.InvariantCulture,
                $"The queue is unstable: {agents} agents cannot keep up with {traffic:0.###} Erlangs of traffic (agents must exceed the traffic), so the queue grows without limit; the fewest agents that would be stable is {fewestStable}.");
            return new QueueOutcome(traffic, agents, answerWithin, 0, 1, double.PositiveInfinity, 1, shrinkage, staff, false, fewestStable, warning);
        }

        double answerRatio = answerWithin.TotalSeconds / handlingSeconds;
        double waiting = ProbabilityOfWaiting(traffic, agents, reciprocal);
        double serviceLevel = ServiceLevel(traffic, agents, waiting, answerRatio);
        double speedOfAnswer = waiting * handlingSeconds / (agents - traffic);
        return new QueueOutcome(traffic, agents, answerWithin, serviceLevel, waiting, speedOfAnswer, traffic / agents, shrinkage, staff, true, fewestStable, null);
    }

    /// <summary>
    /// The shortest decimal m/10^k that round-trips to <paramref name="value"/> (the runtime's "R" format), for
    /// 10⁻¹¹ ≤ value &lt; 1, so m &lt; 10¹⁷ and 1 ≤ k ≤ 28. Allocation-free.
    /// </summary>
    private static (ulong Digits, int Scale) ShortestDecimal(double value)
    {
        Span<char> text = stackalloc char[40];
        if (!value.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A double did not fit in 40 characters.");
        }

        ulong digits = 0;
        int fractionDigits = 0;
        int exponent = 0;
        bool afterPoint = false;
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                afterPoint = true;
            }
            else if (c is 'E' or 'e')
            {
                exponent = int.Parse(text[(i + 1)..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits = (digits * 10) + (ulong)(c - '0');
                if (afterPoint)
                {
                    fractionDigits++;
                }
            }
        }

        return (digits, fractionDigits - exponent);
    }

    /// <summary>
    /// Full-time equivalents needed for an annual volume: Σ_i agents_i × hours_i × weeks a year / (1 − shrinkage) /
    /// contracted hours per FTE (see the remarks on <see cref="ChannelStaffing"/>), Erlang C in each interval of the opening hours.
    /// </summary>
    /// <param name="staffing">The channel's staffing model.</param>
    /// <param name="annualVolume">Contacts a year on the channel; a finite number of 0 or more.</param>
    /// <returns>FTE, 0 or more; 0 for no volume.</returns>
    /// <exception cref="InputValidationException"><paramref name="annualVolume"/> is negative or not finite, or
    /// gives an interval more than <see cref="QueueDemand.MaximumTrafficErlangs"/> of traffic.</exception>
    public static double FullTimeEquivalents(this ChannelStaffing staffing, double annualVolume)
    {
        ArgumentNullException.ThrowIfNull(staffing);
        Preconditions.NonNegative(annualVolume);
        double perWeek = annualVolume / staffing.OpeningHours.WeeksPerYear;
        double agentHours = 0;
        for (int i = 0; i < staffing.IntervalCount; i++)
        {
            agentHours += staffing.AgentsFor(perWeek * staffing.Share(i), staffing.IntervalSeconds(i), annualVolume) * staffing.IntervalHours(i);
        }

        return staffing.ToFullTimeEquivalents(agentHours);
    }

    /// <summary>Agents needed in interval <paramref name="index"/> for an annual volume (for tests).</summary>
    internal static int AgentsInInterval(this ChannelStaffing staffing, int index, double annualVolume) =>
        staffing.AgentsFor(annualVolume / staffing.OpeningHours.WeeksPerYear * staffing.Share(index), staffing.IntervalSeconds(index), annualVolume);

    /// <summary>The fewest agents for <paramref name="arrivals"/> in an interval of <paramref name="seconds"/>;
    /// <paramref name="annualVolume"/> only names the culprit in the exception.</summary>
    internal static int AgentsFor(this ChannelStaffing staffing, double arrivals, double seconds, double annualVolume)
    {
        double traffic = Traffic(arrivals, staffing.HandlingSeconds, seconds);
        if (!(traffic <= QueueDemand.MaximumTrafficErlangs))
        {
            throw TooMuchTraffic(null, annualVolume, staffing.HandlingSeconds, traffic);
        }

        return FewestAgentsFor(traffic, staffing.AnswerRatio, staffing.Target.Fraction, staffing.MaximumOccupancy);
    }

    /// <summary>The error of an annual volume that gives an interval more than
    /// <see cref="QueueDemand.MaximumTrafficErlangs"/> of traffic. For a scenario's channel it names the channel's
    /// baseline volume (the input the volume comes from, after growth and any contacts moved in) and the handling time
    /// (a draw or swing of either may be the cause), with figures rounded for reading (<see cref="Figure"/>); without a
    /// channel, the annual volume.</summary>
    /// <param name="channel">The channel, or null to name the annual volume alone.</param>
    /// <param name="annualVolume">The year's volume, contacts a year.</param>
    /// <param name="handlingSeconds">The handling time the traffic was found at, seconds.</param>
    /// <param name="traffic">The busiest traffic found, Erlangs.</param>
    internal static InputValidationException TooMuchTraffic(Channel? channel, double annualVolume, double handlingSeconds, double traffic) =>
        channel is null
            ? Preconditions.Fail(nameof(annualVolume), ProblemCodes.Inconsistent, $"{Preconditions.Show(annualVolume)} gives an interval a traffic of {Preconditions.Show(traffic)} Erlangs", $"at most {Preconditions.Show(QueueDemand.MaximumTrafficErlangs)} Erlangs", annualVolume)
            : Preconditions.Fail(InputCatalogue.VolumePath(channel), ProblemCodes.Inconsistent, $"the {channel.Key} volume reaches {Figure(annualVolume)} contacts a year (after growth and any contacts moved in), which at a handling time of {Figure(handlingSeconds)} s gives one interval of its opening hours a traffic of {Figure(traffic)} Erlangs", $"at most {Figure(QueueDemand.MaximumTrafficErlangs)} Erlangs (check the period of the volumes and the handling time)", annualVolume);

    /// <summary>A figure for an error message: below ten million with thousands separators and one decimal at most
    /// (52,000; 343.3), above it to four significant digits (1.923E+9).</summary>
    private static string Figure(double value) =>
        value.ToString(Math.Abs(value) < 1e7 ? "#,0.#" : "0.###E+0", CultureInfo.InvariantCulture);
}
