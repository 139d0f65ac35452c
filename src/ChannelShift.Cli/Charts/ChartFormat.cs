namespace ChannelShift.Cli.Charts;

/// <summary>The image format of a chart file, chosen by its extension.</summary>
internal enum ChartFormat
{
    /// <summary>A bitmap (.png), 96 dpi, for documents and slides.</summary>
    Png,

    /// <summary>A vector image (.svg), for the web and for scaling; text stays text (font family DejaVu Sans).</summary>
    Svg,
}
