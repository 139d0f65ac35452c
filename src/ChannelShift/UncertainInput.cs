namespace ChannelShift;

/// <summary>
/// A number of a scenario given as a distribution: drawn once per Monte Carlo iteration and used in every year; the
/// deterministic appraisal uses its mean (and says so).
/// </summary>
/// <param name="Path">The JSON path of the number in its file, e.g. <c>$.unitCosts.overrides.face-to-face</c>; a name
/// for people when built in code.</param>
/// <param name="Target">Which number it is.</param>
/// <param name="Distribution">Its distribution.</param>
public sealed record UncertainInput(string Path, InputTarget Target, Distribution Distribution);
