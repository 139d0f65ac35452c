using System.Globalization;
using Xunit.Sdk;

namespace ChannelShift.Tests.Support;

/// <summary>Tolerance assertions whose failure message shows expected, actual, difference and tolerance (after UnitsNet's AssertEx).</summary>
public static class Tolerance
{
    public static void Absolute(double expected, double actual, double tolerance, string? what = null)
    {
        var difference = Math.Abs(expected - actual);
        if (!(difference <= tolerance))
        {
            throw new XunitException(string.Create(CultureInfo.InvariantCulture,
                $"{what ?? "value"}: expected {expected:R}, actual {actual:R}, difference {difference:R} exceeds tolerance {tolerance:R}."));
        }
    }

    /// <summary>Equal when rounded to <paramref name="decimals"/> places (the precision a published table states).</summary>
    public static void Places(double expected, double actual, int decimals, string? what = null) =>
        Absolute(expected, actual, 0.5 * Math.Pow(10, -decimals), what);

    public static void Relative(double expected, double actual, double relativeTolerance, string? what = null) =>
        Absolute(expected, actual, Math.Abs(expected) * relativeTolerance, what);
}
