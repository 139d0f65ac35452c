using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelShift;

/// <summary>
/// A fast, seeded stream of pseudo-random numbers: xoshiro256** (D. Blackman and S. Vigna, "Scrambled linear
/// pseudorandom number generators", ACM Transactions on Mathematical Software 47(4), 2021; reference code at
/// prng.di.unimi.it) with its 256-bit state filled from a 64-bit seed by SplitMix64 (G. L. Steele, D. Lea and
/// C. H. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), as the authors recommend.
/// </summary>
/// <remarks>
/// <para>The same seed always gives the same sequence, on every machine and runtime: there is no hidden or
/// time-based seeding. A stream is not thread-safe; give each thread (each chunk of a Monte Carlo run) its own stream
/// from <see cref="ForChunk"/>.</para>
/// <para>Period 2²⁵⁶ − 1. Each call costs a few nanoseconds and allocates nothing.</para>
/// </remarks>
public sealed class RandomStream
{
    /// <summary>The golden-ratio increment of SplitMix64, ⌊2⁶⁴/φ⌋ (odd).</summary>
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>2⁻⁵², the spacing of the doubles returned by <see cref="NextDouble"/>.</summary>
    private const double Epsilon52 = 1.0 / (1UL << 52);

    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>
    /// Starts the stream for a 64-bit seed: the four state words are the first four outputs of SplitMix64 started at
    /// <paramref name="seed"/> (any value, 0 included, is a valid seed).
    /// </summary>
    /// <param name="seed">The seed; equal seeds give equal streams.</param>
    public RandomStream(ulong seed)
    {
        var state = seed;
        s0 = SplitMix64(ref state);
        s1 = SplitMix64(ref state);
        s2 = SplitMix64(ref state);
        s3 = SplitMix64(ref state);

        // SplitMix64 is a bijection of its counter, so four consecutive outputs are never all zero.
    }

    /// <summary>Starts the stream from an explicit xoshiro256** state (for reference test vectors).</summary>
    internal RandomStream(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw Preconditions.Fail("state", ProblemCodes.Inconsistent, "all four words are 0", "a state with at least one non-zero bit (xoshiro256** never leaves the all-zero state)", null);
        }

        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /// <summary>
    /// The stream for chunk <paramref name="chunkIndex"/> of a run seeded with <paramref name="seed"/>, so that a run cut
    /// into fixed chunks gives the same numbers whichever thread computes which chunk and however many threads there
    /// are.
    /// </summary>
    /// <remarks>
    /// The chunk's seed is output number k + 1 of SplitMix64 started at <paramref name="seed"/>, where k is
    /// <paramref name="chunkIndex"/>: mix(<paramref name="seed"/> + (k + 1)·0x9E3779B97F4A7C15) with SplitMix64's
    /// finaliser mix (arithmetic modulo 2⁶⁴). The chunk's stream is then <c>new RandomStream(chunkSeed)</c>. SplitMix64's
    /// output is a bijection of its counter, so distinct chunks of one run get distinct seeds; the chance that two
    /// chunk streams overlap within the 2²⁵⁶ − 1 period is negligible for any practical run.
    /// </remarks>
    /// <param name="seed">The run's seed.</param>
    /// <param name="chunkIndex">The chunk's index, 0 or more.</param>
    /// <returns>A new stream for that chunk.</returns>
    /// <exception cref="InputValidationException"><paramref name="chunkIndex"/> is negative.</exception>
    public static RandomStream ForChunk(ulong seed, long chunkIndex)
    {
        if (chunkIndex < 0)
        {
            throw Preconditions.Fail("chunkIndex", ProblemCodes.OutOfRange, $"{chunkIndex.ToString(CultureInfo.InvariantCulture)} is negative", "a whole number of 0 or more", chunkIndex);
        }

        var state = seed + (unchecked((ulong)chunkIndex) * GoldenGamma);
        return new RandomStream(SplitMix64(ref state));
    }

    /// <summary>The next 64 uniformly distributed random bits (xoshiro256**).</summary>
    /// <returns>A value from 0 to 2⁶⁴ − 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>
    /// The next uniform random number in the open interval (0, 1): (k + ½)·2⁻⁵² with k the top 52 bits of
    /// <see cref="NextUInt64"/>, so never exactly 0 or 1 (safe for inverse distribution functions), from 2⁻⁵³ to
    /// 1 − 2⁻⁵³ and symmetric about ½.
    /// </summary>
    /// <returns>A number greater than 0 and less than 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => ToOpenUnit(NextUInt64());

    /// <summary>Fills <paramref name="destination"/> with successive <see cref="NextDouble"/> values.</summary>
    /// <param name="destination">Where to write; its length is the number of values drawn.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void NextDoubles(Span<double> destination)
    {
        // The state in locals lets the JIT keep it in registers for the whole loop.
        var a = s0;
        var b = s1;
        var c = s2;
        var d = s3;
        for (var i = 0; i < destination.Length; i++)
        {
            var result = BitOperations.RotateLeft(b * 5, 7) * 9;
            var t = b << 17;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = BitOperations.RotateLeft(d, 45);
            destination[i] = ToOpenUnit(result);
        }

        s0 = a;
        s1 = b;
        s2 = c;
        s3 = d;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ToOpenUnit(ulong bits) => ((long)(bits >> 12) + 0.5) * Epsilon52;

    /// <summary>One step of SplitMix64: advances <paramref name="state"/> by the golden gamma and returns its mix.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        state += GoldenGamma;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
