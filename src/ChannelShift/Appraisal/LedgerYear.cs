using System.Numerics;

namespace ChannelShift.Appraisal;

/// <summary>One year of an option as the ledger computes it (see <see cref="Ledger"/>), unrounded.</summary>
/// <typeparam name="T">decimal or double.</typeparam>
internal readonly ref struct LedgerYear<T>
    where T : struct, INumber<T>
{
    /// <summary>The year, 0 … N.</summary>
    internal required int Year { get; init; }

    /// <summary>Contacts by channel (the plan's channels) after the shifts and failure demand.</summary>
    internal required ReadOnlySpan<T> Contacts { get; init; }

    /// <summary>Contacts by channel in business as usual (no shift), in the plan's channel order.</summary>
    internal required ReadOnlySpan<T> BusinessAsUsual { get; init; }

    /// <summary>The contacts each shift moves this year, m_s(t), in the plan's shift order.</summary>
    internal required ReadOnlySpan<T> Moves { get; init; }

    /// <summary>The contacts each shift would move at full take-up this year (its source's business-as-usual volume
    /// × its share, after any digital-exclusion cap), in the plan's shift order.</summary>
    internal required ReadOnlySpan<T> Full { get; init; }

    /// <summary>Contacts moved off their channels (avoided included).</summary>
    internal required T ContactsMoved { get; init; }

    /// <summary>The saving at average cost, before the benefits haircut.</summary>
    internal required T Saving { get; init; }

    /// <summary>The cashable saving, before the haircut (the saving without cost behaviour).</summary>
    internal required T CashableSaving { get; init; }

    /// <summary>The costs with optimism bias.</summary>
    internal required T Costs { get; init; }

    /// <summary>The costs before optimism bias.</summary>
    internal required T CostsBeforeOptimismBias { get; init; }

    /// <summary>Saving × (1 − haircut) − costs.</summary>
    internal required T Net { get; init; }

    /// <summary>The release costs paid this year (redundancy, pension strain) on staff released beyond the most released
    /// before; 0 without staffing.</summary>
    internal required T ReleaseCosts { get; init; }

    /// <summary>The closure costs of this year: those of the fixed steps the option closes, less those business as usual
    /// would have paid this year and the option does not; 0 without fixed steps.</summary>
    internal required T ClosureCosts { get; init; }

    /// <summary>The part of <see cref="Costs"/> funded from capital (with optimism bias).</summary>
    internal required T CapitalCosts { get; init; }

    /// <summary>The part of <see cref="CostsBeforeOptimismBias"/> funded from capital.</summary>
    internal required T CapitalCostsBeforeOptimismBias { get; init; }

    /// <summary>The part of the release and closure costs funded from capital.</summary>
    internal required T CapitalReleaseAndClosureCosts { get; init; }

    /// <summary>Cashable saving × (1 − haircut) − (costs + release costs + closure costs).</summary>
    internal required T CashableNet { get; init; }

    internal required T DiscountFactor { get; init; }

    /// <summary>DF × net.</summary>
    internal required T PresentValue { get; init; }

    /// <summary>Σ present values to this year.</summary>
    internal required T CumulativePresentValue { get; init; }

    /// <summary>DF × cashable net.</summary>
    internal required T CashablePresentValue { get; init; }

    /// <summary>Σ cashable present values to this year.</summary>
    internal required T CumulativeCashablePresentValue { get; init; }

    /// <summary>Whole FTE fewer than business as usual across staffed channels.</summary>
    internal required int StaffChange { get; init; }

    /// <summary>FTE needed in business as usual across staffed channels (before rounding to whole staff); 0 in year 0 and
    /// without staffing.</summary>
    internal required double FteBusinessAsUsual { get; init; }

    /// <summary>FTE needed in the option across staffed channels (before rounding); 0 in year 0 and without
    /// staffing.</summary>
    internal required double Fte { get; init; }

    /// <summary>The fixed steps the option has closed by the end of this year.</summary>
    internal required int StepsTaken { get; init; }
}
