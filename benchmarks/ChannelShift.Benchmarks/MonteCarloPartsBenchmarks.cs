using BenchmarkDotNet.Attributes;
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

    private AnchorChunks _run = null!;
    private double[] _npv = null!;
    private double[] _saving = null!;
    private BucketGrid _grid = null!;
    private int[] _counts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _run = new AnchorChunks(Iterations);
        _npv = new double[Iterations];
        _saving = new double[Iterations];

        // The run's own NPVs, final-year savings and fan, for the summary parts.
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            var (start, count) = _run.Range(chunk);
            _run.DrawChunk(chunk);
            _run.EvaluateChunk(chunk, withFan: true);
            _run.Worker.Npv.AsSpan(0, count).CopyTo(_npv.AsSpan(start, count));
            _run.Worker.FinalSaving.AsSpan(0, count).CopyTo(_saving.AsSpan(start, count));
        }

        // The NPV grid placed as a run places it (from the pilot draw), and the counts of all 1,000,000 NPVs on it.
        _grid = _run.PilotGrids()[0];
        _counts = new int[_grid.Buckets];
        _grid.Count(_npv, _counts);
    }

    /// <summary>The whole run: MonteCarlo.Run of anchor.json, 1,000,000 iterations, one thread, seed 7.</summary>
    [Benchmark(Baseline = true)]
    public SimulationResult WholeRunOneThread() => MonteCarlo.Run(_run.Anchor, new MonteCarloOptions(Iterations, AnchorChunks.Seed, threads: 1));

    /// <summary>Drawing the six uncertain inputs 1,000,000 times, chunk by chunk (uniforms, then each distribution's
    /// transform a vector at a time).</summary>
    [Benchmark]
    public double DrawInputs()
    {
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            _run.DrawChunk(chunk);
        }

        return _run.Worker.Npv[0];
    }

    /// <summary>The lognormal one-off cost alone (Φ⁻¹ by AS 241 and exp), 1,000,000 draws: the dearest input.</summary>
    [Benchmark]
    public double DrawLognormalOnly()
    {
        var distribution = _run.Inputs[^1].Distribution;
        var random = new RandomStream(AnchorChunks.Seed);
        var buffer = _npv.AsSpan(0, MonteCarloOptions.ChunkSize);
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            distribution.Sample(random, buffer[.._run.Range(chunk).Count]);
        }

        return buffer[0];
    }

    /// <summary>Evaluating 1,000,000 iterations column-wise from the plan's coefficients (the draws of one chunk
    /// reused: the evaluation does not depend on their values' meaning), with the fan for its first 10,000.</summary>
    [Benchmark]
    public double EvaluateIterations()
    {
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            _run.EvaluateChunk(chunk, withFan: true);
        }

        return _run.Worker.Npv[0];
    }

    /// <summary>The per-chunk summaries of NPV and final-year saving (mean, deviations, extremes, exceedances), and
    /// their combination.</summary>
    [Benchmark]
    public double ChunkSummaries()
    {
        var parts = new ChunkSummary[_run.Chunks];
        var total = 0.0;
        foreach (var values in new[] { _npv, _saving })
        {
            for (var chunk = 0; chunk < _run.Chunks; chunk++)
            {
                var (start, count) = _run.Range(chunk);
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
        for (var chunk = 0; chunk < _run.Chunks; chunk++)
        {
            var (start, count) = _run.Range(chunk);
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
    public double FanPercentiles() => _run.FanPercentiles();
}
