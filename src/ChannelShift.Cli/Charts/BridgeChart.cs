using ScottPlot;
using ScottPlot.TickGenerators;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// The bridge (waterfall) chart: totals as bars from zero (blue), changes as floating bars from the running total
/// (vermillion for a fall, bluish green for a rise), each with its amount written above or below it. The chart draws
/// the figures it is given and adds nothing to them: the running total after a change is the sum of the bars before it,
/// and a total resets it.
/// </summary>
internal static class BridgeChart
{
    private const double BarWidth = 0.6;

    /// <summary>Builds the chart (the caller renders it and disposes it).</summary>
    /// <param name="steps">The bars, left to right (at least one; the first is normally a total).</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    internal static Plot Build(IReadOnlyList<BridgeStep> steps, string currency, string title)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentNullException.ThrowIfNull(title);
        if (steps.Count == 0)
        {
            throw new ArgumentException("steps: no bars; expected at least one step.", nameof(steps));
        }

        foreach (var step in steps)
        {
            ArgumentNullException.ThrowIfNull(step, nameof(steps));
            ChartStyle.RequireFinite(step.Value, step.Label);
        }

        var plot = ChartStyle.NewPlot(title, string.Empty, ChartStyle.CurrencyUnit(currency));
        var bars = new List<Bar>(steps.Count);
        var ticks = new NumericManual();
        var running = 0.0;
        var ends = new List<double> { 0 };
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var from = step.IsTotal ? 0 : running;
            var to = step.IsTotal ? step.Value : running + step.Value;
            var colour = step.IsTotal ? ChartStyle.Blue : step.Value < 0 ? ChartStyle.Vermillion : ChartStyle.BluishGreen;
            bars.Add(new Bar { Position = i, ValueBase = from, Value = to, Size = BarWidth, FillColor = colour, LineWidth = 0 });
            ticks.AddMajor(i, step.Label);
            ends.Add(from);
            ends.Add(to);
            running = to;
        }

        plot.Add.Bars(bars);
        var min = ends.Min();
        var max = ends.Max();
        var pad = (max - min) * 0.12;
        if (pad <= 0)
        {
            pad = Math.Max(Math.Abs(max), 1) * 0.1;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var bar = bars[i];
            var top = Math.Max(bar.ValueBase, bar.Value);
            var bottom = Math.Min(bar.ValueBase, bar.Value);
            var above = steps[i].Value >= 0;
            var label = plot.Add.Text(Amount(steps[i], currency), i, above ? top : bottom);
            label.Alignment = above ? Alignment.LowerCenter : Alignment.UpperCenter;
            label.OffsetY = above ? -4 : 4;
            label.LabelStyle.FontSize = ChartStyle.MarkerLabelSize;
            label.LabelStyle.ForeColor = ChartStyle.Ink;
        }

        var zero = plot.Add.HorizontalLine(0, 1, ChartStyle.Ink, LinePattern.Solid);
        zero.LegendText = string.Empty;
        plot.Axes.Bottom.TickGenerator = ticks;
        ChartStyle.NumericTicks(plot.Axes.Left, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Right, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Top, ChartStyle.Number);
        plot.Axes.SetLimits(-0.6, steps.Count - 0.4, min < 0 ? min - pad : 0, Math.Max(0, max) + pad);
        plot.Grid.XAxisStyle.IsVisible = false;
        ChartStyle.UseChartFont(plot);
        return plot;
    }

    /// <summary>A bar's amount as written on it: a total as it is, a change with its sign ("−£3,318,471", "+£20,000"; a
    /// change that rounds to nothing is "£0").</summary>
    internal static string Amount(BridgeStep step, string currency) =>
        step.IsTotal || Math.Round(step.Value, MidpointRounding.AwayFromZero) <= 0 ? ChartStyle.Money(step.Value, currency) : "+" + ChartStyle.Money(step.Value, currency);
}
