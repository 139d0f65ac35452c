namespace ChannelShift.Tracking;

/// <summary>Actuals tracked against an approved option: month by month, to date, and re-forecast. Money is in the
/// plan's real prices (the unit costs as the appraisal uses them), undiscounted and before the benefits haircut,
/// except the NPVs. Immutable.</summary>
public sealed class TrackingResult
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The option tracked.</summary>
    public required string Option { get; init; }

    /// <summary>The currency code, e.g. <c>GBP</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>The basis of the headline NPV and payback.</summary>
    public required Appraisal.Basis Basis { get; init; }

    /// <summary>The channels, in the plan's order, by key.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>The months of actuals, in order.</summary>
    public required IReadOnlyList<TrackedMonth> Months { get; init; }

    /// <summary>The months summed by financial quarter (April to June is Q1), in order.</summary>
    public required IReadOnlyList<TrackedPeriod> Quarters { get; init; }

    /// <summary>The months summed, with the status of each measure.</summary>
    public required TrackedToDate ToDate { get; init; }

    /// <summary>The re-forecast.</summary>
    public required Reforecast Reforecast { get; init; }

    /// <summary>What a reader should know (e.g. that the costs are the plan's, or why the cashable saving is not
    /// shown).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
