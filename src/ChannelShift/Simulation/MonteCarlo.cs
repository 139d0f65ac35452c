using System.Buffers;
using ChannelShift.Scenarios;
using ChannelShift.Uncertainty;

namespace ChannelShift.Simulation;

/// <summary>
/// Monte Carlo appraisal of a scenario with uncertain inputs (HM Treasury Green Book: Monte Carlo analysis where
/// uncertainty matters). Each uncertain input is drawn once per iteration and used in every year. Iterations are
/// processed in fixed chunks of <see cref="MonteCarloOptions.ChunkSize"/>; chunk k draws from
/// <see cref="RandomStream.ForChunk"/>(seed, k), inputs in file order, so the result is identical whatever the number of
/// threads. Memory: 16 bytes per iteration (NPV and final-year saving; 24 with cost behaviour) plus the fan's subsample
/// (<see cref="MonteCarloOptions.FanIterationsFor"/>), in working arrays that later runs reuse.
/// </summary>
public static class MonteCarlo
{
    /// <summary>Runs the simulation.</summary>
    /// <param name="scenario">The scenario (inputs without a distribution stay at their values).</param>
    /// <param name="options">Iterations, seed, threads, target, option.</param>
    /// <param name="progress">Receives the fraction done (0–1) as chunks finish, or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result.</returns>
    public static SimulationResult Run(Scenario scenario, MonteCarloOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Option >= scenario.Options.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Option, FormattableString.Invariant($"option: {options.Option} is out of range; expected an option index from 0 to {scenario.Options.Count - 1}."));
        }

        var cache = RunCache.For(scenario);
        var plan = cache.Plan(options.Option);
        var n = options.Iterations;
        var years = plan.Years;
        var threads = options.Threads;

        // The measures kept for every iteration, in working arrays reused from earlier runs where possible.
        var chunks = Chunks(n);
        var target = options.SavingTarget is { } t ? (double)t : double.NaN;
        var npv = new Measure(n, chunks, 0.0);
        var finalSaving = new Measure(n, chunks, target);
        var cashable = plan.HasCostBehaviour ? new Measure(n, chunks, 0.0) : null;
        Measure[] measures = cashable is null ? [npv, finalSaving] : [npv, finalSaving, cashable];
        var fanCount = MonteCarloOptions.FanIterationsFor(n);
        var fan = LargeArray.Rent(fanCount * (years + 1));
        long done = 0;
        ForEachChunk(scenario, cache, options, chunks, n, cancellationToken, (chunk, start, count, worker) =>
        {
            worker.Evaluate(start, count, fanCount, years, fan);
            npv.Record(chunk, start, worker.Npv.AsSpan(0, count));
            finalSaving.Record(chunk, start, worker.FinalSaving.AsSpan(0, count));
            cashable?.Record(chunk, start, worker.Cashable.AsSpan(0, count));
            progress?.Report((double)Interlocked.Add(ref done, count) / n);
        });

        // Per-chunk summaries are combined in chunk order, so the result does not depend on which thread ran which chunk.
        var totals = measures.Select(m => m.Total(chunks)).ToArray();
        var summarised = new MoneySummary[measures.Length];
        var fanYears = new FanYear[years + 1];
        var big = threads > 1 && n >= 2L * SampleStatistics.ParallelPercentilesFrom;
        var summaries = Enumerable.Range(0, measures.Length)
            .Select(k => (Action)(() => summarised[k] = Summarise(measures[k].Values, n, totals[k], big ? threads : 1)))
            .ToList();
        var fanJobs = Enumerable.Range(0, years + 1).Select(y => (Action)(() =>
        {
            var p = SampleStatistics.PercentilesByBuckets(fan.AsSpan(y * fanCount, fanCount), [0.10, 0.50, 0.90]);
            fanYears[y] = new FanYear(y, scenario.Appraisal.Label(y), SimulationBoundary.ToMoney(p[0]), SimulationBoundary.ToMoney(p[1]), SimulationBoundary.ToMoney(p[2]));
        }));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        if (threads == 1)
        {
            foreach (var job in summaries.Concat(fanJobs))
            {
                job();
            }
        }
        else if (big)
        {
            // Each large array is summarised on all threads in turn, then the fan's years side by side.
            foreach (var summary in summaries)
            {
                summary();
            }

            Parallel.Invoke(parallel, fanJobs.ToArray());
        }
        else
        {
            Parallel.Invoke(parallel, summaries.Concat(fanJobs).ToArray());
        }

        foreach (var measure in measures)
        {
            measure.Return();
        }

        LargeArray.Return(fan);
        return new SimulationResult(
            plan.OptionName,
            scenario.Currency,
            n,
            options.Seed,
            summarised[0],
            cashable is null ? summarised[0] : summarised[2],
            (double)totals[0].Above / n,
            summarised[1],
            options.SavingTarget,
            options.SavingTarget is null ? null : (double)totals[1].Above / n,
            fanYears,
            fanCount,
            new Lazy<double[]>(() => NpvSample(scenario, options), LazyThreadSafetyMode.ExecutionAndPublication),
            cache.InputDescriptions);
    }

    /// <summary>
    /// One measure kept for every iteration (NPV, final-year saving or cashable NPV): its values in a working array,
    /// the summary of each chunk, and the threshold whose exceedances the summaries count.
    /// </summary>
    private sealed class Measure(long n, int chunks, double threshold)
    {
        private readonly ChunkSummary[] parts = ArrayPool<ChunkSummary>.Shared.Rent(chunks);

        /// <summary>The values, iteration i at index i (the array may be longer than the run).</summary>
        internal double[] Values { get; } = LargeArray.Rent(n);

        /// <summary>Summarises one chunk's values and stores them from iteration <paramref name="start"/> on.</summary>
        internal void Record(int chunk, long start, ReadOnlySpan<double> values)
        {
            parts[chunk] = ChunkSummary.Of(values, threshold);
            values.CopyTo(Values.AsSpan((int)start, values.Length));
        }

        /// <summary>The chunks' summaries combined in chunk order.</summary>
        internal ChunkSummary Total(int count) => ChunkSummary.Combine(parts.AsSpan(0, count));

        /// <summary>Gives the working arrays back to their pools.</summary>
        internal void Return()
        {
            LargeArray.Return(Values);
            ArrayPool<ChunkSummary>.Shared.Return(parts);
        }
    }

    /// <summary>The number of chunks of a run of <paramref name="n"/> iterations.</summary>
    private static int Chunks(long n) => (int)((n + MonteCarloOptions.ChunkSize - 1) / MonteCarloOptions.ChunkSize);

    /// <summary>
    /// Draws chunks 0 … <paramref name="chunks"/> − 1 of a run of <paramref name="n"/> iterations on the options'
    /// threads and hands each, drawn, to <paramref name="body"/> (chunk index, first iteration, iterations, worker).
    /// </summary>
    private static void ForEachChunk(Scenario scenario, RunCache cache, MonteCarloOptions options, int chunks, long n, CancellationToken cancellationToken, Action<int, long, int, ChunkWorker> body)
    {
        var inputs = scenario.Uncertainty.Inputs;
        var copula = scenario.Uncertainty.Copula;
        void Step(int chunk, ChunkWorker worker)
        {
            var start = (long)chunk * MonteCarloOptions.ChunkSize;
            var count = (int)Math.Min(MonteCarloOptions.ChunkSize, n - start);
            worker.Draw(RandomStream.ForChunk(options.Seed, chunk), inputs, copula, count);
            body(chunk, start, count, worker);
        }

        if (options.Threads == 1 || chunks == 1)
        {
            // On the calling thread: no task to start, no pool thread to wake.
            var worker = cache.TakeWorker(options.Option);
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Step(chunk, worker);
            }

            cache.GiveBack(options.Option, worker);
            return;
        }

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken },
            () => cache.TakeWorker(options.Option),
            (chunk, _, worker) =>
            {
                Step(chunk, worker);
                return worker;
            },
            worker => cache.GiveBack(options.Option, worker));
    }

    /// <summary>
    /// The NPVs of the first min(n, <see cref="MonteCarloOptions.FanSubsample"/>) iterations of the run, computed again
    /// from the seed when first asked for (chunks are drawn exactly as in the run, so the values are the run's).
    /// </summary>
    private static double[] NpvSample(Scenario scenario, MonteCarloOptions options)
    {
        var cache = RunCache.For(scenario);
        var plan = cache.Plan(options.Option);
        var n = options.Iterations;
        var m = (int)Math.Min(n, MonteCarloOptions.FanSubsample);
        var sample = new double[m];
        ForEachChunk(scenario, cache, options, Chunks(m), n, CancellationToken.None, (_, start, count, worker) =>
        {
            worker.Evaluate(start, count, 0, plan.Years, []);
            var kept = (int)Math.Min(count, m - start);
            worker.Npv.AsSpan(0, kept).CopyTo(sample.AsSpan((int)start, kept));
        });
        return sample;
    }

    /// <summary>Mean and standard deviation from the combined chunk summaries; exact percentiles by bucket counting on
    /// all threads (the values are not reordered).</summary>
    private static MoneySummary Summarise(double[] values, long count, ChunkSummary total, int threads)
    {
        var p = SampleStatistics.PercentilesByBuckets(values, (int)count, [0.05, 0.10, 0.50, 0.90, 0.95], total.Minimum, total.Maximum, threads);
        return new MoneySummary(
            SimulationBoundary.ToMoney(total.Mean),
            SimulationBoundary.ToMoney(total.StandardDeviation),
            SimulationBoundary.ToMoney(p[0]),
            SimulationBoundary.ToMoney(p[1]),
            SimulationBoundary.ToMoney(p[2]),
            SimulationBoundary.ToMoney(p[3]),
            SimulationBoundary.ToMoney(p[4]));
    }
}
