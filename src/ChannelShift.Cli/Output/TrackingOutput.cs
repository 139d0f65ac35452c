using ChannelShift.Cli.Charts;
using ChannelShift.Serialization;
using ChannelShift.Tracking;

namespace ChannelShift.Cli.Output;

/// <summary>Writes a tracking result as a table on a terminal, as markdown, or as CSV: the rows by month or by
/// financial quarter, the figures to date with their status, and the re-forecast.</summary>
internal static class TrackingOutput
{
    /// <summary>One row of the table: a month, or a quarter's months summed.</summary>
    private sealed record Row(string Period, decimal PlannedSaving, decimal RealisedSaving, decimal Variance, double? PlannedTakeUp, double? TakeUp, decimal BusinessAsUsualDemand, decimal ActualDemand, double? DemandChange, decimal? PlannedCashable, decimal? RealisedCashable);

    internal static void WriteText(CliContext context, TrackingResult result, bool quarterly, bool markdown)
    {
        var o = context.Output;
        var c = result.Currency;
        var d = result.ToDate;
        var name = result.Option == result.Scenario ? result.Scenario : $"{result.Scenario}: {result.Option}";
        var title = $"{name}: actuals {ActualMonth.Label(result.Months[0].Month)} to {ActualMonth.Label(d.To)} against the approved plan, in {c} at the plan's real prices, undiscounted";
        o.WriteLine(markdown ? $"## {title}" : title);
        if (markdown)
        {
            o.WriteLine();
        }

        var cashable = result.Months.Any(m => m.PlannedCashableSaving is not null);
        string[] header = cashable
            ? [quarterly ? "Quarter" : "Month", "Planned saving", "Realised saving", "Variance", "Planned cashable", "Realised cashable", "Take-up planned", "Take-up actual", "Demand vs BAU"]
            : [quarterly ? "Quarter" : "Month", "Planned saving", "Realised saving", "Variance", "Take-up planned", "Take-up actual", "Demand vs BAU"];
        var rows = Rows(result, quarterly).Select(r =>
        {
            var cells = new List<string> { r.Period, Show.Money(r.PlannedSaving, c), Show.Money(r.RealisedSaving, c), Show.Money(r.Variance, c) };
            if (cashable)
            {
                cells.Add(r.PlannedCashable is { } pc ? Show.Money(pc, c) : "n/a");
                cells.Add(r.RealisedCashable is { } rc ? Show.Money(rc, c) : "n/a");
            }

            cells.Add(r.PlannedTakeUp is { } p ? Show.Percent(p, "0.0") : "–");
            cells.Add(r.TakeUp is { } t ? Show.Percent(t, "0.0") : "–");
            cells.Add(r.DemandChange is { } change ? Show.Percent(change, "+0.0;−0.0;0.0") : "–");
            return cells.ToArray();
        }).ToList();
        Grid(context, header, rows, markdown);

        o.WriteLine();
        var toDateTitle = $"To date, {ActualMonth.Label(d.From)} to {ActualMonth.Label(d.To)}{(d.From > result.Months[0].Month ? " (months of year 0 are shown above but plan nothing, and are not counted)" : string.Empty)}";
        o.WriteLine(markdown ? $"### {toDateTitle}" : toDateTitle);
        if (markdown)
        {
            o.WriteLine();
        }

        string[] volumeHeader = ["Channel", "Business as usual", "Planned", "Actual", "Actual − planned"];
        var volumeRows = result.Channels.Select(k => new[] { k, Show.Count(Math.Round(d.BusinessAsUsual[k])), Show.Count(Math.Round(d.Planned[k])), Show.Count(Math.Round(d.Actual[k])), Signed(Math.Round(d.Actual[k] - d.Planned[k])) }).ToList();
        volumeRows.Add(["All channels", Show.Count(Math.Round(d.BusinessAsUsualDemand)), Show.Count(Math.Round(d.PlannedDemand)), Show.Count(Math.Round(d.ActualDemand)), Signed(Math.Round(d.ActualDemand - d.PlannedDemand))]);
        Grid(context, volumeHeader, volumeRows, markdown);
        o.WriteLine();
        var bullet = markdown ? "- " : "  ";
        o.WriteLine($"{bullet}Saving at average cost: realised {Show.Money(d.RealisedSaving, c)} of {Show.Money(d.PlannedSaving, c)} planned ({Ratio(d.SavingRealisedShare)}), variance {Show.Money(d.Variance, c)}: {Status(d.Status.Saving)}");
        o.WriteLine(d.PlannedCashableSaving is { } plannedCash
            ? $"{bullet}Cashable saving: {(d.RealisedCashableSaving is { } realisedCash ? $"realised {Show.Money(realisedCash, c)} of {Show.Money(plannedCash, c)} planned ({Ratio(d.CashableRealisedShare)})" : $"{Show.Money(plannedCash, c)} planned, realised unknown")}: {Status(d.Status.CashableSaving)}"
            : $"{bullet}Cashable saving: n/a (no cost behaviour in the scenario)");
        o.WriteLine(d.TakeUp is { } takeUp && d.PlannedTakeUp is { } plannedTakeUp
            ? $"{bullet}Take-up: {Show.Percent(takeUp, "0.0")} against {Show.Percent(plannedTakeUp, "0.0")} planned: {Status(d.Status.TakeUp)}"
            : $"{bullet}Take-up: n/a (no shift under way in these months)");
        var demandChange = d.DemandChange ?? 0;
        o.WriteLine($"{bullet}Demand, all channels: {Show.Count(Math.Round(d.ActualDemand))} against {Show.Count(Math.Round(d.BusinessAsUsualDemand))} business as usual ({Show.Percent(demandChange, "+0.0;−0.0;0.0")}){(demandChange < 0 ? ": a fall in demand is not all the shift's doing" : string.Empty)}");

        var r = result.Reforecast;
        o.WriteLine();
        o.WriteLine(markdown ? "### Re-forecast" : "Re-forecast");
        if (markdown)
        {
            o.WriteLine();
        }

        var fitted = result.Months.Where(m => m.TakeUp is not null).Select(m => ActualMonth.Label(m.Month)).ToArray();
        var span = fitted.Length == 0 ? string.Empty : fitted.Length == 1 ? $" ({fitted[0]})" : $" ({fitted[0]} to {fitted[^1]})";
        o.WriteLine($"{bullet}Take-up fitted to {r.Fit.MonthsFitted} months{span}: {r.Fit.Description}");
        o.WriteLine($"{bullet}NPV at average cost: {Show.Money(r.Npv, c)} (approved {Show.Money(r.ApprovedNpv, c)})");
        if (r.CashableApprovedNpv is { } approvedCash)
        {
            o.WriteLine($"{bullet}Cashable NPV: {(r.CashableNpv is { } cash ? Show.Money(cash, c) : "n/a")} (approved {Show.Money(approvedCash, c)})");
        }

        o.WriteLine($"{bullet}{r.CurrentYearLabel} outturn: {Show.Money(r.CurrentYearForecastSaving, c)} saving at average cost forecast (plan {Show.Money(r.CurrentYearPlannedSaving, c)})");
        o.WriteLine($"{bullet}Payback ({ResultJson.KeyOf(result.Basis)} basis): {(r.PaybackMonth is { } p ? "repaid in " + ActualMonth.Label(p) : "not repaid")} (approved: {(r.ApprovedPaybackMonth is { } a ? ActualMonth.Label(a) : "not repaid")})");
        o.WriteLine();
        var notes = result.Notes.ToList();
        if (d.PlannedCashableSaving is not null && d.RealisedCashableSaving is null)
        {
            notes.Add("To realise the cashable saving, give the staff in post: --baseline-fte CHANNEL=FTE, and fte:CHANNEL columns in the actuals.");
        }

        for (var i = 0; i < notes.Count; i++)
        {
            if (markdown && i > 0)
            {
                o.WriteLine();
            }

            o.WriteLine(markdown ? $"> {notes[i]}" : $"Note: {notes[i]}");
        }
    }

    /// <summary>Draws the tracking chart to a .png or .svg file (refused when it exists, unless forced).</summary>
    internal static void SaveChart(string path, bool force, TrackingResult result, string? title)
    {
        var format = ChartFile.Check(path, force);
        ChartFile.Write(path, RenderChart(format, result, title), force);
    }

    /// <summary>The tracking chart's image bytes (PNG or SVG), without touching any file.</summary>
    internal static byte[] RenderChart(ChartFormat format, TrackingResult result, string? title)
    {
        var months = result.Months.Select(m => ActualMonth.Label(m.Month)).ToList();
        static List<double> Running(IEnumerable<decimal> values)
        {
            var sum = 0m;
            return values.Select(v => (double)(sum += v)).ToList();
        }

        var cashable = result.Months.All(m => m.PlannedCashableSaving is not null);
        var realisedCashable = cashable && result.Months.All(m => m.RealisedCashableSaving is not null);
        var channels = result.Channels.Select(k => new TrackingChart.ChannelSeries(
            k,
            result.Months.Select(m => (double)m.BusinessAsUsual[k]).ToList(),
            result.Months.Select(m => (double)m.Planned[k]).ToList(),
            result.Months.Select(m => (double)m.Actual[k]).ToList())).ToList();
        var name = result.Option == result.Scenario ? result.Scenario : $"{result.Scenario}: {result.Option}";
        return TrackingChart.Render(
            format,
            months,
            Running(result.Months.Select(m => m.PlannedSaving)),
            Running(result.Months.Select(m => m.RealisedSaving)),
            cashable ? Running(result.Months.Select(m => m.PlannedCashableSaving!.Value)) : null,
            realisedCashable ? Running(result.Months.Select(m => m.RealisedCashableSaving!.Value)) : null,
            channels,
            result.Currency,
            title ?? $"{name}\nSaving against plan, {months[0]} to {months[^1]}");
    }

    /// <summary>The headline figures as CSV: a row for each measure, the plan's (or the approved) value beside the
    /// actual (or re-forecast) one; take-up as fractions, months as yyyy-MM.</summary>
    internal static void WriteSummaryCsv(CliContext context, TrackingResult result)
    {
        var csv = new Csv(context.Output);
        var d = result.ToDate;
        var f = result.Reforecast;
        csv.Row("measure", "from", "to", "planned", "actual", "status");
        csv.Row("savingAtAverageCost", ActualMonth.Label(d.From), ActualMonth.Label(d.To), d.PlannedSaving, d.RealisedSaving, ResultJson.KeyOf(d.Status.Saving));
        csv.Row("cashableSaving", ActualMonth.Label(d.From), ActualMonth.Label(d.To), d.PlannedCashableSaving, d.RealisedCashableSaving, ResultJson.KeyOf(d.Status.CashableSaving));
        csv.Row("takeUp", ActualMonth.Label(d.From), ActualMonth.Label(d.To), d.PlannedTakeUp, d.TakeUp, ResultJson.KeyOf(d.Status.TakeUp));
        csv.Row("demand", ActualMonth.Label(d.From), ActualMonth.Label(d.To), Csv.Count(d.PlannedDemand), Csv.Count(d.ActualDemand), null);
        csv.Row("npvAtAverageCost", null, null, f.ApprovedNpv, f.Npv, null);
        csv.Row("cashableNpv", null, null, f.CashableApprovedNpv, f.CashableNpv, null);
        csv.Row("outturn " + f.CurrentYearLabel, null, null, f.CurrentYearPlannedSaving, f.CurrentYearForecastSaving, null);
        csv.Row("paybackMonth", null, null, f.ApprovedPaybackMonth is { } a ? ActualMonth.Label(a) : null, f.PaybackMonth is { } p ? ActualMonth.Label(p) : null, null);
    }

    internal static void WriteCsv(CliContext context, TrackingResult result, bool quarterly)
    {
        var csv = new Csv(context.Output);
        if (quarterly)
        {
            csv.Row("quarter", "plannedSaving", "realisedSaving", "variance", "plannedCashableSaving", "realisedCashableSaving", "plannedTakeUp", "takeUp", "businessAsUsualDemand", "actualDemand");
            foreach (var r in Rows(result, quarterly: true))
            {
                csv.Row(r.Period, r.PlannedSaving, r.RealisedSaving, r.Variance, r.PlannedCashable, r.RealisedCashable, r.PlannedTakeUp, r.TakeUp, Csv.Count(r.BusinessAsUsualDemand), Csv.Count(r.ActualDemand));
            }

            return;
        }

        var header = new List<object?> { "month", "year", "label", "plannedSaving", "realisedSaving", "variance", "plannedCashableSaving", "realisedCashableSaving", "plannedTakeUp", "takeUp" };
        foreach (var k in result.Channels)
        {
            header.Add("businessAsUsual:" + k);
            header.Add("planned:" + k);
            header.Add("actual:" + k);
        }

        csv.Row([.. header]);
        foreach (var m in result.Months)
        {
            var row = new List<object?> { ActualMonth.Label(m.Month), m.Year, m.YearLabel, m.PlannedSaving, m.RealisedSaving, m.Variance, m.PlannedCashableSaving, m.RealisedCashableSaving, m.PlannedTakeUp, m.TakeUp };
            foreach (var k in result.Channels)
            {
                row.Add(Csv.Count(m.BusinessAsUsual[k]));
                row.Add(Csv.Count(m.Planned[k]));
                row.Add(Csv.Count(m.Actual[k]));
            }

            csv.Row([.. row]);
        }
    }

    /// <summary>The rows: each month, or each financial quarter as the library sums it.</summary>
    private static IEnumerable<Row> Rows(TrackingResult result, bool quarterly) => quarterly
        ? result.Quarters.Select(q => new Row(q.Label, q.PlannedSaving, q.RealisedSaving, q.Variance, q.PlannedTakeUp, q.TakeUp, q.BusinessAsUsualDemand, q.ActualDemand, q.DemandChange, q.PlannedCashableSaving, q.RealisedCashableSaving))
        : result.Months.Select(m => new Row(ActualMonth.Label(m.Month), m.PlannedSaving, m.RealisedSaving, m.Variance, m.PlannedTakeUp, m.TakeUp, m.BusinessAsUsualDemand, m.ActualDemand, m.DemandChange, m.PlannedCashableSaving, m.RealisedCashableSaving));

    private static string Ratio(decimal? share) => share is { } s ? Show.Percent((double)s, "0.0") + " of plan" : "n/a";

    private static string Status(TrackingStatus status) => ResultJson.KeyOf(status).Replace('-', ' ');

    private static string Signed(decimal value) => value > 0 ? "+" + Show.Count(value) : value < 0 ? "−" + Show.Count(-value) : "0";

    /// <summary>A table whose first column names the row (a month, a quarter, a channel) and the rest are figures.</summary>
    private static void Grid(CliContext context, string[] header, List<string[]> rows, bool markdown)
    {
        var table = new TextTable(null, [TextColumn.Text(header[0]), .. header.Skip(1).Select(TextColumn.Figure)]);
        foreach (var row in rows)
        {
            table.AddRow(row);
        }

        if (markdown)
        {
            MarkdownTable.Write(context.Output, table);
        }
        else
        {
            TerminalTable.Write(context.Output, table, context.Width);
        }
    }
}
