using ChannelShift.Scenarios;
using ChannelShift.Uncertainty;

namespace ChannelShift.Simulation;

/// <summary>
/// Monte Carlo appraisal of a scenario with uncertain inputs (HM Treasury Green Book: Monte Carlo analysis where
/// uncertainty matters). Each uncertain input is drawn once per iteration and used in every year. Iterations are
/// processed in fixed chunks of <see cref="MonteCarloOptions.ChunkSize"/>; chunk k draws from
/// <see cref="RandomStream.ForChunk"/>(seed, k), inputs in file order, so the result is identical whatever the number of
/// threads. Memory: 16 bytes per iteration (NPV and final-year saving; 24 with cost behaviour) plus a fan subsample of
/// at most 100,000 iterations.
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

        var plan = new SimulationPlan(scenario, options.Option);
        var inputs = scenario.Uncertainty.Inputs;
        var copula = scenario.Uncertainty.Copula;
        var n = options.Iterations;
        var years = plan.Years;
        // Every element of these arrays is written before it is read: no need to zero them.
        var npv = GC.AllocateUninitializedArray<double>((int)n);
        var cashable = plan.HasCostBehaviour ? GC.AllocateUninitializedArray<double>((int)n) : null;
        var finalSaving = GC.AllocateUninitializedArray<double>((int)n);
        var fanCount = (int)Math.Min(n, MonteCarloOptions.FanSubsample);
        var fan = GC.AllocateUninitializedArray<double>(fanCount * (years + 1));
        var chunkLength = (int)Math.Min(n, MonteCarloOptions.ChunkSize);
        var chunks = (n + MonteCarloOptions.ChunkSize - 1) / MonteCarloOptions.ChunkSize;
        long done = 0;
        Parallel.For(
            0L,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken },
            () => new Worker(plan, inputs.Count, chunkLength),
            (chunk, _, worker) =>
            {
                var start = chunk * MonteCarloOptions.ChunkSize;
                var count = (int)Math.Min(MonteCarloOptions.ChunkSize, n - start);
                var random = RandomStream.ForChunk(options.Seed, chunk);
                worker.Draw(random, inputs, copula, count);
                EvaluateChunk(plan, worker, start, count, fanCount, years, npv, finalSaving, cashable, fan);
                var total = Interlocked.Add(ref done, count);
                progress?.Report((double)total / n);
                return worker;
            },
            _ => { });

        var sample = npv.AsSpan(0, fanCount).ToArray();
        var positive = 0L;
        foreach (var v in npv)
        {
            if (v > 0)
            {
                positive++;
            }
        }

        double? aboveTarget = null;
        if (options.SavingTarget is { } target)
        {
            var above = 0L;
            var t = (double)target;
            foreach (var v in finalSaving)
            {
                if (v > t)
                {
                    above++;
                }
            }

            aboveTarget = (double)above / n;
        }

        MoneySummary npvSummary = null!, savingSummary = null!, cashableSummary = null!;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken },
            () => npvSummary = Summarise(npv),
            () => savingSummary = Summarise(finalSaving),
            () => cashableSummary = cashable is null ? null! : Summarise(cashable));
        cashableSummary ??= npvSummary;
        var fanYears = new FanYear[years + 1];
        Parallel.For(0, years + 1, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken }, y =>
        {
            var column = new double[fanCount];
            for (var i = 0; i < fanCount; i++)
            {
                column[i] = fan[(i * (years + 1)) + y];
            }

            var p = SampleStatistics.PercentilesByBuckets(column, [0.10, 0.50, 0.90]);
            fanYears[y] = new FanYear(y, scenario.Appraisal.Label(y), SimulationBoundary.ToMoney(p[0]), SimulationBoundary.ToMoney(p[1]), SimulationBoundary.ToMoney(p[2]));
        });

        return new SimulationResult(
            plan.OptionName,
            scenario.Currency,
            n,
            options.Seed,
            npvSummary,
            cashableSummary,
            (double)positive / n,
            savingSummary,
            options.SavingTarget,
            aboveTarget,
            fanYears,
            fanCount,
            sample,
            inputs.Select(u => $"{u.Path} = {u.Distribution}").ToList());
    }

    /// <summary>Evaluates the iterations of one chunk (a method of its own, not a closure, so that its loop runs on
    /// locals the JIT can keep in registers).</summary>
    private static void EvaluateChunk(SimulationPlan plan, Worker worker, long start, int count, int fanCount, int years, double[] npv, double[] finalSaving, double[]? cashable, double[] fan)
    {
        var slots = worker.Slots;
        var draws = worker.Draws;
        var used = worker.Used;
        var fast = plan.FastPath && used.Length > 0;
        var stride = years + 1;
        for (var i = 0; i < count; i++)
        {
            // Only the uncertain slots change; the others keep their base values (Evaluate never writes them).
            for (var k = 0; k < used.Length; k++)
            {
                var (slot, offset, scale) = used[k];
                slots[slot] = draws[offset + i] * scale;
            }

            var index = start + i;
            var cumulative = index < fanCount ? fan.AsSpan((int)index * stride, stride) : Span<double>.Empty;
            if (fast)
            {
                npv[index] = plan.EvaluateFast(slots, cumulative, out var fys);
                finalSaving[index] = fys;
                continue;
            }

            npv[index] = plan.Evaluate(slots, worker.Scratch, cumulative, out var cnpv, out var fysSlow);
            finalSaving[index] = fysSlow;
            if (cashable is not null)
            {
                cashable[index] = cnpv;
            }
        }
    }

    /// <summary>Mean, standard deviation and exact percentiles (the values are not reordered).</summary>
    private static MoneySummary Summarise(double[] values)
    {
        var mean = SampleStatistics.Mean(values);
        var sd = SampleStatistics.StandardDeviation(values);
        var p = SampleStatistics.PercentilesByBuckets(values, [0.05, 0.10, 0.50, 0.90, 0.95]);
        return new MoneySummary(
            SimulationBoundary.ToMoney(mean),
            SimulationBoundary.ToMoney(sd),
            SimulationBoundary.ToMoney(p[0]),
            SimulationBoundary.ToMoney(p[1]),
            SimulationBoundary.ToMoney(p[2]),
            SimulationBoundary.ToMoney(p[3]),
            SimulationBoundary.ToMoney(p[4]));
    }

    private sealed class Worker(SimulationPlan plan, int inputCount, int chunkLength)
    {
        internal double[] Slots { get; } = (double[])plan.BaseSlots.Clone();

        internal double[] Scratch { get; } = new double[plan.ScratchLength];

        internal double[] Draws { get; } = GC.AllocateUninitializedArray<double>(Math.Max(1, inputCount) * chunkLength);

        private double[] Joint { get; } = new double[Math.Max(1, inputCount)];

        /// <summary>The (slot, offset in <see cref="Draws"/>, scale to the slot's terms) of each uncertain input this option uses.</summary>
        internal (int Slot, int Offset, double Scale)[] Used { get; } = plan.InputSlots
            .Select((slot, k) => (Slot: slot, Offset: k * chunkLength, Scale: plan.InputScales[k]))
            .Where(p => p.Slot >= 0)
            .ToArray();

        internal void Draw(RandomStream random, IReadOnlyList<UncertainInput> inputs, GaussianCopula? copula, int count)
        {
            if (copula is null)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    inputs[k].Distribution.Sample(random, Draws.AsSpan(k * chunkLength, count));
                }

                return;
            }

            for (var i = 0; i < count; i++)
            {
                copula.Sample(random, Joint.AsSpan(0, inputs.Count));
                for (var k = 0; k < inputs.Count; k++)
                {
                    Draws[(k * chunkLength) + i] = Joint[k];
                }
            }
        }
    }
}
