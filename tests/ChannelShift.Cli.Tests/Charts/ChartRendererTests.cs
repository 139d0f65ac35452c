using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ChannelShift.Cli.Charts;
using SkiaSharp;

namespace ChannelShift.Cli.Tests.Charts;

/// <summary>
/// The chart files: PNG or SVG by extension, never overwritten without force, text actually drawn with the embedded
/// font (ScottPlot draws none on a machine without fonts otherwise), numbers independent of the current culture.
/// Files go to a fresh temporary folder, deleted afterwards.
/// </summary>
public sealed class ChartRendererTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly double[] Npv = ChartSamples.NpvSample(5_000);
    private static readonly NpvPercentiles Marks = ChartSamples.PercentilesOf(Npv);

    private readonly string folder = Directory.CreateTempSubdirectory("channelshift-charts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public enum Kind
    {
        Histogram,
        Fan,
        Tornado,
    }

    [Theory]
    [InlineData(Kind.Histogram, 600)]
    [InlineData(Kind.Fan, 600)]
    [InlineData(Kind.Tornado, 600)]
    public void Save_Png_WritesAPngOfTheChartSize(Kind kind, int height)
    {
        var path = Path.Combine(folder, "chart.png");

        Save(kind, path, force: false, "Title of the chart");

        var bytes = File.ReadAllBytes(path);
        bytes.Take(8).Should().Equal(PngSignature);
        bytes.Length.Should().BeGreaterThan(15_000, "a 1000 × 600 chart with bars, lines and text is tens of KB; a blank one is a few");
        using var bitmap = SKBitmap.Decode(bytes);
        bitmap.Width.Should().Be(1000);
        bitmap.Height.Should().Be(height);
    }

    [Theory]
    [InlineData(Kind.Histogram)]
    [InlineData(Kind.Fan)]
    [InlineData(Kind.Tornado)]
    public void Save_Svg_WritesAnSvgWithTheTitleAsTextInTheEmbeddedFamily(Kind kind)
    {
        var path = Path.Combine(folder, "chart.SVG");

        Save(kind, path, force: false, "Title of the chart");

        var bytes = File.ReadAllBytes(path);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
        var svg = Encoding.UTF8.GetString(bytes);
        svg.Should().StartWith("<?xml");
        var root = XDocument.Parse(svg).Root!;
        root.Name.LocalName.Should().Be("svg");
        root.Attribute("width")!.Value.Should().Be("1000");
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text").ToList();
        texts.Should().Contain(t => t.Value.Trim() == "Title of the chart");

        // Skia writes the typeface's own family name: the embedded DejaVu Sans, whatever the machine has.
        texts.Select(t => t.Attribute("font-family")?.Value).Distinct().Should().Equal("DejaVu Sans");
    }

    [Fact]
    public void SaveHistogram_AxisAndLegendText_AreInTheSvg()
    {
        var path = Path.Combine(folder, "histogram.svg");

        ChartRenderer.SaveNpvHistogram(path, false, Npv, Marks, "GBP", "NPV");

        var texts = Texts(File.ReadAllText(path));
        texts.Should().Contain("NPV (£)").And.Contain("Iterations").And.Contain("P5").And.Contain("P95");
        texts.Should().Contain("2,000,000", "the sample's NPVs run from about £0.2m to £5m: the x axis has a tick at 2,000,000");
        texts.Should().Contain(t => t.StartsWith("P50: £", StringComparison.Ordinal), "the legend gives each percentile's value");
    }

    [Fact]
    public void SaveHistogram_ShareScale_LabelsTheYAxisInPercent()
    {
        var path = Path.Combine(folder, "histogram.svg");

        ChartRenderer.SaveNpvHistogram(path, false, Npv, Marks, "GBP", "NPV", HistogramScale.Share);

        var texts = Texts(File.ReadAllText(path));
        texts.Should().Contain("Share of iterations").And.Contain(t => t.EndsWith('%'));
        texts.Should().NotContain("Iterations");
    }

    [Fact]
    public void SaveFan_AxisTextAndYearLabels_AreInTheSvg()
    {
        var path = Path.Combine(folder, "fan.svg");
        var years = new[] { "2025/26", "2026/27", "2027/28" };

        ChartRenderer.SaveFan(path, false, years, [-400_000, -200_000, 100_000], [-400_000, 0, 350_000], [-400_000, 150_000, 600_000], "GBP", "Fan");

        var texts = Texts(File.ReadAllText(path));
        texts.Should().Contain("Year").And.Contain("Cumulative present value (£)").And.Contain(years);
        texts.Should().Contain("P10 to P90").And.Contain("P50 (median)");
        texts.Should().Contain("\u2212400,000", "the y axis runs from about −£0.45m: negative ticks carry the minus sign");
    }

    [Fact]
    public void SaveTornado_RowsAndEndLabels_AreInTheSvg()
    {
        var path = Path.Combine(folder, "tornado.svg");

        ChartRenderer.SaveTornado(path, false, ChartSamples.Tornado(), 1_905_000, "GBP", "Tornado");

        var texts = Texts(File.ReadAllText(path));
        texts.Should().Contain(ChartSamples.Tornado().Select(r => r.Input));
        texts.Should().Contain("£4.83").And.Contain("£9.56").And.Contain("Base case NPV £1,905,000");
    }

    [Fact]
    public void SaveTornado_ManyRows_GrowsTaller()
    {
        var rows = Enumerable.Range(1, 14).Select(i => new TornadoRow($"Input {i}", 1_000_000 - (i * 1_000), 1_000_000 + (i * 1_000), "low", "high")).ToArray();
        var path = Path.Combine(folder, "tall.png");

        ChartRenderer.SaveTornado(path, false, rows, 1_000_000, "GBP", "Fourteen inputs");

        using var bitmap = SKBitmap.Decode(path);
        bitmap.Width.Should().Be(1000);
        bitmap.Height.Should().Be(TornadoChart.HeightFor(14)).And.BeGreaterThan(600);
    }

    [Theory]
    [InlineData(Kind.Histogram)]
    [InlineData(Kind.Fan)]
    [InlineData(Kind.Tornado)]
    public void Save_ExistingFileWithoutForce_IsRefusedAndLeftAlone(Kind kind)
    {
        var path = Path.Combine(folder, "existing.png");
        File.WriteAllText(path, "keep me");

        var act = () => Save(kind, path, force: false, "Title");

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain(path).And.Contain("--force");
        File.ReadAllText(path).Should().Be("keep me");
    }

    [Theory]
    [InlineData(Kind.Histogram)]
    [InlineData(Kind.Fan)]
    [InlineData(Kind.Tornado)]
    public void Save_ExistingFileWithForce_IsOverwritten(Kind kind)
    {
        var path = Path.Combine(folder, "existing.png");
        File.WriteAllText(path, "replace me, a longer text than nothing at all");

        Save(kind, path, force: true, "Title");

        File.ReadAllBytes(path).Take(8).Should().Equal(PngSignature);
    }

    [Theory]
    [InlineData("chart.jpg", ".jpg")]
    [InlineData("chart.pdf", ".pdf")]
    [InlineData("chart.png.txt", ".txt")]
    public void Save_OtherExtension_IsRefusedNamingItAndTheAllowedOnes(string name, string extension)
    {
        var path = Path.Combine(folder, name);

        var act = () => ChartRenderer.SaveNpvHistogram(path, false, Npv, Marks, "GBP", "NPV");

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain(extension).And.Contain(".png").And.Contain(".svg");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Save_NoExtension_IsRefused()
    {
        var path = Path.Combine(folder, "chart");

        var act = () => ChartRenderer.SaveFan(path, true, ["0"], [0.0], [0.0], [0.0], "GBP", "Fan");

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain("no extension").And.Contain(".png or .svg");
    }

    [Fact]
    public void Save_MissingFolder_IsRefusedNamingIt()
    {
        var missing = Path.Combine(folder, "no-such-folder");
        var path = Path.Combine(missing, "chart.png");

        var act = () => ChartRenderer.SaveTornado(path, true, ChartSamples.Tornado(), 1_905_000, "GBP", "Tornado");

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain(missing).And.Contain("does not exist");
        Directory.Exists(missing).Should().BeFalse();
    }

    [Fact]
    public void Save_PathIsAFolder_IsRefused()
    {
        var path = Path.Combine(folder, "a-folder.png");
        Directory.CreateDirectory(path);

        var act = () => ChartRenderer.SaveNpvHistogram(path, true, Npv, Marks, "GBP", "NPV");

        act.Should().Throw<UserInputException>().Which.Message.Should().Contain("is a folder");
    }

    [Fact]
    public void RenderPng_Title_IsDrawn()
    {
        var withTitle = Decode(ChartRenderer.RenderNpvHistogram(ChartFormat.Png, Npv, Marks, "GBP", "Net present value"));
        var withoutTitle = Decode(ChartRenderer.RenderNpvHistogram(ChartFormat.Png, Npv, Marks, "GBP", string.Empty));

        DifferingPixels(withTitle, withoutTitle).Should().BeGreaterThan(1_000);
    }

    [Fact]
    public void RenderPng_DifferentTitleText_ChangesOnlyTheTitleBand()
    {
        // Same length and layout, different glyphs: only where the title is drawn may pixels differ, and they must.
        var a = Decode(ChartRenderer.RenderNpvHistogram(ChartFormat.Png, Npv, Marks, "GBP", "Net present value AAAA"));
        var b = Decode(ChartRenderer.RenderNpvHistogram(ChartFormat.Png, Npv, Marks, "GBP", "Net present value BBBB"));

        var (count, lowestRow) = Differences(a, b);
        count.Should().BeGreaterThan(50);
        lowestRow.Should().BeLessThan(45, "the title sits above the data area");
    }

    [Fact]
    public void RenderPng_DifferentCurrency_ChangesTheAxisTitlePixels()
    {
        // "NPV (£)" against "NPV (€)" (and the legend's money): the axis and legend text is drawn too.
        var pounds = Decode(ChartRenderer.RenderNpvHistogram(ChartFormat.Png, Npv, Marks, "GBP", "NPV"));
        var euros = Decode(ChartRenderer.RenderNpvHistogram(ChartFormat.Png, Npv, Marks, "EUR", "NPV"));

        DifferingPixels(pounds, euros).Should().BeGreaterThan(30);
    }

    [Fact]
    public void Render_BoldTitle_StaysBoldOnEveryRender()
    {
        // ScottPlot's plot.Font.Set pins a regular typeface onto every later label; the charts must not fall for it.
        var first = ChartRenderer.RenderFan(ChartFormat.Png, ["0", "1"], [-1.0, 0], [-1.0, 1], [-1.0, 2], "GBP", "Bold title");
        var second = ChartRenderer.RenderFan(ChartFormat.Png, ["0", "1"], [-1.0, 0], [-1.0, 1], [-1.0, 2], "GBP", "Bold title");

        second.Should().Equal(first);
        using var plot = FanChart.Build(["0", "1"], [-1.0, 0], [-1.0, 1], [-1.0, 2], "GBP", "Bold title");
        plot.Axes.Title.Label.Font.Should().BeSameAs(ChartFont.Bold);
    }

    [Fact]
    public void Build_EveryLabel_UsesTheEmbeddedFont()
    {
        using var histogram = NpvHistogramChart.Build(Npv, Marks, "GBP", "H", HistogramScale.Count);
        using var fan = FanChart.Build(["0", "1"], [-1.0, 0], [-1.0, 1], [-1.0, 2], "GBP", "F");
        using var tornado = TornadoChart.Build(ChartSamples.Tornado(), 1_905_000, "GBP", "T");

        foreach (var plot in new[] { histogram, fan, tornado })
        {
            var styles = ChartStyle.LabelStyles(plot).ToList();
            styles.Should().HaveCountGreaterThan(8);
            styles.Should().OnlyContain(s => s.FontName == ChartFont.Family);
            styles.Should().OnlyContain(s => ReferenceEquals(s.Font, s.Bold ? ChartFont.Bold : ChartFont.Regular));
            plot.Legend.FontName.Should().Be(ChartFont.Family);
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void ChartFont_Family_ResolvesToTheEmbeddedFacesBeforeAnySystemFont(bool bold, bool italic)
    {
        ChartFont.EnsureRegistered();

        var typeface = ScottPlot.Fonts.GetTypeface(ChartFont.Family, bold, italic);

        typeface.Should().BeSameAs(bold ? ChartFont.Bold : ChartFont.Regular);
    }

    [Fact]
    public void ChartFont_EmbeddedFaces_AreDejaVuSansWithEveryGlyphTheChartsUse()
    {
        ChartFont.Regular.FamilyName.Should().Be("DejaVu Sans");
        ChartFont.Bold.FamilyName.Should().Be("DejaVu Sans");
        ChartFont.Bold.FontStyle.Weight.Should().Be((int)SKFontStyleWeight.Bold);
        foreach (var face in new[] { ChartFont.Regular, ChartFont.Bold })
        {
            face.ContainsGlyphs("£€$0123456789,.%\u2212–() PNVYearIterations").Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void RenderSvg_UnderAnotherCulture_IsByteForByteTheSame(string culture)
    {
        var invariant = RenderAll();
        byte[][] other;
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            other = RenderAll();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = before;
        }

        for (var i = 0; i < invariant.Length; i++)
        {
            other[i].Should().Equal(invariant[i]);
        }

        Texts(Encoding.UTF8.GetString(other[0])).Should().Contain("2,000,000").And.NotContain("2.000.000").And.NotContain("2 000 000");

        static byte[][] RenderAll() =>
        [
            ChartRenderer.RenderNpvHistogram(ChartFormat.Svg, Npv, Marks, "GBP", "NPV 1,5"),
            ChartRenderer.RenderNpvHistogram(ChartFormat.Svg, Npv, Marks, "GBP", "NPV", HistogramScale.Share),
            ChartRenderer.RenderFan(ChartFormat.Svg, ["0", "1", "2"], [-400_000.5, -200_000, 100_000], [-400_000.5, 0, 350_000], [-400_000.5, 150_000, 600_000], "GBP", "Fan"),
            ChartRenderer.RenderTornado(ChartFormat.Svg, ChartSamples.Tornado(), 1_905_000.25, "GBP", "Tornado"),
        ];
    }

    [Fact]
    public void RenderSvg_Twice_IsByteForByteTheSame()
    {
        // Skia numbers clip paths from a process-wide counter; the renderer renumbers them so equal data give equal files.
        var first = ChartRenderer.RenderTornado(ChartFormat.Svg, ChartSamples.Tornado(), 1_905_000, "GBP", "Tornado");
        var second = ChartRenderer.RenderTornado(ChartFormat.Svg, ChartSamples.Tornado(), 1_905_000, "GBP", "Tornado");

        second.Should().Equal(first);
        Encoding.UTF8.GetString(first).Should().Contain("id=\"cl_1\"").And.Contain("url(#cl_1)");
    }

    [Fact]
    public void RenumberSvgIds_ClipPaths_AreNumberedFromOneInOrderOfAppearance()
    {
        const string Skia = "<clipPath id=\"cl_e\"/><g clip-path=\"url(#cl_e)\"/><clipPath id=\"cl_1f\"/><g clip-path=\"url(#cl_1f)\"/><text>cl_e</text>";

        ChartFile.RenumberSvgIds(Skia).Should().Be(
            "<clipPath id=\"cl_1\"/><g clip-path=\"url(#cl_1)\"/><clipPath id=\"cl_2\"/><g clip-path=\"url(#cl_2)\"/><text>cl_e</text>");
    }

    [Theory]
    [InlineData(1_250_000, "1,250,000")]
    [InlineData(-250_000, "\u2212250,000")]
    [InlineData(2.5, "2.5")]
    [InlineData(0.126, "0.13")]
    [InlineData(-0.001, "0")]
    [InlineData(0, "0")]
    public void Number_IsInvariantWithCommaThousands(double value, string expected)
    {
        WithCulture("de-DE", () => ChartStyle.Number(value)).Should().Be(expected);
    }

    [Theory]
    [InlineData(1_234_567.4, "GBP", "£1,234,567")]
    [InlineData(-250_000, "GBP", "\u2212£250,000")]
    [InlineData(999.5, "EUR", "€1,000")]
    [InlineData(16.9, "AUD", "A$17")]
    [InlineData(1_234, "CHF", "CHF 1,234")]
    public void Money_IsWholeUnitsWithTheAppsSymbols(double value, string currency, string expected)
    {
        WithCulture("fr-FR", () => ChartStyle.Money(value, currency)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.125, "12.5%")]
    [InlineData(0.3, "30%")]
    [InlineData(0, "0%")]
    public void Percent_IsInvariant(double share, string expected)
    {
        WithCulture("de-DE", () => ChartStyle.Percent(share)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.7, 1)]
    [InlineData(1, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.2, 2.5)]
    [InlineData(3, 5)]
    [InlineData(62_000, 100_000)]
    [InlineData(0.0042, 0.005)]
    public void NiceStep_IsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen(double raw, double expected)
    {
        ChartStyle.NiceStep(raw).Should().BeApproximately(expected, expected * 1e-12);
    }

    [Fact]
    public void Bin_ZeroToNinetyNine_TenBinsOfTen()
    {
        // Rice: 2·∛100 = 9.28 → 10 bins; (99 − 0) / 10 = 9.9 → nice width 10; edges 0, 10, …, 100.
        var values = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();

        var (start, width, counts) = NpvHistogramChart.Bin(values);

        start.Should().Be(0);
        width.Should().Be(10);
        counts.Should().Equal(Enumerable.Repeat(10, 10));
    }

    [Fact]
    public void Bin_OneValue_OneBarHoldingEveryIteration()
    {
        var values = Enumerable.Repeat(1_234_567.0, 1_000).ToArray();

        var (start, width, counts) = NpvHistogramChart.Bin(values);

        counts.Should().Equal(1_000);
        (start + (width / 2)).Should().BeApproximately(1_234_567, 1e-6);
    }

    [Fact]
    public void Bin_HundredThousandValues_CountsEveryOneWithinTheBinBound()
    {
        var values = ChartSamples.NpvSample(100_000);

        var (start, width, counts) = NpvHistogramChart.Bin(values);

        counts.Sum().Should().Be(100_000);
        // Rice: 2·∛100,000 = 92.8 → 93 target bins; the nice width is between 1 and 2 times the raw one, so 46 to 95 bins.
        counts.Length.Should().BeInRange(46, 95);
        start.Should().BeLessThanOrEqualTo(values.Min());
        (start + (counts.Length * width)).Should().BeGreaterThan(values.Max());
    }

    [Fact]
    public void LabelRows_CloseLabels_GoToDifferentRows()
    {
        NpvHistogramChart.LabelRows([0, 1, 100, 2, 105], minimumGap: 10).Should().Equal(0, 1, 0, 2, 1);
    }

    [Fact]
    public void Sorted_Tornado_LargestSwingFirstTiesByName()
    {
        TornadoRow[] rows =
        [
            new("b", 0, 10, "", ""),
            new("c", 5, -25, "", ""),
            new("a", 10, 0, "", ""),
            new("d", 1, 2, "", ""),
        ];

        TornadoChart.Sorted(rows).Select(r => r.Input).Should().Equal("c", "a", "b", "d");
    }

    [Theory]
    [InlineData(90, 110, -1)] // below base: label to the left
    [InlineData(110, 90, 1)] // above: to the right
    [InlineData(100, 120, -1)] // at base, partner to the right: to the left
    [InlineData(100, 80, 1)] // at base, partner to the left: to the right
    [InlineData(100, 100, -1)] // both at base: the tie side
    public void SideOf_EndLabels_NeverShareASide(double value, double other, int expected)
    {
        TornadoChart.SideOf(value, other, 100, tie: -1).Should().Be(expected);
    }

    [Fact]
    public void HeightFor_FewRows_IsTheStandardHeight()
    {
        TornadoChart.HeightFor(1).Should().Be(600);
        TornadoChart.HeightFor(6).Should().Be(600);
        TornadoChart.HeightFor(20).Should().BeGreaterThan(TornadoChart.HeightFor(19));
    }

    [Fact]
    public void Histogram_BadData_IsAnArgumentError()
    {
        FluentActions.Invoking(() => NpvHistogramChart.Build([], Marks, "GBP", "t", HistogramScale.Count)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => NpvHistogramChart.Build([1, double.NaN], Marks, "GBP", "t", HistogramScale.Count))
            .Should().Throw<ArgumentException>().WithMessage("*index 1*not finite*");
        FluentActions.Invoking(() => NpvHistogramChart.Build([1, 2], Marks with { P50 = double.PositiveInfinity }, "GBP", "t", HistogramScale.Count))
            .Should().Throw<ArgumentException>().WithMessage("P50*");
    }

    [Fact]
    public void Fan_BadData_IsAnArgumentError()
    {
        FluentActions.Invoking(() => FanChart.Build([], [], [], [], "GBP", "t")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => FanChart.Build(["0", "1"], [0.0], [0.0, 1], [0.0, 2], "GBP", "t"))
            .Should().Throw<ArgumentException>().WithMessage("*one value per year*");
        FluentActions.Invoking(() => FanChart.Build(["0"], [2.0], [1.0], [3.0], "GBP", "t"))
            .Should().Throw<ArgumentException>().WithMessage("*P10 ≤ P50 ≤ P90*");
    }

    [Fact]
    public void Tornado_NoRows_IsAnArgumentError()
    {
        FluentActions.Invoking(() => TornadoChart.Build([], 0, "GBP", "t")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void RenderFan_OneYear_Renders()
    {
        var png = ChartRenderer.RenderFan(ChartFormat.Png, ["0"], [-10.0], [0.0], [10.0], "GBP", "One year");

        png.Take(8).Should().Equal(PngSignature);
    }

    private static void Save(Kind kind, string path, bool force, string title)
    {
        var fan = ChartSamples.Fan();
        switch (kind)
        {
            case Kind.Histogram:
                ChartRenderer.SaveNpvHistogram(path, force, Npv, Marks, "GBP", title);
                break;
            case Kind.Fan:
                ChartRenderer.SaveFan(path, force, fan.Years, fan.P10, fan.P50, fan.P90, "GBP", title);
                break;
            case Kind.Tornado:
                ChartRenderer.SaveTornado(path, force, ChartSamples.Tornado(), 1_905_000, "GBP", title);
                break;
        }
    }

    private static List<string> Texts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    private static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png);

    private static int DifferingPixels(SKBitmap a, SKBitmap b) => Differences(a, b).Count;

    private static (int Count, int LowestRow) Differences(SKBitmap a, SKBitmap b)
    {
        using (a)
        using (b)
        {
            a.Width.Should().Be(b.Width);
            a.Height.Should().Be(b.Height);
            var count = 0;
            var lowest = -1;
            for (var y = 0; y < a.Height; y++)
            {
                for (var x = 0; x < a.Width; x++)
                {
                    if (a.GetPixel(x, y) != b.GetPixel(x, y))
                    {
                        count++;
                        lowest = y;
                    }
                }
            }

            return (count, lowest);
        }
    }

    private static T WithCulture<T>(string culture, Func<T> action)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
