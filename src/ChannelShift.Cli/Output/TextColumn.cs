namespace ChannelShift.Cli.Output;

/// <summary>A column of a <see cref="TextTable"/>: its header, which side its cells keep to, and whether its cells may
/// wrap (text: names, labels, notes) or must stay whole on one line (figures: numbers, money, years).</summary>
/// <param name="Header">The header; it wraps between words when the column is narrow, whatever the column.</param>
/// <param name="RightAligned">True for figures, so that their digits line up (and <c>---:</c> in markdown).</param>
/// <param name="Wraps">True when a cell may be broken over lines between words; false when every cell stays whole.</param>
internal sealed record TextColumn(string Header, bool RightAligned, bool Wraps)
{
    /// <summary>Text that wraps within its column: names, labels, notes.</summary>
    internal static TextColumn Text(string header) => new(header, RightAligned: false, Wraps: true);

    /// <summary>A left-aligned label never broken: a year, a channel's key, a period.</summary>
    internal static TextColumn Label(string header) => new(header, RightAligned: false, Wraps: false);

    /// <summary>A right-aligned figure never broken: a number, money, a percentage.</summary>
    internal static TextColumn Figure(string header) => new(header, RightAligned: true, Wraps: false);
}
