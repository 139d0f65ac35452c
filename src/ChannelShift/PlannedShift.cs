namespace ChannelShift;

/// <summary>A shift with the curve by which it is taken up over the years of an appraisal. Immutable.</summary>
public sealed class PlannedShift
{
    /// <summary>Creates a planned shift.</summary>
    /// <param name="shift">The shift at full take-up.</param>
    /// <param name="adoption">The share of the shift reached in each year (a(0) = 0: savings start in year 1).</param>
    /// <param name="digitalExclusion">The share of the source channel's users who cannot use a digital channel (0–1):
    /// with D the share of the mix that goes to digital destinations, the contacts moved to them are at most
    /// min(share × D, 1 − exclusion) of the source's volume; the non-digital destinations are unchanged (0 = none).</param>
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

    /// <summary>The share of the source channel's users who cannot use a digital channel (0–1).</summary>
    public decimal DigitalExclusion { get; }

    /// <summary>The shift's name for people, or null.</summary>
    public string? Name { get; }

}
