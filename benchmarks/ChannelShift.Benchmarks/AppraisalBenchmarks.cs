using BenchmarkDotNet.Attributes;
using ChannelShift.Appraisal;

namespace ChannelShift.Benchmarks;

/// <summary>The deterministic (decimal) appraisal of a scenario already read: time and bytes allocated per
/// call.</summary>
[MemoryDiagnoser]
public class AppraisalBenchmarks
{
    private Scenario _wasteServices = null!;
    private Scenario _cashable = null!;

    [GlobalSetup]
    public void Setup()
    {
        _wasteServices = RepositoryFiles.ReadScenario("docs/examples/waste-services.json");
        _cashable = RepositoryFiles.ReadScenario("docs/examples/bdo-2012-cashable.json");
    }

    /// <summary>10-year Green Book appraisal of docs/examples/waste-services.json.</summary>
    [Benchmark(Baseline = true)]
    public ScenarioAppraisal WasteServices() => Appraiser.Appraise(_wasteServices);

    /// <summary>Appraisal of docs/examples/bdo-2012-cashable.json (5 years, with Erlang C staffing and fixed steps).</summary>
    [Benchmark]
    public ScenarioAppraisal BdoCashable() => Appraiser.Appraise(_cashable);
}
