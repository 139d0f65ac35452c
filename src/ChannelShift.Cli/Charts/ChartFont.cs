using SkiaSharp;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// The font every chart uses: DejaVu Sans 2.37 (regular and bold), embedded in the app (licence in
/// Charts/Fonts/LICENSE-DejaVu.txt, copied beside the app). ScottPlot silently draws no text on a machine without
/// installed fonts, so the charts never depend on the system's fonts: the embedded faces are registered with ScottPlot
/// once per process, ahead of its system font resolver, under a family name no system font has.
/// </summary>
internal static class ChartFont
{
    /// <summary>The family name the charts ask ScottPlot for; resolved to the embedded faces only.</summary>
    internal const string Family = "ChannelShift DejaVu Sans";

    private const string ResourcePrefix = "ChannelShift.Cli.Charts.Fonts.";

    private static readonly Lazy<EmbeddedFontResolver> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private static SKTypeface? regular;
    private static SKTypeface? bold;

    /// <summary>The embedded regular face (loads and registers the fonts on first use).</summary>
    internal static SKTypeface Regular
    {
        get
        {
            EnsureRegistered();
            return regular!;
        }
    }

    /// <summary>The embedded bold face (loads and registers the fonts on first use).</summary>
    internal static SKTypeface Bold
    {
        get
        {
            EnsureRegistered();
            return bold!;
        }
    }

    /// <summary>The bytes of an embedded face as shipped (TrueType), e.g. for a page to carry the font itself.</summary>
    /// <param name="bold">The bold face, else the regular one.</param>
    internal static byte[] FileBytes(bool bold)
    {
        var fileName = bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The chart font {fileName} is not embedded in the app (resource {ResourcePrefix}{fileName}).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Registers the embedded faces with ScottPlot if not yet done; safe to call from any thread, any number of times.</summary>
    internal static void EnsureRegistered() => _ = Registration.Value;

    private static EmbeddedFontResolver Register()
    {
        regular = Load("DejaVuSans.ttf");
        bold = Load("DejaVuSans-Bold.ttf");
        var resolver = new EmbeddedFontResolver(Family, regular, bold);
        lock (ScottPlot.Fonts.FontResolvers)
        {
            // First in the list: ScottPlot asks resolvers in order and caches the first answer.
            ScottPlot.Fonts.FontResolvers.Insert(0, resolver);
        }

        // Plottables created later (text, legends) start from ScottPlot's default font name.
        ScottPlot.Fonts.Default = Family;
        return resolver;
    }

    private static SKTypeface Load(string fileName)
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The chart font {fileName} is not embedded in the app (resource {ResourcePrefix}{fileName}).");
        var data = SKData.Create(stream)
            ?? throw new InvalidOperationException($"The chart font {fileName} could not be read.");
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The chart font {fileName} is not a font SkiaSharp can load.");
    }
}
