namespace ChannelShift;

/// <summary>
/// A channel shift: a share of one channel's contacts moved to a destination mix, with optional failure demand and
/// assisted digital, both of which apply only to the contacts moved to digital destinations (which channels are
/// digital is the scenario's unit-cost set's to say, <see cref="UnitCostSet.IsDigital"/>).
/// </summary>
public sealed class Shift
{
    /// <summary>Creates a shift.</summary>
    /// <param name="from">The source channel (not <see cref="Channel.Avoided"/>).</param>
    /// <param name="share">The share of the source channel's volume moved (0–1).</param>
    /// <param name="to">Where the moved contacts go; it must not include the source channel.</param>
    /// <param name="failureDemand">Optional failure demand.</param>
    /// <param name="assistedDigital">Optional assisted digital.</param>
    /// <exception cref="InputValidationException">A shift from avoided, or a shift from a channel to itself.</exception>
    public Shift(Channel from, Share share, DestinationMix to, FailureDemand? failureDemand = null, AssistedDigital? assistedDigital = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.IsAvoided)
        {
            throw Preconditions.Fail("from", ProblemCodes.Inconsistent, "\"avoided\" is a destination, not a channel contacts come from", "a channel such as face-to-face", null);
        }

        if (to.Parts.Any(p => p.Key == from && p.Value.Fraction > 0m))
        {
            throw Preconditions.Fail("to", ProblemCodes.Inconsistent, $"the shift moves contacts from \"{from.Key}\" to \"{from.Key}\" itself", "destinations other than the source channel", null);
        }

        From = from;
        Share = share;
        To = to;
        FailureDemand = failureDemand;
        AssistedDigital = assistedDigital;
    }

    /// <summary>The source channel.</summary>
    public Channel From { get; }

    /// <summary>The share of the source channel's volume moved.</summary>
    public Share Share { get; }

    /// <summary>Where the moved contacts go.</summary>
    public DestinationMix To { get; }

    /// <summary>Failure demand, if any.</summary>
    public FailureDemand? FailureDemand { get; }

    /// <summary>Assisted digital, if any.</summary>
    public AssistedDigital? AssistedDigital { get; }

    /// <summary>
    /// The problems of this shift under a unit-cost set's digital flags, one rule for every caller: failure demand
    /// and assisted digital act on the contacts moved to digital destinations, so a shift that moves none may not have
    /// them; failed digital contacts come back on non-digital channels.
    /// </summary>
    /// <param name="costs">The unit-cost set whose digital flags apply.</param>
    /// <returns>The problems, at <c>failureDemand</c>, <c>assistedDigital</c> and <c>failure.returnsTo</c>; none
    /// when the shift is sound.</returns>
    public IReadOnlyList<InputProblem> DigitalProblems(UnitCostSet costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var problems = new List<InputProblem>();
        if (DigitalFraction(costs) == 0m)
        {
            if (FailureDemand is not null)
            {
                problems.Add(new InputProblem("failureDemand", ProblemCodes.Inconsistent, "failure demand applies to the contacts moved to digital channels, and this shift moves none", "a digital destination (web, email, webchat, app, social-media, or a channel flagged digital), or no failure demand"));
            }

            if (AssistedDigital is not null)
            {
                problems.Add(new InputProblem("assistedDigital", ProblemCodes.Inconsistent, "assisted digital applies to the contacts moved to digital channels, and this shift moves none", "a digital destination (web, email, webchat, app, social-media, or a channel flagged digital), or no assisted digital"));
            }
        }

        foreach (var part in FailureDemand?.ReturnsTo.Parts ?? [])
        {
            if (costs.IsDigital(part.Key))
            {
                problems.Add(new InputProblem("failure.returnsTo", ProblemCodes.Inconsistent, $"\"{part.Key.Key}\" is a digital channel, and failed digital contacts come back on a non-digital one", "a channel such as telephone or face-to-face", part.Key.Key));
            }
        }

        return problems;
    }

    /// <summary>The share of the moved contacts that go to digital destinations: Σ of the mix's shares of the channels
    /// <paramref name="costs"/> says are digital.</summary>
    /// <param name="costs">The unit-cost set whose digital flags apply.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    public decimal DigitalFraction(UnitCostSet costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var digital = 0m;
        foreach (var part in To.Parts)
        {
            if (costs.IsDigital(part.Key))
            {
                digital += part.Value.Fraction;
            }
        }

        return digital;
    }
}
