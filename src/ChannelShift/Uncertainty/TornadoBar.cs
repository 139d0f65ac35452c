namespace ChannelShift.Uncertainty;

/// <summary>One bar of a tornado: an input swung from low to high with every other input at its mean (or value).
/// Immutable.</summary>
public sealed class TornadoBar
{
    internal TornadoBar(InputDescription input, double low, double high, decimal npvAtLow, decimal npvAtHigh, string rangeSource)
    {
        Input = input.Input;
        Path = input.Path;
        Label = input.Label;
        Low = low;
        High = high;
        NpvAtLow = npvAtLow;
        NpvAtHigh = npvAtHigh;
        RangeSource = rangeSource;
    }

    /// <summary>The input swung.</summary>
    public ScenarioInput Input { get; }

    /// <summary>Its JSON path, e.g. <c>$.unitCosts.overrides.face-to-face</c>.</summary>
    public string Path { get; }

    /// <summary>Its label, with its unit, e.g. <c>Cost per contact, face-to-face (GBP)</c>.</summary>
    public string Label { get; }

    /// <summary>The low value (P10 of a distribution, or the stated low), in the file's terms.</summary>
    public double Low { get; }

    /// <summary>The high value (P90, or the stated high).</summary>
    public double High { get; }

    /// <summary>NPV with the input at its low value.</summary>
    public decimal NpvAtLow { get; }

    /// <summary>NPV with the input at its high value.</summary>
    public decimal NpvAtHigh { get; }

    /// <summary>Where the range comes from: "P10–P90 of …", "stated" or "±20% (default)".</summary>
    public string RangeSource { get; }

    /// <summary>|NPV at high − NPV at low|: the bars are sorted by it, largest first.</summary>
    public decimal Swing => Math.Abs(NpvAtHigh - NpvAtLow);
}
