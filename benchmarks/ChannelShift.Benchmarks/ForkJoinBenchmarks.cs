using BenchmarkDotNet.Attributes;
using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// What this machine allows a 10,000-iteration run on all cores: ten pieces of work the size of one Monte Carlo chunk
/// (drawing 6 × 1,024 uniforms and then some: about 20–30 µs each), done one after another on one thread (the baseline)
/// and on all cores, by <c>Parallel.For</c> and by the team of threads <c>MonteCarlo.Run</c> shares its chunks with
/// (<c>ChunkTeam</c>: one fork a run, pieces claimed one at a time, threads that spin between phases). The Ratio column is the best
/// speed-up any run of ten chunks could get from the thread pool here; it bounds how close the 10,000-iteration run
/// can come to the per-iteration time of long runs (issue 6's linearity target).
/// </summary>
[MemoryDiagnoser]
public class ForkJoinBenchmarks
{
    private const int Pieces = 10;
    private const int PieceLength = 6 * 1_024 * 4;

    [ThreadStatic]
    private static double[]? _buffer;

    /// <summary>The ten pieces on the calling thread.</summary>
    [Benchmark(Baseline = true)]
    public double TenChunksOneThread()
    {
        var total = 0.0;
        for (var k = 0; k < Pieces; k++)
        {
            total += Piece(k);
        }

        return total;
    }

    /// <summary>The ten pieces by Parallel.For on all cores.</summary>
    [Benchmark]
    public double TenChunksAllCores()
    {
        var results = new double[Pieces];
        Parallel.For(0, Pieces, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k => results[k] = Piece(k));
        return results.Sum();
    }

    /// <summary>The ten pieces shared as MonteCarlo.Run shares its chunks: one team of the calling thread and a pool
    /// thread per other core, each claiming the next piece (ChunkTeam).</summary>
    [Benchmark]
    public double TenChunksTeam()
    {
        var results = new double[Pieces];
        ChunkTeam<double[]>.Run(
            Environment.ProcessorCount,
            Pieces,
            0,
            () => [],
            (k, _) => results[k] = Piece(k),
            _ => { },
            _ => { },
            CancellationToken.None);
        return results.Sum();
    }

    private static double Piece(int k)
    {
        var buffer = _buffer ??= new double[PieceLength];
        new RandomStream((ulong)k).NextDoubles(buffer);
        return buffer[^1];
    }
}
