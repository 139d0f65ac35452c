namespace ChannelShift.Uncertainty;

/// <summary>One bar of a tornado: an input swung from low to high with every other input at its mean (or value).</summary>
/// <param name="Input">The input's path and what it is.</param>
/// <param name="Low">The low value (P10 of a distribution, or the stated low).</param>
/// <param name="High">The high value (P90, or the stated high).</param>
/// <param name="NpvAtLow">NPV with the input at its low value.</param>
/// <param name="NpvAtHigh">NPV with the input at its high value.</param>
/// <param name="Basis">Where the range comes from: "P10–P90 of …", "stated" or "±20% (default)".</param>
public sealed record TornadoBar(string Input, double Low, double High, decimal NpvAtLow, decimal NpvAtHigh, string Basis)
{
    /// <summary>|NPV at high − NPV at low|: the bars are sorted by it, largest first.</summary>
    public decimal Swing => Math.Abs(NpvAtHigh - NpvAtLow);
}
