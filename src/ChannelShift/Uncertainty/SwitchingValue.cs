namespace ChannelShift.Uncertainty;

/// <summary>The value of an input at which NPV is zero, others at their means (Green Book switching value).</summary>
/// <param name="Input">The input's path.</param>
/// <param name="BaseValue">Its value in the base case (its mean).</param>
/// <param name="Value">The switching value, or null when NPV does not reach zero in <see cref="SearchLow"/>–<see cref="SearchHigh"/>.</param>
/// <param name="SearchLow">The low end of the range searched.</param>
/// <param name="SearchHigh">The high end of the range searched.</param>
/// <param name="Note">"none in range" when <see cref="Value"/> is null; otherwise null.</param>
public sealed record SwitchingValue(string Input, double BaseValue, double? Value, double SearchLow, double SearchHigh, string? Note);
