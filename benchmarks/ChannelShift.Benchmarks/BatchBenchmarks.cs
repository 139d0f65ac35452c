using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Benchmarks;

/// <summary>Batch appraisal of 400 councils: reading the councils' CSV (built in memory) and appraising each.</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int Councils = 400;

    private Scenario _scenario = null!;
    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scenario = RepositoryFiles.ReadScenario("docs/examples/waste-services.json");

        // 400 invented councils: each channel's monthly volume is waste-services.json's baseline scaled by a factor
        // from 0.2 to 2.0 (seeded, so every run appraises the same file), built in memory in invariant culture.
        var random = new Random(7);
        var channels = _scenario.Baseline.Volumes.Keys.ToList();
        var csv = new StringBuilder();
        csv.Append("council");
        foreach (var channel in channels)
        {
            csv.Append(',').Append(channel.Key);
        }

        csv.Append('\n');
        for (var i = 1; i <= Councils; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Council {i:000}");
            var size = 0.2 + (1.8 * random.NextDouble());
            foreach (var channel in channels)
            {
                var volume = Math.Round(_scenario.Baseline.Volumes[channel] * (decimal)size * (decimal)(0.9 + (0.2 * random.NextDouble())));
                csv.Append(',').Append(volume.ToString(CultureInfo.InvariantCulture));
            }

            csv.Append('\n');
        }

        _csv = csv.ToString();
        var check = BatchAppraisal.Run(_scenario, CouncilsCsv.Read(_scenario, new StringReader(_csv), "councils.csv"));
        if (check.Rows.Count != Councils || check.Problems.Count != 0)
        {
            throw new InvalidOperationException($"The generated file gave {check.Rows.Count} rows and {check.Problems.Count} problems; expected {Councils} and 0.");
        }
    }

    /// <summary>BatchAppraisal.Run of waste-services.json for 400 councils read from an in-memory CSV.</summary>
    [Benchmark(Baseline = true)]
    public BatchResult FourHundredCouncils() => BatchAppraisal.Run(_scenario, CouncilsCsv.Read(_scenario, new StringReader(_csv), "councils.csv"));
}
