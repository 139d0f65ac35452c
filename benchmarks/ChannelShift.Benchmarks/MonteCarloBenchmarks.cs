using BenchmarkDotNet.Attributes;
using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// Monte Carlo of benchmarks/anchor.json (the numpy anchor's scenario) and of docs/examples/realistic-uncertain.json (a
/// council's case as it runs it: two channels staffed by Erlang C over half-hours, uncertain handling times), seed 7.
/// The iteration counts are separate methods, so the Ratio column against the 10,000-iteration baseline shows how the
/// time grows with the iterations (10, 100, 1,000 if it grew in proportion); threads are a parameter (1 and all
/// cores), so the two rows of a method show what the extra cores give. In-process timings of the library call; the
/// whole command a user runs is timed by benchmarks/compare-numpy.sh.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Scaling)]
public class MonteCarloBenchmarks
{
    /// <summary>The category of every case here, to select the Monte Carlo cases together
    /// (<c>--anyCategories Scaling</c>).</summary>
    public const string Scaling = "Scaling";

    /// <summary>The category of the 10,000,000-iteration case, which CI's smoke run leaves out
    /// (CHANNELSHIFT_BENCH_EXCLUDE_CATEGORIES=TenMillion; see Program.cs).</summary>
    public const string TenMillion = "TenMillion";

    private const ulong Seed = 7;

    private Scenario _anchor = null!;
    private Scenario _realistic = null!;

    /// <summary>Threads: 1 and all the machine's cores.</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    /// <summary>1 and <see cref="Environment.ProcessorCount"/> (just 1 on a single-core machine).</summary>
    public static IEnumerable<int> ThreadCounts => new[] { 1, Environment.ProcessorCount }.Distinct();

    [GlobalSetup]
    public void Setup()
    {
        _anchor = RepositoryFiles.ReadScenario("benchmarks/anchor.json");
        _realistic = RepositoryFiles.ReadScenario("docs/examples/realistic-uncertain.json");
    }

    /// <summary>anchor.json, 10,000 iterations.</summary>
    [Benchmark(Baseline = true)]
    public SimulationResult Anchor10k() => Run(_anchor, 10_000);

    /// <summary>anchor.json, 100,000 iterations.</summary>
    [Benchmark]
    public SimulationResult Anchor100k() => Run(_anchor, 100_000);

    /// <summary>anchor.json, 1,000,000 iterations.</summary>
    [Benchmark]
    public SimulationResult Anchor1M() => Run(_anchor, 1_000_000);

    /// <summary>anchor.json, 10,000,000 iterations (16 bytes an iteration kept, about 160 MB; left out of CI's smoke
    /// run).</summary>
    [Benchmark]
    [BenchmarkCategory(TenMillion)]
    public SimulationResult Anchor10M() => Run(_anchor, 10_000_000);

    /// <summary>docs/examples/realistic-uncertain.json (ten years; 80 and 100 half-hours staffed by Erlang C in every
    /// year of every iteration, at a drawn handling time; a fixed step), 100,000 iterations.</summary>
    [Benchmark]
    public SimulationResult Realistic100k() => Run(_realistic, 100_000);

    private SimulationResult Run(Scenario scenario, long iterations) =>
        MonteCarlo.Run(scenario, new MonteCarloOptions(iterations, Seed, Threads));
}
