using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChannelShift.Uncertainty;

/// <summary>
/// Exact percentiles by bucket counting. Values are counted into equal buckets between a low and a high edge (values
/// below the low edge count in the first bucket, values above the high edge in the last: the map stays monotone, so the
/// k-th order statistic lies in the bucket where the cumulative count passes k, wherever the edges are). Only the
/// buckets that hold the wanted order statistics are then gathered, and the order statistics are selected within them;
/// the percentiles interpolate between order statistics as numpy does (Hyndman and Fan's definition 7, see
/// <see cref="SampleStatistics"/>).
/// </summary>
/// <remarks>
/// <para>The counts are integers and the gathered buckets are selected, not read in order, so the result does not depend
/// on how the values were split for counting or gathering. Edges that fit the values badly cost time, never accuracy:
/// a crowded bucket is gathered whole.</para>
/// <para>The bucket of a value is ⌊min(max((v − low) × scale, 0), buckets − 1)⌋ with scale = buckets / (high − low):
/// one at a time by that formula, a vector at a time by the same subtraction and multiplication (no fused
/// multiply–add) and instructions that give the same bucket for every value but NaN (see BucketsOf), so a value lands
/// in the same bucket whichever path counts it and whichever gathers it.</para>
/// </remarks>
internal sealed class BucketGrid
{
    private readonly double low;
    private readonly double scale;
    private readonly double last;

    /// <summary>A grid of <paramref name="buckets"/> equal buckets from <paramref name="low"/> to <paramref name="high"/>.</summary>
    /// <param name="low">The low edge (finite).</param>
    /// <param name="high">The high edge (finite, above <paramref name="low"/>).</param>
    /// <param name="buckets">The number of buckets, 1 or more.</param>
    internal BucketGrid(double low, double high, int buckets)
    {
        if (!(high > low) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, FormattableString.Invariant($"high: {high} must be finite and above low ({low})."));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        this.low = low;
        Buckets = buckets;
        scale = buckets / (high - low);
        last = buckets - 1;
    }

    /// <summary>The number of buckets.</summary>
    internal int Buckets { get; }

    /// <summary>The number of buckets for <paramref name="n"/> values: about eight a bucket, 64 to 16,384 (so that the
    /// counts, at most 64 KiB, stay in the processor's nearer caches).</summary>
    internal static int BucketsFor(long n) => (int)Math.Clamp(n / 8L, 64L, 16_384L);

    /// <summary>Adds one to the count of each value's bucket.</summary>
    /// <param name="values">Finite values.</param>
    /// <param name="counts">At least <see cref="Buckets"/> counts.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Count(ReadOnlySpan<double> values, Span<int> counts)
    {
        counts = counts[..Buckets];
        ref var count = ref MemoryMarshal.GetReference(counts);
        var width = Vector<double>.Count;
        ref var first = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i <= values.Length - width; i += width)
        {
            var b = BucketsOf(Vector.LoadUnsafe(ref first, (nuint)i));
            for (var k = 0; k < width; k++)
            {
                Unsafe.Add(ref count, (nint)b[k])++;
            }
        }

        for (; i < values.Length; i++)
        {
            Unsafe.Add(ref count, BucketOf(values[i]))++;
        }
    }

    /// <summary>
    /// The percentiles of <paramref name="values"/>, given the counts of exactly those values (<see cref="Count(ReadOnlySpan{double}, Span{int})"/>).
    /// </summary>
    /// <param name="values">The values, at least one.</param>
    /// <param name="counts">Their counts per bucket.</param>
    /// <param name="probabilities">Each from 0 to 1.</param>
    /// <returns>One percentile per probability, in their order.</returns>
    internal double[] Percentiles(ReadOnlySpan<double> values, ReadOnlySpan<int> counts, ReadOnlySpan<double> probabilities)
    {
        var pick = new Pick(this, values.Length, counts, probabilities);
        Gather(values, pick, shared: false);
        return pick.Finish(probabilities);
    }

    /// <summary>
    /// <see cref="Percentiles(ReadOnlySpan{double}, ReadOnlySpan{int}, ReadOnlySpan{double})"/> of the first
    /// <paramref name="length"/> values, gathered in <paramref name="parts"/> slices side by side.
    /// </summary>
    /// <param name="values">The values (the array may be longer).</param>
    /// <param name="length">How many values, 1 or more.</param>
    /// <param name="counts">Their counts per bucket.</param>
    /// <param name="probabilities">Each from 0 to 1.</param>
    /// <param name="parts">Slices gathered side by side (1: on the calling thread only).</param>
    /// <returns>One percentile per probability, in their order.</returns>
    internal double[] Percentiles(double[] values, int length, ReadOnlySpan<int> counts, ReadOnlySpan<double> probabilities, int parts)
    {
        if (parts <= 1)
        {
            return Percentiles(values.AsSpan(0, length), counts, probabilities);
        }

        var pick = new Pick(this, length, counts, probabilities);
        InSlices(length, parts, (_, from, count) => Gather(values.AsSpan(from, count), pick, shared: true));
        return pick.Finish(probabilities);
    }

    /// <summary>The counts per bucket of the first <paramref name="length"/> values, counted in
    /// <paramref name="parts"/> slices side by side, each into counts of its own, then added (integers: the split does
    /// not change them).</summary>
    /// <param name="values">The values (the array may be longer).</param>
    /// <param name="length">How many values.</param>
    /// <param name="parts">Slices counted side by side (1: on the calling thread only).</param>
    /// <returns><see cref="Buckets"/> counts.</returns>
    internal int[] Count(double[] values, int length, int parts)
    {
        var counts = new int[parts * Buckets];
        InSlices(length, parts, (k, from, count) => Count(values.AsSpan(from, count), counts.AsSpan(k * Buckets, Buckets)));
        var total = counts.AsSpan(0, Buckets);
        for (var k = 1; k < parts; k++)
        {
            var slice = counts.AsSpan(k * Buckets, Buckets);
            for (var b = 0; b < total.Length; b++)
            {
                total[b] += slice[b];
            }
        }

        return parts == 1 ? counts : counts[..Buckets];
    }

    /// <summary>Runs <paramref name="body"/>(slice, first index, count) for <paramref name="parts"/> near-equal slices
    /// of 0 … <paramref name="length"/> − 1, side by side (one slice: on the calling thread).</summary>
    private static void InSlices(int length, int parts, Action<int, int, int> body)
    {
        if (parts <= 1)
        {
            body(0, 0, length);
            return;
        }

        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, k =>
        {
            var from = (int)((long)length * k / parts);
            var to = (int)((long)length * (k + 1) / parts);
            body(k, from, to - from);
        });
    }

    /// <summary>The ranks wanted (⌊h⌋ and, when h is not whole, the rank above), sorted, each once.</summary>
    private static long[] WantedRanks(long n, ReadOnlySpan<double> probabilities)
    {
        var ranks = new long[2 * probabilities.Length];
        var count = 0;
        foreach (var p in probabilities)
        {
            var (k, fraction) = SampleStatistics.Position(n, p);
            ranks[count++] = k;
            if (fraction > 0)
            {
                ranks[count++] = k + 1;
            }
        }

        Array.Sort(ranks, 0, count);
        return ranks[..Unique(ranks.AsSpan(0, count))];
    }

    /// <summary>Moves the distinct values of a sorted span to its front and returns how many there are.</summary>
    private static int Unique<T>(Span<T> sorted)
        where T : IEquatable<T>
    {
        var u = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (u == 0 || !sorted[i].Equals(sorted[u - 1]))
            {
                sorted[u++] = sorted[i];
            }
        }

        return u;
    }

    /// <summary>The bucket of a value (see the remarks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketOf(double v) => (int)Math.Min(Math.Max((v - low) * scale, 0), last);

    /// <summary>
    /// <see cref="BucketOf"/> of each lane, for every value but NaN: the same subtraction and multiplication, the
    /// processor's own minimum with the last bucket and truncation, then a maximum with 0 in integers. A value below the
    /// low edge truncates to 0 or below (an infinity or a value beyond the range of a long, to the least long) and is
    /// raised to 0, as max(…, 0) does before truncating; one above the high edge, or +∞, is capped at the last bucket.
    /// A NaN lands in the first or the last bucket, never outside the counts (and a run with a NaN fails when it is
    /// summarised: its mean is not finite). The IEEE 754 forms this replaces (Vector.Max, Vector.Min and the saturating
    /// Vector.ConvertToInt64) cost about eight more instructions a vector, a third of the gathering pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector<long> BucketsOf(Vector<double> x) =>
        Vector.Max(Vector.ConvertToInt64Native(Vector.MinNative((x - new Vector<double>(low)) * new Vector<double>(scale), new Vector<double>(last))), Vector<long>.Zero);

    /// <summary>Copies the values that fall in a wanted bucket into that bucket's list; with <paramref name="shared"/>,
    /// other threads fill the same lists, so positions are taken atomically.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Gather(ReadOnlySpan<double> values, Pick pick, bool shared)
    {
        var width = Vector<double>.Count;
        ref var first = ref MemoryMarshal.GetReference(values);
        var i = 0;
        var wanted = pick.Distinct;
        if (wanted.Length <= 8)
        {
            // Few wanted buckets (the usual case: each percentile's two order statistics share a bucket): compare a
            // vector of bucket numbers with each (repeating the last), and look at the lanes only when one matches.
            Vector<long> Wanted(int j) => new(wanted[Math.Min(j, wanted.Length - 1)]);
            var w0 = Wanted(0);
            var w1 = Wanted(1);
            var w2 = Wanted(2);
            var w3 = Wanted(3);
            var w4 = Wanted(4);
            var w5 = Wanted(5);
            var w6 = Wanted(6);
            var w7 = Wanted(7);
            var four = wanted.Length <= 4;
            for (; i <= values.Length - width; i += width)
            {
                var x = Vector.LoadUnsafe(ref first, (nuint)i);
                var b = BucketsOf(x);
                var hit = (Vector.Equals(b, w0) | Vector.Equals(b, w1)) | (Vector.Equals(b, w2) | Vector.Equals(b, w3));
                if (!four)
                {
                    hit |= (Vector.Equals(b, w4) | Vector.Equals(b, w5)) | (Vector.Equals(b, w6) | Vector.Equals(b, w7));
                }

                if (hit != Vector<long>.Zero)
                {
                    for (var k = 0; k < width; k++)
                    {
                        if (hit[k] != 0)
                        {
                            pick.Put((int)b[k], x[k], shared);
                        }
                    }
                }
            }
        }
        else
        {
            // A bit per bucket (at most 2 KiB, so it stays in the nearest cache) says whether the bucket is wanted.
            var bits = pick.Bits;
            for (; i <= values.Length - width; i += width)
            {
                var x = Vector.LoadUnsafe(ref first, (nuint)i);
                var b = BucketsOf(x);
                for (var k = 0; k < width; k++)
                {
                    var bucket = (int)b[k];
                    if ((bits[bucket >> 6] & (1UL << bucket)) != 0)
                    {
                        pick.Put(bucket, x[k], shared);
                    }
                }
            }
        }

        for (; i < values.Length; i++)
        {
            var v = values[i];
            var bucket = BucketOf(v);
            if (Array.IndexOf(wanted, bucket) >= 0)
            {
                pick.Put(bucket, v, shared);
            }
        }
    }

    /// <summary>
    /// One percentile set in the making: the wanted ranks, the bucket of each and its position among that bucket's
    /// values, and a list per distinct bucket that <see cref="Gather"/> fills.
    /// </summary>
    private sealed class Pick
    {
        private readonly long n;
        private readonly long[] wanted;
        private readonly int[] bucketOf;
        private readonly int[] offsetIn;
        private readonly int[] distinct;
        private readonly double[][] lists;
        private readonly int[] filled;

        internal Pick(BucketGrid grid, long n, ReadOnlySpan<int> counts, ReadOnlySpan<double> probabilities)
        {
            this.n = n;
            wanted = WantedRanks(n, probabilities);
            bucketOf = new int[wanted.Length];
            offsetIn = new int[wanted.Length];
            long cumulative = 0;
            var w = 0;
            for (var b = 0; b < grid.Buckets && w < wanted.Length; b++)
            {
                while (w < wanted.Length && wanted[w] < cumulative + counts[b])
                {
                    bucketOf[w] = b;
                    offsetIn[w] = (int)(wanted[w] - cumulative);
                    w++;
                }

                cumulative += counts[b];
            }

            if (w < wanted.Length)
            {
                throw new InvalidOperationException(FormattableString.Invariant($"counts: the buckets hold {cumulative} values; expected the counts of all {n}."));
            }

            // bucketOf follows the sorted ranks, so it is sorted too: its distinct buckets are where it changes.
            distinct = bucketOf.ToArray();
            distinct = distinct[..Unique(distinct.AsSpan())];
            lists = new double[distinct.Length][];
            filled = new int[distinct.Length];
            Bits = new ulong[(grid.Buckets + 63) / 64];
            for (var j = 0; j < distinct.Length; j++)
            {
                Bits[distinct[j] >> 6] |= 1UL << (distinct[j] & 63);
                lists[j] = new double[counts[distinct[j]]];
            }
        }

        /// <summary>A bit per bucket: set for the wanted buckets.</summary>
        internal ulong[] Bits { get; }

        /// <summary>The wanted buckets, in increasing order, each once.</summary>
        internal int[] Distinct => distinct;

        /// <summary>Adds a value of wanted bucket <paramref name="bucket"/> to its list.</summary>
        internal void Put(int bucket, double v, bool shared)
        {
            var j = Array.IndexOf(distinct, bucket);
            var at = shared ? Interlocked.Increment(ref filled[j]) - 1 : filled[j]++;
            lists[j][at] = v;
        }

        /// <summary>Selects the wanted order statistics in the gathered lists and interpolates the percentiles.</summary>
        internal double[] Finish(ReadOnlySpan<double> probabilities)
        {
            // Within each list, its wanted positions in increasing order: after Select(a[from..], k − from) nothing
            // before position k is larger than a[k] and nothing after it smaller, so the next is selected after it.
            var selectedUpTo = new int[distinct.Length];
            for (var r = 0; r < wanted.Length; r++)
            {
                var j = Array.IndexOf(distinct, bucketOf[r]);
                SampleStatistics.Select(lists[j].AsSpan(selectedUpTo[j]), offsetIn[r] - selectedUpTo[j]);
                selectedUpTo[j] = offsetIn[r] + 1;
            }

            var results = new double[probabilities.Length];
            for (var i = 0; i < probabilities.Length; i++)
            {
                var (k, fraction) = SampleStatistics.Position(n, probabilities[i]);
                var below = OrderStatistic(k);
                results[i] = fraction == 0 ? below : SampleStatistics.Interpolate(below, OrderStatistic(k + 1), fraction);
            }

            return results;
        }

        private double OrderStatistic(long k)
        {
            var r = Array.IndexOf(wanted, k);
            return lists[Array.IndexOf(distinct, bucketOf[r])][offsetIn[r]];
        }
    }
}
