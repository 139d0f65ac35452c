using BenchmarkDotNet.Attributes;
using ChannelShift.Scenarios;
using ChannelShift.Simulation;
using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// Where the time of one Monte Carlo run goes: the anchor at 1,000,000 iterations on one thread (the baseline) beside
/// the parts that make it up, each done over the same 1,000,000 iterations the way MonteCarlo does it (chunks of
/// <see cref="MonteCarloOptions.ChunkSize"/>, the library's internal pieces), so the Ratio column gives each part's
/// share of the run.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloPartsBenchmarks
{
    private const int Iterations = 1_000_000;
    private const int Chunk = MonteCarloOptions.ChunkSize;
    private const int Chunks = (Iterations + Chunk - 1) / Chunk;

    private Scenario _anchor = null!;
    private IReadOnlyList<UncertainInput> _inputs = null!;
    private SimulationPlan _plan = null!;
    private ChunkWorker _worker = null!;
    private double[] _npv = null!;
    private double[] _saving = null!;
    private double[] _fan = null!;
    private int _fanCount;
    private BucketGrid _grid = null!;
    private int[] _counts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _anchor = RepositoryFiles.ReadScenario("benchmarks/anchor.json");
        _inputs = _anchor.Uncertainty.Inputs;
        _plan = new SimulationPlan(_anchor, 0);
        _worker = new ChunkWorker(_plan, _inputs.Count);
        _npv = new double[Iterations];
        _saving = new double[Iterations];
        _fanCount = MonteCarloOptions.FanIterationsFor(Iterations);
        _fan = new double[_fanCount * (_plan.Years + 1)];

        // The run's own NPVs, final-year savings and fan, for the summary parts.
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            var (start, count) = Range(chunk);
            _worker.Draw(RandomStream.ForChunk(7, chunk), _inputs, null, count);
            _worker.Evaluate(start, count, _fanCount, _plan.Years, _fan);
            _worker.Npv.AsSpan(0, count).CopyTo(_npv.AsSpan(start, count));
            _worker.FinalSaving.AsSpan(0, count).CopyTo(_saving.AsSpan(start, count));
        }

        // A grid placed as a run places it (from 128 values: the minimum less their range to the maximum plus it), and
        // the counts of all 1,000,000 NPVs on it.
        var (low, high) = SampleStatistics.Extremes(_npv.AsSpan(0, 128));
        _grid = new BucketGrid(low - (high - low), high + (high - low), BucketGrid.BucketsFor(Iterations));
        _counts = new int[_grid.Buckets];
        _grid.Count(_npv, _counts);
    }

    /// <summary>The whole run: MonteCarlo.Run of anchor.json, 1,000,000 iterations, one thread, seed 7.</summary>
    [Benchmark(Baseline = true)]
    public SimulationResult WholeRunOneThread() => MonteCarlo.Run(_anchor, new MonteCarloOptions(Iterations, 7, threads: 1));

    /// <summary>Drawing the six uncertain inputs 1,000,000 times, chunk by chunk (uniforms, then each distribution's
    /// transform a vector at a time).</summary>
    [Benchmark]
    public double DrawInputs()
    {
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            _worker.Draw(RandomStream.ForChunk(7, chunk), _inputs, null, Range(chunk).Count);
        }

        return _worker.Npv[0];
    }

    /// <summary>The lognormal one-off cost alone (Φ⁻¹ by AS 241 and exp), 1,000,000 draws: the dearest input.</summary>
    [Benchmark]
    public double DrawLognormalOnly()
    {
        var distribution = _inputs[^1].Distribution;
        var random = new RandomStream(7);
        var buffer = _npv.AsSpan(0, Chunk);
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            distribution.Sample(random, buffer[..Range(chunk).Count]);
        }

        return buffer[0];
    }

    /// <summary>Evaluating 1,000,000 iterations column-wise from the plan's coefficients (the draws of one chunk
    /// reused: the evaluation does not depend on their values' meaning), with the fan for its first 10,000.</summary>
    [Benchmark]
    public double EvaluateIterations()
    {
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            var (start, count) = Range(chunk);
            _worker.Evaluate(start, count, _fanCount, _plan.Years, _fan);
        }

        return _worker.Npv[0];
    }

    /// <summary>The per-chunk summaries of NPV and final-year saving (mean, deviations, extremes, exceedances), and
    /// their combination.</summary>
    [Benchmark]
    public double ChunkSummaries()
    {
        var parts = new ChunkSummary[Chunks];
        var total = 0.0;
        foreach (var values in new[] { _npv, _saving })
        {
            for (var chunk = 0; chunk < Chunks; chunk++)
            {
                var (start, count) = Range(chunk);
                parts[chunk] = ChunkSummary.Of(values.AsSpan(start, count), 0.0);
            }

            total += ChunkSummary.Combine(parts).StandardDeviation;
        }

        return total;
    }

    /// <summary>Counting 1,000,000 NPVs into their percentile buckets chunk by chunk, as a run does while each chunk's
    /// values are in the nearest cache (a run does this for NPV and for the final-year saving).</summary>
    [Benchmark]
    public int CountPercentileBuckets()
    {
        var counts = new int[_grid.Buckets];
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            var (start, count) = Range(chunk);
            _grid.Count(_npv.AsSpan(start, count), counts);
        }

        return counts[0];
    }

    /// <summary>Five exact percentiles of 1,000,000 NPVs from their bucket counts: one pass gathering the wanted
    /// buckets, then selection within them, one thread.</summary>
    [Benchmark]
    public double GatherPercentilesOfOneMillion() =>
        _grid.Percentiles(_npv, Iterations, _counts, [0.05, 0.10, 0.50, 0.90, 0.95], parts: 1)[2];

    /// <summary>The fan: P10, P50 and P90 of the cumulative present value of each of the 11 years over the first
    /// 10,000 iterations (1% of the run).</summary>
    [Benchmark]
    public double FanPercentiles()
    {
        var total = 0.0;
        for (var y = 0; y <= _plan.Years; y++)
        {
            total += SampleStatistics.PercentilesByBuckets(_fan.AsSpan(y * _fanCount, _fanCount), [0.10, 0.50, 0.90])[1];
        }

        return total;
    }

    private static (int Start, int Count) Range(int chunk)
    {
        var start = chunk * Chunk;
        return (start, Math.Min(Chunk, Iterations - start));
    }
}
