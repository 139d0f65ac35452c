using ScottPlot;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// The fan of cumulative present value by year: a shaded band from P10 to P90, the P50 line, and a line at zero
/// (where the case breaks even).
/// </summary>
internal static class FanChart
{
    /// <summary>At most this many year labels on the x axis; with more years every k-th is labelled.</summary>
    internal const int MaxYearLabels = 16;

    /// <summary>Builds the chart (the caller renders and disposes it).</summary>
    /// <param name="yearLabels">One label per year, e.g. "0", "1", … or "2025/26"; at least one.</param>
    /// <param name="p10">Cumulative present value at P10, one per year (scenario currency).</param>
    /// <param name="p50">Cumulative present value at P50, one per year.</param>
    /// <param name="p90">Cumulative present value at P90, one per year.</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    internal static Plot Build(IReadOnlyList<string> yearLabels, IReadOnlyList<double> p10, IReadOnlyList<double> p50, IReadOnlyList<double> p90, string currency, string title)
    {
        ArgumentNullException.ThrowIfNull(yearLabels);
        ArgumentNullException.ThrowIfNull(p10);
        ArgumentNullException.ThrowIfNull(p50);
        ArgumentNullException.ThrowIfNull(p90);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentNullException.ThrowIfNull(title);
        var years = yearLabels.Count;
        if (years == 0)
        {
            throw new ArgumentException("yearLabels: no years; expected at least one.", nameof(yearLabels));
        }

        if (p10.Count != years || p50.Count != years || p90.Count != years)
        {
            throw new ArgumentException(
                $"p10, p50, p90: {p10.Count}, {p50.Count} and {p90.Count} values for {years} years; expected one value per year in each.",
                nameof(p50));
        }

        ChartStyle.RequireFinite(p10, nameof(p10));
        ChartStyle.RequireFinite(p50, nameof(p50));
        ChartStyle.RequireFinite(p90, nameof(p90));
        for (var i = 0; i < years; i++)
        {
            if (p10[i] > p50[i] || p50[i] > p90[i])
            {
                throw new ArgumentException(
                    $"p10, p50, p90: year {yearLabels[i]} has P10 {p10[i]}, P50 {p50[i]}, P90 {p90[i]}; expected P10 ≤ P50 ≤ P90.",
                    nameof(p50));
            }
        }

        var plot = ChartStyle.NewPlot(title, "Year", $"Cumulative present value ({ChartStyle.CurrencyUnit(currency)})");
        var xs = Enumerable.Range(0, years).Select(i => (double)i).ToArray();

        var zero = plot.Add.HorizontalLine(0, 1.5f, ChartStyle.Ink, LinePattern.Solid);
        zero.ExcludeFromLegend = true;

        var band = plot.Add.FillY(xs, p10.ToArray(), p90.ToArray());
        band.FillColor = ChartStyle.SkyBlue.WithAlpha(0.35);
        band.LineColor = ChartStyle.SkyBlue;
        band.LineWidth = 1;
        band.LegendText = "P10 to P90";

        var median = plot.Add.ScatterLine(xs, p50.ToArray(), ChartStyle.Blue);
        median.LineWidth = 2.5f;
        median.MarkerSize = years > 30 ? 0 : 6;
        median.LegendText = "P50 (median)";

        ChartStyle.LabelledTicks(plot.Axes.Bottom, yearLabels, MaxYearLabels);
        ChartStyle.NumericTicks(plot.Axes.Top, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Left, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Right, ChartStyle.Number);

        var low = Math.Min(0, p10.Min());
        var high = Math.Max(0, p90.Max());
        var pad = high > low ? (high - low) * 0.06 : Math.Max(Math.Abs(high) * 0.1, 1);
        plot.Axes.SetLimits(-0.4, years - 1 + 0.4, low - pad, high + pad);
        plot.ShowLegend(Edge.Right);
        ChartStyle.UseChartFont(plot);
        return plot;
    }
}
