namespace ChannelShift;

/// <summary>What a number in a scenario file must be, with the words used when it is not.</summary>
internal sealed record NumberRule(string What, string Failure, string Expected, Func<decimal, bool> Valid, bool MayBeUncertain = false)
{
    /// <summary>Whether a distribution's whole support [min, max] lies in the valid range (for uncertain inputs).</summary>
    internal Func<double, double, bool> Holds { get; init; } = (_, _) => false;
}
