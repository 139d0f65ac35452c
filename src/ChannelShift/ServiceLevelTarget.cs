namespace ChannelShift;

/// <summary>
/// A service-level target: a fraction of contacts answered within a time, e.g. 80% within 20 seconds
/// (the "80/20" common in contact centres).
/// </summary>
public sealed class ServiceLevelTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="fraction">The fraction of contacts to answer within <paramref name="answerWithin"/>: greater than 0
    /// and less than 1 (0.8 for 80%; 1 cannot be met by an M/M/N queue with waiting, 0 asks for nothing).</param>
    /// <param name="answerWithin">The time within which they are to be answered; 0 or more (0 means answered
    /// without waiting).</param>
    /// <exception cref="InputValidationException">An argument is out of its range.</exception>
    public ServiceLevelTarget(double fraction, TimeSpan answerWithin)
    {
        Fraction = Preconditions.InRange(fraction, 0, false, 1, false);
        AnswerWithin = Preconditions.NonNegative(answerWithin);
    }

    /// <summary>The fraction of contacts to be answered within <see cref="AnswerWithin"/>, in (0, 1).</summary>
    public double Fraction { get; }

    /// <summary>The time within which <see cref="Fraction"/> of contacts are to be answered.</summary>
    public TimeSpan AnswerWithin { get; }
}
