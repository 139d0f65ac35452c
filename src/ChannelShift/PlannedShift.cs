namespace ChannelShift;

/// <summary>A shift with the curve by which it is taken up over the years of an appraisal.</summary>
/// <param name="Shift">The shift at full take-up.</param>
/// <param name="Adoption">The share of the shift reached in each year (a(0) = 0: savings start in year 1).</param>
/// <param name="DigitalExclusion">The share of the source channel's users who cannot shift (0–1): it caps the shift's
/// share at 1 − exclusion (0 = none).</param>
public sealed record PlannedShift(Shift Shift, AdoptionCurve Adoption, decimal DigitalExclusion = 0m)
{
    /// <summary>The share actually moved at full take-up: min(share, 1 − digital exclusion).</summary>
    public decimal EffectiveShare => Math.Min(Shift.Share.Fraction, 1m - DigitalExclusion);
}
