using BenchmarkDotNet.Attributes;
using ChannelShift.Serialization;

namespace ChannelShift.Benchmarks;

/// <summary>Loading and validating a scenario file (the JSON text is read from disk once, in the setup).</summary>
[MemoryDiagnoser]
public class ScenarioLoadBenchmarks
{
    private string _wasteServices = null!;
    private string _northshire = null!;

    [GlobalSetup]
    public void Setup()
    {
        _wasteServices = RepositoryFiles.ReadText("docs/examples/waste-services.json");
        _northshire = RepositoryFiles.ReadText("docs/examples/northshire-options.json");
    }

    /// <summary>ScenarioReader.Parse of docs/examples/waste-services.json.</summary>
    [Benchmark(Baseline = true)]
    public Scenario WasteServices() => ScenarioReader.Parse(_wasteServices, "waste-services.json");

    /// <summary>ScenarioReader.Parse of docs/examples/northshire-options.json (three options).</summary>
    [Benchmark]
    public Scenario NorthshireOptions() => ScenarioReader.Parse(_northshire, "northshire-options.json");
}
