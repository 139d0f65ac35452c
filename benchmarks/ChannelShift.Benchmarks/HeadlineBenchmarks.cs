using BenchmarkDotNet.Attributes;
using ChannelShift.Appraisal;

namespace ChannelShift.Benchmarks;

/// <summary>The headline estimate (the annual saving of one shift at average costs per contact) of the BDO report's
/// case, and the whole BDO reproduction: time and bytes allocated per call.</summary>
[MemoryDiagnoser]
public class HeadlineBenchmarks
{
    private decimal _volume;
    private ContactPeriod _period;
    private Shift _shift = null!;
    private UnitCostSet _costs = null!;

    [GlobalSetup]
    public void Setup()
    {
        // docs/examples/bdo-2012.json: 50,000 face-to-face visits a month, halved, no longer needed, Socitm 2010.
        var scenario = RepositoryFiles.ReadScenario("docs/examples/bdo-2012.json");
        var from = scenario.Options[0].Shifts[0].Shift.From;
        _volume = scenario.Baseline.Volumes[from];
        _period = scenario.Baseline.Period;
        _shift = scenario.Options[0].Shifts[0].Shift;
        _costs = scenario.UnitCosts;
        var check = HeadlineEstimate.Calculate(_volume, _period, _shift, _costs);
        if (check.AnnualSaving != 2_220_000m)
        {
            throw new InvalidOperationException($"The report's case gives {check.AnnualSaving}; expected 2,220,000 (fixtures.md §1).");
        }
    }

    /// <summary>HeadlineEstimate.Calculate of the report's case (50,000 visits a month halved, socitm-2010).</summary>
    [Benchmark(Baseline = true)]
    public EstimateResult ReportCase() => HeadlineEstimate.Calculate(_volume, _period, _shift, _costs);

    /// <summary>The whole BDO reproduction: six readings of the claim and the break-even cost.</summary>
    [Benchmark]
    public BdoReproduction BdoReproduction() => BdoClaim.Reproduce();
}
