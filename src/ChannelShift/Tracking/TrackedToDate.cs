namespace ChannelShift.Tracking;

/// <summary>The months of actuals summed: planned against realised to date, with the status of each measure.
/// Immutable.</summary>
public sealed class TrackedToDate
{
    /// <summary>The first month counted: the first month of actuals in year 1 or later (months of year 0 plan nothing
    /// and count in no figure to date), or the first month of actuals when all are in year 0.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last month of actuals.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Planned contacts to date by channel key.</summary>
    public required IReadOnlyDictionary<string, decimal> Planned { get; init; }

    /// <summary>Actual contacts to date by channel key.</summary>
    public required IReadOnlyDictionary<string, decimal> Actual { get; init; }

    /// <summary>Business-as-usual contacts to date by channel key.</summary>
    public required IReadOnlyDictionary<string, decimal> BusinessAsUsual { get; init; }

    /// <summary>Total demand to date, every channel: planned, actual and business as usual (a fall in demand is not
    /// all the shift's doing).</summary>
    public required decimal PlannedDemand { get; init; }

    /// <summary>Actual total demand to date.</summary>
    public required decimal ActualDemand { get; init; }

    /// <summary>Business-as-usual total demand to date.</summary>
    public required decimal BusinessAsUsualDemand { get; init; }

    /// <summary>The planned saving at average cost to date, to the penny.</summary>
    public required decimal PlannedSaving { get; init; }

    /// <summary>The realised saving at average cost to date, to the penny.</summary>
    public required decimal RealisedSaving { get; init; }

    /// <summary>Realised − planned saving, to the penny: the difference of the two figures shown, so the row adds up.</summary>
    public decimal Variance => RealisedSaving - PlannedSaving;

    /// <summary>The realised saving as a share of the planned (0.9 is 90% of plan), or null when nothing is planned.</summary>
    public decimal? SavingRealisedShare => BenefitsTracker.Share(RealisedSaving, PlannedSaving);

    /// <summary>Actual demand on all channels against business as usual, as a fraction (−0.05 is 5% below), or null
    /// without business as usual.</summary>
    public double? DemandChange => BenefitsTracker.DemandChange(ActualDemand, BusinessAsUsualDemand);

    /// <summary>The realised cashable saving as a share of the planned, or null when either is unknown or nothing is
    /// planned.</summary>
    public decimal? CashableRealisedShare => RealisedCashableSaving is { } realised && PlannedCashableSaving is { } planned ? BenefitsTracker.Share(realised, planned) : null;

    /// <summary>The planned cashable saving to date, or null without cost behaviour.</summary>
    public required decimal? PlannedCashableSaving { get; init; }

    /// <summary>The realised cashable saving to date, or null when a month lacks it.</summary>
    public required decimal? RealisedCashableSaving { get; init; }

    /// <summary>The take-up the plan expects over the months to date (contacts leaving the source channels over those
    /// at full take-up), or null when no shift is under way.</summary>
    public required double? PlannedTakeUp { get; init; }

    /// <summary>The take-up observed over the months to date, or null when no shift is under way.</summary>
    public required double? TakeUp { get; init; }

    /// <summary>The status of each measure, judged on realised ÷ planned to date.</summary>
    public required MeasureStatus Status { get; init; }
}
