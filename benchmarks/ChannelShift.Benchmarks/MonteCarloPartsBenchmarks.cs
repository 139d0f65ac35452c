using BenchmarkDotNet.Attributes;
using ChannelShift.Scenarios;
using ChannelShift.Simulation;
using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// Where the time of one Monte Carlo run goes: the anchor at 1,000,000 iterations on one thread (the baseline) beside
/// the parts of it that the library does with public types, so the Ratio column gives each part's share of the run.
/// The rest (the run minus these parts) is the per-iteration appraisal of the compiled plan. Uses only public API,
/// so it keeps building while MonteCarlo's internals change.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloPartsBenchmarks
{
    private const int Iterations = 1_000_000;
    private const int FanIterations = MonteCarloOptions.FanSubsample;
    private const int Chunk = MonteCarloOptions.ChunkSize;

    private Scenario _anchor = null!;
    private Distribution[] _inputs = null!;
    private double[] _draws = null!;
    private double[] _pristine = null!;
    private double[] _work = null!;
    private double[] _fan = null!;
    private double[] _column = null!;
    private readonly double[][] _kept = new double[3][];
    private int _years;

    [GlobalSetup]
    public void Setup()
    {
        _anchor = RepositoryFiles.ReadScenario("benchmarks/anchor.json");
        _inputs = _anchor.Uncertainty.Inputs.Select(u => u.Distribution).ToArray();
        _draws = new double[_inputs.Length * Chunk];
        _years = _anchor.Appraisal.Years;

        // Stand-ins for the run's NPVs: values of the right size and spread (the percentile search does not depend
        // on the values' meaning). Each benchmark that reorders values first copies them from _pristine.
        _pristine = new double[Iterations];
        _inputs[^1].Sample(new RandomStream(7), _pristine);
        _work = new double[Iterations];
        _fan = new double[FanIterations * (_years + 1)];
        _inputs[0].Sample(new RandomStream(8), _fan);
        _column = new double[FanIterations];
    }

    /// <summary>The whole run: MonteCarlo.Run of anchor.json, 1,000,000 iterations, one thread, seed 7.</summary>
    [Benchmark(Baseline = true)]
    public SimulationResult WholeRunOneThread() => MonteCarlo.Run(_anchor, new MonteCarloOptions(Iterations, 7, threads: 1));

    /// <summary>Drawing the six uncertain inputs 1,000,000 times, chunk by chunk as MonteCarlo does.</summary>
    [Benchmark]
    public double DrawInputs()
    {
        var total = 0.0;
        for (long chunk = 0; chunk * Chunk < Iterations; chunk++)
        {
            var count = (int)Math.Min(Chunk, Iterations - (chunk * Chunk));
            var random = RandomStream.ForChunk(7, chunk);
            for (var k = 0; k < _inputs.Length; k++)
            {
                _inputs[k].Sample(random, _draws.AsSpan(k * Chunk, count));
            }

            total += _draws[0];
        }

        return total;
    }

    /// <summary>The result arrays MonteCarlo allocates for 1,000,000 iterations (NPV and final-year saving, 8 MB each,
    /// and the fan's 100,000 × 11 cumulative values), zeroed by the runtime.</summary>
    [Benchmark]
    public double[][] AllocateResultArrays()
    {
        // Kept in a field so that the allocations cannot be optimised away.
        _kept[0] = new double[Iterations];
        _kept[1] = new double[Iterations];
        _kept[2] = new double[FanIterations * (_years + 1)];
        return _kept;
    }

    /// <summary>One summary of 1,000,000 values as MonteCarlo makes it (mean, standard deviation, five percentiles),
    /// after copying the values (about 8 MB; the copy is part of this figure). A run of anchor.json makes two (NPV,
    /// final-year saving); one with cost behaviour, three.</summary>
    [Benchmark]
    public double SummariseOneMillion()
    {
        _pristine.CopyTo(_work, 0);
        var mean = SampleStatistics.Mean(_work);
        var sd = SampleStatistics.StandardDeviation(_work);
        var p = SampleStatistics.Percentiles(_work, 0.05, 0.10, 0.50, 0.90, 0.95);
        return mean + sd + p[2];
    }

    /// <summary>The fan chart's percentiles: 10th, 50th and 90th of 100,000 values for each of the 11 years.</summary>
    [Benchmark]
    public double FanPercentiles()
    {
        var total = 0.0;
        for (var y = 0; y <= _years; y++)
        {
            for (var i = 0; i < FanIterations; i++)
            {
                _column[i] = _fan[(i * (_years + 1)) + y];
            }

            total += SampleStatistics.Percentiles(_column, 0.10, 0.50, 0.90)[1];
        }

        return total;
    }
}
