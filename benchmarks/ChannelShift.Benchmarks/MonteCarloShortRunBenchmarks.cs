using BenchmarkDotNet.Attributes;
using ChannelShift.Scenarios;
using ChannelShift.Simulation;
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
    private const int Iterations = 10_000;
    private const int Chunk = MonteCarloOptions.ChunkSize;
    private const int Chunks = (Iterations + Chunk - 1) / Chunk;
    private const int Pilot = 128;
    private static readonly double[] Probabilities = [0.05, 0.10, 0.50, 0.90, 0.95];
    private static readonly double[] FanProbabilities = [0.10, 0.50, 0.90];

    private Scenario _anchor = null!;
    private IReadOnlyList<UncertainInput> _inputs = null!;
    private SimulationPlan _plan = null!;
    private ChunkWorker _worker = null!;
    private double[][] _values = null!;
    private ChunkSummary[][] _parts = null!;
    private BucketGrid[] _grids = null!;
    private int[][] _counts = null!;
    private double[] _fan = null!;
    private int _fanCount;

    [GlobalSetup]
    public void Setup()
    {
        _anchor = RepositoryFiles.ReadScenario("benchmarks/anchor.json");
        _inputs = _anchor.Uncertainty.Inputs;
        _plan = new SimulationPlan(_anchor, 0);
        _worker = new ChunkWorker(_plan, _inputs.Count);
        _fanCount = MonteCarloOptions.FanIterationsFor(Iterations);
        _fan = new double[_fanCount * (_plan.Years + 1)];
        _values = [new double[Iterations], new double[Iterations]];
        _parts = [new ChunkSummary[Chunks], new ChunkSummary[Chunks]];

        // Grids placed as a run places them (the pilot's minimum less its range to its maximum plus it), and the run's
        // own values, fan and bucket counts, for the parts that summarise them.
        _worker.Draw(RandomStream.ForChunk(7, 0), _inputs, null, Pilot);
        _worker.Evaluate(0, Pilot, 0, _plan.Years, []);
        _grids = new BucketGrid[2];
        _counts = new int[2][];
        for (var m = 0; m < 2; m++)
        {
            var (low, high) = SampleStatistics.Extremes(_worker.Measures[m].AsSpan(0, Pilot));
            _grids[m] = new BucketGrid(low - (high - low), high + (high - low), BucketGrid.BucketsFor(Iterations));
            _counts[m] = new int[_grids[m].Buckets];
        }

        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            var (start, count) = Range(chunk);
            _worker.Draw(RandomStream.ForChunk(7, chunk), _inputs, null, count);
            _worker.Evaluate(start, count, _fanCount, _plan.Years, _fan);
            for (var m = 0; m < 2; m++)
            {
                var values = _worker.Measures[m].AsSpan(0, count);
                _parts[m][chunk] = ChunkSummary.Of(values, 0.0);
                _grids[m].Count(values, _counts[m]);
                values.CopyTo(_values[m].AsSpan(start, count));
            }
        }
    }

    /// <summary>The whole run: MonteCarlo.Run of anchor.json, 10,000 iterations, one thread, seed 7.</summary>
    [Benchmark(Baseline = true)]
    public SimulationResult WholeRunOneThread() => MonteCarlo.Run(_anchor, new MonteCarloOptions(Iterations, 7, threads: 1));

    /// <summary>The whole run on all cores.</summary>
    [Benchmark]
    public SimulationResult WholeRunAllCores() => MonteCarlo.Run(_anchor, new MonteCarloOptions(Iterations, 7, Environment.ProcessorCount));

    /// <summary>The work that grows with the iterations: each of the 10 chunks drawn and evaluated (without the fan),
    /// and its NPVs and final-year savings summarised, counted into their percentile buckets and stored.</summary>
    [Benchmark]
    public double ChunksWithoutFan()
    {
        var counts = new int[2][];
        for (var m = 0; m < 2; m++)
        {
            counts[m] = new int[_grids[m].Buckets];
        }

        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            var (start, count) = Range(chunk);
            _worker.Draw(RandomStream.ForChunk(7, chunk), _inputs, null, count);
            _worker.Evaluate(start, count, 0, _plan.Years, []);
            for (var m = 0; m < 2; m++)
            {
                var values = _worker.Measures[m].AsSpan(0, count);
                _parts[m][chunk] = ChunkSummary.Of(values, 0.0);
                _grids[m].Count(values, counts[m]);
                values.CopyTo(_values[m].AsSpan(start, count));
            }
        }

        return _values[0][^1];
    }

    /// <summary>The pilot: 128 iterations drawn and evaluated, and the two grids placed from them.</summary>
    [Benchmark]
    public double PilotAndGrids()
    {
        _worker.Draw(RandomStream.ForChunk(7, 0), _inputs, null, Pilot);
        _worker.Evaluate(0, Pilot, 0, _plan.Years, []);
        var total = 0.0;
        for (var m = 0; m < 2; m++)
        {
            var (low, high) = SampleStatistics.Extremes(_worker.Measures[m].AsSpan(0, Pilot));
            total += new BucketGrid(low - (high - low), high + (high - low), BucketGrid.BucketsFor(Iterations)).Buckets;
        }

        return total;
    }

    /// <summary>Chunk 0 evaluated with the fan's cumulative present values of its first 1,000 iterations (11 years):
    /// what the fan adds to evaluating the chunk (the chunk's own evaluation, a few µs, is in
    /// <see cref="ChunksWithoutFan"/> too).</summary>
    [Benchmark]
    public double FanValues()
    {
        _worker.Evaluate(0, Chunk, _fanCount, _plan.Years, _fan);
        return _fan[^1];
    }

    /// <summary>The fan's percentiles: P10, P50 and P90 of each of the 11 years over its 1,000 iterations.</summary>
    [Benchmark]
    public double FanPercentiles()
    {
        var total = 0.0;
        for (var y = 0; y <= _plan.Years; y++)
        {
            total += SampleStatistics.PercentilesByBuckets(_fan.AsSpan(y * _fanCount, _fanCount), FanProbabilities)[1];
        }

        return total;
    }

    /// <summary>The two measures summarised from their chunks: the chunk summaries combined, and P5, P10, P50, P90 and
    /// P95 gathered from the bucket counts (a run does the two side by side on two threads).</summary>
    [Benchmark]
    public double Summaries()
    {
        var total = 0.0;
        for (var m = 0; m < 2; m++)
        {
            total += ChunkSummary.Combine(_parts[m]).StandardDeviation;
            total += _grids[m].Percentiles(_values[m], Iterations, _counts[m], Probabilities, parts: 1)[2];
        }

        return total;
    }

    private static (int Start, int Count) Range(int chunk)
    {
        var start = chunk * Chunk;
        return (start, Math.Min(Chunk, Iterations - start));
    }
}
