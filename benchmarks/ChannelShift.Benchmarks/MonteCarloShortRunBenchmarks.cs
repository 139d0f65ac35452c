using BenchmarkDotNet.Attributes;
using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// The profile of a short run, for issue 6's linearity target: the anchor at 10,000 iterations on one thread (the
/// baseline) and on all cores, beside the parts of it, each timed alone on one thread the way MonteCarlo does it
/// (chunks of <see cref="MonteCarloOptions.ChunkSize"/>, the library's internal pieces). The parts split into the work
/// that grows with the iterations (<see cref="ChunksWithoutFan"/>) and the work a run does whatever its length: the
/// pilot draw that places the percentile grids, the fan (its values and its percentiles are computed from at least
/// <see cref="MonteCarloOptions.FanMinimum"/> iterations: 10% of this run, 1% of runs from 100,000 on) (the
/// measures' summaries grow with the iterations: they are here to show their share). What sharing ten chunks between
/// threads costs is ForkJoinBenchmarks' measure. benchmarks/targets.py turns these figures into the floor of the run
/// on all cores and sets it beside the linearity target.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloShortRunBenchmarks
{
    private static readonly double[] Probabilities = [0.05, 0.10, 0.50, 0.90, 0.95];

    private AnchorChunks _run = null!;
    private double[][] _values = null!;
    private ChunkSummary[][] _parts = null!;
    private BucketGrid[] _grids = null!;
    private int[][] _counts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _run = new AnchorChunks(10_000);
        _values = [new double[_run.Iterations], new double[_run.Iterations]];
        _parts = [new ChunkSummary[_run.Chunks], new ChunkSummary[_run.Chunks]];

        // Grids placed as a run places them, and the run's own values, fan and bucket counts, for the parts that
        // summarise them.
        _grids = _run.PilotGrids();
        _counts = [new int[_grids[0].Buckets], new int[_grids[1].Buckets]];
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            _run.DrawChunk(chunk);
            _run.EvaluateChunk(chunk, withFan: true);
            Record(chunk, _counts);
        }
    }

    /// <summary>The whole run: MonteCarlo.Run of anchor.json, 10,000 iterations, one thread, seed 7.</summary>
    [Benchmark(Baseline = true)]
    public SimulationResult WholeRunOneThread() => MonteCarlo.Run(_run.Anchor, new MonteCarloOptions(_run.Iterations, AnchorChunks.Seed, threads: 1));

    /// <summary>The whole run on all cores.</summary>
    [Benchmark]
    public SimulationResult WholeRunAllCores() => MonteCarlo.Run(_run.Anchor, new MonteCarloOptions(_run.Iterations, AnchorChunks.Seed, Environment.ProcessorCount));

    /// <summary>The work that grows with the iterations: each of the 10 chunks drawn and evaluated (without the fan),
    /// and its NPVs and final-year savings summarised, counted into their percentile buckets and stored.</summary>
    [Benchmark]
    public double ChunksWithoutFan()
    {
        int[][] counts = [new int[_grids[0].Buckets], new int[_grids[1].Buckets]];
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            _run.DrawChunk(chunk);
            _run.EvaluateChunk(chunk, withFan: false);
            Record(chunk, counts);
        }

        return _values[0][^1];
    }

    /// <summary>The pilot: 128 iterations drawn and evaluated, and the two grids placed from them.</summary>
    [Benchmark]
    public int PilotAndGrids() => _run.PilotGrids().Sum(grid => grid.Buckets);

    /// <summary>Chunk 0 evaluated with the fan's cumulative present values of its first 1,000 iterations (11 years):
    /// what the fan adds to evaluating the chunk (the chunk's own evaluation, a few µs, is in
    /// <see cref="ChunksWithoutFan"/> too).</summary>
    [Benchmark]
    public double FanValues()
    {
        _run.EvaluateChunk(0, withFan: true);
        return _run.Fan[^1];
    }

    /// <summary>The fan's percentiles: P10, P50 and P90 of each of the 11 years over its 1,000 iterations.</summary>
    [Benchmark]
    public double FanPercentiles() => _run.FanPercentiles();

    /// <summary>The two measures summarised from their chunks: the chunk summaries combined, and P5, P10, P50, P90 and
    /// P95 gathered from the bucket counts (a run does the two side by side on two threads).</summary>
    [Benchmark]
    public double Summaries()
    {
        var total = 0.0;
        for (var m = 0; m < 2; m++)
        {
            total += ChunkSummary.Combine(_parts[m]).StandardDeviation;
            total += _grids[m].Percentiles(_values[m], _run.Iterations, _counts[m], Probabilities, parts: 1)[2];
        }

        return total;
    }

    /// <summary>What a run does with a chunk's two measures once evaluated: summarises each, counts it into its
    /// percentile buckets and stores it.</summary>
    private void Record(int chunk, int[][] counts)
    {
        var (start, count) = _run.Range(chunk);
        for (var m = 0; m < 2; m++)
        {
            var values = _run.Worker.Measures[m].AsSpan(0, count);
            _parts[m][chunk] = ChunkSummary.Of(values, 0.0);
            _grids[m].Count(values, counts[m]);
            values.CopyTo(_values[m].AsSpan(start, count));
        }
    }
}
