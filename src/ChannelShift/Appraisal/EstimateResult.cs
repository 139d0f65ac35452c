namespace ChannelShift.Appraisal;

/// <summary>
/// The headline estimate of one shift, a year, in the glossary's words: contacts moved, cost removed, cost added,
/// saving = cost removed − cost added, and the flows line by line. Money is rounded to the penny, half away from zero,
/// once (see <see cref="MoneyRounding"/>); <see cref="Unrounded"/> holds the same result before rounding.
/// </summary>
public sealed class EstimateResult
{
    private readonly decimal _removed;
    private readonly decimal _added;
    private readonly IReadOnlyList<Flow> _flows;
    private readonly bool _rounded;
    private EstimateResult? _twin;
    private IReadOnlyList<Flow>? _roundedFlows;

    internal EstimateResult(Shift shift, ContactPeriod period, string currency, string unitCostKey, decimal volumePerPeriod, decimal annualContactsMoved, decimal annualCostRemoved, decimal annualCostAdded, IReadOnlyList<Flow> flows, bool rounded)
    {
        Shift = shift;
        Period = period;
        Currency = currency;
        UnitCostKey = unitCostKey;
        VolumePerPeriod = volumePerPeriod;
        AnnualContactsMoved = annualContactsMoved;
        _removed = annualCostRemoved;
        _added = annualCostAdded;
        _flows = Array.AsReadOnly(flows.ToArray());
        _rounded = rounded;
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
    public decimal AnnualCostRemoved => Money(_removed);

    /// <summary>What the moved contacts cost on their new channels, plus failure demand and assisted digital, a year.</summary>
    public decimal AnnualCostAdded => Money(_added);

    /// <summary>Cost removed − cost added, a year (rounded from the unrounded amounts, never from rounded ones).</summary>
    public decimal AnnualSaving => Money(_removed - _added);

    /// <summary>The saving in one period of the input (annual saving ÷ periods a year).</summary>
    public decimal SavingPerPeriod => Money(Period.PerPeriod(_removed - _added));

    /// <summary>The calculation line by line: one line per destination, then failure demand and assisted digital when present.</summary>
    public IReadOnlyList<Flow> Flows => !_rounded ? _flows : _roundedFlows ??= _flows.Select(f => f with
    {
        CostPerContactFrom = MoneyRounding.ToPenny(f.CostPerContactFrom),
        CostPerContactTo = MoneyRounding.ToPenny(f.CostPerContactTo),
        AnnualSaving = MoneyRounding.ToPenny(f.AnnualSaving),
    }).ToList().AsReadOnly();

    /// <summary>Whether money in this result is rounded to the penny.</summary>
    public bool IsRounded => _rounded;

    /// <summary>The same result before rounding (itself when not rounded): for checks and further calculation.</summary>
    public EstimateResult Unrounded => !_rounded ? this : _twin ??= new EstimateResult(Shift, Period, Currency, UnitCostKey, VolumePerPeriod, AnnualContactsMoved, _removed, _added, _flows, rounded: false);

    private decimal Money(decimal amount) => _rounded ? MoneyRounding.ToPenny(amount) : amount;
}
