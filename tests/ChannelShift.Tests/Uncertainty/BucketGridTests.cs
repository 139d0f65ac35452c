using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;
using CsCheck;

namespace ChannelShift.Tests.Uncertainty;

public sealed class BucketGridTests
{
    private static readonly double[] Probabilities = [0, 0.05, 0.10, 0.50, 0.90, 0.95, 1];

    [Fact]
    public void Percentiles_CountedInAnySplitOnAnyEdges_EqualSelectionExactly()
    {
        // The counts may be made piece by piece (a simulation counts chunk by chunk, on whatever thread) and the edges
        // need not cover the values (a pilot draw places them): values beyond an edge count in the end bucket, which
        // keeps the map monotone, so the order statistics found must still be selection's (and so numpy's), exactly.
        Gen.Select(Gen.Double[-1e6, 1e6].Array[1, 2_000], Gen.Double[-2e6, 2e6], Gen.Double[1e-3, 3e6], Gen.Int[1, 5_000], Gen.Int[0, 2_000])
            .Sample((values, low, width, buckets, split) =>
            {
                var expected = SampleStatistics.Percentiles((double[])values.Clone(), Probabilities);
                var grid = new BucketGrid(low, low + width, buckets);
                var counts = new int[buckets];
                var cut = Math.Min(split, values.Length);
                grid.Count(values.AsSpan(0, cut), counts);
                grid.Count(values.AsSpan(cut), counts);

                grid.Percentiles(values, counts, Probabilities).Should().Equal(expected);
                grid.Percentiles(values, values.Length, counts, Probabilities, parts: 3).Should().Equal(expected);
            });
    }

    // A grid from 0 to 10 in 10 buckets: bucket = ⌊min(max(v, 0), 9)⌋. Every value lands where the formula puts it,
    // counted alone (one at a time) and counted in a run of copies long enough for the vector path.
    [Theory]
    [InlineData(-1e-300, 0)]
    [InlineData(0.0, 0)]
    [InlineData(-0.5, 0)]
    [InlineData(-3.7, 0)]
    [InlineData(-1e300, 0)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(0.999999, 0)]
    [InlineData(1.0, 1)]
    [InlineData(9.5, 9)]
    [InlineData(10.0, 9)]
    [InlineData(1e300, 9)]
    [InlineData(double.PositiveInfinity, 9)]
    public void Count_ValuesAtAndBeyondTheEdges_LandInTheFormulasBucketOneAtATimeAndAVectorAtATime(double value, int bucket)
    {
        var grid = new BucketGrid(0, 10, 10);
        var alone = new int[10];
        var many = new int[10];
        var copies = 4 * System.Numerics.Vector<double>.Count;

        grid.Count([value], alone);
        grid.Count(Enumerable.Repeat(value, copies).ToArray(), many);

        alone.Should().Equal(Enumerable.Range(0, 10).Select(b => b == bucket ? 1 : 0));
        many.Should().Equal(Enumerable.Range(0, 10).Select(b => b == bucket ? copies : 0));
    }

    [Fact]
    public void Count_NaN_LandsInsideTheCounts()
    {
        // NaN has no bucket; it must still be counted inside the counts (an end bucket), never written outside them.
        var grid = new BucketGrid(0, 10, 10);
        var counts = new int[12];
        var copies = 4 * System.Numerics.Vector<double>.Count;

        grid.Count(Enumerable.Repeat(double.NaN, copies + 1).ToArray(), counts);

        counts.Sum().Should().Be(copies + 1);
        (counts[0] + counts[9]).Should().Be(copies + 1);
        counts[10..].Should().OnlyContain(c => c == 0);
    }

    [Fact]
    public void Percentiles_AllValuesBeyondOneEdge_AreExact()
    {
        // [1, 2, 3, 4] (numpy: P10 = 1.3, P50 = 2.5, P90 = 3.7) on a grid far below and far above the values: every value
        // lands in one end bucket, which is then gathered whole.
        double[] values = [4, 1, 3, 2];
        foreach (var grid in new[] { new BucketGrid(-100, -50, 16), new BucketGrid(50, 100, 16) })
        {
            var counts = new int[grid.Buckets];
            grid.Count(values, counts);
            var p = grid.Percentiles(values, counts, [0.1, 0.5, 0.9]);
            Tolerance.Absolute(1.3, p[0], 1e-15, "P10");
            Tolerance.Absolute(2.5, p[1], 1e-15, "P50");
            Tolerance.Absolute(3.7, p[2], 1e-15, "P90");
        }
    }

    [Fact]
    public void Percentiles_CountsOfOtherValues_IsAnError()
    {
        // Counts that hold fewer values than asked about cannot place the ranks: an error, not a wrong answer.
        var grid = new BucketGrid(0, 10, 8);
        var counts = new int[8];
        grid.Count([1.0, 2.0], counts);

        var act = () => grid.Percentiles([1.0, 2.0, 3.0, 4.0], counts, [0.9]);

        act.Should().Throw<InvalidOperationException>().WithMessage("counts: *expected the counts of all 4*");
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    [InlineData(double.NaN, 1.0)]
    public void Constructor_EdgesNotFiniteAndIncreasing_IsAnError(double low, double high)
    {
        var act = () => new BucketGrid(low, high, 8);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("high: *must be finite and above low*");
    }

    // n/8 buckets, at least 64 and at most 16,384.
    [Theory]
    [InlineData(1L, 64)]
    [InlineData(512L, 64)]
    [InlineData(10_000L, 1_250)]
    [InlineData(131_072L, 16_384)]
    [InlineData(10_000_000L, 16_384)]
    public void BucketsFor_Values_IsAnEighthWithinItsBounds(long n, int expected) =>
        BucketGrid.BucketsFor(n).Should().Be(expected);
}
