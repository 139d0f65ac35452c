namespace ChannelShift.Cli.Charts;

/// <summary>
/// One bar of a bridge (waterfall) chart: a total drawn from zero, or a change drawn from the running total of the
/// bars before it.
/// </summary>
/// <param name="Label">What the bar is, as the reader reads it (may hold a line break).</param>
/// <param name="Value">The total, or the change (negative for a fall), in the scenario's currency.</param>
/// <param name="IsTotal">True for a total drawn from zero; false for a change from the running total.</param>
internal sealed record BridgeStep(string Label, double Value, bool IsTotal);
