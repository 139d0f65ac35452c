using ChannelShift.Money;
using ChannelShift.Shifts;
using ChannelShift.Volumes;

namespace ChannelShift.Estimates;

/// <summary>
/// The headline estimate of one shift, a year, in the glossary's words: contacts moved, cost removed, cost added,
/// saving = cost removed − cost added, and the flows line by line. Money is rounded to the penny, half away from zero,
/// once (see <see cref="MoneyRounding"/>); <see cref="Unrounded"/> holds the same result before rounding.
/// </summary>
public sealed class EstimateResult
{
    internal EstimateResult(
        Shift shift,
        ContactPeriod period,
        string currency,
        string unitCostKey,
        decimal volumePerPeriod,
        decimal annualContactsMoved,
        decimal annualCostRemoved,
        decimal annualCostAdded,
        IReadOnlyList<Flow> flows,
        EstimateResult? unrounded)
    {
        Shift = shift;
        Period = period;
        Currency = currency;
        UnitCostKey = unitCostKey;
        VolumePerPeriod = volumePerPeriod;
        AnnualContactsMoved = annualContactsMoved;
        AnnualCostRemoved = annualCostRemoved;
        AnnualCostAdded = annualCostAdded;
        Flows = flows;
        Unrounded = unrounded ?? this;
    }

    /// <summary>The shift estimated.</summary>
    public Shift Shift { get; }

    /// <summary>The period the source volume was given in.</summary>
    public ContactPeriod Period { get; }

    /// <summary>The ISO 4217 currency of every amount.</summary>
    public string Currency { get; }

    /// <summary>The key of the unit-cost set used (with <c>+overrides</c> when some costs were the user's).</summary>
    public string UnitCostKey { get; }

    /// <summary>The source channel's volume in one period, as given.</summary>
    public decimal VolumePerPeriod { get; }

    /// <summary>The source channel's volume a year: volume × periods a year.</summary>
    public decimal AnnualVolume => Period.Annualise(VolumePerPeriod);

    /// <summary>Contacts taken off the source channel a year, avoided ones included: annual volume × share (not rounded).</summary>
    public decimal AnnualContactsMoved { get; }

    /// <summary>Contacts moved × the source channel's cost per contact, a year.</summary>
    public decimal AnnualCostRemoved { get; }

    /// <summary>What the moved contacts cost on their new channels, plus failure demand and assisted digital, a year.</summary>
    public decimal AnnualCostAdded { get; }

    /// <summary>Cost removed − cost added, a year.</summary>
    public decimal AnnualSaving => IsRounded ? MoneyRounding.ToPenny(Unrounded.AnnualCostRemoved - Unrounded.AnnualCostAdded) : AnnualCostRemoved - AnnualCostAdded;

    /// <summary>The saving in one period of the input (annual saving ÷ periods a year).</summary>
    public decimal SavingPerPeriod => IsRounded ? MoneyRounding.ToPenny(Period.PerPeriod(Unrounded.AnnualSaving)) : Period.PerPeriod(AnnualSaving);

    /// <summary>The calculation line by line: one line per destination, then failure demand and assisted digital when present.</summary>
    public IReadOnlyList<Flow> Flows { get; }

    /// <summary>Whether money in this result is rounded to the penny.</summary>
    public bool IsRounded => !ReferenceEquals(Unrounded, this);

    /// <summary>The same result before rounding (itself when not rounded): for checks and further calculation.</summary>
    public EstimateResult Unrounded { get; }

    internal EstimateResult Rounded() =>
        new(Shift, Period, Currency, UnitCostKey, VolumePerPeriod, AnnualContactsMoved,
            MoneyRounding.ToPenny(AnnualCostRemoved), MoneyRounding.ToPenny(AnnualCostAdded),
            Flows.Select(f => f with
            {
                CostPerContactFrom = MoneyRounding.ToPenny(f.CostPerContactFrom),
                CostPerContactTo = MoneyRounding.ToPenny(f.CostPerContactTo),
                AnnualSaving = MoneyRounding.ToPenny(f.AnnualSaving),
            }).ToList(),
            this);
}
