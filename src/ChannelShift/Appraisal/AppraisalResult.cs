namespace ChannelShift.Appraisal;

/// <summary>
/// The Green Book appraisal of one option against business as usual: per-year flows and the totals on each
/// <see cref="Basis"/> (<see cref="BasisSummary"/>): at average cost, and, where the scenario has cost behaviour,
/// cashable. The figures at the top level are those at average cost.
/// Money is rounded to the penny, once, half away from zero; <see cref="Unrounded"/> holds the values before rounding.
/// </summary>
public sealed class AppraisalResult
{
    /// <summary>An unrounded result: the totals, ratios, payback and IRR of the years, at average cost and, with cost
    /// behaviour, cashable.</summary>
    internal AppraisalResult(string optionName, string currency, YearResult[] years, IReadOnlyList<AppraisalNote> notes, bool hasCostBehaviour)
    {
        OptionName = optionName;
        Currency = currency;
        Years = Array.AsReadOnly(years);
        Notes = Array.AsReadOnly(notes.ToArray());
        Unrounded = this;

        var n = years.Length;
        var nets = new decimal[n];
        var costs = new decimal[n];
        var presentValues = new decimal[n];
        var factors = new decimal[n];
        for (var t = 0; t < n; t++)
        {
            nets[t] = years[t].Net;
            costs[t] = years[t].Costs;
            presentValues[t] = years[t].PresentValue;
            factors[t] = years[t].DiscountFactor;
        }

        string Label(int t) => years[Math.Min(t, n - 1)].Label;
        Average = new BasisSummary(Basis.Average, nets, costs, presentValues, factors, Label);
        if (hasCostBehaviour)
        {
            for (var t = 0; t < n; t++)
            {
                nets[t] = years[t].CashableNet;
                costs[t] = years[t].CashableCosts;
                presentValues[t] = years[t].CashablePresentValue;
            }

            Cashable = new BasisSummary(Basis.Cashable, nets, costs, presentValues, factors, Label);
        }

        Totals = FlowTotals.Of(Years, _ => 1m, y => y.Net, y => y.CashableNet);
        PresentValues = FlowTotals.Of(Years, y => y.DiscountFactor, y => y.PresentValue, y => y.CashablePresentValue);
    }

    /// <summary>The rounded copy of an unrounded result: money to the penny; ratios, payback and IRR, which are not money,
    /// shared.</summary>
    private AppraisalResult(AppraisalResult unrounded, YearResult[] years)
    {
        OptionName = unrounded.OptionName;
        Currency = unrounded.Currency;
        Years = Array.AsReadOnly(years);
        Notes = unrounded.Notes;
        Unrounded = unrounded;
        Average = unrounded.Average.Rounded();
        Cashable = unrounded.Cashable?.Rounded();
        Totals = unrounded.Totals.Rounded();
        PresentValues = unrounded.PresentValues.Rounded();
    }

    /// <summary>The option's name.</summary>
    public string OptionName { get; }

    /// <summary>The ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>Years 0 … N.</summary>
    public IReadOnlyList<YearResult> Years { get; }

    /// <summary>Plain-words notes: fixed steps taken, staff released, why non-cashable saving is negative, warnings.</summary>
    public IReadOnlyList<AppraisalNote> Notes { get; }

    /// <summary>The totals at average cost: capacity released, valued at the average cost per contact.</summary>
    public BasisSummary Average { get; }

    /// <summary>The totals on the cashable basis (what the budget banks, with release and closure costs as costs), or
    /// null when the scenario has no cost behaviour.</summary>
    public BasisSummary? Cashable { get; }

    /// <summary>The flows summed over the years, in real prices, undiscounted: the totals row of the year table.</summary>
    public FlowTotals Totals { get; }

    /// <summary>The flows discounted and summed: each year's flow × its discount factor. <see cref="FlowTotals.Net"/> is
    /// the NPV at average cost and <see cref="FlowTotals.CashableNet"/> the cashable NPV (the sums of the years' present
    /// values), so the flows bridge the saving at average cost to the cashable NPV.</summary>
    public FlowTotals PresentValues { get; }

    /// <summary>The totals on a basis.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns><see cref="Average"/> or <see cref="Cashable"/>.</returns>
    /// <exception cref="InputValidationException">The cashable basis is asked of a scenario without cost
    /// behaviour.</exception>
    public BasisSummary On(Basis basis) => basis == Basis.Average
        ? Average
        : Cashable ?? throw Appraiser.NoCashableBasis();

    /// <summary>Net present value at average cost: PVB − PVC (<see cref="Average"/>).</summary>
    public decimal Npv => Average.Npv;

    /// <summary>Present value of benefits at average cost: Σ DF·saving·(1 − haircut).</summary>
    public decimal PresentValueBenefits => Average.PresentValueBenefits;

    /// <summary>Present value of costs (with optimism bias): Σ DF·costs.</summary>
    public decimal PresentValueCosts => Average.PresentValueCosts;

    /// <summary>Benefit–cost ratio at average cost, or null when PVC = 0.</summary>
    public double? BenefitCostRatio => Average.BenefitCostRatio;

    /// <summary>Return on investment at average cost (a fraction), or null when PVC = 0.</summary>
    public double? Roi => Average.Roi;

    /// <summary>Simple payback at average cost in years from the end of year 0, or null when it never pays back.</summary>
    public double? PaybackYears => Average.PaybackYears;

    /// <summary>Discounted payback at average cost in years, or null when it never pays back.</summary>
    public double? DiscountedPaybackYears => Average.DiscountedPaybackYears;

    /// <summary>The internal rate of return at average cost (a fraction), or null (see <see cref="IrrNote"/>).</summary>
    public double? Irr => Average.Irr;

    /// <summary>Why <see cref="Irr"/> is null: "no sign change" or "multiple sign changes"; null when there is an IRR.</summary>
    public string? IrrNote => Average.IrrNote;

    /// <summary>The same appraisal before rounding (itself when not rounded).</summary>
    public AppraisalResult Unrounded { get; }

    /// <summary>Whether money in this result is rounded to the penny.</summary>
    public bool IsRounded => !ReferenceEquals(Unrounded, this);

    /// <summary>This (unrounded) result with its money rounded to the penny, once (<see cref="MoneyRounding.ToPenny"/>).</summary>
    internal AppraisalResult Rounded()
    {
        var years = new YearResult[Years.Count];
        for (var i = 0; i < years.Length; i++)
        {
            var y = Years[i];
            years[i] = y with
            {
                Saving = MoneyRounding.ToPenny(y.Saving),
                CashableSaving = MoneyRounding.ToPenny(y.CashableSaving),
                BenefitsHaircut = MoneyRounding.ToPenny(y.BenefitsHaircut),
                CashableBenefitsHaircut = MoneyRounding.ToPenny(y.CashableBenefitsHaircut),
                Costs = MoneyRounding.ToPenny(y.Costs),
                CostsBeforeOptimismBias = MoneyRounding.ToPenny(y.CostsBeforeOptimismBias),
                Net = MoneyRounding.ToPenny(y.Net),
                ReleaseCosts = MoneyRounding.ToPenny(y.ReleaseCosts),
                CapitalCosts = MoneyRounding.ToPenny(y.CapitalCosts),
                CapitalCostsBeforeOptimismBias = MoneyRounding.ToPenny(y.CapitalCostsBeforeOptimismBias),
                CapitalReleaseAndClosureCosts = MoneyRounding.ToPenny(y.CapitalReleaseAndClosureCosts),
                ClosureCosts = MoneyRounding.ToPenny(y.ClosureCosts),
                CashableNet = MoneyRounding.ToPenny(y.CashableNet),
                PresentValue = MoneyRounding.ToPenny(y.PresentValue),
                CumulativePresentValue = MoneyRounding.ToPenny(y.CumulativePresentValue),
                CashablePresentValue = MoneyRounding.ToPenny(y.CashablePresentValue),
                CumulativeCashablePresentValue = MoneyRounding.ToPenny(y.CumulativeCashablePresentValue),
            };
        }

        return new AppraisalResult(this, years);
    }
}
