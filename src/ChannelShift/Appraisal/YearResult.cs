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

    /// <summary>The part of the saving a budget can give up (variable costs, whole staff, fixed steps taken), before
    /// the benefits haircut; equal to <see cref="Saving"/> without cost behaviour. Release and closure costs are costs
    /// (<see cref="ReleaseCosts"/>, <see cref="ClosureCosts"/>), not deducted here.</summary>
    public required decimal CashableSaving { get; init; }

    /// <summary>The benefits haircut taken off the saving at average cost: saving × haircut (the Green Book's optimism
    /// bias on benefits, <c>appraisal.optimismBias.benefits</c>); 0 without one. Net = saving − this − costs.</summary>
    public required decimal BenefitsHaircut { get; init; }

    /// <summary>The benefits haircut taken off the cashable saving: cashable saving × haircut; 0 without one. Cashable net
    /// = cashable saving − this − cashable costs.</summary>
    public required decimal CashableBenefitsHaircut { get; init; }

    /// <summary>Saving − cashable saving: capacity released that the budget cannot bank (negative when whole staff or a
    /// step taken are worth more than the average cost of the contacts moved).</summary>
    public decimal NonCashableSaving => Saving - CashableSaving;

    /// <summary>The costs of the change in the year, with optimism bias applied.</summary>
    public required decimal Costs { get; init; }

    /// <summary>The costs of the change in the year before optimism bias.</summary>
    public required decimal CostsBeforeOptimismBias { get; init; }

    /// <summary>The optimism-bias uplift on the costs of the change: <see cref="Costs"/> −
    /// <see cref="CostsBeforeOptimismBias"/> (Green Book supplementary guidance on optimism bias).</summary>
    public decimal OptimismBias => Costs - CostsBeforeOptimismBias;

    /// <summary>Net = saving × (1 − benefits haircut) − costs.</summary>
    public required decimal Net { get; init; }

    /// <summary>The costs of releasing staff paid in the year (redundancy, pension strain: release cost per FTE × FTE
    /// released beyond the most released before); 0 without staffing.</summary>
    public required decimal ReleaseCosts { get; init; }

    /// <summary>The closure costs of the year: those of the fixed steps the option closes, less those business as usual
    /// would have paid this year and the option does not; 0 without fixed steps.</summary>
    public required decimal ClosureCosts { get; init; }

    /// <summary>The part of <see cref="Costs"/> funded from capital (with optimism bias).</summary>
    public required decimal CapitalCosts { get; init; }

    /// <summary>The part of <see cref="CostsBeforeOptimismBias"/> funded from capital.</summary>
    public required decimal CapitalCostsBeforeOptimismBias { get; init; }

    /// <summary>The part of <see cref="ReleaseCosts"/> + <see cref="ClosureCosts"/> funded from capital.</summary>
    public required decimal CapitalReleaseAndClosureCosts { get; init; }

    /// <summary>The costs on the cashable basis: costs (with optimism bias) + release costs + closure costs (no uplift on
    /// these).</summary>
    public decimal CashableCosts => Costs + ReleaseCosts + ClosureCosts;

    /// <summary>Cashable net = cashable saving × (1 − benefits haircut) − cashable costs.</summary>
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

    /// <summary>The sum of the cashable present values up to and including this year.</summary>
    public required decimal CumulativeCashablePresentValue { get; init; }

    /// <summary>Whole FTEs fewer than business as usual across staffed channels (negative when more are needed).</summary>
    public required int StaffChange { get; init; }

    /// <summary>FTE needed in business as usual across staffed channels, before rounding to whole staff; null in year 0
    /// and without staffing.</summary>
    public required double? FteBusinessAsUsual { get; init; }

    /// <summary>FTE needed in the option across staffed channels, before rounding; null in year 0 and without
    /// staffing.</summary>
    public required double? Fte { get; init; }

    /// <summary>The fixed steps the option has closed by the end of the year; 0 without fixed steps.</summary>
    public required int StepsTaken { get; init; }
}
