namespace ChannelShift.Uncertainty;

/// <summary>The value of an input at which NPV is zero, others at their means (Green Book switching value).
/// Immutable.</summary>
public sealed class SwitchingValue
{
    internal SwitchingValue(InputDescription input, double baseValue, double? value, double searchLow, double searchHigh)
    {
        Input = input.Input;
        Path = input.Path;
        Label = input.Label;
        BaseValue = baseValue;
        Value = value;
        SearchLow = searchLow;
        SearchHigh = searchHigh;
    }

    /// <summary>The input.</summary>
    public ScenarioInput Input { get; }

    /// <summary>Its JSON path.</summary>
    public string Path { get; }

    /// <summary>Its label, with its unit.</summary>
    public string Label { get; }

    /// <summary>Its value in the base case (its mean), in the file's terms.</summary>
    public double BaseValue { get; }

    /// <summary>The switching value, or null when NPV does not reach zero in <see cref="SearchLow"/>–<see cref="SearchHigh"/>.</summary>
    public double? Value { get; }

    /// <summary>The low end of the range searched.</summary>
    public double SearchLow { get; }

    /// <summary>The high end of the range searched.</summary>
    public double SearchHigh { get; }

    /// <summary>"none in range" when <see cref="Value"/> is null; otherwise null.</summary>
    public string? Note => Value is null ? "none in range" : null;
}
