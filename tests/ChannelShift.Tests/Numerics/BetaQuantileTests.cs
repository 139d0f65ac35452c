using ChannelShift.Numerics;
using ChannelShift.Tests.Support;
using CsCheck;
using MathNet.Numerics;

namespace ChannelShift.Tests.Numerics;

public sealed class BetaQuantileTests
{
    [Fact]
    public void LowerTail_AnyShapeAndProbability_InvertsMathNetCdf()
    {
        // Shapes from 1 to 100,000 on a log scale, probabilities from 1e-15 to ½: the root must satisfy
        // I_x(a, b) = p to MathNet's own accuracy (1e-9 relative covers its ~1e-10 error at the largest shapes).
        var shape = Gen.Double[0, 5].Select(e => Math.Round(Math.Pow(10, e)));
        Gen.Select(shape, shape, Gen.Double[-15, Math.Log10(0.5)]).Sample((a, b, logP) =>
        {
            var p = Math.Pow(10, logP);
            var x = BetaQuantile.LowerTail(a, b, BetaQuantile.LogBeta(a, b), p, double.NaN);
            x.Should().BeInRange(0, 1);
            Tolerance.Relative(p, SpecialFunctions.BetaRegularized(a, b, x), 1e-9, $"I_x({a}, {b}) at p = {p}");
        });
    }

    // Shapes that once sent a plain Newton iteration out of [0, 1] or to 0: the bracket and bisection must hold.
    [Theory]
    [InlineData(50_001, 50_001, 1e-12)]
    [InlineData(50_001, 50_001, 0.3)]
    [InlineData(5_001, 95_001, 1e-6)]
    [InlineData(5_001, 95_001, 0.5)]
    [InlineData(100_001, 1, 0.01)]
    [InlineData(1, 100_001, 1e-15)]
    public void LowerTail_LargeShapes_Converge(double a, double b, double p)
    {
        var x = BetaQuantile.LowerTail(a, b, BetaQuantile.LogBeta(a, b), p, double.NaN);
        Tolerance.Relative(p, SpecialFunctions.BetaRegularized(a, b, x), 1e-9, "I_x(a, b)");
    }

    [Theory]
    [InlineData(2, 3, 0.7)]
    [InlineData(17, 52, 0.975)]
    [InlineData(1, 5, 0.999)]
    public void Quantile_UpperHalf_IsOneMinusLowerTailOfSwappedShapes(double a, double b, double p)
    {
        // X ~ Beta(a, b) ⇔ 1 − X ~ Beta(b, a), so Q_{a,b}(p) = 1 − Q_{b,a}(1 − p).
        var direct = BetaQuantile.Quantile(a, b, p);
        Tolerance.Absolute(1 - BetaQuantile.Quantile(b, a, 1 - p), direct, 1e-15);
        Tolerance.Absolute(p, SpecialFunctions.BetaRegularized(a, b, direct), 1e-13, "F(Q(p))");
    }

    [Fact]
    public void LowerTail_GuessFarFromTheRoot_StillConverges()
    {
        // Beta(3, 3) median is ½ by symmetry. Tolerance 1e-14: MathNet's I_x(3, 3) is itself off by ~5e-15 near ½
        // (e.g. 0.5000000000000093 at x = ½ + 2.6e-15, where the exact value is ½ + 4.9e-15), which moves the root by ~2.5e-15.
        foreach (var guess in new[] { 1e-300, 1e-6, 0.4999, 0.9, 1 - 1e-12 })
        {
            Tolerance.Absolute(0.5, BetaQuantile.LowerTail(3, 3, BetaQuantile.LogBeta(3, 3), 0.5, guess), 1e-14, $"from {guess}");
        }
    }
}
