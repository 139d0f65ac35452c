using BenchmarkDotNet.Attributes;
using ChannelShift.Staffing;

namespace ChannelShift.Benchmarks;

/// <summary>Erlang C staffing: the fewest agents for one interval at 10, 100 and 1,000 Erlangs, and the full-time
/// equivalents over a week of 336 intervals. Every case: half-hour intervals, 180 s average handling time, 80% answered
/// within 20 s.</summary>
[MemoryDiagnoser]
public class ErlangBenchmarks
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan HandlingTime = TimeSpan.FromSeconds(180);

    private ServiceLevelTarget _target = null!;
    private QueueDemand _erlangs10 = null!;
    private QueueDemand _erlangs100 = null!;
    private QueueDemand _erlangs1000 = null!;
    private ChannelStaffing _week = null!;
    private double _wasteServicesTelephonePerYear;

    [GlobalSetup]
    public void Setup()
    {
        _target = new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20));

        // Traffic A = arrivals × handling time ÷ interval: 100 arrivals × 180 s ÷ 1,800 s = 10 Erlangs.
        _erlangs10 = new QueueDemand(100, HalfHour, HandlingTime);
        _erlangs100 = new QueueDemand(1_000, HalfHour, HandlingTime);
        _erlangs1000 = new QueueDemand(10_000, HalfHour, HandlingTime);

        // A week open 24 hours a day, 7 days: 336 half-hour intervals with equal shares, 52 weeks a year;
        // 30% shrinkage, 1,650 contracted hours and £36,000 a full-time equivalent (as in bdo-2012-cashable.json).
        _week = new ChannelStaffing(HandlingTime, _target, 0.3, OpeningHoursProfile.HalfHourly(24, 7, 52), 1650, 36_000m);

        // The telephone volume of docs/examples/waste-services.json: 120,000 calls a month, 1,440,000 a year
        // (about 82 calls and 8.2 Erlangs in each of the 17,472 intervals of a year).
        var scenario = RepositoryFiles.ReadScenario("docs/examples/waste-services.json");
        _wasteServicesTelephonePerYear = (double)scenario.Baseline.AnnualVolume(Channel.Telephone);
    }

    /// <summary>ErlangC.FewestAgents for one interval at 10 Erlangs.</summary>
    [Benchmark(Baseline = true)]
    public QueueOutcome OneIntervalAt10Erlangs() => ErlangC.FewestAgents(_erlangs10, _target);

    /// <summary>ErlangC.FewestAgents for one interval at 100 Erlangs.</summary>
    [Benchmark]
    public QueueOutcome OneIntervalAt100Erlangs() => ErlangC.FewestAgents(_erlangs100, _target);

    /// <summary>ErlangC.FewestAgents for one interval at 1,000 Erlangs.</summary>
    [Benchmark]
    public QueueOutcome OneIntervalAt1000Erlangs() => ErlangC.FewestAgents(_erlangs1000, _target);

    /// <summary>ChannelStaffing.FullTimeEquivalents over a week of 336 half-hour intervals at waste-services.json's
    /// telephone volume (about 8.2 Erlangs an interval).</summary>
    [Benchmark]
    public double WeekOf336Intervals() => _week.FullTimeEquivalents(_wasteServicesTelephonePerYear);

    /// <summary>The same week at 100 Erlangs in every interval (1,000 calls × 336 intervals × 52 weeks = 17,472,000 a year).</summary>
    [Benchmark]
    public double WeekOf336IntervalsAt100Erlangs() => _week.FullTimeEquivalents(17_472_000);
}
