namespace ChannelShift.Tracking;

/// <summary>
/// The choices of a tracking run beyond the scenario and the actuals: the option tracked, the basis of the headline,
/// the fixed steps recorded as taken, the staff in post before the change, and the status bands. Immutable; the
/// defaults are those of <see cref="Default"/>.
/// </summary>
public sealed class TrackingSettings
{
    /// <summary>The defaults: the option the appraisal ranks first, the scenario's default basis, no step taken, the
    /// establishment read from the actuals, bands of 5% and 15%.</summary>
    public static TrackingSettings Default { get; } = new();

    /// <summary>The index of the option tracked in the scenario's options, or null for the one ranked first.</summary>
    public int? Option { get; init; }

    /// <summary>The basis of the headline NPV and payback, or null for the scenario's default
    /// (<see cref="Appraisal.Appraiser.DefaultBasis"/>).</summary>
    public Appraisal.Basis? Basis { get; init; }

    /// <summary>The fixed steps recorded as taken: a <c>fixed[].name</c> of the scenario's cost behaviour and the
    /// month it closed (its annual cost is saved from the month after, a twelfth a month).</summary>
    public IReadOnlyDictionary<string, DateOnly> Closed { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>Staff in post before the change, in FTE, by channel key; a staffed channel left out takes its figure
    /// from the actuals' last month before year 1.</summary>
    public IReadOnlyDictionary<string, decimal> BaselineFte { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The margin below plan at which a measure is at risk rather than on track: a fraction from 0 to 1
    /// (default 0.05: on track at 95% of plan or more).</summary>
    public decimal AtRisk { get; init; } = 0.05m;

    /// <summary>The margin below plan at which a measure is off track: a fraction from <see cref="AtRisk"/> to 1
    /// (default 0.15: off track below 85% of plan).</summary>
    public decimal OffTrack { get; init; } = 0.15m;
}
