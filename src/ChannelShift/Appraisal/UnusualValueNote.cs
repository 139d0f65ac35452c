using System.Globalization;

namespace ChannelShift.Appraisal;

/// <summary>A warning: a number is valid but above what is usual for it (an optimism-bias uplift or a rise in
/// handling time above 1, that is more than 100%), so it may be a percentage written where a fraction was
/// meant.</summary>
public sealed class UnusualValueNote : AppraisalNote
{
    internal UnusualValueNote(string path, decimal value, decimal usualMaximum)
    {
        Path = path;
        Value = value;
        UsualMaximum = usualMaximum;
    }

    /// <inheritdoc/>
    public override string Code => "unusual-value";

    /// <summary>Where the number is in the scenario file, e.g. <c>$.appraisal.optimismBias.oneOff</c>.</summary>
    public string Path { get; }

    /// <summary>The number, as a fraction.</summary>
    public decimal Value { get; }

    /// <summary>The value above which the number is unusual.</summary>
    public decimal UsualMaximum { get; }

    /// <inheritdoc/>
    public override string Message => string.Create(
        CultureInfo.InvariantCulture,
        $"Warning: {Path} is {Value}, more than {UsualMaximum} ({Value * 100m:0.##}%); check that it is a fraction and not a percentage ({Value / 100m} for {Value}%).");
}
