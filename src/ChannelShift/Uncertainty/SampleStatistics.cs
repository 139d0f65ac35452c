using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChannelShift.Uncertainty;

/// <summary>
/// Summary statistics of simulated results: the mean, the sample standard deviation and exact percentiles.
/// </summary>
/// <remarks>
/// <para>The mean is a compensated (Neumaier) sum divided by n; the standard deviation takes a second pass with the
/// corrected two-pass variance of T. F. Chan, G. H. Golub and R. J. LeVeque ("Algorithms for computing the sample
/// variance: analysis and recommendations", The American Statistician 37(3), 1983), so values with a large common
/// offset (NPVs in the billions that differ by pounds) lose no accuracy.</para>
/// <para>Percentiles interpolate linearly between order statistics: with the n values sorted as x₀ ≤ … ≤ xₙ₋₁ and
/// h = (n − 1)p, the p-th percentile is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋) (R. J. Hyndman and Y. Fan, "Sample quantiles
/// in statistical packages", The American Statistician 50(4), 1996, definition 7: numpy's default "linear" method and a
/// spreadsheet's PERCENTILE.INC). The interpolation is evaluated as numpy does (from the upper neighbour when
/// h − ⌊h⌋ ≥ ½). Order statistics are found by selection (Hoare's quickselect with median-of-three pivots, falling
/// back to a sort after too many unbalanced rounds), O(n) on average per percentile rather than a full sort; the
/// values are reordered in place.</para>
/// <para>Every value must be finite.</para>
/// </remarks>
public static class SampleStatistics
{
    /// <summary>The arithmetic mean of <paramref name="values"/>.</summary>
    /// <param name="values">At least one finite value.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="InputValidationException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="InputValidationException">A value is not finite.</exception>
    public static double Mean(ReadOnlySpan<double> values)
    {
        RequireFinite(values, 1);
        return MeanCore(values);
    }

    /// <summary>The sample standard deviation √(Σ(x − x̄)²/(n − 1)) of <paramref name="values"/>.</summary>
    /// <param name="values">At least two finite values.</param>
    /// <returns>The standard deviation, 0 or more.</returns>
    /// <exception cref="InputValidationException"><paramref name="values"/> has fewer than two values.</exception>
    /// <exception cref="InputValidationException">A value is not finite.</exception>
    public static double StandardDeviation(ReadOnlySpan<double> values)
    {
        RequireFinite(values, 2);
        var mean = MeanCore(values);
        var squares = new NeumaierSum();
        var deviations = new NeumaierSum();
        foreach (var x in values)
        {
            var d = x - mean;
            squares.Add(d * d);
            deviations.Add(d);
        }

        // Chan, Golub & LeVeque's corrected two-pass formula: subtract the rounding left in the mean.
        var n = values.Length;
        var sumOfDeviations = deviations.Value;
        var variance = (squares.Value - (sumOfDeviations * sumOfDeviations / n)) / (n - 1);
        return Math.Sqrt(Math.Max(variance, 0));
    }

    /// <summary>
    /// The <paramref name="probability"/>-th percentile of <paramref name="values"/> by linear interpolation between order
    /// statistics (numpy's default, PERCENTILE.INC). Reorders <paramref name="values"/> in place.
    /// </summary>
    /// <param name="values">At least one finite value; reordered.</param>
    /// <param name="probability">From 0 to 1 (0.1 for P10).</param>
    /// <returns>The percentile.</returns>
    /// <exception cref="InputValidationException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="InputValidationException">A value is not finite, or <paramref name="probability"/> is not from 0 to 1.</exception>
    public static double Percentile(Span<double> values, double probability)
    {
        Preconditions.InRange(probability, 0, 1);
        RequireFinite(values, 1);
        return PercentileFrom(values, 0, probability);
    }

    /// <summary>
    /// Several percentiles of the same <paramref name="values"/> (e.g. P5, P10, P50, P90, P95), each as
    /// <see cref="Percentile"/>; the result is in the order of <paramref name="probabilities"/>. Reorders
    /// <paramref name="values"/> in place; each selection narrows the range of the next, so k percentiles cost far less
    /// than k full passes.
    /// </summary>
    /// <param name="values">At least one finite value; reordered.</param>
    /// <param name="probabilities">Each from 0 to 1, in any order.</param>
    /// <returns>One percentile per probability.</returns>
    /// <exception cref="InputValidationException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="InputValidationException">A value is not finite, or a probability is not from 0 to 1.</exception>
    public static double[] Percentiles(Span<double> values, params ReadOnlySpan<double> probabilities)
    {
        for (var i = 0; i < probabilities.Length; i++)
        {
            Preconditions.InRange(probabilities[i], 0, 1, string.Create(CultureInfo.InvariantCulture, $"probabilities[{i}]"));
        }

        RequireFinite(values, 1);
        var order = new int[probabilities.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = probabilities.ToArray();
        Array.Sort(keys, order);
        var results = new double[probabilities.Length];
        var start = 0;
        foreach (var index in order)
        {
            var p = probabilities[index];
            results[index] = PercentileFrom(values, start, p);

            // Everything below position ⌊h⌋ is now ≤ everything from it on: the next (larger) percentile lies there.
            start = Math.Max(start, (int)Position(values.Length, p).Rank);
        }

        return results;
    }

    /// <summary>
    /// The same percentiles as <see cref="Percentiles"/> (exact order statistics, linear interpolation), without
    /// reordering the values, by bucket counting (<see cref="BucketGrid"/>): a pass for the extremes, one to count and one
    /// to gather the buckets holding the wanted order statistics. For Monte Carlo samples of millions of values this is
    /// several times faster than selection.
    /// </summary>
    internal static double[] PercentilesByBuckets(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities)
    {
        var (min, max) = Extremes(values);
        if (!(max > min))
        {
            return Flat(probabilities.Length, min);
        }

        var grid = new BucketGrid(min, max, BucketGrid.BucketsFor(values.Length));
        var counts = new int[grid.Buckets];
        grid.Count(values, counts);
        return grid.Percentiles(values, counts, probabilities);
    }

    /// <summary>The minimum and maximum of finite values (a vector at a time: min and max are exact in any order).</summary>
    internal static (double Minimum, double Maximum) Extremes(ReadOnlySpan<double> values)
    {
        var width = Vector<double>.Count;
        var low = new Vector<double>(double.PositiveInfinity);
        var high = new Vector<double>(double.NegativeInfinity);
        ref var first = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i <= values.Length - width; i += width)
        {
            var x = Vector.LoadUnsafe(ref first, (nuint)i);
            low = Vector.Min(low, x);
            high = Vector.Max(high, x);
        }

        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var k = 0; k < width; k++)
        {
            min = Math.Min(min, low[k]);
            max = Math.Max(max, high[k]);
        }

        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (min, max);
    }

    /// <summary>Values per thread below which <see cref="PercentilesByBuckets(double[], int, ReadOnlySpan{double}, double, double, int)"/>
    /// does not split its passes between threads: 262,144.</summary>
    internal const int ParallelPercentilesFrom = 262_144;

    /// <summary>
    /// <see cref="PercentilesByBuckets(ReadOnlySpan{double}, ReadOnlySpan{double})"/> of the first
    /// <paramref name="length"/> values, given their extremes, with the counting and gathering passes split between up to
    /// <paramref name="threads"/> threads (each counts its own slice; the counts are integers and the order statistics
    /// are selected within the gathered buckets, so the result does not depend on the split).
    /// </summary>
    internal static double[] PercentilesByBuckets(double[] values, int length, ReadOnlySpan<double> probabilities, double min, double max, int threads)
    {
        if (!(max > min))
        {
            return Flat(probabilities.Length, min);
        }

        var parts = (int)Math.Clamp(length / ParallelPercentilesFrom, 1, threads);
        var grid = new BucketGrid(min, max, BucketGrid.BucketsFor(length));
        return grid.Percentiles(values, length, grid.Count(values, length, parts), probabilities, parts);
    }

    /// <summary>
    /// Where the <paramref name="probability"/>-th percentile of <paramref name="n"/> values lies (Hyndman and Fan's
    /// definition 7, numpy's default): h = (n − 1) × probability; the percentile is order statistic k = ⌊h⌋ (0-based),
    /// moved towards order statistic k + 1 by the fraction h − k (<see cref="Interpolate"/>). The fraction is 0 when h is
    /// whole or k is the last order statistic, and then order statistic k is the percentile.
    /// </summary>
    internal static (long Rank, double Fraction) Position(long n, double probability)
    {
        var h = (n - 1) * probability;
        var k = Math.Min((long)Math.Floor(h), n - 1);
        return (k, k == n - 1 ? 0 : h - k);
    }

    /// <summary>The percentile between two neighbouring order statistics, by numpy's _lerp: a + (b − a)t, or
    /// b − (b − a)(1 − t) when t ≥ ½ (monotone and exact at both ends).</summary>
    internal static double Interpolate(double below, double above, double fraction)
    {
        var difference = above - below;
        return fraction >= 0.5 ? above - (difference * (1 - fraction)) : below + (difference * fraction);
    }

    /// <summary>The percentile, given that the order statistics below <paramref name="start"/> are already in place.</summary>
    private static double PercentileFrom(Span<double> values, int start, double p)
    {
        var n = values.Length;
        var (rank, fraction) = Position(n, p);
        var k = (int)rank;
        Select(values[start..], k - start);
        var below = values[k];
        if (fraction == 0)
        {
            return below;
        }

        // The next order statistic is the smallest value above position k.
        var above = values[k + 1];
        for (var i = k + 2; i < n; i++)
        {
            if (values[i] < above)
            {
                above = values[i];
            }
        }

        return Interpolate(below, above, fraction);
    }

    /// <summary>
    /// Reorders <paramref name="a"/> so that a[k] is its k-th smallest value, with nothing larger before it and nothing
    /// smaller after it (Hoare's FIND with median-of-three pivots; a sort after too many rounds, so O(n log n) at worst).
    /// </summary>
    internal static void Select(Span<double> a, int k)
    {
        var lo = 0;
        var hi = a.Length - 1;
        var budget = (2 * (int)Math.Log2(Math.Max(a.Length, 2))) + 8;
        while (hi > lo)
        {
            if (hi - lo < 16)
            {
                a[lo..(hi + 1)].Sort();
                return;
            }

            if (budget-- == 0)
            {
                a[lo..(hi + 1)].Sort();
                return;
            }

            var mid = lo + ((hi - lo) >> 1);
            if (a[mid] < a[lo])
            {
                (a[mid], a[lo]) = (a[lo], a[mid]);
            }

            if (a[hi] < a[lo])
            {
                (a[hi], a[lo]) = (a[lo], a[hi]);
            }

            if (a[hi] < a[mid])
            {
                (a[hi], a[mid]) = (a[mid], a[hi]);
            }

            var pivot = a[mid];
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            // Now a[lo..j] ≤ pivot, a[i..hi] ≥ pivot, and a[j+1..i−1] = pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    private static double MeanCore(ReadOnlySpan<double> values)
    {
        var sum = new NeumaierSum();
        foreach (var x in values)
        {
            sum.Add(x);
        }

        return sum.Value / values.Length;
    }

    private static void RequireFinite(ReadOnlySpan<double> values, int minimumCount)
    {
        if (values.Length < minimumCount)
        {
            throw Preconditions.Fail("values", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"{values.Length} given"), string.Create(CultureInfo.InvariantCulture, $"at least {minimumCount}"), null);
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                Preconditions.Finite(values[i], string.Create(CultureInfo.InvariantCulture, $"values[{i}]"));
            }
        }
    }

    private static double[] Flat(int count, double value)
    {
        var results = new double[count];
        Array.Fill(results, value);
        return results;
    }

    /// <summary>Neumaier's improved Kahan–Babuška summation (A. Neumaier, ZAMM 54, 1974).</summary>
    private struct NeumaierSum
    {
        private double sum;
        private double compensation;

        public readonly double Value => sum + compensation;

        public void Add(double x)
        {
            var t = sum + x;
            compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
    }
}
