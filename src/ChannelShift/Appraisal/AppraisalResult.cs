namespace ChannelShift.Appraisal;

/// <summary>
/// The Green Book appraisal of one option against business as usual: per-year flows and totals. PVB = Σ DF·saving·(1 −
/// haircut), PVC = Σ DF·costs, NPV = PVB − PVC, BCR = PVB/PVC and ROI = NPV/PVC (null when PVC = 0), payback and
/// discounted payback (the rule of <see cref="Payback"/>; null when it never pays back), IRR when the net flows change sign exactly once.
/// Money is rounded to the penny, once, half away from zero; <see cref="Unrounded"/> holds the values before rounding.
/// </summary>
public sealed class AppraisalResult
{
    /// <summary>An unrounded result: the totals, ratios, payback and IRR of the years.</summary>
    internal AppraisalResult(string optionName, string currency, YearResult[] years, IReadOnlyList<AppraisalNote> notes)
    {
        OptionName = optionName;
        Currency = currency;
        Years = Array.AsReadOnly(years);
        Notes = Array.AsReadOnly(notes.ToArray());
        Unrounded = this;

        // Ratios, payback and IRR add +0.0 so that a zero is never written as −0.
        // PVB = Σ DF·(net + costs) = Σ DF·net + PVC; the sum of present values is the last cumulative value.
        var pvc = 0m;
        var sameCashable = true;
        foreach (var y in years)
        {
            if (y.Costs != 0m)
            {
                pvc += y.DiscountFactor * y.Costs;
            }

            sameCashable &= y.CashableNet == y.Net;
        }

        var pvb = (years.Length == 0 ? 0m : years[^1].CumulativePresentValue) + pvc;
        var cashablePvb = pvb;
        if (!sameCashable)
        {
            var cashablePv = 0m;
            foreach (var y in years)
            {
                cashablePv += y.CashablePresentValue;
            }

            cashablePvb = cashablePv + pvc;
        }

        PresentValueBenefits = pvb;
        PresentValueCosts = pvc;
        Npv = pvb - pvc;
        PresentValueCashableBenefits = cashablePvb;
        CashableNpv = cashablePvb - pvc;
        BenefitCostRatio = pvc == 0m ? null : (double)(pvb / pvc) + 0.0;
        Roi = pvc == 0m ? null : (double)(Npv / pvc) + 0.0;

        var nets = years.Length <= StackYears ? stackalloc decimal[years.Length] : new decimal[years.Length];
        for (var i = 0; i < nets.Length; i++)
        {
            nets[i] = years[i].Net;
        }

        PaybackYears = Payback.OfFlows(nets) + 0.0;
        (Irr, IrrNote) = InternalRateOfReturn.Solve(nets);
        Irr += 0.0;

        // The payback rule applied to present values: Payback.Years over the discounted flows. A year's present value
        // within a millionth of a penny of zero counts as zero (decimal discount factors are not exact).
        for (var i = 0; i < nets.Length; i++)
        {
            var pv = years[i].PresentValue;
            nets[i] = Math.Abs(pv) < 0.00000001m ? 0m : pv;
        }

        DiscountedPaybackYears = Payback.OfFlows(nets) + 0.0;
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
        PresentValueBenefits = MoneyRounding.ToPenny(unrounded.PresentValueBenefits);
        PresentValueCosts = MoneyRounding.ToPenny(unrounded.PresentValueCosts);
        Npv = MoneyRounding.ToPenny(unrounded.Npv);
        PresentValueCashableBenefits = MoneyRounding.ToPenny(unrounded.PresentValueCashableBenefits);
        CashableNpv = MoneyRounding.ToPenny(unrounded.CashableNpv);
        BenefitCostRatio = unrounded.BenefitCostRatio;
        Roi = unrounded.Roi;
        PaybackYears = unrounded.PaybackYears;
        DiscountedPaybackYears = unrounded.DiscountedPaybackYears;
        Irr = unrounded.Irr;
        IrrNote = unrounded.IrrNote;
    }

    // Appraisals of up to this many years keep their working flows on the stack.
    private const int StackYears = 256;

    /// <summary>The option's name.</summary>
    public string OptionName { get; }

    /// <summary>The ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>Years 0 … N.</summary>
    public IReadOnlyList<YearResult> Years { get; }

    /// <summary>Plain-words notes: fixed steps taken, staff released, why non-cashable saving is negative, warnings.</summary>
    public IReadOnlyList<AppraisalNote> Notes { get; }

    /// <summary>Net present value: PVB − PVC.</summary>
    public decimal Npv { get; }

    /// <summary>Present value of benefits: Σ DF·saving·(1 − haircut).</summary>
    public decimal PresentValueBenefits { get; }

    /// <summary>Present value of costs (with optimism bias): Σ DF·costs.</summary>
    public decimal PresentValueCosts { get; }

    /// <summary>Present value of cashable benefits: Σ DF·cashable saving·(1 − haircut).</summary>
    public decimal PresentValueCashableBenefits { get; }

    /// <summary>Cashable NPV: present value of cashable benefits − PVC; equal to <see cref="Npv"/> without cost behaviour.</summary>
    public decimal CashableNpv { get; }

    /// <summary>Benefit–cost ratio PVB/PVC, or null when PVC = 0.</summary>
    public double? BenefitCostRatio { get; }

    /// <summary>Return on investment NPV/PVC (a fraction), or null when PVC = 0.</summary>
    public double? Roi { get; }

    /// <summary>Simple payback in years from the end of year 0, or null when it never pays back.</summary>
    public double? PaybackYears { get; }

    /// <summary>Discounted payback in years, or null when it never pays back.</summary>
    public double? DiscountedPaybackYears { get; }

    /// <summary>The internal rate of return (a fraction), or null (see <see cref="IrrNote"/>).</summary>
    public double? Irr { get; }

    /// <summary>Why <see cref="Irr"/> is null: "no sign change" or "multiple sign changes"; null when there is an IRR.</summary>
    public string? IrrNote { get; }

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
                Costs = MoneyRounding.ToPenny(y.Costs),
                CostsBeforeOptimismBias = MoneyRounding.ToPenny(y.CostsBeforeOptimismBias),
                Net = MoneyRounding.ToPenny(y.Net),
                CashableNet = MoneyRounding.ToPenny(y.CashableNet),
                PresentValue = MoneyRounding.ToPenny(y.PresentValue),
                CumulativePresentValue = MoneyRounding.ToPenny(y.CumulativePresentValue),
                CashablePresentValue = MoneyRounding.ToPenny(y.CashablePresentValue),
            };
        }

        return new AppraisalResult(this, years);
    }
}
