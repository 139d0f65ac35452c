using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ChannelShift.Uncertainty;

/// <summary>
/// What repeated simulations of one scenario can share: the compiled plan of each option, and the threads' chunk
/// workers (whose constant columns are filled once). Held beside the scenario and collected with it, so an analyst who
/// reruns a scenario with other seeds or iteration counts pays for compiling it once.
/// </summary>
/// <remarks>A <see cref="Scenario"/> is immutable, so its plans never go stale.</remarks>
internal sealed class RunCache
{
    private static readonly ConditionalWeakTable<Scenario, RunCache> Caches = new();

    private readonly Scenario scenario;
    private readonly SimulationPlan?[] plans;
    private readonly ConcurrentBag<ChunkWorker>?[] workers;

    private RunCache(Scenario scenario)
    {
        this.scenario = scenario;
        InputDescriptions = scenario.Uncertainty.Inputs.Select(u => $"{u.Path} = {u.Distribution}").ToList().AsReadOnly();
        plans = new SimulationPlan?[scenario.Options.Count];
        workers = new ConcurrentBag<ChunkWorker>?[scenario.Options.Count];
    }

    /// <summary>The uncertain inputs drawn, described (path = distribution).</summary>
    internal IReadOnlyList<string> InputDescriptions { get; }

    /// <summary>The cache of <paramref name="scenario"/>.</summary>
    internal static RunCache For(Scenario scenario) => Caches.GetValue(scenario, s => new RunCache(s));

    /// <summary>The plan of option <paramref name="option"/>, compiled on first use.</summary>
    internal SimulationPlan Plan(int option)
    {
        var plan = Volatile.Read(ref plans[option]);
        if (plan is null)
        {
            plan = new SimulationPlan(scenario, option);
            plan = Interlocked.CompareExchange(ref plans[option], plan, null) ?? plan;
        }

        return plan;
    }

    /// <summary>A worker for option <paramref name="option"/>: one left by an earlier run, or a new one.</summary>
    internal ChunkWorker TakeWorker(int option) =>
        Bag(option).TryTake(out var worker) ? worker : new ChunkWorker(Plan(option), scenario.Uncertainty.Inputs.Count);

    /// <summary>Keeps a worker for the next run (at most one per core).</summary>
    internal void GiveBack(int option, ChunkWorker worker)
    {
        var bag = Bag(option);
        if (bag.Count < Environment.ProcessorCount)
        {
            bag.Add(worker);
        }
    }

    private ConcurrentBag<ChunkWorker> Bag(int option)
    {
        var bag = Volatile.Read(ref workers[option]);
        return bag ?? Interlocked.CompareExchange(ref workers[option], new ConcurrentBag<ChunkWorker>(), null) ?? workers[option]!;
    }
}
