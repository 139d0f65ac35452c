namespace ChannelShift.Appraisal;

/// <summary>The internal rate of return of a series of net flows, or why there is none (see <see cref="InternalRateOfReturn"/>).</summary>
/// <param name="Irr">The rate as a fraction a year (0.10 for 10%), greater than −1; <c>null</c> when the net flows do not
/// change sign exactly once.</param>
/// <param name="Note"><c>null</c> when <paramref name="Irr"/> has a value; otherwise
/// <see cref="InternalRateOfReturn.NoSignChange"/> or <see cref="InternalRateOfReturn.MultipleSignChanges"/>.</param>
public sealed record InternalRateOfReturnResult(double? Irr, string? Note);
