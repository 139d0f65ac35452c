using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// benchmarks/anchor.json taken apart the way <see cref="MonteCarlo"/> runs it, for the benchmarks that time the parts
/// of a run: its plan, a chunk worker, the chunks of a run of <see cref="Iterations"/> iterations (seed 7), and the fan's
/// values; the pilot's grids and the fan's percentiles come from the library's own routines.
/// </summary>
internal sealed class AnchorChunks
{
    /// <summary>The seed of every run the benchmarks time.</summary>
    internal const int Seed = 7;

    private static readonly double[] FanProbabilities = [0.10, 0.50, 0.90];

    /// <summary>Reads the anchor and sizes the fan for a run of <paramref name="iterations"/>.</summary>
    internal AnchorChunks(int iterations)
    {
        Iterations = iterations;
        Chunks = (iterations + MonteCarloOptions.ChunkSize - 1) / MonteCarloOptions.ChunkSize;
        Anchor = RepositoryFiles.ReadScenario("benchmarks/anchor.json");
        Plan = new SimulationPlan(Anchor, 0);
        Worker = new ChunkWorker(Plan, Inputs.Count);
        FanCount = MonteCarloOptions.FanIterationsFor(iterations);
        Fan = new double[FanCount * (Plan.Years + 1)];
    }

    internal int Iterations { get; }

    internal int Chunks { get; }

    internal Scenario Anchor { get; }

    internal IReadOnlyList<UncertainInput> Inputs => Anchor.Uncertainty.Inputs;

    internal SimulationPlan Plan { get; }

    internal ChunkWorker Worker { get; }

    /// <summary>How many of the first iterations the fan is computed from.</summary>
    internal int FanCount { get; }

    /// <summary>The fan's cumulative present values, year-major, as <see cref="EvaluateChunk"/> with the fan writes them.</summary>
    internal double[] Fan { get; }

    /// <summary>The first iteration of <paramref name="chunk"/> and how many it holds.</summary>
    internal (int Start, int Count) Range(int chunk)
    {
        var start = chunk * MonteCarloOptions.ChunkSize;
        return (start, Math.Min(MonteCarloOptions.ChunkSize, Iterations - start));
    }

    /// <summary>Draws <paramref name="chunk"/>'s inputs from its own stream, as a run does.</summary>
    internal void DrawChunk(int chunk) =>
        Worker.Draw(RandomStream.ForChunk(Seed, chunk), Inputs, null, Range(chunk).Count);

    /// <summary>Evaluates the drawn <paramref name="chunk"/>, with the fan's values of its iterations among the first
    /// <see cref="FanCount"/> when <paramref name="withFan"/>.</summary>
    internal void EvaluateChunk(int chunk, bool withFan)
    {
        var (start, count) = Range(chunk);
        Worker.Evaluate(start, count, withFan ? FanCount : 0, Plan.Years, withFan ? Fan : []);
    }

    /// <summary>The pilot draw and its evaluation (the first <see cref="MonteCarlo.PilotIterations"/> iterations of
    /// chunk 0's stream), then the grid a run places from them for each measure (NPV, final-year saving), for
    /// <see cref="Iterations"/> values.</summary>
    internal BucketGrid[] PilotGrids()
    {
        var pilot = MonteCarlo.PilotIterations;
        Worker.Draw(RandomStream.ForChunk(Seed, 0), Inputs, null, pilot);
        Worker.Evaluate(0, pilot, 0, Plan.Years, []);
        return Worker.Measures
            .Select(values => MonteCarlo.PilotGrid(values.AsSpan(0, pilot), BucketGrid.BucketsFor(Iterations))
                ?? throw new InvalidOperationException("anchor.json's pilot values are all equal: no grid to place."))
            .ToArray();
    }

    /// <summary>The fan's percentiles, P10, P50 and P90 of each year over its <see cref="FanCount"/> iterations, as a
    /// run takes them; returns the sum of the medians.</summary>
    internal double FanPercentiles()
    {
        var total = 0.0;
        for (var y = 0; y <= Plan.Years; y++)
        {
            total += SampleStatistics.PercentilesByBuckets(Fan.AsSpan(y * FanCount, FanCount), FanProbabilities)[1];
        }

        return total;
    }
}
