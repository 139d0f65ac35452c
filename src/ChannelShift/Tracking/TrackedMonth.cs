namespace ChannelShift.Tracking;

/// <summary>One month of actuals against the plan: volumes by channel, planned and actual, business as usual beside
/// them, and the saving planned and realised that month (in the plan's real prices, undiscounted, before the benefits
/// haircut). Immutable.</summary>
public sealed class TrackedMonth
{
    /// <summary>The month, as its first day.</summary>
    public required DateOnly Month { get; init; }

    /// <summary>The year of the appraisal the month falls in (year t runs from April of first year + t to March).</summary>
    public required int Year { get; init; }

    /// <summary>The financial year's label, e.g. <c>2027/28</c>.</summary>
    public required string YearLabel { get; init; }

    /// <summary>Planned contacts by channel key (unrounded).</summary>
    public required IReadOnlyDictionary<string, decimal> Planned { get; init; }

    /// <summary>Actual contacts by channel key.</summary>
    public required IReadOnlyDictionary<string, decimal> Actual { get; init; }

    /// <summary>Business-as-usual contacts by channel key (unrounded): what would have come without the change.</summary>
    public required IReadOnlyDictionary<string, decimal> BusinessAsUsual { get; init; }

    /// <summary>Business-as-usual contacts on all channels this month.</summary>
    public decimal BusinessAsUsualDemand => BusinessAsUsual.Values.Sum();

    /// <summary>Actual contacts on all channels this month.</summary>
    public decimal ActualDemand => Actual.Values.Sum();

    /// <summary>Actual demand against business as usual, as a fraction (−0.05 is 5% below), or null without business
    /// as usual.</summary>
    public double? DemandChange => BenefitsTracker.DemandChange(ActualDemand, BusinessAsUsualDemand);

    /// <summary>The saving at average cost the plan expects this month, to the penny.</summary>
    public required decimal PlannedSaving { get; init; }

    /// <summary>The saving at average cost realised this month, to the penny: Σ cost per contact × (business as usual −
    /// actual) less the assisted-digital cost of the rise on digital channels.</summary>
    public required decimal RealisedSaving { get; init; }

    /// <summary>Realised − planned saving, to the penny.</summary>
    public decimal Variance => RealisedSaving - PlannedSaving;

    /// <summary>The cashable saving the plan expects this month, to the penny, or null without cost behaviour.</summary>
    public required decimal? PlannedCashableSaving { get; init; }

    /// <summary>The cashable saving realised this month, to the penny, or null without cost behaviour or without staff
    /// in post on every staffed channel.</summary>
    public required decimal? RealisedCashableSaving { get; init; }

    /// <summary>The take-up the plan expects this month (0 to 1): contacts leaving the shifts' source channels over
    /// those at full take-up; null when no shift is under way.</summary>
    public required double? PlannedTakeUp { get; init; }

    /// <summary>The take-up observed this month: (business as usual − actual) on the source channels over the contacts
    /// at full take-up (may be below 0 or above 1); null when no shift is under way.</summary>
    public required double? TakeUp { get; init; }
}
