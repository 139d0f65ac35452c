namespace ChannelShift.Cli.Output;

/// <summary>A cell of a <see cref="SheetGrid"/>: text, a number or a formula (exactly one), and its style.</summary>
/// <param name="Text">Text, or null.</param>
/// <param name="Value">A number, or null.</param>
/// <param name="Formula">A formula without its "=", or null.</param>
/// <param name="Style">How it is shown.</param>
internal sealed record GridCell(string? Text, double? Value, string? Formula, CellStyle Style);
