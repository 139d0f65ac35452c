using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ChannelShift.Uncertainty;

/// <summary>
/// The count, mean, sum of squared deviations, extremes and exceedances of one chunk's values, and their combination
/// over chunks. Combined in chunk order, so the totals do not depend on which thread summarised which chunk.
/// </summary>
/// <remarks>
/// A chunk's mean and squared deviations come from the corrected two-pass formula of T. F. Chan, G. H. Golub and
/// R. J. LeVeque ("Algorithms for computing the sample variance: analysis and recommendations", The American
/// Statistician 37(3), 1983); chunks are combined by their pairwise update (Chan, Golub and LeVeque, "Updating formulae
/// and a pairwise algorithm for computing sample variances", Stanford CS report STAN-CS-79-773, 1979):
/// δ = x̄_b − x̄_a, x̄ = x̄_a + δ·n_b/n, M₂ = M₂a + M₂b + δ²·n_a·n_b/n.
/// </remarks>
internal readonly record struct ChunkSummary(long Count, double Mean, double SquaredDeviations, double Minimum, double Maximum, long Above)
{
    /// <summary>The sample standard deviation √(M₂/(n − 1)) (0 for a single value).</summary>
    internal double StandardDeviation => Count < 2 ? 0 : Math.Sqrt(Math.Max(SquaredDeviations, 0) / (Count - 1));

    /// <summary>Summarises one chunk; <see cref="Above"/> counts the values greater than <paramref name="threshold"/>
    /// (none when it is NaN).</summary>
    /// <remarks>Sums run in four lanes, element i in lane i mod 4 and the elements after the last group of four in lane
    /// 0, added as (lane 0 + lane 1) + (lane 2 + lane 3): with 256-bit vectors where the processor has them and in
    /// four scalars where not, the same additions in the same order, so the same bits on every machine.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ChunkSummary Of(ReadOnlySpan<double> values, double threshold)
    {
        var n = values.Length;
        ref var first = ref MemoryMarshal.GetReference(values);
        var groups = n & ~3;
        double s0, s1, s2, s3, min, max;
        long above;
        if (Vector256.IsHardwareAccelerated)
        {
            var sum = Vector256<double>.Zero;
            var low = Vector256.Create(double.PositiveInfinity);
            var high = Vector256.Create(double.NegativeInfinity);
            var count = Vector256<long>.Zero;
            var bar = Vector256.Create(threshold);
            for (var i = 0; i < groups; i += 4)
            {
                var x = Vector256.LoadUnsafe(ref first, (nuint)i);
                sum += x;
                low = Vector256.Min(low, x);
                high = Vector256.Max(high, x);
                count -= Vector256.GreaterThan(x, bar).AsInt64();
            }

            (s0, s1, s2, s3) = (sum[0], sum[1], sum[2], sum[3]);
            min = Math.Min(Math.Min(low[0], low[1]), Math.Min(low[2], low[3]));
            max = Math.Max(Math.Max(high[0], high[1]), Math.Max(high[2], high[3]));
            above = count[0] + count[1] + count[2] + count[3];
        }
        else
        {
            (s0, s1, s2, s3) = (0, 0, 0, 0);
            (min, max, above) = (double.PositiveInfinity, double.NegativeInfinity, 0);
            for (var i = 0; i < groups; i += 4)
            {
                s0 += values[i];
                s1 += values[i + 1];
                s2 += values[i + 2];
                s3 += values[i + 3];
            }

            foreach (var v in values[..groups])
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                above += v > threshold ? 1 : 0;
            }
        }

        foreach (var v in values[groups..])
        {
            s0 += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            above += v > threshold ? 1 : 0;
        }

        var mean = ((s0 + s1) + (s2 + s3)) / n;
        double q0, q1, q2, q3, d0, d1, d2, d3;
        if (Vector256.IsHardwareAccelerated)
        {
            var q = Vector256<double>.Zero;
            var d = Vector256<double>.Zero;
            var centre = Vector256.Create(mean);
            for (var i = 0; i < groups; i += 4)
            {
                var x = Vector256.LoadUnsafe(ref first, (nuint)i) - centre;
                q += x * x;
                d += x;
            }

            (q0, q1, q2, q3) = (q[0], q[1], q[2], q[3]);
            (d0, d1, d2, d3) = (d[0], d[1], d[2], d[3]);
        }
        else
        {
            (q0, q1, q2, q3, d0, d1, d2, d3) = (0, 0, 0, 0, 0, 0, 0, 0);
            for (var i = 0; i < groups; i += 4)
            {
                var a = values[i] - mean;
                var b = values[i + 1] - mean;
                var c = values[i + 2] - mean;
                var e = values[i + 3] - mean;
                q0 += a * a;
                q1 += b * b;
                q2 += c * c;
                q3 += e * e;
                d0 += a;
                d1 += b;
                d2 += c;
                d3 += e;
            }
        }

        foreach (var v in values[groups..])
        {
            var a = v - mean;
            q0 += a * a;
            d0 += a;
        }

        // The corrected two-pass formula: take off the rounding left in the mean.
        var deviations = (d0 + d1) + (d2 + d3);
        return new ChunkSummary(n, mean, ((q0 + q1) + (q2 + q3)) - (deviations * deviations / n), min, max, above);
    }

    /// <summary>Combines the chunks' summaries in order.</summary>
    internal static ChunkSummary Combine(ReadOnlySpan<ChunkSummary> parts)
    {
        var total = parts[0];
        for (var k = 1; k < parts.Length; k++)
        {
            var b = parts[k];
            var n = total.Count + b.Count;
            var delta = b.Mean - total.Mean;
            total = new ChunkSummary(
                n,
                total.Mean + (delta * b.Count / n),
                total.SquaredDeviations + b.SquaredDeviations + (delta * delta * ((double)total.Count * b.Count / n)),
                Math.Min(total.Minimum, b.Minimum),
                Math.Max(total.Maximum, b.Maximum),
                total.Above + b.Above);
        }

        return total;
    }
}
