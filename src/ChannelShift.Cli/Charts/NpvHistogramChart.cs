using System.Globalization;
using ScottPlot;
using ScottPlot.Plottables;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// The histogram of simulated NPV with P5, P10, P50, P90 and P95 marked as vertical lines, each labelled at the top
/// of the plot and listed with its value in the legend beside it, and a grey line at NPV = 0 when zero is in range.
/// </summary>
internal static class NpvHistogramChart
{
    /// <summary>Fewest target bins: Rice's rule (2·∛n) is raised to this so that few iterations still show a shape.</summary>
    internal const int MinBins = 5;

    /// <summary>Most target bins: Rice's rule is capped here so that many iterations do not make hairline bars.</summary>
    internal const int MaxBins = 100;

    // Rough width of the data area (image less the left axis and the legend), used only to keep line labels apart.
    private const double ApproximateDataWidthPixels = 640;
    private const double LabelSpacingPixels = 46;
    private const float LabelRowPixels = 20;

    /// <summary>Builds the chart (the caller renders and disposes it).</summary>
    /// <param name="values">Simulated NPVs (at least one, all finite), e.g. up to 100,000 iterations.</param>
    /// <param name="percentiles">The percentiles to mark, as the simulation computed them.</param>
    /// <param name="currency">ISO code of the scenario's currency, e.g. "GBP".</param>
    /// <param name="title">Chart title.</param>
    /// <param name="scale">Counts or shares on the y axis.</param>
    internal static Plot Build(IReadOnlyList<double> values, NpvPercentiles percentiles, string currency, string title, HistogramScale scale)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(percentiles);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentNullException.ThrowIfNull(title);
        if (values.Count == 0)
        {
            throw new ArgumentException("values: no values; expected at least one simulated NPV.", nameof(values));
        }

        ChartStyle.RequireFinite(values, nameof(values));
        var marks = Marks(percentiles);
        foreach (var mark in marks)
        {
            ChartStyle.RequireFinite(mark.Value, mark.Name);
        }

        var bins = Bin(values);
        var total = (double)values.Count;
        var yLabel = scale == HistogramScale.Share ? "Share of iterations" : "Iterations";
        var plot = ChartStyle.NewPlot(title, $"NPV ({ChartStyle.CurrencyUnit(currency)})", yLabel);

        var bars = new List<Bar>(bins.Counts.Length);
        var tallest = 0.0;
        for (var i = 0; i < bins.Counts.Length; i++)
        {
            var height = scale == HistogramScale.Share ? bins.Counts[i] / total : bins.Counts[i];
            tallest = Math.Max(tallest, height);
            bars.Add(new Bar
            {
                Position = bins.Start + ((i + 0.5) * bins.Width),
                Value = height,
                Size = bins.Width,
                FillColor = ChartStyle.Bars,
                LineColor = Colors.White,
                LineWidth = bins.Counts.Length > 60 ? 0 : 0.5f,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.LegendText = $"Iterations ({values.Count.ToString("#,0", CultureInfo.InvariantCulture)})";

        var xMin = Math.Min(bins.Start, marks.Min(m => m.Value));
        var xMax = Math.Max(bins.Start + (bins.Counts.Length * bins.Width), marks.Max(m => m.Value));
        var xPad = Math.Max((xMax - xMin) * 0.04, bins.Width);
        xMin -= xPad;
        xMax += xPad;

        if (xMin < 0 && xMax > 0)
        {
            // Break-even: the share of the histogram left of this line is the chance the case loses money.
            var zero = plot.Add.VerticalLine(0, 1.5f, ChartStyle.Ink.WithAlpha(0.55), LinePattern.Solid);
            zero.LegendText = "NPV = 0";
        }

        var rows = LabelRows(marks.Select(m => m.Value).ToArray(), (xMax - xMin) * LabelSpacingPixels / ApproximateDataWidthPixels);
        var yMax = tallest <= 0 ? 1 : tallest * (1.12 + (0.045 * rows.Max()));
        foreach (var mark in marks)
        {
            var line = plot.Add.VerticalLine(mark.Value, mark.LineWidth, mark.Color, mark.Pattern);
            line.LegendText = $"{mark.Name}: {ChartStyle.Money(mark.Value, currency)}";
        }

        // Labels after all the lines, so that no line crosses a label when percentiles lie close together.
        for (var i = 0; i < marks.Length; i++)
        {
            var mark = marks[i];
            var label = plot.Add.Text(mark.Name, mark.Value, yMax);
            label.Alignment = Alignment.UpperCenter;
            label.OffsetY = 4 + (rows[i] * LabelRowPixels);
            label.LabelStyle.FontSize = ChartStyle.MarkerLabelSize;
            label.LabelStyle.Bold = true;
            label.LabelStyle.ForeColor = mark.Color;
            label.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.85);
            label.LabelStyle.Padding = 2;
        }

        ChartStyle.NumericTicksEverywhere(plot, ChartStyle.Number, scale == HistogramScale.Share ? ChartStyle.Percent : ChartStyle.Number);
        if (scale == HistogramScale.Count)
        {
            ChartStyle.NumericTicks(plot.Axes.Left, ChartStyle.Number, integersOnly: true);
        }

        plot.Axes.SetLimits(xMin, xMax, 0, yMax);
        plot.ShowLegend(Edge.Right);
        ChartStyle.UseChartFont(plot);
        return plot;
    }

    /// <summary>Equal-width bins over [min, max] with a "nice" width (1, 2, 2.5 or 5 × 10^k) and edges on its multiples.</summary>
    internal static (double Start, double Width, int[] Counts) Bin(IReadOnlyList<double> values)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < values.Count; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        double width;
        double start;
        int count;
        if (max - min <= Math.Max(Math.Abs(max), Math.Abs(min)) * 1e-12)
        {
            // One value (e.g. a scenario without distributions): one bar, centred on it.
            width = ChartStyle.NiceStep(Math.Max(Math.Abs(min) * 0.02, 1));
            start = min - (width / 2);
            count = 1;
        }
        else
        {
            var target = Math.Clamp((int)Math.Ceiling(2 * Math.Cbrt(values.Count)), MinBins, MaxBins);
            width = ChartStyle.NiceStep((max - min) / target);
            start = Math.Floor(min / width) * width;
            count = Math.Max(1, (int)Math.Ceiling((max - start) / width));
            if (start + (count * width) <= max)
            {
                count++;
            }
        }

        var counts = new int[count];
        for (var i = 0; i < values.Count; i++)
        {
            var index = (int)Math.Floor((values[i] - start) / width);
            counts[Math.Clamp(index, 0, count - 1)]++;
        }

        return (start, width, counts);
    }

    /// <summary>
    /// A row for each label (0 = top), so that labels closer than <paramref name="minimumGap"/> (data units) sit in
    /// different rows: each takes the first row whose last label is far enough to its left.
    /// </summary>
    internal static int[] LabelRows(double[] positions, double minimumGap)
    {
        var order = Enumerable.Range(0, positions.Length).OrderBy(i => positions[i]).ToArray();
        var rows = new int[positions.Length];
        var lastInRow = new List<double>();
        foreach (var i in order)
        {
            var row = lastInRow.FindIndex(last => positions[i] - last >= minimumGap);
            if (row < 0)
            {
                lastInRow.Add(positions[i]);
                row = lastInRow.Count - 1;
            }
            else
            {
                lastInRow[row] = positions[i];
            }

            rows[i] = row;
        }

        return rows;
    }

    private static Mark[] Marks(NpvPercentiles p) =>
        [
            new("P5", p.P5, ChartStyle.Blue, LinePattern.Dotted, 2),
            new("P10", p.P10, ChartStyle.Vermillion, LinePattern.Dashed, 2),
            new("P50", p.P50, ChartStyle.Ink, LinePattern.Solid, 2.5f),
            new("P90", p.P90, ChartStyle.Vermillion, LinePattern.Dashed, 2),
            new("P95", p.P95, ChartStyle.Blue, LinePattern.Dotted, 2),
        ];

    private sealed record Mark(string Name, double Value, Color Color, LinePattern Pattern, float LineWidth);
}
