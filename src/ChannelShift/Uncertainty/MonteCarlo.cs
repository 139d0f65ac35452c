using ChannelShift.Appraisal;

namespace ChannelShift.Uncertainty;

/// <summary>
/// Monte Carlo appraisal of a scenario with uncertain inputs (HM Treasury Green Book: Monte Carlo analysis where
/// uncertainty matters). Each uncertain input is drawn once per iteration and used in every year. Iterations are
/// processed in fixed chunks of <see cref="MonteCarloOptions.ChunkSize"/>; chunk k draws from
/// <see cref="RandomStream.ForChunk"/>(seed, k), inputs in file order, so the result is identical whatever the number of
/// threads. Memory: 16 bytes per iteration (NPV and final-year saving) plus the fan's subsample
/// (<see cref="MonteCarloOptions.FanIterationsFor"/>), in arrays allocated for the run.
/// </summary>
public static class MonteCarlo
{
    // The measures' places in ChunkWorker.Measures and in a run's summaries.
    private const int NpvMeasure = 0;
    private const int FinalSavingMeasure = 1;

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
        var run = new RunSetup(scenario, options);
        var plan = run.Plan;
        var n = options.Iterations;
        var years = plan.Years;

        // The measures kept for every iteration, in arrays the run owns. Their percentile buckets are counted chunk by
        // chunk, while the values are in the nearest cache, on a grid that a short pilot draw places (PilotGrid); only
        // the gathering pass reads the arrays again.
        var chunks = Chunks(n);
        var target = options.SavingTarget is { } t ? (double)t : double.NaN;
        var buckets = BucketGrid.BucketsFor(n);
        // In the order of ChunkWorker.Measures: NPV and final-year saving (whose exceedances of the target are counted),
        // on the run's basis.
        var pilot = Pilot(run, n);
        var measures = new Measure[pilot.Length];
        for (var k = 0; k < measures.Length; k++)
        {
            measures[k] = new Measure(n, chunks, k == FinalSavingMeasure ? target : 0.0, PilotGrid(pilot[k], buckets));
        }

        // The fan's percentiles are taken by the thread that evaluates the last of its chunks, beside the other chunks.
        var fanCount = MonteCarloOptions.FanIterationsFor(n);
        var fan = new double[fanCount * (years + 1)];
        var fanYears = new FanYear[years + 1];
        var fanChunks = Chunks(fanCount);
        var fanChunksLeft = fanChunks;
        long done = 0;
        ForEachChunk(
            run,
            chunks,
            n,
            cancellationToken,
            (chunk, start, count, worker) =>
            {
                worker.Evaluate(start, count, fanCount, fan);
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
            });

        // Each measure is summarised once all its chunks are in: side by side, or, for long runs with more threads than
        // measures, one after another, each gathered on all threads. Per-chunk summaries are combined in chunk order, so
        // the result does not depend on which thread ran which chunk.
        var big = options.Threads > measures.Length && n >= 2L * SampleStatistics.ParallelPercentilesFrom;
        var summarised = new MoneySummary[measures.Length];
        var totals = new ChunkSummary[measures.Length];
        void Summary(int k)
        {
            totals[k] = measures[k].Total(chunks);
            summarised[k] = Summarise(measures[k], n, totals[k], big ? options.Threads : 1);
        }

        if (big || options.Threads == 1)
        {
            for (var k = 0; k < measures.Length; k++)
            {
                Summary(k);
            }
        }
        else
        {
            Parallel.For(0, measures.Length, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, Summary);
        }

        return new SimulationResult(
            plan.Option.Name,
            scenario.Currency,
            n,
            options.Seed,
            run.Basis,
            summarised[NpvMeasure],
            (double)totals[NpvMeasure].Above / n,
            summarised[FinalSavingMeasure],
            options.SavingTarget,
            options.SavingTarget is null ? null : (double)totals[FinalSavingMeasure].Above / n,
            fanYears,
            fanCount,
            new Lazy<double[]>(() => NpvSample(run, n), LazyThreadSafetyMode.ExecutionAndPublication),
            scenario.Uncertainty.Inputs.Select(u => $"{scenario.Describe(u.Input).Path} = {u.Distribution}").ToList().AsReadOnly());
    }

    /// <summary>What every thread of a run shares: the compiled option, its fast path (if it has one) and where each
    /// uncertain input goes.</summary>
    private sealed class RunSetup
    {
        internal RunSetup(Scenario scenario, MonteCarloOptions options)
        {
            Scenario = scenario;
            Options = options;
            Basis = Appraiser.CheckBasis(scenario, options.Basis);
            var index = scenario.CheckOption(options.Option ?? Appraiser.FirstRanked(scenario, Basis));

            Plan = new LedgerPlan(scenario, index, forSimulation: true);
            SlotOfInput = scenario.Uncertainty.Inputs.Select(u => Plan.SlotOf(u.Input)).ToArray();
            Fast = FastPath.For(Plan, SlotOfInput.Where(s => s >= 0).ToArray());
        }

        internal Scenario Scenario { get; }

        /// <summary>The basis the run reports.</summary>
        internal Basis Basis { get; }

        internal MonteCarloOptions Options { get; }

        internal LedgerPlan Plan { get; }

        internal FastPath? Fast { get; }

        internal int[] SlotOfInput { get; }

        internal ChunkWorker Worker() => new(Plan, Fast, SlotOfInput, Basis == Basis.Cashable);
    }

    /// <summary>
    /// One measure kept for every iteration (NPV or final-year saving, on the run's basis): its values in a working array,
    /// the summary of each chunk, the threshold whose exceedances the summaries count, and, when the pilot placed a
    /// grid, the bucket counts of all its values.
    /// </summary>
    private sealed class Measure(long n, int chunks, double threshold, BucketGrid? grid)
    {
        private readonly ChunkSummary[] parts = new ChunkSummary[chunks];

        /// <summary>The values, iteration i at index i (the array may be longer than the run).</summary>
        internal double[] Values { get; } = new double[n];

        /// <summary>The grid the values are counted on, or null (the pilot's values were all equal).</summary>
        internal BucketGrid? Grid => grid;

        private readonly int[] counts = grid is null ? [] : new int[grid.Buckets];

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
    }

    /// <summary>Iterations in the pilot draw that places the percentile grids: 128 (the first 128 values of chunk 0's
    /// stream drawn on their own; they fix only where the buckets lie, never a result).</summary>
    internal const int PilotIterations = 128;

    /// <summary>The pilot: min(n, <see cref="PilotIterations"/>) iterations drawn from chunk 0's stream and evaluated,
    /// one array per measure (<see cref="ChunkWorker.Measures"/>). The worker's arrays hold them only until it is used
    /// again, so they are copied out.</summary>
    private static double[][] Pilot(RunSetup run, long n)
    {
        var m = (int)Math.Min(n, PilotIterations);
        var worker = run.Worker();
        worker.Draw(RandomStream.ForChunk(run.Options.Seed, 0), run.Scenario.Uncertainty.Inputs, run.Scenario.Uncertainty.Copula, m);
        worker.Evaluate(0, m, 0, []);
        return worker.Measures.Select(values => values[..m]).ToArray();
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
    /// threads (the task library's <see cref="Parallel"/>, one worker per task of the loop, at most that many at once) and hands each, drawn, to
    /// <paramref name="body"/> (chunk index, first iteration, iterations, worker); <paramref name="open"/> and
    /// <paramref name="close"/> see each thread's worker before its first chunk and after its last.
    /// </summary>
    private static void ForEachChunk(RunSetup run, int chunks, long n, CancellationToken cancellationToken, Action<int, long, int, ChunkWorker> body, Action<ChunkWorker>? open = null, Action<ChunkWorker>? close = null)
    {
        var inputs = run.Scenario.Uncertainty.Inputs;
        var copula = run.Scenario.Uncertainty.Copula;
        var seed = run.Options.Seed;
        void Step(int chunk, ChunkWorker worker)
        {
            var start = (long)chunk * MonteCarloOptions.ChunkSize;
            var count = (int)Math.Min(MonteCarloOptions.ChunkSize, n - start);
            worker.Draw(RandomStream.ForChunk(seed, chunk), inputs, copula, count);
            body(chunk, start, count, worker);
        }

        ChunkWorker Open()
        {
            var worker = run.Worker();
            open?.Invoke(worker);
            return worker;
        }

        if (run.Options.Threads == 1 || chunks == 1)
        {
            var worker = Open();
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Step(chunk, worker);
            }

            close?.Invoke(worker);
            return;
        }

        var gate = new Lock();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = run.Options.Threads, CancellationToken = cancellationToken },
            Open,
            (chunk, _, worker) =>
            {
                Step(chunk, worker);
                return worker;
            },
            worker =>
            {
                lock (gate)
                {
                    close?.Invoke(worker);
                }
            });
    }

    /// <summary>
    /// The NPVs of the first min(n, <see cref="MonteCarloOptions.FanSubsample"/>) iterations of the run, computed again
    /// from the seed when first asked for (chunks are drawn exactly as in the run, so the values are the run's).
    /// </summary>
    private static double[] NpvSample(RunSetup run, long n)
    {
        var m = (int)Math.Min(n, MonteCarloOptions.FanSubsample);
        var sample = new double[m];
        ForEachChunk(run, Chunks(m), n, CancellationToken.None, (_, start, count, worker) =>
        {
            worker.Evaluate(start, count, 0, []);
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
