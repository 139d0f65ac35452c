namespace ChannelShift.Tracking;

/// <summary>Months of actuals summed over a financial quarter (April to June is Q1): the saving planned and realised,
/// and the take-up over the quarter's months together. Immutable.</summary>
public sealed class TrackedPeriod
{
    /// <summary>The quarter's label, e.g. <c>2027/28 Q1</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The quarter's first month with actuals.</summary>
    public required DateOnly First { get; init; }

    /// <summary>The quarter's last month with actuals.</summary>
    public required DateOnly Last { get; init; }

    /// <summary>The planned saving at average cost over the quarter's months, to the penny (the sum of the months').</summary>
    public required decimal PlannedSaving { get; init; }

    /// <summary>The realised saving at average cost over the quarter's months, to the penny (the sum of the months').</summary>
    public required decimal RealisedSaving { get; init; }

    /// <summary>Realised − planned saving, to the penny.</summary>
    public decimal Variance => RealisedSaving - PlannedSaving;

    /// <summary>The planned cashable saving over the quarter's months, or null without cost behaviour.</summary>
    public required decimal? PlannedCashableSaving { get; init; }

    /// <summary>The realised cashable saving over the quarter's months, or null when a month lacks it.</summary>
    public required decimal? RealisedCashableSaving { get; init; }

    /// <summary>The take-up the plan expects over the quarter: the contacts leaving the source channels over those at
    /// full take-up, both summed over its months; null when no shift is under way.</summary>
    public required double? PlannedTakeUp { get; init; }

    /// <summary>The take-up observed over the quarter, summed as <see cref="PlannedTakeUp"/>; null when no shift is
    /// under way.</summary>
    public required double? TakeUp { get; init; }

    /// <summary>Business-as-usual contacts on all channels over the quarter's months.</summary>
    public required decimal BusinessAsUsualDemand { get; init; }

    /// <summary>Actual contacts on all channels over the quarter's months.</summary>
    public required decimal ActualDemand { get; init; }

    /// <summary>Actual demand against business as usual over the quarter, as a fraction, or null without business as
    /// usual.</summary>
    public double? DemandChange => BenefitsTracker.DemandChange(ActualDemand, BusinessAsUsualDemand);
}
