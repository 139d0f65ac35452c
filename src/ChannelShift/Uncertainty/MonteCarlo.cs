using System.Buffers;

namespace ChannelShift.Uncertainty;

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
    // The measures' places in ChunkWorker.Measures and in a run's summaries.
    private const int NpvMeasure = 0;
    private const int FinalSavingMeasure = 1;
    private const int CashableMeasure = 2;

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

        // The measures kept for every iteration, in working arrays reused from earlier runs where possible. Their
        // percentile buckets are counted chunk by chunk, while the values are in the nearest cache, on a grid that a
        // short pilot draw places (PilotGrid); only the gathering pass reads the arrays again.
        var chunks = Chunks(n);
        var target = options.SavingTarget is { } t ? (double)t : double.NaN;
        var buckets = BucketGrid.BucketsFor(n);
        // In the order of ChunkWorker.Measures: NPV, final-year saving (whose exceedances of the target are counted) and,
        // with cost behaviour, cashable NPV.
        var pilot = Pilot(scenario, cache, options, n);
        var measures = new Measure[pilot.Length];
        for (var k = 0; k < measures.Length; k++)
        {
            measures[k] = new Measure(n, chunks, k == FinalSavingMeasure ? target : 0.0, PilotGrid(pilot[k], buckets));
        }

        // The fan's percentiles are taken by the thread that evaluates the last of its chunks, beside the other chunks.
        var fanCount = MonteCarloOptions.FanIterationsFor(n);
        var fan = LargeArray.Rent(fanCount * (years + 1));
        var fanYears = new FanYear[years + 1];
        var fanChunks = Chunks(fanCount);
        var fanChunksLeft = fanChunks;

        // Each measure is summarised once all its chunks are in, side by side on the threads that ran the chunks; only
        // long runs with more threads than measures summarise them one after another, each gathered on all threads (a
        // fork and join each). Per-chunk summaries are combined in chunk order, so the result does not depend on which
        // thread ran which chunk.
        var big = threads > measures.Length && n >= 2L * SampleStatistics.ParallelPercentilesFrom;
        var summarised = new MoneySummary[measures.Length];
        var totals = new ChunkSummary[measures.Length];
        void Summary(int k)
        {
            totals[k] = measures[k].Total(chunks);
            summarised[k] = Summarise(measures[k], n, totals[k], big ? threads : 1);
        }

        long done = 0;
        ForEachChunk(
            scenario,
            cache,
            options,
            chunks,
            n,
            cancellationToken,
            (chunk, start, count, worker) =>
            {
                worker.Evaluate(start, count, fanCount, years, fan);
                for (var k = 0; k < measures.Length; k++)
                {
                    measures[k].Record(chunk, start, worker.Measures[k].AsSpan(0, count), worker.Tallies[k]);
                }

                if (chunk < fanChunks && Interlocked.Decrement(ref fanChunksLeft) == 0)
                {
                    for (var y = 0; y <= years; y++)
                    {
                        var p = SampleStatistics.PercentilesByBuckets(fan.AsSpan(y * fanCount, fanCount), [0.10, 0.50, 0.90]);
                        fanYears[y] = new FanYear(y, scenario.Appraisal.Label(y), SimulationBoundary.ToMoney(p[0]), SimulationBoundary.ToMoney(p[1]), SimulationBoundary.ToMoney(p[2]));
                    }
                }

                progress?.Report((double)Interlocked.Add(ref done, count) / n);
            },
            worker => worker.OpenTallies(measures.Length, buckets),
            worker =>
            {
                for (var k = 0; k < measures.Length; k++)
                {
                    measures[k].AddCounts(worker.Tallies[k]);
                }
            },
            big ? 0 : measures.Length,
            Summary);

        // Long runs gather each array on all threads in turn.
        if (big)
        {
            for (var k = 0; k < measures.Length; k++)
            {
                Summary(k);
            }
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
            summarised[NpvMeasure],
            summarised[measures.Length > CashableMeasure ? CashableMeasure : NpvMeasure],
            (double)totals[NpvMeasure].Above / n,
            summarised[FinalSavingMeasure],
            options.SavingTarget,
            options.SavingTarget is null ? null : (double)totals[FinalSavingMeasure].Above / n,
            fanYears,
            fanCount,
            new Lazy<double[]>(() => NpvSample(scenario, options), LazyThreadSafetyMode.ExecutionAndPublication),
            cache.InputDescriptions);
    }

    /// <summary>
    /// One measure kept for every iteration (NPV, final-year saving or cashable NPV): its values in a working array,
    /// the summary of each chunk, the threshold whose exceedances the summaries count, and, when the pilot placed a
    /// grid, the bucket counts of all its values.
    /// </summary>
    private sealed class Measure(long n, int chunks, double threshold, BucketGrid? grid)
    {
        private readonly ChunkSummary[] parts = ArrayPool<ChunkSummary>.Shared.Rent(chunks);

        /// <summary>The values, iteration i at index i (the array may be longer than the run).</summary>
        internal double[] Values { get; } = LargeArray.Rent(n);

        /// <summary>The grid the values are counted on, or null (the pilot's values were all equal).</summary>
        internal BucketGrid? Grid => grid;

        private readonly int[] counts = grid is null ? [] : RentCleared(grid.Buckets);

        /// <summary>The counts per bucket of every value recorded (once every worker has added its tally).</summary>
        internal ReadOnlySpan<int> Counts => counts.AsSpan(0, grid?.Buckets ?? 0);

        /// <summary>Summarises one chunk's values, counts them into <paramref name="tally"/> and stores them from
        /// iteration <paramref name="start"/> on.</summary>
        internal void Record(int chunk, long start, ReadOnlySpan<double> values, int[] tally)
        {
            parts[chunk] = ChunkSummary.Of(values, threshold);
            grid?.Count(values, tally);
            values.CopyTo(Values.AsSpan((int)start, values.Length));
        }

        /// <summary>Adds one worker's tally to the counts (integers: the order the workers finish in does not matter).</summary>
        internal void AddCounts(int[] tally)
        {
            if (grid is null)
            {
                return;
            }

            lock (counts)
            {
                for (var b = 0; b < grid.Buckets; b++)
                {
                    counts[b] += tally[b];
                }
            }
        }

        /// <summary>The chunks' summaries combined in chunk order.</summary>
        internal ChunkSummary Total(int count) => ChunkSummary.Combine(parts.AsSpan(0, count));

        /// <summary>Gives the working arrays back to their pools.</summary>
        internal void Return()
        {
            LargeArray.Return(Values);
            ArrayPool<ChunkSummary>.Shared.Return(parts);
            if (grid is not null)
            {
                ArrayPool<int>.Shared.Return(counts);
            }
        }

        private static int[] RentCleared(int length)
        {
            var array = ArrayPool<int>.Shared.Rent(length);
            Array.Clear(array, 0, length);
            return array;
        }
    }

    /// <summary>Iterations in the pilot draw that places the percentile grids: 128 (the first 128 values of chunk 0's
    /// stream drawn on their own; they fix only where the buckets lie, never a result).</summary>
    internal const int PilotIterations = 128;

    /// <summary>The pilot: min(n, <see cref="PilotIterations"/>) iterations drawn from chunk 0's stream and evaluated,
    /// one array per measure (<see cref="ChunkWorker.Measures"/>). The worker's arrays hold them only until it is used
    /// again, so they are copied out.</summary>
    private static double[][] Pilot(Scenario scenario, RunCache cache, MonteCarloOptions options, long n)
    {
        var m = (int)Math.Min(n, PilotIterations);
        var worker = cache.TakeWorker(options.Option);
        worker.Draw(RandomStream.ForChunk(options.Seed, 0), scenario.Uncertainty.Inputs, scenario.Uncertainty.Copula, m);
        worker.Evaluate(0, m, 0, cache.Plan(options.Option).Years, []);
        var pilot = worker.Measures.Select(values => values[..m]).ToArray();
        cache.GiveBack(options.Option, worker);
        return pilot;
    }

    /// <summary>
    /// The grid for a measure: from the pilot's minimum less its range to its maximum plus its range (three times the
    /// pilot's spread, so the percentiles reported, P5 to P95, fall inside it all but never), or null when the pilot's
    /// values are all equal. A grid that fits badly costs time (a crowded bucket is gathered whole), not accuracy.
    /// </summary>
    internal static BucketGrid? PilotGrid(ReadOnlySpan<double> pilot, int buckets)
    {
        var (low, high) = SampleStatistics.Extremes(pilot);
        var spread = high - low;
        return spread > 0 && double.IsFinite(low - spread) && double.IsFinite(high + spread)
            ? new BucketGrid(low - spread, high + spread, buckets)
            : null;
    }

    /// <summary>The number of chunks of a run of <paramref name="n"/> iterations.</summary>
    private static int Chunks(long n) => (int)((n + MonteCarloOptions.ChunkSize - 1) / MonteCarloOptions.ChunkSize);

    /// <summary>
    /// Draws chunks 0 … <paramref name="chunks"/> − 1 of a run of <paramref name="n"/> iterations on the options'
    /// threads and hands each, drawn, to <paramref name="body"/> (chunk index, first iteration, iterations, worker);
    /// <paramref name="open"/> and <paramref name="close"/> see each thread's worker before its first chunk and after its
    /// last. Then runs jobs 0 … <paramref name="jobs"/> − 1 (<paramref name="job"/>) on the same threads.
    /// </summary>
    private static void ForEachChunk(Scenario scenario, RunCache cache, MonteCarloOptions options, int chunks, long n, CancellationToken cancellationToken, Action<int, long, int, ChunkWorker> body, Action<ChunkWorker>? open = null, Action<ChunkWorker>? close = null, int jobs = 0, Action<int>? job = null)
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

        ChunkWorker Take()
        {
            var worker = cache.TakeWorker(options.Option);
            open?.Invoke(worker);
            return worker;
        }

        void GiveBack(ChunkWorker worker)
        {
            close?.Invoke(worker);
            cache.GiveBack(options.Option, worker);
        }

        if (options.Threads == 1 || (chunks == 1 && jobs <= 1))
        {
            // On the calling thread: no pool thread to wake.
            var worker = Take();
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Step(chunk, worker);
            }

            GiveBack(worker);
            for (var k = 0; k < jobs; k++)
            {
                job!(k);
            }

            return;
        }

        ChunkTeam<ChunkWorker>.Run(options.Threads, chunks, jobs, Take, Step, GiveBack, job ?? (_ => { }), cancellationToken);
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

    /// <summary>Mean and standard deviation from the combined chunk summaries; exact percentiles from the measure's
    /// bucket counts (or, without a grid, by counting again on the run's exact range), gathered on up to
    /// <paramref name="threads"/> threads (the values are not reordered).</summary>
    private static MoneySummary Summarise(Measure measure, long count, ChunkSummary total, int threads)
    {
        double[] probabilities = [0.05, 0.10, 0.50, 0.90, 0.95];

        // A run with a value that is not a number fails here, naming it, before the percentiles: a NaN has no bucket,
        // and the vector and scalar paths may count and gather it in different end buckets.
        var mean = SimulationBoundary.ToMoney(total.Mean);
        var standardDeviation = SimulationBoundary.ToMoney(total.StandardDeviation);
        var n = (int)count;
        var parts = (int)Math.Clamp(n / SampleStatistics.ParallelPercentilesFrom, 1, threads);
        var p = measure.Grid is { } grid && total.Maximum > total.Minimum
            ? grid.Percentiles(measure.Values, n, measure.Counts, probabilities, parts)
            : SampleStatistics.PercentilesByBuckets(measure.Values, n, probabilities, total.Minimum, total.Maximum, threads);
        return new MoneySummary(
            mean,
            standardDeviation,
            SimulationBoundary.ToMoney(p[0]),
            SimulationBoundary.ToMoney(p[1]),
            SimulationBoundary.ToMoney(p[2]),
            SimulationBoundary.ToMoney(p[3]),
            SimulationBoundary.ToMoney(p[4]));
    }
}
