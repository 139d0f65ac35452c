using ScottPlot;
using SkiaSharp;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// Gives ScottPlot the app's own typefaces for one family name, whatever fonts the machine has (or lacks).
/// Regular for normal weights, bold for semi-bold and heavier; upright only (italic requests get the upright face).
/// </summary>
internal sealed class EmbeddedFontResolver(string family, SKTypeface regular, SKTypeface bold) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        string.Equals(fontName, family, StringComparison.Ordinal)
            ? (weight >= FontWeight.SemiBold ? bold : regular)
            : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
