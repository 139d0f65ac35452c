using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;
using CsCheck;

namespace ChannelShift.Tests.Uncertainty;

public sealed class ChunkSummaryTests
{
    [Fact]
    public void Of_SmallSample_MatchesAHandCalculation()
    {
        // 1, 2, 3, 4, 10: mean 4, squared deviations 9 + 4 + 1 + 0 + 36 = 50, sample SD √(50/4) = 3.5355…;
        // two values above 3.5; extremes 1 and 10.
        var s = ChunkSummary.Of([1, 2, 3, 4, 10], 3.5);
        s.Count.Should().Be(5);
        s.Mean.Should().Be(4);
        s.SquaredDeviations.Should().Be(50);
        Tolerance.Absolute(Math.Sqrt(12.5), s.StandardDeviation, 1e-15, "SD");
        s.Minimum.Should().Be(1);
        s.Maximum.Should().Be(10);
        s.Above.Should().Be(2);
    }

    [Fact]
    public void Of_Sum_IsTheFourLaneSumOnEveryMachine()
    {
        // The documented order: element i in lane i mod 4, the remainder in lane 0, (l0 + l1) + (l2 + l3). Values
        // chosen so that another order of addition gives another double.
        Gen.Double[-1e12, 1e12].Array[1, 1100].Sample(values =>
        {
            double l0 = 0, l1 = 0, l2 = 0, l3 = 0;
            var groups = values.Length & ~3;
            for (var i = 0; i < groups; i += 4)
            {
                l0 += values[i];
                l1 += values[i + 1];
                l2 += values[i + 2];
                l3 += values[i + 3];
            }

            for (var i = groups; i < values.Length; i++)
            {
                l0 += values[i];
            }

            ChunkSummary.Of(values, double.NaN).Mean.Should().Be(((l0 + l1) + (l2 + l3)) / values.Length);
        });
    }

    [Fact]
    public void Combine_ChunksOfASample_AgreeWithTheWholeSample()
    {
        // Chan, Golub and LeVeque's pairwise update: chunks combined in order give the mean and SD of all the values
        // (checked against the compensated two-pass statistics of the whole array), exact extremes and counts.
        Gen.Double[1e7, 2e7].Array[2, 5000].Select(Gen.Int[1, 700]).Sample((values, size) =>
        {
            var parts = new List<ChunkSummary>();
            for (var start = 0; start < values.Length; start += size)
            {
                parts.Add(ChunkSummary.Of(values.AsSpan(start, Math.Min(size, values.Length - start)), 1.5e7));
            }

            var total = ChunkSummary.Combine(parts.ToArray());
            total.Count.Should().Be(values.Length);
            Tolerance.Relative(SampleStatistics.Mean(values), total.Mean, 1e-14, "mean");
            Tolerance.Relative(SampleStatistics.StandardDeviation(values), total.StandardDeviation, 1e-9, "SD");
            total.Minimum.Should().Be(values.Min());
            total.Maximum.Should().Be(values.Max());
            total.Above.Should().Be(values.Count(v => v > 1.5e7));
        });
    }

    [Fact]
    public void Of_NaNThreshold_CountsNothing() =>
        ChunkSummary.Of([1, 2, 3], double.NaN).Above.Should().Be(0);
}
