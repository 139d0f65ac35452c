using System.Numerics;
using System.Runtime.Intrinsics;
using ChannelShift.Numerics;

namespace ChannelShift.Tests.Numerics;

public sealed class VectorKernelTests
{
    [Fact]
    public void ExpAndLog_EveryVectorWidth_GivesTheSameBitsInEachLane()
    {
        // The library's claim that a draw has the same bits whatever the machine's vector width rests on the BCL's
        // Vector.Exp and Vector.Log computing each lane alike at widths 128, 256 and 512 (accelerated or not).
        var random = new Random(20261125);
        for (var i = 0; i < 20_000; i++)
        {
            var x = (random.NextDouble() - 0.5) * 60;
            var e = Vector128.Exp(Vector128.Create(x)).GetElement(0);
            Vector256.Exp(Vector256.Create(x)).GetElement(3).Should().Be(e, $"exp({x:R}) at 256 bits");
            Vector512.Exp(Vector512.Create(x)).GetElement(7).Should().Be(e, $"exp({x:R}) at 512 bits");
            Vector.Exp(new Vector<double>(x))[0].Should().Be(e, $"exp({x:R}) at Vector<double>");

            var y = Math.Pow(10, (random.NextDouble() * 600) - 300);
            var l = Vector128.Log(Vector128.Create(y)).GetElement(1);
            Vector256.Log(Vector256.Create(y)).GetElement(2).Should().Be(l, $"log({y:R}) at 256 bits");
            Vector512.Log(Vector512.Create(y)).GetElement(5).Should().Be(l, $"log({y:R}) at 512 bits");
            Vector.Log(new Vector<double>(y))[0].Should().Be(l, $"log({y:R}) at Vector<double>");
        }
    }

    [Fact]
    public void ExpAndLog_AreWithinTwoUlpsOfMath()
    {
        // Each is within about an ulp of the true value, so they are within two ulps of each other.
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var x = (random.NextDouble() - 0.5) * 60;
            var exact = Math.Exp(x);
            Math.Abs(Vector.Exp(new Vector<double>(x))[0] - exact).Should().BeLessThanOrEqualTo(2 * (Math.BitIncrement(exact) - exact), $"exp({x:R})");
            var y = random.NextDouble() * 1e6;
            var log = Math.Log(y);
            Math.Abs(Vector.Log(new Vector<double>(y))[0] - log).Should().BeLessThanOrEqualTo(2 * (Math.BitIncrement(Math.Abs(log)) - Math.Abs(log)), $"log({y:R})");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    public void Quantiles_AnyLength_EqualOneAtATime(int length)
    {
        // Whole vectors, then a padded partial one: every element must get exactly the single-value answer.
        var random = new RandomStream(3);
        var p = new double[length];
        random.NextDoubles(p);
        var z = (double[])p.Clone();
        StandardNormal.Quantiles(z);
        for (var i = 0; i < length; i++)
        {
            z[i].Should().Be(StandardNormal.Quantile(p[i]), $"element {i} of {length}");
        }
    }
}
