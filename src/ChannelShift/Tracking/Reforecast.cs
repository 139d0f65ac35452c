namespace ChannelShift.Tracking;

/// <summary>The plan re-appraised with the take-up the actuals show: the fitted curve through the ledger, beside the
/// approved figures. Costs are the plan's: actual spend is not tracked. Immutable.</summary>
public sealed class Reforecast
{
    /// <summary>The adoption fitted to the actuals.</summary>
    public required AdoptionFit Fit { get; init; }

    /// <summary>The approved NPV at average cost, to the penny.</summary>
    public required decimal ApprovedNpv { get; init; }

    /// <summary>The re-forecast NPV at average cost, to the penny.</summary>
    public required decimal Npv { get; init; }

    /// <summary>The approved cashable NPV, or null without cost behaviour.</summary>
    public required decimal? CashableApprovedNpv { get; init; }

    /// <summary>The re-forecast cashable NPV, or null without cost behaviour.</summary>
    public required decimal? CashableNpv { get; init; }

    /// <summary>The year of the appraisal of the last month of actuals.</summary>
    public required int CurrentYear { get; init; }

    /// <summary>That year's label, e.g. <c>2027/28</c>.</summary>
    public required string CurrentYearLabel { get; init; }

    /// <summary>The saving at average cost the plan expects for the current year, to the penny.</summary>
    public required decimal CurrentYearPlannedSaving { get; init; }

    /// <summary>The forecast outturn of the current year's saving at average cost: realised in its months of actuals
    /// plus the re-forecast for its remaining months, to the penny.</summary>
    public required decimal CurrentYearForecastSaving { get; init; }

    /// <summary>The month in which the approved case is repaid on <see cref="TrackingResult.Basis"/>, or null when
    /// never.</summary>
    public required DateOnly? ApprovedPaybackMonth { get; init; }

    /// <summary>The month in which the re-forecast case is repaid on <see cref="TrackingResult.Basis"/>, or null when
    /// never.</summary>
    public required DateOnly? PaybackMonth { get; init; }
}
