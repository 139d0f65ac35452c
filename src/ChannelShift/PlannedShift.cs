namespace ChannelShift;

/// <summary>A shift with the curve by which it is taken up over the years of an appraisal. Immutable.</summary>
public sealed class PlannedShift
{
    /// <summary>Creates a planned shift.</summary>
    /// <param name="shift">The shift at full take-up.</param>
    /// <param name="adoption">The share of the shift reached in each year (a(0) = 0: savings start in year 1).</param>
    /// <param name="digitalExclusion">The share of the source channel's users who cannot shift (0–1): it caps the
    /// shift's share at 1 − exclusion (0 = none).</param>
    /// <param name="name">The shift's name for people, e.g. "Counter to online" (optional; results then name it by
    /// its channels).</param>
    public PlannedShift(Shift shift, AdoptionCurve adoption, decimal digitalExclusion = 0m, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(adoption);
        Shift = shift;
        Adoption = adoption;
        DigitalExclusion = Preconditions.InRange(digitalExclusion, 0m, 1m, nameof(digitalExclusion));
        Name = string.IsNullOrWhiteSpace(name) ? null : name;
    }

    /// <summary>The shift at full take-up.</summary>
    public Shift Shift { get; }

    /// <summary>The share of the shift reached in each year.</summary>
    public AdoptionCurve Adoption { get; }

    /// <summary>The share of the source channel's users who cannot shift (0–1).</summary>
    public decimal DigitalExclusion { get; }

    /// <summary>The shift's name for people, or null.</summary>
    public string? Name { get; }

    /// <summary>The share actually moved at full take-up: min(share, 1 − digital exclusion).</summary>
    public decimal EffectiveShare => Math.Min(Shift.Share.Fraction, 1m - DigitalExclusion);
}
