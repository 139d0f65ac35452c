using ScottPlot;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// Draws the uncertainty charts to files: PNG or SVG by the file's extension, 1000 × 600 pixels (the tornado taller
/// with more rows), text in the embedded DejaVu Sans, numbers in invariant culture. Refuses to overwrite an existing
/// file unless <c>force</c>; file problems are <see cref="UserInputException"/>s (exit 2), bad data from the caller
/// are <see cref="ArgumentException"/>s. The file is checked before drawing, so a refused path costs no rendering.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>Saves the histogram of simulated NPV with P5, P10, P50, P90 and P95 marked.</summary>
    /// <param name="path">A file name ending in .png or .svg.</param>
    /// <param name="force">Overwrite the file if it exists.</param>
    /// <param name="values">Simulated NPVs (at least one, finite); up to 100,000 or so.</param>
    /// <param name="percentiles">The percentiles to mark, as the simulation computed them.</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    /// <param name="scale">Counts (default) or shares of iterations on the y axis.</param>
    internal static void SaveNpvHistogram(string path, bool force, IReadOnlyList<double> values, NpvPercentiles percentiles, string currency, string title, HistogramScale scale = HistogramScale.Count)
    {
        var format = ChartFile.Check(path, force);
        var bytes = RenderNpvHistogram(format, values, percentiles, currency, title, scale);
        ChartFile.Write(path, bytes, force);
    }

    /// <summary>Saves the fan chart of cumulative present value (P10–P90 band, P50 line, zero line).</summary>
    /// <param name="path">A file name ending in .png or .svg.</param>
    /// <param name="force">Overwrite the file if it exists.</param>
    /// <param name="yearLabels">One label per year.</param>
    /// <param name="p10">Cumulative present value at P10 per year.</param>
    /// <param name="p50">Cumulative present value at P50 per year.</param>
    /// <param name="p90">Cumulative present value at P90 per year.</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    internal static void SaveFan(string path, bool force, IReadOnlyList<string> yearLabels, IReadOnlyList<double> p10, IReadOnlyList<double> p50, IReadOnlyList<double> p90, string currency, string title)
    {
        var format = ChartFile.Check(path, force);
        var bytes = RenderFan(format, yearLabels, p10, p50, p90, currency, title);
        ChartFile.Write(path, bytes, force);
    }

    /// <summary>Saves the tornado chart (rows sorted by swing, largest at the top; a line at the base-case NPV).</summary>
    /// <param name="path">A file name ending in .png or .svg.</param>
    /// <param name="force">Overwrite the file if it exists.</param>
    /// <param name="rows">The inputs, in any order.</param>
    /// <param name="baseNpv">NPV with every input at its base value.</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    internal static void SaveTornado(string path, bool force, IReadOnlyList<TornadoRow> rows, double baseNpv, string currency, string title)
    {
        var format = ChartFile.Check(path, force);
        var bytes = RenderTornado(format, rows, baseNpv, currency, title);
        ChartFile.Write(path, bytes, force);
    }

    /// <summary>The histogram's image bytes, without touching any file.</summary>
    internal static byte[] RenderNpvHistogram(ChartFormat format, IReadOnlyList<double> values, NpvPercentiles percentiles, string currency, string title, HistogramScale scale = HistogramScale.Count)
    {
        using var plot = NpvHistogramChart.Build(values, percentiles, currency, title, scale);
        return Render(plot, format, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>The fan chart's image bytes, without touching any file.</summary>
    internal static byte[] RenderFan(ChartFormat format, IReadOnlyList<string> yearLabels, IReadOnlyList<double> p10, IReadOnlyList<double> p50, IReadOnlyList<double> p90, string currency, string title)
    {
        using var plot = FanChart.Build(yearLabels, p10, p50, p90, currency, title);
        return Render(plot, format, ChartStyle.Width, ChartStyle.Height);
    }

    /// <summary>The tornado chart's image bytes, without touching any file.</summary>
    internal static byte[] RenderTornado(ChartFormat format, IReadOnlyList<TornadoRow> rows, double baseNpv, string currency, string title)
    {
        using var plot = TornadoChart.Build(rows, baseNpv, currency, title);
        return Render(plot, format, TornadoChart.WidthFor(rows), TornadoChart.HeightFor(rows.Count));
    }

    /// <summary>Renders a built plot as PNG bytes or as an SVG document (UTF-8, no byte-order mark).</summary>
    internal static byte[] Render(Plot plot, ChartFormat format, int width, int height) => format switch
    {
        ChartFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
        ChartFormat.Svg => ChartFile.SvgBytes(ChartFile.RenumberSvgIds(plot.GetSvgXml(width, height))),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format: expected Png or Svg."),
    };
}
