using System.Globalization;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// The tracking chart: a panel of the cumulative saving, planned against realised (and the cashable saving where
/// known), then one panel a channel with its business-as-usual, planned and actual contacts month by month. The panels
/// are stacked in one image, 1000 pixels wide and 300 a panel (the top one 360).
/// </summary>
internal static class TrackingChart
{
    /// <summary>At most this many month labels on the x axis; with more months every k-th is labelled.</summary>
    internal const int MaxMonthLabels = 12;

    /// <summary>A panel's height in pixels.</summary>
    internal const int PanelHeight = 300;

    /// <summary>The top panel's height in pixels (it carries the title).</summary>
    internal const int TopHeight = 360;

    /// <summary>One channel's series, one value a month.</summary>
    internal sealed record ChannelSeries(string Channel, IReadOnlyList<double> BusinessAsUsual, IReadOnlyList<double> Planned, IReadOnlyList<double> Actual);

    /// <summary>Renders the chart as PNG bytes or an SVG document.</summary>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="months">The month labels (YYYY-MM), at least one.</param>
    /// <param name="plannedSaving">Cumulative planned saving at each month.</param>
    /// <param name="realisedSaving">Cumulative realised saving at each month.</param>
    /// <param name="plannedCashable">Cumulative planned cashable saving, or null.</param>
    /// <param name="realisedCashable">Cumulative realised cashable saving, or null.</param>
    /// <param name="channels">The channels' series.</param>
    /// <param name="currency">ISO code of the currency.</param>
    /// <param name="title">The title of the top panel.</param>
    internal static byte[] Render(ChartFormat format, IReadOnlyList<string> months, IReadOnlyList<double> plannedSaving, IReadOnlyList<double> realisedSaving, IReadOnlyList<double>? plannedCashable, IReadOnlyList<double>? realisedCashable, IReadOnlyList<ChannelSeries> channels, string currency, string title)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(channels);
        if (months.Count == 0)
        {
            throw new ArgumentException("months: none; expected at least one.", nameof(months));
        }

        var plots = new List<(Plot Plot, int Height)>();
        try
        {
            plots.Add((Savings(months, plannedSaving, realisedSaving, plannedCashable, realisedCashable, currency, title), TopHeight));
            foreach (var channel in channels)
            {
                plots.Add((Channel(months, channel), PanelHeight));
            }

            return format == ChartFormat.Png ? Png(plots) : Svg(plots);
        }
        finally
        {
            foreach (var (plot, _) in plots)
            {
                plot.Dispose();
            }
        }
    }

    private static Plot Savings(IReadOnlyList<string> months, IReadOnlyList<double> planned, IReadOnlyList<double> realised, IReadOnlyList<double>? plannedCashable, IReadOnlyList<double>? realisedCashable, string currency, string title)
    {
        var plot = ChartStyle.NewPlot(title, "Month", $"Cumulative saving ({ChartStyle.CurrencyUnit(currency)})");
        Line(plot, planned, ChartStyle.Blue, LinePattern.Solid, "Saving at average cost, planned", markers: false);
        Line(plot, realised, ChartStyle.Blue, LinePattern.Solid, "Saving at average cost, realised", markers: true);
        if (plannedCashable is not null)
        {
            Line(plot, plannedCashable, ChartStyle.BluishGreen, LinePattern.Solid, "Cashable saving, planned", markers: false);
        }

        if (realisedCashable is not null)
        {
            Line(plot, realisedCashable, ChartStyle.BluishGreen, LinePattern.Solid, "Cashable saving, realised", markers: true);
        }

        var zero = plot.Add.HorizontalLine(0, 1, ChartStyle.Ink, LinePattern.Solid);
        zero.ExcludeFromLegend = true;
        Finish(plot, months);
        return plot;
    }

    private static Plot Channel(IReadOnlyList<string> months, ChannelSeries series)
    {
        var plot = ChartStyle.NewPlot($"{series.Channel}: contacts a month", "Month", "Contacts");
        Line(plot, series.BusinessAsUsual, Colors.Gray, LinePattern.Solid, "Business as usual", markers: false);
        Line(plot, series.Planned, ChartStyle.Blue, LinePattern.Solid, "Planned", markers: false);
        Line(plot, series.Actual, ChartStyle.Vermillion, LinePattern.Solid, "Actual", markers: true);
        Finish(plot, months);
        return plot;
    }

    private static void Line(Plot plot, IReadOnlyList<double> values, Color color, LinePattern pattern, string legend, bool markers)
    {
        ChartStyle.RequireFinite(values, legend);
        var xs = Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray();
        var line = plot.Add.ScatterLine(xs, values.ToArray(), color);
        line.LineWidth = markers ? 2 : 2.5f;
        line.LinePattern = pattern;
        line.MarkerSize = markers && values.Count <= 36 ? 5 : 0;
        line.LegendText = legend;
    }

    private static void Finish(Plot plot, IReadOnlyList<string> months)
    {
        ChartStyle.LabelledTicks(plot.Axes.Bottom, months, MaxMonthLabels);
        ChartStyle.NumericTicks(plot.Axes.Top, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Left, ChartStyle.Number);
        ChartStyle.NumericTicks(plot.Axes.Right, ChartStyle.Number);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsX(-0.5, months.Count - 0.5);
        plot.ShowLegend(Edge.Right);
        ChartStyle.UseChartFont(plot);
    }

    private static byte[] Png(List<(Plot Plot, int Height)> plots)
    {
        var height = plots.Sum(p => p.Height);
        using var surface = SKSurface.Create(new SKImageInfo(ChartStyle.Width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        var top = 0;
        foreach (var (plot, h) in plots)
        {
            // Each panel on a surface of its own: a plot clears the whole canvas it renders on.
            using var panel = SKSurface.Create(new SKImageInfo(ChartStyle.Width, h, SKColorType.Rgba8888, SKAlphaType.Premul));
            plot.Render(panel.Canvas, ChartStyle.Width, h);
            using var drawn = panel.Snapshot();
            surface.Canvas.DrawImage(drawn, 0, top);
            top += h;
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static byte[] Svg(List<(Plot Plot, int Height)> plots)
    {
        var height = plots.Sum(p => p.Height);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{ChartStyle.Width}\" height=\"{height}\" viewBox=\"0 0 {ChartStyle.Width} {height}\">\n");
        var top = 0;
        foreach (var (plot, h) in plots)
        {
            var inner = plot.GetSvgXml(ChartStyle.Width, h);
            if (inner.StartsWith("<?xml", StringComparison.Ordinal))
            {
                inner = inner[(inner.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart();
            }

            var at = inner.IndexOf("<svg", StringComparison.Ordinal);
            svg.Append(inner.AsSpan(0, at + 4)).Append(CultureInfo.InvariantCulture, $" y=\"{top}\"").Append(inner.AsSpan(at + 4)).Append('\n');
            top += h;
        }

        svg.Append("</svg>\n");
        return ChartFile.SvgBytes(ChartFile.RenumberSvgIds(svg.ToString()));
    }
}
