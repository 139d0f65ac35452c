namespace ChannelShift.Appraisal;

/// <summary>
/// One year of an appraisal (year 0 is the implementation year; savings start in year 1). Money is in the scenario's
/// currency at real prices; rounded to the penny in a rounded result (<see cref="AppraisalResult.Unrounded"/> holds the
/// values before rounding).
/// </summary>
public sealed record YearResult
{
    /// <summary>The year, 0 … N.</summary>
    public required int Year { get; init; }

    /// <summary>Its label: "2026/27" with a first year, else "Year 0", "Year 1", ….</summary>
    public required string Label { get; init; }

    /// <summary>Contacts by channel key in the year after shifts and failure demand (not rounded).</summary>
    public required IReadOnlyDictionary<string, decimal> Contacts { get; init; }

    /// <summary>Contacts moved off their channels in the year (avoided included).</summary>
    public required decimal ContactsMoved { get; init; }

    /// <summary>The saving at average cost per contact (cost removed − cost added), before the benefits haircut.</summary>
    public required decimal Saving { get; init; }

    /// <summary>The part of the saving a budget can give up (variable costs, whole staff, fixed steps taken, less
    /// release and closure costs), before the benefits haircut; equal to <see cref="Saving"/> without cost behaviour.</summary>
    public required decimal CashableSaving { get; init; }

    /// <summary>Saving − cashable saving: capacity released (may be negative when release or closure costs exceed it).</summary>
    public decimal NonCashableSaving => Saving - CashableSaving;

    /// <summary>The costs of the change in the year, with optimism bias applied.</summary>
    public required decimal Costs { get; init; }

    /// <summary>The costs of the change in the year before optimism bias.</summary>
    public required decimal CostsBeforeOptimismBias { get; init; }

    /// <summary>Net = saving × (1 − benefits haircut) − costs.</summary>
    public required decimal Net { get; init; }

    /// <summary>Cashable net = cashable saving × (1 − benefits haircut) − costs.</summary>
    public required decimal CashableNet { get; init; }

    /// <summary>The discount factor of the year (Green Book: 1/1.035^t for t ≤ 30), as the appraisal holds it: the
    /// schedule's factor rounded to 12 decimal places (within 5e-13 of it; docs/methodology.md, "Precision").</summary>
    public required decimal DiscountFactor { get; init; }

    /// <summary>Present value of the net: DF × net.</summary>
    public required decimal PresentValue { get; init; }

    /// <summary>The sum of present values up to and including this year.</summary>
    public required decimal CumulativePresentValue { get; init; }

    /// <summary>Present value of the cashable net.</summary>
    public required decimal CashablePresentValue { get; init; }

    /// <summary>Whole FTEs fewer than business as usual across staffed channels (negative when more are needed).</summary>
    public required int StaffChange { get; init; }
}
