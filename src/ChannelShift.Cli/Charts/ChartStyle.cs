using System.Globalization;
using ChannelShift.Cli.Output;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// What all the charts share: size, colours, the embedded font on every piece of text, and number formats that never
/// depend on the current culture ("1,250,000": comma thousands, dot decimals, U+2212 minus).
/// </summary>
internal static class ChartStyle
{
    /// <summary>Image width, pixels.</summary>
    internal const int Width = 1000;

    /// <summary>Image height, pixels (the tornado chart grows taller with its rows).</summary>
    internal const int Height = 600;

    internal const float TitleSize = 20;
    internal const float AxisLabelSize = 16;
    internal const float TickLabelSize = 13;
    internal const float LegendSize = 13;
    internal const float MarkerLabelSize = 13;

    // Okabe–Ito colour-blind-safe palette.
    internal static readonly Color Blue = Color.FromHex("#0072B2");
    internal static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    internal static readonly Color Vermillion = Color.FromHex("#D55E00");
    internal static readonly Color Orange = Color.FromHex("#E69F00");
    internal static readonly Color BluishGreen = Color.FromHex("#009E73");
    internal static readonly Color Ink = Color.FromHex("#222222");
    internal static readonly Color Bars = Color.FromHex("#8FB8DE");

    /// <summary>U+2212, the minus sign the app's tables use for negative money.</summary>
    internal const string Minus = "\u2212";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A new plot with the embedded font registered, a title and axis labels.</summary>
    internal static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        ChartFont.EnsureRegistered();
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>
    /// Sets the embedded font on every piece of text in the plot (title, axis labels, tick labels, legend, text and
    /// line labels); call it after the last plottable is added and after any label's <c>Bold</c> is set.
    /// Each label gets the embedded typeface itself (bold or regular by its <c>Bold</c>), not only the family name:
    /// ScottPlot's own <c>plot.Font.Set</c> is avoided on purpose, because it also pins a process-wide default
    /// typeface onto every label created afterwards, which silently turns all later bold text regular.
    /// </summary>
    internal static void UseChartFont(Plot plot)
    {
        var title = plot.Axes.Title.Label;
        title.FontSize = TitleSize;
        title.Bold = true;

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = TickLabelSize;
        }

        foreach (var style in LabelStyles(plot))
        {
            style.FontName = ChartFont.Family;
            style.Font = style.Bold ? ChartFont.Bold : ChartFont.Regular;
        }

        // The legend has no typeface of its own, only a name, which the registered resolver turns into the embedded face.
        plot.Legend.FontName = ChartFont.Family;
        plot.Legend.FontSize = LegendSize;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.SymbolWidth = 32;
    }

    /// <summary>Every label style in the plot that can draw text (the tests check that all use the embedded font).</summary>
    internal static IEnumerable<LabelStyle> LabelStyles(Plot plot)
    {
        yield return plot.Axes.Title.Label;
        foreach (var axis in plot.Axes.GetAxes())
        {
            yield return axis.Label;
            yield return axis.TickLabelStyle;
        }

        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Text text:
                    yield return text.LabelStyle;
                    break;
                case AxisLine line:
                    yield return line.LabelStyle;
                    break;
                case BarPlot bars:
                    yield return bars.ValueLabelStyle;
                    break;
            }
        }
    }

    /// <summary>One labelled tick a point (points 0, 1, 2, … along the axis), or every k-th when there are more than
    /// <paramref name="maxLabels"/> points, so the labels never overlap.</summary>
    internal static void LabelledTicks(IAxis axis, IReadOnlyList<string> labels, int maxLabels)
    {
        var ticks = new NumericManual();
        var every = (int)Math.Ceiling(labels.Count / (double)maxLabels);
        for (var i = 0; i < labels.Count; i += every)
        {
            ticks.AddMajor(i, labels[i]);
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>Automatic numeric ticks on an axis, labelled by <paramref name="format"/>.</summary>
    internal static void NumericTicks(IAxis axis, Func<double, string> format, bool integersOnly = false) =>
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = format, IntegerTicksOnly = integersOnly };

    /// <summary>The same number formatting on all four axes (the hidden ones too, so nothing is left culture-dependent).</summary>
    internal static void NumericTicksEverywhere(Plot plot, Func<double, string> xFormat, Func<double, string> yFormat)
    {
        NumericTicks(plot.Axes.Bottom, xFormat);
        NumericTicks(plot.Axes.Top, xFormat);
        NumericTicks(plot.Axes.Left, yFormat);
        NumericTicks(plot.Axes.Right, yFormat);
    }

    /// <summary>
    /// An axis number: comma thousands, at most two decimals and only when needed, a true minus sign as elsewhere in
    /// the app ("1,250,000", "2.5", "−40,000"), invariant culture; a value that rounds to zero is "0", never "−0".
    /// </summary>
    internal static string Number(double value)
    {
        if (Math.Abs(value) < 0.005)
        {
            return "0";
        }

        var digits = Math.Abs(value).ToString("#,0.##", Invariant);
        return value < 0 ? Minus + digits : digits;
    }

    /// <summary>A share as a percentage: 0.125 → "12.5%", invariant culture.</summary>
    internal static string Percent(double share) =>
        Math.Abs(share) < 0.0005 ? "0%" : (share < 0 ? Minus : string.Empty) + Math.Abs(share * 100).ToString("0.#", Invariant) + "%";

    /// <summary>The unit in an axis title, as the app writes money elsewhere: "£" for GBP, "A$", "€", "$", else the code ("CHF").</summary>
    internal static string CurrencyUnit(string currency) => Show.Symbol(currency).TrimEnd();

    /// <summary>An amount of money in whole units, as the app writes it elsewhere: "£1,234,567", "−£250,000", "CHF 1,234".</summary>
    internal static string Money(double value, string currency)
    {
        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        var digits = Math.Abs(rounded).ToString("#,0", Invariant);
        return (rounded < 0 ? Minus : string.Empty) + Show.Symbol(currency) + digits;
    }

    /// <summary>A "nice" step for <paramref name="raw"/>: 1, 2, 2.5 or 5 times a power of ten, not below it.</summary>
    internal static double NiceStep(double raw)
    {
        if (!(raw > 0) || double.IsInfinity(raw))
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var factor in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (factor * magnitude >= raw * (1 - 1e-12))
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>Checks that every value is finite (NaN and infinities cannot be drawn).</summary>
    internal static void RequireFinite(IReadOnlyList<double> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"{name}: value {values[i].ToString(Invariant)} at index {i.ToString(Invariant)} is not finite; expected finite numbers.",
                    name);
            }
        }
    }

    /// <summary>Checks that a single value is finite.</summary>
    internal static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{name}: {value.ToString(Invariant)} is not finite; expected a finite number.", name);
        }
    }
}
