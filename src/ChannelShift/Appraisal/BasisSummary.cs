namespace ChannelShift.Appraisal;

/// <summary>
/// The totals of an appraisal on one <see cref="Basis"/>: PVB = Σ DF·benefits, PVC = Σ DF·costs, NPV = PVB − PVC,
/// BCR = PVB/PVC and ROI = NPV/PVC (null when PVC = 0), payback and discounted payback (the rule of
/// <see cref="Payback"/>; null when it never pays back) and the IRR when the net flows change sign exactly once (HM
/// Treasury, <i>The Green Book</i>, 2022). At average cost the benefits are saving × (1 − haircut) and the costs are
/// the costs of the change with optimism bias; on the cashable basis the benefits are cashable saving × (1 − haircut)
/// and the costs add the release and closure costs, with no uplift. These are a financial appraisal of the council's
/// own costs, not an economic case with social value. Money is rounded to the penny in a rounded result.
/// </summary>
public sealed class BasisSummary
{
    // Appraisals of up to this many years keep their working flows on the stack.
    private const int StackYears = 256;

    /// <summary>Totals from the years' net flows, costs and present values, unrounded.</summary>
    internal BasisSummary(Basis basis, ReadOnlySpan<decimal> nets, ReadOnlySpan<decimal> costs, ReadOnlySpan<decimal> presentValues, ReadOnlySpan<decimal> factors, Func<int, string> label)
    {
        Basis = basis;

        // Ratios, payback and IRR add +0.0 so that a zero is never written as −0.
        // PVB = Σ DF·(net + costs) = Σ PV + PVC.
        var pvc = 0m;
        var pv = 0m;
        for (var t = 0; t < nets.Length; t++)
        {
            if (costs[t] != 0m)
            {
                pvc += factors[t] * costs[t];
            }

            pv += presentValues[t];
        }

        PresentValueBenefits = pv + pvc;
        PresentValueCosts = pvc;
        Npv = pv;
        BenefitCostRatio = pvc == 0m ? null : (double)(PresentValueBenefits / pvc) + 0.0;
        Roi = pvc == 0m ? null : (double)(Npv / pvc) + 0.0;
        PaybackYears = Payback.OfFlows(nets) + 0.0;
        PaybackYearLabel = PaybackYears is { } p ? label(p == 0 ? 0 : (int)Math.Ceiling(p)) : null;
        (Irr, IrrNote) = InternalRateOfReturn.Solve(nets);
        Irr += 0.0;

        // The payback rule applied to present values. A year's present value within a millionth of a penny of zero
        // counts as zero (decimal discount factors are not exact).
        var discounted = nets.Length <= StackYears ? stackalloc decimal[nets.Length] : new decimal[nets.Length];
        for (var t = 0; t < nets.Length; t++)
        {
            discounted[t] = Math.Abs(presentValues[t]) < 0.00000001m ? 0m : presentValues[t];
        }

        DiscountedPaybackYears = Payback.OfFlows(discounted) + 0.0;
        DiscountedPaybackYearLabel = DiscountedPaybackYears is { } d ? label(d == 0 ? 0 : (int)Math.Ceiling(d)) : null;
    }

    private BasisSummary(BasisSummary unrounded)
    {
        Basis = unrounded.Basis;
        PresentValueBenefits = MoneyRounding.ToPenny(unrounded.PresentValueBenefits);
        PresentValueCosts = MoneyRounding.ToPenny(unrounded.PresentValueCosts);
        Npv = MoneyRounding.ToPenny(unrounded.Npv);
        BenefitCostRatio = unrounded.BenefitCostRatio;
        Roi = unrounded.Roi;
        PaybackYears = unrounded.PaybackYears;
        PaybackYearLabel = unrounded.PaybackYearLabel;
        DiscountedPaybackYears = unrounded.DiscountedPaybackYears;
        DiscountedPaybackYearLabel = unrounded.DiscountedPaybackYearLabel;
        Irr = unrounded.Irr;
        IrrNote = unrounded.IrrNote;
    }

    /// <summary>The basis of these totals.</summary>
    public Basis Basis { get; }

    /// <summary>Present value of benefits: Σ DF × benefits (after the haircut).</summary>
    public decimal PresentValueBenefits { get; }

    /// <summary>Present value of costs: Σ DF × costs.</summary>
    public decimal PresentValueCosts { get; }

    /// <summary>Net present value: PVB − PVC.</summary>
    public decimal Npv { get; }

    /// <summary>Benefit–cost ratio PVB/PVC, or null when PVC = 0.</summary>
    public double? BenefitCostRatio { get; }

    /// <summary>Return on investment NPV/PVC (a fraction), or null when PVC = 0.</summary>
    public double? Roi { get; }

    /// <summary>Simple payback in years from the <i>end</i> of year 0 (add 1 for the years from its start), or null when
    /// it never pays back.</summary>
    public double? PaybackYears { get; }

    /// <summary>The label of the year in which the case is repaid (year 0's when <see cref="PaybackYears"/> is 0), or
    /// null when it never pays back.</summary>
    public string? PaybackYearLabel { get; }

    /// <summary>Discounted payback in years from the end of year 0, or null when it never pays back.</summary>
    public double? DiscountedPaybackYears { get; }

    /// <summary>The label of the year in which the present values repay the case, or null when they never do.</summary>
    public string? DiscountedPaybackYearLabel { get; }

    /// <summary>The internal rate of return (a fraction), or null (see <see cref="IrrNote"/>).</summary>
    public double? Irr { get; }

    /// <summary>Why <see cref="Irr"/> is null: "no sign change" or "multiple sign changes"; null when there is an IRR.</summary>
    public string? IrrNote { get; }

    /// <summary>This summary with its money rounded to the penny.</summary>
    internal BasisSummary Rounded() => new(this);
}
