using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Output;

/// <summary>An option's years as a table that adds up across a row, for <c>appraise</c> and the report.</summary>
internal static class YearTable
{
    /// <summary>
    /// An option's years on a basis as a table that adds up across a row: the saving, then each deduction as a negative
    /// figure (on the cashable basis the non-cashable part, the benefits haircut on the cashable saving, the costs, their
    /// optimism-bias uplift, the release and closure costs), to the net; then the discount factor and present value (the
    /// payback lines under it say when the cumulative present value turns positive). A column of deductions appears only
    /// where some year has one (the non-cashable part always, on the cashable basis). The totals row is the library's (<see cref="AppraisalResult.Totals"/>; present value: <see cref="AppraisalResult.PresentValues"/>).
    /// </summary>
    internal static TextTable Of(AppraisalResult r, bool cashable, string c, bool contactsMoved = false)
    {
        var t = r.Totals;
        var pv = r.PresentValues;
        var columns = new List<(TextColumn Column, Func<YearResult, string> Cell, string Total)>
        {
            (TextColumn.Label("Year"), y => y.Label, "Total"),
        };
        if (contactsMoved)
        {
            columns.Add((TextColumn.Figure("Contacts moved"), y => Show.Count(Math.Round(y.ContactsMoved)), string.Empty));
        }

        columns.Add((TextColumn.Figure(cashable ? "Saving at average cost" : "Saving"), y => Show.Money(y.Saving, c), Show.Money(t.Saving, c)));
        void Deduction(string header, Func<YearResult, decimal> of, decimal total, bool always = false)
        {
            if (always || r.Years.Any(y => of(y) != 0m))
            {
                columns.Add((TextColumn.Figure(header), y => Show.Money(-of(y), c), Show.Money(-total, c)));
            }
        }

        if (cashable)
        {
            Deduction("Non-cashable", y => y.NonCashableSaving, t.NonCashableSaving, always: true);
            Deduction("Benefits haircut", y => y.CashableBenefitsHaircut, t.CashableBenefitsHaircut);
        }
        else
        {
            Deduction("Benefits haircut", y => y.BenefitsHaircut, t.BenefitsHaircut);
        }

        Deduction("Costs", y => y.CostsBeforeOptimismBias, t.CostsBeforeOptimismBias);
        Deduction("Optimism bias", y => y.OptimismBias, t.OptimismBias);
        if (cashable)
        {
            Deduction("Release of staff", y => y.ReleaseCosts, t.ReleaseCosts);
            Deduction("Closures", y => y.ClosureCosts, t.ClosureCosts);
        }

        columns.Add((TextColumn.Figure(cashable ? "Cashable net" : "Net"), y => Show.Money(cashable ? y.CashableNet : y.Net, c), Show.Money(cashable ? t.CashableNet : t.Net, c)));
        columns.Add((TextColumn.Figure("Discount factor"), y => Show.Number((double)y.DiscountFactor, "0.000000"), string.Empty));
        columns.Add((TextColumn.Figure(cashable ? "Cashable PV" : "Present value"), y => Show.Money(cashable ? y.CashablePresentValue : y.PresentValue, c), Show.Money(cashable ? pv.CashableNet : pv.Net, c)));

        var table = new TextTable(r.OptionName, columns.Select(x => x.Column).ToList());
        foreach (var y in r.Years)
        {
            table.AddRow(columns.Select(x => x.Cell(y)).ToArray());
        }

        table.AddRow(columns.Select(x => x.Total).ToArray());
        return table;
    }

    /// <summary>How a row of the table adds up, said under it.</summary>
    internal static string RowsAddUp(bool cashable) => cashable
        ? "Each row adds up: the saving at average cost plus the deductions (negative) is the cashable net; present value = net × discount factor. Real prices. Each figure is rounded to the penny on its own, so a sum can differ from its parts by a few pence."
        : "Each row adds up: the saving plus the deductions (negative) is the net; present value = net × discount factor. Real prices. Each figure is rounded to the penny on its own, so a sum can differ from its parts by a few pence.";
}
