using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChannelShift.Validation;

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
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
    public static double Mean(ReadOnlySpan<double> values)
    {
        RequireFinite(values, 1);
        return MeanCore(values);
    }

    /// <summary>The sample standard deviation √(Σ(x − x̄)²/(n − 1)) of <paramref name="values"/>.</summary>
    /// <param name="values">At least two finite values.</param>
    /// <returns>The standard deviation, 0 or more.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> has fewer than two values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite.</exception>
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
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or <paramref name="probability"/> is not from 0 to 1.</exception>
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
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or a probability is not from 0 to 1.</exception>
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
            start = Math.Max(start, FloorIndex(values.Length, p));
        }

        return results;
    }

    /// <summary>
    /// The same percentiles as <see cref="Percentiles"/> (exact order statistics, linear interpolation), without
    /// reordering the values, by bucket counting (<see cref="Bucketing"/>): a pass for the extremes, one to count and one
    /// to gather the buckets holding the wanted order statistics. For Monte Carlo samples of millions of values this is
    /// several times faster than selection.
    /// </summary>
    internal static double[] PercentilesByBuckets(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities)
    {
        var (min, max) = Extremes(values);
        return PercentilesOnOneThread(values, probabilities, min, max);
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
    /// <paramref name="length"/> values, given their extremes, with the
    /// counting and gathering passes split between up to <paramref name="threads"/> threads (each counts its own slice;
    /// the counts are integers and the gathered buckets are sorted, so the result does not depend on the split).
    /// </summary>
    internal static double[] PercentilesByBuckets(double[] values, int length, ReadOnlySpan<double> probabilities, double min, double max, int threads)
    {
        var n = length;
        var parts = (int)Math.Clamp(n / ParallelPercentilesFrom, 1, threads);
        if (parts == 1)
        {
            return PercentilesOnOneThread(values.AsSpan(0, n), probabilities, min, max);
        }

        if (!(max > min))
        {
            return Flat(probabilities.Length, min);
        }

        var counted = new Bucketing(n, min, max, probabilities);
        var slices = new int[parts + 1];
        for (var k = 0; k <= parts; k++)
        {
            slices[k] = (int)((long)n * k / parts);
        }

        var sliceCounts = new int[parts][];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            sliceCounts[k] = counted.Count(values.AsSpan(slices[k], slices[k + 1] - slices[k])));
        var counts = ArrayPool<int>.Shared.Rent(counted.Buckets);
        Array.Copy(sliceCounts[0], counts, counted.Buckets);
        for (var k = 1; k < parts; k++)
        {
            var other = sliceCounts[k];
            for (var b = 0; b < counted.Buckets; b++)
            {
                counts[b] += other[b];
            }
        }

        var lists = counted.Prepare(counts);
        ArrayPool<int>.Shared.Return(counts);
        var filled = new int[parts][];
        filled[0] = new int[lists.Length];
        for (var k = 1; k < parts; k++)
        {
            // Slice k writes after the values of the wanted buckets that the slices before it hold.
            filled[k] = new int[lists.Length];
            for (var j = 0; j < lists.Length; j++)
            {
                filled[k][j] = filled[k - 1][j] + sliceCounts[k - 1][counted.Wanted(j)];
            }
        }

        foreach (var sliceCount in sliceCounts)
        {
            ArrayPool<int>.Shared.Return(sliceCount);
        }

        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            counted.Gather(values.AsSpan(slices[k], slices[k + 1] - slices[k]), lists, filled[k]));
        return counted.Finish(lists);
    }

    private static double[] PercentilesOnOneThread(ReadOnlySpan<double> values, ReadOnlySpan<double> probabilities, double min, double max)
    {
        if (!(max > min))
        {
            return Flat(probabilities.Length, min);
        }

        var counted = new Bucketing(values.Length, min, max, probabilities);
        var counts = counted.Count(values);
        var lists = counted.Prepare(counts);
        ArrayPool<int>.Shared.Return(counts);
        counted.Gather(values, lists, new int[lists.Length]);
        return counted.Finish(lists);
    }

    private static int FloorIndex(int n, double p) => Math.Min((int)Math.Floor((n - 1) * p), n - 1);

    /// <summary>The percentile, given that the order statistics below <paramref name="start"/> are already in place.</summary>
    private static double PercentileFrom(Span<double> values, int start, double p)
    {
        var n = values.Length;
        var h = (n - 1) * p;
        var k = FloorIndex(n, p);
        Select(values[start..], k - start);
        var below = values[k];
        var fraction = h - k;
        if (k == n - 1 || fraction == 0)
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

        // numpy's _lerp: a + (b − a)t, or b − (b − a)(1 − t) when t ≥ ½ (monotone and exact at both ends).
        var difference = above - below;
        return fraction >= 0.5 ? above - (difference * (1 - fraction)) : below + (difference * fraction);
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
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"values: {values.Length} given; expected at least {minimumCount}."),
                nameof(values));
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

    /// <summary>
    /// Exact percentiles by bucket counting: values are counted into equal buckets between the minimum and the maximum
    /// (about eight a bucket, 64 to 16,384 buckets, so that the counts stay in the processor's nearest caches; a monotone map, so the k-th order statistic lies in the bucket
    /// where the cumulative count passes k), then only the buckets holding the wanted order statistics are gathered
    /// and sorted, and the percentiles interpolate between those order statistics as numpy does.
    /// </summary>
    private sealed class Bucketing
    {
        private readonly long n;
        private readonly double min;
        private readonly double[] probabilities;
        private readonly int buckets;
        private readonly double scale;
        private long[] wanted = [];
        private int[] bucketOf = [];
        private long[] offsetIn = [];
        private int[] distinct = [];
        private int[] slot = [];
        private ulong[] wantedBits = [];

        internal Bucketing(long n, double min, double max, ReadOnlySpan<double> probabilities)
        {
            this.n = n;
            this.min = min;
            this.probabilities = probabilities.ToArray();
            buckets = (int)Math.Clamp(n / 8L, 64L, 16_384L);
            scale = buckets / (max - min);
        }

        /// <summary>The number of buckets (arrays of counts may be longer: they come from a pool).</summary>
        internal int Buckets => buckets;

        /// <summary>The bucket of each value, counted.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal int[] Count(ReadOnlySpan<double> values)
        {
            var counts = ArrayPool<int>.Shared.Rent(buckets);
            Array.Clear(counts, 0, buckets);

            // The bucket numbers a vector at a time (the same arithmetic as one at a time), then one count each.
            var width = Vector<double>.Count;
            ref var first = ref MemoryMarshal.GetReference(values);
            var i = 0;
            for (; i <= values.Length - width; i += width)
            {
                var b = BucketsOf(Vector.LoadUnsafe(ref first, (nuint)i));
                for (var k = 0; k < width; k++)
                {
                    counts[(int)b[k]]++;
                }
            }

            for (; i < values.Length; i++)
            {
                counts[BucketOf(values[i])]++;
            }

            return counts;
        }

        /// <summary>The bucket of a value: ⌊(v − min) × scale⌋, the maximum in the last bucket.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int BucketOf(double v) => Math.Min((int)((v - min) * scale), buckets - 1);

        /// <summary><see cref="BucketOf"/> of each lane (the same arithmetic).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector<long> BucketsOf(Vector<double> x) =>
            Vector.Min(Vector.ConvertToInt64((x - new Vector<double>(min)) * new Vector<double>(scale)), new Vector<long>(buckets - 1));

        /// <summary>The bucket that list j of <see cref="Prepare"/> gathers.</summary>
        internal int Wanted(int j) => distinct[j];

        /// <summary>Finds the buckets of the wanted order statistics from the counts of all values, and makes a list
        /// for each, as long as its count.</summary>
        internal double[][] Prepare(int[] counts)
        {
            var ranks = new List<long>();
            foreach (var p in probabilities)
            {
                var h = (n - 1) * p;
                var k = FloorRank(p);
                ranks.Add(k);
                if (k < n - 1 && h - k > 0)
                {
                    ranks.Add(k + 1);
                }
            }

            wanted = ranks.Distinct().Order().ToArray();
            bucketOf = new int[wanted.Length];
            offsetIn = new long[wanted.Length];
            long cumulative = 0;
            var w = 0;
            for (var b = 0; b < buckets && w < wanted.Length; b++)
            {
                while (w < wanted.Length && wanted[w] < cumulative + counts[b])
                {
                    bucketOf[w] = b;
                    offsetIn[w] = wanted[w] - cumulative;
                    w++;
                }

                cumulative += counts[b];
            }

            distinct = bucketOf.Distinct().ToArray();
            slot = ArrayPool<int>.Shared.Rent(buckets);
            wantedBits = new ulong[(buckets + 63) / 64];
            var lists = new double[distinct.Length][];
            for (var j = 0; j < distinct.Length; j++)
            {
                slot[distinct[j]] = j;
                wantedBits[distinct[j] >> 6] |= 1UL << (distinct[j] & 63);
                lists[j] = new double[counts[distinct[j]]];
            }

            return lists;
        }

        /// <summary>Copies the values that fall in a wanted bucket into its list, from position filled[j] on.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Gather(ReadOnlySpan<double> values, double[][] lists, int[] filled)
        {
            // A bit per bucket (at most 2 KiB, so it stays in the nearest cache) says whether the bucket is wanted.
            var bits = wantedBits;
            var width = Vector<double>.Count;
            ref var first = ref MemoryMarshal.GetReference(values);
            var i = 0;
            for (; i <= values.Length - width; i += width)
            {
                var x = Vector.LoadUnsafe(ref first, (nuint)i);
                var b = BucketsOf(x);
                for (var k = 0; k < width; k++)
                {
                    var bucket = (int)b[k];
                    if ((bits[bucket >> 6] & (1UL << bucket)) != 0)
                    {
                        var j = slot[bucket];
                        lists[j][filled[j]++] = x[k];
                    }
                }
            }

            for (; i < values.Length; i++)
            {
                var v = values[i];
                var bucket = BucketOf(v);
                if ((bits[bucket >> 6] & (1UL << bucket)) != 0)
                {
                    var j = slot[bucket];
                    lists[j][filled[j]++] = v;
                }
            }
        }

        /// <summary>Sorts the gathered lists and interpolates the percentiles; gives the bucket map back to the pool.</summary>
        internal double[] Finish(double[][] lists)
        {
            ArrayPool<int>.Shared.Return(slot);
            slot = [];
            foreach (var list in lists)
            {
                Array.Sort(list);
            }

            double OrderStatistic(long k)
            {
                var i = Array.IndexOf(wanted, k);
                return lists[Array.IndexOf(distinct, bucketOf[i])][(int)offsetIn[i]];
            }

            var results = new double[probabilities.Length];
            for (var i = 0; i < probabilities.Length; i++)
            {
                var p = probabilities[i];
                var h = (n - 1) * p;
                var k = FloorRank(p);
                var below = OrderStatistic(k);
                var fraction = h - k;
                if (k == n - 1 || fraction == 0)
                {
                    results[i] = below;
                    continue;
                }

                // The same interpolation as numpy (and PercentileFrom): from the nearer order statistic.
                var above = OrderStatistic(k + 1);
                var difference = above - below;
                results[i] = fraction >= 0.5 ? above - (difference * (1 - fraction)) : below + (difference * fraction);
            }

            return results;
        }

        private long FloorRank(double p) => Math.Min((long)Math.Floor((n - 1) * p), n - 1);
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
