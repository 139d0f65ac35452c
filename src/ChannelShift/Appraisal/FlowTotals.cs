namespace ChannelShift.Appraisal;

/// <summary>
/// The flows of an appraisal summed over its years (<see cref="AppraisalResult.Totals"/>, in real prices, undiscounted)
/// or summed after discounting each year's flow by the year's factor (<see cref="AppraisalResult.PresentValues"/>). The
/// same names as a <see cref="YearResult"/>'s flows, so a totals row sits under the years and a bridge from the saving
/// at average cost to the cashable NPV is read off it:
/// <list type="bullet">
/// <item>net = saving − benefits haircut − costs before optimism bias − optimism bias;</item>
/// <item>cashable net = cashable saving − cashable benefits haircut − costs before optimism bias − optimism bias −
/// release costs − closure costs;</item>
/// <item>cashable saving = saving − non-cashable saving.</item>
/// </list>
/// Money is in the scenario's currency. In a rounded result each figure is rounded to the penny once, from the unrounded
/// sum, so a figure can differ by a penny from the sum of the rounded figures it adds up from
/// (<see cref="MoneyRounding.ToPenny"/>).
/// </summary>
public sealed record FlowTotals
{
    /// <summary>The saving at average cost per contact, before the benefits haircut.</summary>
    public required decimal Saving { get; init; }

    /// <summary>The benefits haircut taken off <see cref="Saving"/>: saving × haircut.</summary>
    public required decimal BenefitsHaircut { get; init; }

    /// <summary>The cashable saving, before the benefits haircut; equal to <see cref="Saving"/> without cost
    /// behaviour.</summary>
    public required decimal CashableSaving { get; init; }

    /// <summary>The benefits haircut taken off <see cref="CashableSaving"/>: cashable saving × haircut.</summary>
    public required decimal CashableBenefitsHaircut { get; init; }

    /// <summary>Saving − cashable saving: capacity released that no budget line gives up.</summary>
    public required decimal NonCashableSaving { get; init; }

    /// <summary>The costs of the change before optimism bias.</summary>
    public required decimal CostsBeforeOptimismBias { get; init; }

    /// <summary>The optimism-bias uplift on the costs of the change: costs − costs before optimism bias.</summary>
    public required decimal OptimismBias { get; init; }

    /// <summary>The costs of the change with optimism bias.</summary>
    public required decimal Costs { get; init; }

    /// <summary>The costs of releasing staff; 0 without staffing.</summary>
    public required decimal ReleaseCosts { get; init; }

    /// <summary>The costs of closing fixed steps; 0 without fixed steps.</summary>
    public required decimal ClosureCosts { get; init; }

    /// <summary>Net at average cost; as present values, the NPV at average cost.</summary>
    public required decimal Net { get; init; }

    /// <summary>Cashable net; as present values, the cashable NPV. Equal to <see cref="Net"/> without cost
    /// behaviour.</summary>
    public required decimal CashableNet { get; init; }

    /// <summary>Sums the years' flows, each × its weight (1 for totals, the discount factor for present values); the
    /// nets are the sums the basis summaries use (<paramref name="net"/>, <paramref name="cashableNet"/>).</summary>
    internal static FlowTotals Of(IReadOnlyList<YearResult> years, Func<YearResult, decimal> weight, Func<YearResult, decimal> net, Func<YearResult, decimal> cashableNet)
    {
        decimal saving = 0, haircut = 0, cashable = 0, cashableHaircut = 0, before = 0, costs = 0, release = 0, closure = 0, nets = 0, cashableNets = 0;
        foreach (var y in years)
        {
            var w = weight(y);
            saving += w * y.Saving;
            haircut += w * y.BenefitsHaircut;
            cashable += w * y.CashableSaving;
            cashableHaircut += w * y.CashableBenefitsHaircut;
            before += w * y.CostsBeforeOptimismBias;
            costs += w * y.Costs;
            release += w * y.ReleaseCosts;
            closure += w * y.ClosureCosts;
            nets += net(y);
            cashableNets += cashableNet(y);
        }

        return new FlowTotals
        {
            Saving = saving,
            BenefitsHaircut = haircut,
            CashableSaving = cashable,
            CashableBenefitsHaircut = cashableHaircut,
            NonCashableSaving = saving - cashable,
            CostsBeforeOptimismBias = before,
            OptimismBias = costs - before,
            Costs = costs,
            ReleaseCosts = release,
            ClosureCosts = closure,
            Net = nets,
            CashableNet = cashableNets,
        };
    }

    /// <summary>This, with every figure rounded to the penny once (<see cref="MoneyRounding.ToPenny"/>).</summary>
    internal FlowTotals Rounded() => new()
    {
        Saving = MoneyRounding.ToPenny(Saving),
        BenefitsHaircut = MoneyRounding.ToPenny(BenefitsHaircut),
        CashableSaving = MoneyRounding.ToPenny(CashableSaving),
        CashableBenefitsHaircut = MoneyRounding.ToPenny(CashableBenefitsHaircut),
        NonCashableSaving = MoneyRounding.ToPenny(NonCashableSaving),
        CostsBeforeOptimismBias = MoneyRounding.ToPenny(CostsBeforeOptimismBias),
        OptimismBias = MoneyRounding.ToPenny(OptimismBias),
        Costs = MoneyRounding.ToPenny(Costs),
        ReleaseCosts = MoneyRounding.ToPenny(ReleaseCosts),
        ClosureCosts = MoneyRounding.ToPenny(ClosureCosts),
        Net = MoneyRounding.ToPenny(Net),
        CashableNet = MoneyRounding.ToPenny(CashableNet),
    };
}
