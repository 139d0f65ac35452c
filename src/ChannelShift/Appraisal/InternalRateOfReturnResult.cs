namespace ChannelShift.Appraisal;

/// <summary>The internal rate of return of a series of net flows, or why there is none (see <see cref="InternalRateOfReturn"/>).</summary>
public sealed record InternalRateOfReturnResult
{
    /// <summary>Creates one.</summary>
    /// <param name="irr">The rate as a fraction a year (0.10 for 10%), greater than −1; <c>null</c> when the net flows do not change sign exactly once.</param>
    /// <param name="note"><c>null</c> when <c>irr</c> has a value; otherwise <see cref="InternalRateOfReturn.NoSignChange"/> or <see cref="InternalRateOfReturn.MultipleSignChanges"/>.</param>
    public InternalRateOfReturnResult(double? irr, string? note)
    {
        Irr = irr;
        Note = note;
    }

    /// <summary>The rate as a fraction a year (0.10 for 10%), greater than −1; <c>null</c> when the net flows do not change sign exactly once.</summary>
    public double? Irr { get; init; }

    /// <summary><c>null</c> when <c>irr</c> has a value; otherwise <see cref="InternalRateOfReturn.NoSignChange"/> or <see cref="InternalRateOfReturn.MultipleSignChanges"/>.</summary>
    public string? Note { get; init; }
}
