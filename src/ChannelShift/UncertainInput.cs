namespace ChannelShift;

/// <summary>
/// A number of a scenario given as a distribution: drawn once per Monte Carlo iteration and used in every year; the
/// deterministic appraisal uses the scenario's point value, which a file sets to the distribution's mean. Immutable.
/// </summary>
public sealed class UncertainInput
{
    /// <summary>Creates an uncertain input.</summary>
    /// <param name="input">Which number it is.</param>
    /// <param name="distribution">Its distribution (a unit cost's in the prices of its own year).</param>
    public UncertainInput(ScenarioInput input, Distribution distribution)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(distribution);
        Input = input;
        Distribution = distribution;
    }

    /// <summary>Which number it is (its path and label: <see cref="Scenario.Describe"/>).</summary>
    public ScenarioInput Input { get; }

    /// <summary>Its distribution.</summary>
    public Distribution Distribution { get; }
}
