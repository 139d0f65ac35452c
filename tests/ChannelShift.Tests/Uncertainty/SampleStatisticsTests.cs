using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;
using CsCheck;

namespace ChannelShift.Tests.Uncertainty;

public sealed class SampleStatisticsTests
{
    // Hand computation for [1, 2, 3, 4] (n = 4, h = (n − 1)p = 3p):
    //   P10: h = 0.3, x₀ + 0.3·(x₁ − x₀) = 1 + 0.3 = 1.3
    //   P50: h = 1.5, x₁ + 0.5·(x₂ − x₁) = 2 + 0.5 = 2.5
    //   P90: h = 2.7, x₂ + 0.7·(x₃ − x₂) = 3 + 0.7 = 3.7
    //   P30: h = 0.9, 1 + 0.9 = 1.9 (also Microsoft's PERCENTILE.INC documentation example: data 1, 3, 2, 4, k = 0.3 → 1.9)
    //   P0 = 1, P100 = 4.
    [Theory]
    [InlineData(0.1, 1.3)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.9, 3.7)]
    [InlineData(0.3, 1.9)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    public void Percentile_OneToFour_MatchesHandComputation(double p, double expected)
    {
        double[] values = [1, 3, 2, 4];
        Tolerance.Absolute(expected, SampleStatistics.Percentile(values, p), 1e-14, $"P{p * 100}");
    }

    [Fact]
    public void PercentilesByBuckets_AnySample_EqualsSelectionExactly()
    {
        // The bucketed selection must give the very same order statistics as quickselect (and so as numpy).
        Gen.Double[-1e7, 1e7].Array[1, 3000].Sample(values =>
        {
            double[] p = [0, 0.05, 0.1, 0.5, 0.9, 0.95, 1];
            var expected = SampleStatistics.Percentiles((double[])values.Clone(), p);
            SampleStatistics.PercentilesByBuckets(values, p).Should().Equal(expected);
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PercentilesByBuckets_SplitBetweenThreads_EqualsSelectionExactly(int threads)
    {
        // 600,000 values: enough for the counting and gathering passes to be split (262,144 values a thread), with a
        // heavy right tail so that the buckets near the percentiles are crowded. Only the first 590,000 are used.
        var random = new RandomStream(11);
        var values = new double[600_000];
        random.NextDoubles(values);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Exp(8 * values[i]) + (i % 7);
        }

        double[] p = [0.05, 0.10, 0.50, 0.90, 0.95];
        var used = values.AsSpan(0, 590_000);
        var expected = SampleStatistics.Percentiles(used.ToArray(), p);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in used)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        SampleStatistics.PercentilesByBuckets(values, 590_000, p, min, max, threads).Should().Equal(expected);
    }

    [Fact]
    public void PercentilesByBuckets_TiesAndASpike_AreExact()
    {
        // [1,2,3,4] P10 = 1.3, P50 = 2.5, P90 = 3.7 (numpy); a sample of equal values gives that value.
        var p = SampleStatistics.PercentilesByBuckets([4, 1, 3, 2], [0.1, 0.5, 0.9]);
        Tolerance.Absolute(1.3, p[0], 1e-15, "P10");
        Tolerance.Absolute(2.5, p[1], 1e-15, "P50");
        Tolerance.Absolute(3.7, p[2], 1e-15, "P90");
        SampleStatistics.PercentilesByBuckets([7, 7, 7], [0.1, 0.9]).Should().Equal(7, 7);
        var spike = Enumerable.Repeat(5.0, 10_000).Append(1e9).Append(-1e9).ToArray();
        SampleStatistics.PercentilesByBuckets(spike, [0.5, 0.0, 1.0]).Should().Equal(5, -1e9, 1e9);
    }

    [Fact]
    public void Percentile_NumpyDocumentationExample()
    {
        // numpy.percentile docs: a = [[10, 7, 4], [3, 2, 1]], np.percentile(a, 50) = 3.5
        // (sorted 1, 2, 3, 4, 7, 10; h = 5·0.5 = 2.5; 3 + 0.5·(4 − 3) = 3.5).
        double[] values = [10, 7, 4, 3, 2, 1];
        SampleStatistics.Percentile(values, 0.5).Should().Be(3.5);
    }

    [Fact]
    public void Percentile_SingleValue_IsThatValue()
    {
        SampleStatistics.Percentile(new double[] { 42 }, 0.37).Should().Be(42);
    }

    [Fact]
    public void Percentile_AnyArray_EqualsDefinitionOnSortedCopy()
    {
        // Reference: sort a copy and apply h = (n − 1)p, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋) directly. Arrays with many
        // duplicates (small integer range) exercise the partition's handling of equal keys.
        Gen.Select(Gen.Int[-5, 5].Select(i => (double)i).Array[1, 300], Gen.Double[0, 1]).Sample((values, p) =>
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var h = (sorted.Length - 1) * p;
            var k = (int)Math.Floor(h);
            var expected = k + 1 < sorted.Length ? sorted[k] + ((h - k) * (sorted[k + 1] - sorted[k])) : sorted[k];
            Tolerance.Absolute(expected, SampleStatistics.Percentile(values.ToArray(), p), 1e-12);
        });
        Gen.Double[-1e6, 1e6].Array[1, 2000].Sample(values =>
        {
            var sorted = values.OrderBy(v => v).ToArray();
            foreach (var p in new[] { 0.05, 0.1, 0.5, 0.9, 0.95 })
            {
                var h = (sorted.Length - 1) * p;
                var k = (int)Math.Floor(h);
                var expected = k + 1 < sorted.Length ? sorted[k] + ((h - k) * (sorted[k + 1] - sorted[k])) : sorted[k];
                Tolerance.Absolute(expected, SampleStatistics.Percentile(values.ToArray(), p), 1e-8);
            }
        });
    }

    [Fact]
    public void Percentiles_Several_EqualSingleCallsInTheGivenOrder()
    {
        var random = new RandomStream(6);
        var values = new double[100_001];
        random.NextDoubles(values);
        double[] probabilities = [0.95, 0.05, 0.5, 0.1, 0.9, 0.5, 1, 0];
        var expected = probabilities.Select(p => SampleStatistics.Percentile(values.ToArray(), p)).ToArray();
        SampleStatistics.Percentiles(values.ToArray(), probabilities).Should().Equal(expected);
    }

    [Fact]
    public void Percentiles_AllEqualMillionValues_AreThatValue()
    {
        // A scenario without distributions simulates to one value repeated: selection must not degrade on equal keys.
        var values = Enumerable.Repeat(1234.5, 1_000_000).ToArray();
        SampleStatistics.Percentiles(values, 0.05, 0.5, 0.95).Should().Equal(1234.5, 1234.5, 1234.5);
    }

    [Fact]
    public void Percentile_SortedAndReversedInputs_GiveTheSameAnswer()
    {
        var ascending = Enumerable.Range(0, 100_000).Select(i => (double)i).ToArray();
        var descending = ascending.Reverse().ToArray();

        // h = 99,999 × 0.9 = 89,999.1 → 89,999 + 0.1 = 89,999.1
        Tolerance.Absolute(89_999.1, SampleStatistics.Percentile(ascending, 0.9), 1e-9);
        Tolerance.Absolute(89_999.1, SampleStatistics.Percentile(descending, 0.9), 1e-9);
    }

    [Fact]
    public void Select_AdversarialInput_StillCorrect()
    {
        // An "organ pipe" (ascending then descending) defeats naive pivots; the fallback keeps it correct.
        var values = Enumerable.Range(0, 50_000).Select(i => (double)Math.Min(i, 50_000 - i)).ToArray();
        var sorted = values.OrderBy(v => v).ToArray();
        foreach (var k in new[] { 0, 1, 12_345, 25_000, 49_999 })
        {
            var copy = values.ToArray();
            SampleStatistics.Select(copy, k);
            copy[k].Should().Be(sorted[k]);
            copy.Take(k).All(v => v <= sorted[k]).Should().BeTrue();
            copy.Skip(k + 1).All(v => v >= sorted[k]).Should().BeTrue();
        }
    }

    [Fact]
    public void MeanAndStandardDeviation_TextbookExample()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample SD √(32/7).
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];
        SampleStatistics.Mean(values).Should().Be(5);
        Tolerance.Relative(Math.Sqrt(32.0 / 7), SampleStatistics.StandardDeviation(values), 1e-15);
    }

    [Fact]
    public void MeanAndStandardDeviation_LargeCommonOffset_LoseNoAccuracy()
    {
        // 1e9 + {4, 7, 13, 16}: mean 1e9 + 10; deviations −6, −3, 3, 6; Σd² = 90; sample variance 90/3 = 30.
        // The one-pass formula (Σx² − n·x̄²)/(n − 1) would cancel ~4e18 against ~4e18 and lose everything.
        double[] values = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
        SampleStatistics.Mean(values).Should().Be(1e9 + 10);
        Tolerance.Relative(Math.Sqrt(30), SampleStatistics.StandardDeviation(values), 1e-12);
    }

    [Fact]
    public void Mean_CancellingLargeValues_IsCompensated()
    {
        // 1e16 + 1 rounds to 1e16 in plain summation, so a naive sum of [1e16, 1, −1e16] is 0; the exact mean is 1/3.
        SampleStatistics.Mean([1e16, 1, -1e16]).Should().Be(1.0 / 3);
    }

    [Fact]
    public void StandardDeviation_Constant_IsZero()
    {
        SampleStatistics.StandardDeviation(Enumerable.Repeat(0.1, 1000).ToArray()).Should().Be(0);
    }

    [Fact]
    public void InvalidInputs_NameTheProblem()
    {
        FluentActions.Invoking(() => SampleStatistics.Mean([])).Should().Throw<ArgumentException>()
            .WithParameterName("values").WithMessage("values: 0 given; expected at least 1*");
        FluentActions.Invoking(() => SampleStatistics.StandardDeviation([1])).Should().Throw<ArgumentException>()
            .WithParameterName("values").WithMessage("values: 1 given; expected at least 2*");
        FluentActions.Invoking(() => SampleStatistics.Mean([1, 2, double.NaN])).Should().Throw<InputValidationException>()
            .WithParameterName("values[2]").WithMessage("values[2]: NaN is not a finite number; expected a finite number*");
        FluentActions.Invoking(() => SampleStatistics.Percentile(new double[] { 1, 2 }, 1.5)).Should().Throw<InputValidationException>()
            .WithParameterName("probability");
        FluentActions.Invoking(() => SampleStatistics.Percentiles(new double[] { 1, 2 }, 0.5, -0.1)).Should().Throw<InputValidationException>()
            .WithParameterName("probabilities[1]");
        FluentActions.Invoking(() => SampleStatistics.Percentile(new double[] { 1, double.PositiveInfinity }, 0.5)).Should().Throw<InputValidationException>()
            .WithParameterName("values[1]");
    }
}
