namespace ChannelShift;

/// <summary>
/// One number of a scenario as results name it: its handle, its JSON path in a scenario file (the one path used in
/// problems, tornado rows, switching values, correlations and stated ranges), a label for people (the name the file
/// gives, with the unit) and its point value. Immutable.
/// </summary>
public sealed class InputDescription
{
    internal InputDescription(ScenarioInput input, string path, string label, decimal value)
    {
        Input = input;
        Path = path;
        Label = label;
        Value = value;
    }

    /// <summary>The number's handle.</summary>
    public ScenarioInput Input { get; }

    /// <summary>Its JSON path, e.g. <c>$.unitCosts.overrides.face-to-face</c> or <c>$.options[1].shifts[0].share</c>.</summary>
    public string Path { get; }

    /// <summary>A label for people, e.g. <c>Counter to online: share moved (fraction)</c>.</summary>
    public string Label { get; }

    /// <summary>Its point value in the file's terms (a unit cost in the prices of its own year; the mean of a
    /// distribution).</summary>
    public decimal Value { get; }

    /// <summary>The path.</summary>
    /// <returns><see cref="Path"/>.</returns>
    public override string ToString() => Path;
}
