using System.Numerics;
using ChannelShift.Numerics;
using ChannelShift.Tests.Support;
using MathNet.Numerics.Distributions;

namespace ChannelShift.Tests.Numerics;

public sealed class StandardNormalTests
{
    // Probabilities across AS 241's three regions: |p − ½| ≤ 0.425, tail with √(−ln p) ≤ 5, and the far tail.
    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-100)]
    [InlineData(1.1102230246251565e-16)]
    [InlineData(1e-11)]
    [InlineData(1e-6)]
    [InlineData(0.001)]
    [InlineData(0.025)]
    [InlineData(0.0749)]
    [InlineData(0.075)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.6)]
    [InlineData(0.925)]
    [InlineData(0.95)]
    [InlineData(0.975)]
    [InlineData(0.999999)]
    [InlineData(0.9999999999999999)]
    public void Quantile_AgreesWithMathNetNormalInvCdf(double p)
    {
        var expected = Normal.InvCDF(0, 1, p);
        Tolerance.Absolute(expected, StandardNormal.Quantile(p), 4e-15 * Math.Max(1, Math.Abs(expected)), $"Φ⁻¹({p})");
    }

    // Published critical values (any statistics table; digits from the exact values z₀.₉₇₅ = 1.959963984540054…,
    // z₀.₉₅ = 1.644853626951472…, z₀.₉₉₅ = 2.575829303548901…).
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.644853626951472)]
    [InlineData(0.995, 2.575829303548901)]
    [InlineData(0.5, 0.0)]
    public void Quantile_CriticalValues_MatchTables(double p, double z)
    {
        Tolerance.Absolute(z, StandardNormal.Quantile(p), 1e-15, $"Φ⁻¹({p})");
    }

    [Fact]
    public void Quantile_MixedLanes_EachLaneAsIfAlone()
    {
        // A vector whose lanes fall in different regions of AS 241 (central, tail, far tail, the ends) must give each
        // lane its own region's answer: the tail branches run only when some lane needs them, and select per lane.
        double[] p = [0.5, 0.3, 0.02, 1e-12, 1e-300, 0.999, 0, 1, 0.7, 1 - 1e-15, 0.075, 0.925, 1e-6, 0.9999999];
        var width = Vector<double>.Count;
        for (var offset = 0; offset < p.Length; offset++)
        {
            var lanes = new double[width];
            for (var k = 0; k < width; k++)
            {
                lanes[k] = p[(offset + k) % p.Length];
            }

            var z = StandardNormal.Quantile(new Vector<double>(lanes));
            for (var k = 0; k < width; k++)
            {
                var alone = StandardNormal.Quantile(new Vector<double>(lanes[k]))[0];
                z[k].Should().Be(alone, $"p = {lanes[k]:R} in lane {k}");
                if (lanes[k] is > 0 and < 1)
                {
                    var expected = Normal.InvCDF(0, 1, lanes[k]);
                    Tolerance.Absolute(expected, z[k], 4e-15 * Math.Max(1, Math.Abs(expected)), $"Φ⁻¹({lanes[k]:R})");
                }
            }
        }
    }

    [Fact]
    public void Quantile_EndPoints_AreInfinite()
    {
        StandardNormal.Quantile(0).Should().Be(double.NegativeInfinity);
        StandardNormal.Quantile(1).Should().Be(double.PositiveInfinity);
    }

    [Theory]
    [InlineData(-37.5)]
    [InlineData(-20)]
    [InlineData(-8.25)]
    [InlineData(-5.7)]
    [InlineData(-5.65)]
    [InlineData(-3)]
    [InlineData(-0.663)]
    [InlineData(-0.662)]
    [InlineData(-0.1)]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(1.959963984540054)]
    [InlineData(4)]
    [InlineData(8.25)]
    public void Cdf_AgreesWithMathNetNormalCdf(double z)
    {
        // Relative in the lower tail: 1e-14 where sampling uses Φ (|z| ≤ 8.25), 1e-12 beyond, where the rounding
        // of z/√2 alone moves e^(−z²/2) by about z²·1e-16 in either implementation.
        var expected = Normal.CDF(0, 1, z);
        var relative = Math.Abs(z) <= 8.25 ? 1e-14 : 1e-12;
        Tolerance.Relative(expected, StandardNormal.Cdf(z), relative, $"Φ({z})");
    }

    [Fact]
    public void Cdf_OfQuantile_RoundTrips()
    {
        var random = new RandomStream(11);
        for (var i = 0; i < 10_000; i++)
        {
            var p = random.NextDouble();
            Tolerance.Relative(p, StandardNormal.Cdf(StandardNormal.Quantile(p)), 1e-14, $"Φ(Φ⁻¹({p}))");
        }
    }

    [Fact]
    public void Density_AtZeroAndOne_MatchesClosedForm()
    {
        // φ(0) = 1/√(2π) = 0.3989422804014327; φ(1) = e^(−½)/√(2π) = 0.24197072451914337.
        Tolerance.Relative(0.3989422804014327, StandardNormal.Density(0), 1e-15);
        Tolerance.Relative(0.24197072451914337, StandardNormal.Density(1), 1e-15);
    }
}
