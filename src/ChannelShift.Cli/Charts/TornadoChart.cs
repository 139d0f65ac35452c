using ScottPlot;
using ScottPlot.TickGenerators;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// The tornado chart: one row per input, sorted by swing (largest at the top), each with a bar from the base-case NPV
/// to the NPV at the input's low value and one to the NPV at its high value, the values written at the bar ends, and
/// a vertical line at the base-case NPV.
/// </summary>
internal static class TornadoChart
{
    private const int HeightPerRow = 46;
    private const int HeightOutsideRows = 190;

    /// <summary>Image height for <paramref name="rows"/> rows: <see cref="ChartStyle.Height"/> or more, so bars stay readable.</summary>
    internal static int HeightFor(int rows) => Math.Max(ChartStyle.Height, HeightOutsideRows + (HeightPerRow * rows));

    /// <summary>The chart's width in pixels: the standard 1000, wider by 7 pixels (about one character of the tick labels)
    /// for each character of the longest input name beyond 45, so that long names in words leave the bars their room.</summary>
    internal static int WidthFor(IReadOnlyList<TornadoRow> rows) =>
        ChartStyle.Width + (7 * Math.Max(0, (rows.Count == 0 ? 0 : rows.Max(r => r.Input.Length)) - 45));

    /// <summary>The rows in drawing order, top first: by swing, largest first; equal swings by input name (ordinal).</summary>
    internal static IReadOnlyList<TornadoRow> Sorted(IEnumerable<TornadoRow> rows) =>
        [.. rows.OrderByDescending(r => r.Swing).ThenBy(r => r.Input, StringComparer.Ordinal)];

    /// <summary>Builds the chart (the caller renders it at <see cref="HeightFor"/> and disposes it).</summary>
    /// <param name="rows">The inputs (at least one), in any order.</param>
    /// <param name="baseNpv">NPV with every input at its base value (scenario currency).</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    internal static Plot Build(IReadOnlyList<TornadoRow> rows, double baseNpv, string currency, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentNullException.ThrowIfNull(title);
        if (rows.Count == 0)
        {
            throw new ArgumentException("rows: no inputs; expected at least one row.", nameof(rows));
        }

        ChartStyle.RequireFinite(baseNpv, nameof(baseNpv));
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            ChartStyle.RequireFinite(row.NpvAtLow, $"{row.Input} NPV at low");
            ChartStyle.RequireFinite(row.NpvAtHigh, $"{row.Input} NPV at high");
        }

        var sorted = Sorted(rows);
        var count = sorted.Count;
        var plot = ChartStyle.NewPlot(title, $"NPV ({ChartStyle.CurrencyUnit(currency)})", string.Empty);

        var lowBars = new List<Bar>(count);
        var highBars = new List<Bar>(count);
        var ticks = new NumericManual();
        for (var i = 0; i < count; i++)
        {
            var row = sorted[i];
            double y = count - 1 - i;
            ticks.AddMajor(y, row.Input);
            lowBars.Add(new Bar { Position = y, ValueBase = baseNpv, Value = row.NpvAtLow, Size = 0.62, FillColor = ChartStyle.Orange, LineWidth = 0 });
            highBars.Add(new Bar { Position = y, ValueBase = baseNpv, Value = row.NpvAtHigh, Size = 0.62, FillColor = ChartStyle.BluishGreen, LineWidth = 0 });
        }

        // The bar reaching farther from the base goes underneath, so a shorter one on the same side stays visible.
        var lowFirst = plot.Add.Bars(lowBars);
        var highNext = plot.Add.Bars(highBars);
        foreach (var (bars, text) in new[] { (lowFirst, "Input at its low value"), (highNext, "Input at its high value") })
        {
            bars.Horizontal = true;
            bars.LegendText = text;
        }

        for (var i = 0; i < count; i++)
        {
            var row = sorted[i];
            double y = count - 1 - i;
            if (Math.Abs(row.NpvAtLow - baseNpv) < Math.Abs(row.NpvAtHigh - baseNpv) && Math.Sign(row.NpvAtLow - baseNpv) == Math.Sign(row.NpvAtHigh - baseNpv))
            {
                // Same side and the low bar is shorter: draw it again on top.
                var over = plot.Add.Bar(new Bar { Position = y, ValueBase = baseNpv, Value = row.NpvAtLow, Size = 0.62, FillColor = ChartStyle.Orange, LineWidth = 0 });
                over.Horizontal = true;
                over.LegendText = string.Empty;
            }

            EndLabel(plot, row.NpvAtLow, y, row.LowLabel, SideOf(row.NpvAtLow, row.NpvAtHigh, baseNpv, -1));
            EndLabel(plot, row.NpvAtHigh, y, row.HighLabel, SideOf(row.NpvAtHigh, row.NpvAtLow, baseNpv, +1));
        }

        var baseLine = plot.Add.VerticalLine(baseNpv, 2, ChartStyle.Ink, LinePattern.Solid);
        baseLine.LegendText = $"Base case NPV {ChartStyle.Money(baseNpv, currency)}";

        var values = sorted.SelectMany(r => new[] { r.NpvAtLow, r.NpvAtHigh }).Append(baseNpv).ToArray();
        var min = values.Min();
        var max = values.Max();
        var span = max - min;
        var pad = span > 0 ? span * 0.2 : Math.Max(Math.Abs(baseNpv) * 0.1, 1);

        plot.Axes.Left.TickGenerator = ticks;
        ChartStyle.NumericTicks(plot.Axes.Bottom, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Top, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Right, ChartStyle.Number);
        plot.Axes.SetLimits(min - pad, max + pad, -0.6, count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.ShowLegend(Edge.Bottom);
        ChartStyle.UseChartFont(plot);
        return plot;
    }

    /// <summary>
    /// Which side of its bar end a value's label goes: +1 right, -1 left. Away from the base line; a value at the
    /// base (no change) goes opposite its partner so the two labels never print over each other; both at the base:
    /// low to the left, high to the right (<paramref name="tie"/>).
    /// </summary>
    internal static int SideOf(double value, double other, double baseNpv, int tie)
    {
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(baseNpv));
        var offset = value - baseNpv;
        if (Math.Abs(offset) > tolerance)
        {
            return Math.Sign(offset);
        }

        var otherOffset = other - baseNpv;
        return Math.Abs(otherOffset) > tolerance ? -Math.Sign(otherOffset) : tie;
    }

    private static void EndLabel(Plot plot, double value, double y, string text, int side)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var label = plot.Add.Text(text, value, y);
        label.Alignment = side > 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
        label.OffsetX = side > 0 ? 6 : -6;
        label.LabelStyle.FontSize = ChartStyle.MarkerLabelSize;
        label.LabelStyle.ForeColor = ChartStyle.Ink;
    }
}
