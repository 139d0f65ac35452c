namespace ChannelShift.Uncertainty;

/// <summary>A stated low–high range over which to swing a plain number in a sensitivity analysis. Immutable.</summary>
public sealed class SwingRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="input">The number.</param>
    /// <param name="low">The low value, in the file's terms (a unit cost in the prices of its own year).</param>
    /// <param name="high">The high value, above <paramref name="low"/>.</param>
    public SwingRange(ScenarioInput input, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(input);
        Preconditions.Finite(low, nameof(low));
        Preconditions.GreaterThan(high, low, nameof(low), nameof(high));
        Input = input;
        Low = low;
        High = high;
    }

    /// <summary>The number.</summary>
    public ScenarioInput Input { get; }

    /// <summary>The low value.</summary>
    public double Low { get; }

    /// <summary>The high value.</summary>
    public double High { get; }
}
