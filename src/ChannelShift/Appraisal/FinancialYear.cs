namespace ChannelShift.Appraisal;

/// <summary>
/// One financial year of an option in cash (nominal prices), undiscounted, as a council's budget sees it
/// (<see cref="FinancialView"/>). Money is rounded to the penny; each figure is rounded from its unrounded value, so a
/// row may differ by a penny from the sum of its rounded parts.
/// </summary>
public sealed record FinancialYear
{
    /// <summary>The year of the appraisal, 0 … N.</summary>
    public required int Year { get; init; }

    /// <summary>Its label: the financial year, e.g. "2026/27" (April 2026 to March 2027), or "Year 0" without a first
    /// year.</summary>
    public required string Label { get; init; }

    /// <summary>Costs funded from capital: the costs of the change tagged capital (with their optimism bias) and the
    /// release and closure costs tagged capital.</summary>
    public required decimal CapitalCosts { get; init; }

    /// <summary>Costs funded from revenue: every other cost of the change (with its optimism bias), release cost and
    /// closure cost.</summary>
    public required decimal RevenueCosts { get; init; }

    /// <summary>Of the capital and revenue costs, the contingency that optimism bias adds (a memo, already in
    /// them).</summary>
    public required decimal OptimismBias { get; init; }

    /// <summary>The saving after the benefits haircut, on the view's basis: the cashable saving, or the saving at
    /// average cost.</summary>
    public required decimal Saving { get; init; }

    /// <summary>Saving − revenue costs: what the revenue budget gains.</summary>
    public required decimal RevenueNet { get; init; }

    /// <summary>Revenue net − capital costs: capital and revenue combined.</summary>
    public required decimal Net { get; init; }

    /// <summary>The running sum of <see cref="Net"/> to this year.</summary>
    public required decimal CumulativeNet { get; init; }

    /// <summary>The factor that turned the costs' real prices into cash this year: (1 + inflation)^(first year + t −
    /// price base year).</summary>
    public required decimal CashFactor { get; init; }

    /// <summary>The factor that turned the saving into cash: <see cref="CashFactor"/>, or, when the unit costs are at
    /// another year's prices and not rebased, (1 + inflation)^(first year + t − their price year).</summary>
    public required decimal SavingCashFactor { get; init; }
}
