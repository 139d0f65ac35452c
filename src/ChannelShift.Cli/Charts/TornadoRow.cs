namespace ChannelShift.Cli.Charts;

/// <summary>
/// One bar of a tornado chart: an input swung from its low to its high value, the others held at the base case.
/// </summary>
/// <param name="Input">The input's name as the user reads it, e.g. "Face-to-face cost per contact".</param>
/// <param name="NpvAtLow">NPV with the input at its low value (scenario currency).</param>
/// <param name="NpvAtHigh">NPV with the input at its high value (scenario currency).</param>
/// <param name="LowLabel">The low value as shown at the end of its bar, e.g. "£4.83" or "P10 20%".</param>
/// <param name="HighLabel">The high value as shown at the end of its bar, e.g. "£9.56".</param>
internal sealed record TornadoRow(string Input, double NpvAtLow, double NpvAtHigh, string LowLabel, string HighLabel)
{
    /// <summary>|NPV at high − NPV at low|: how much NPV moves across the input's range; rows are sorted by it.</summary>
    public double Swing => Math.Abs(NpvAtHigh - NpvAtLow);
}
