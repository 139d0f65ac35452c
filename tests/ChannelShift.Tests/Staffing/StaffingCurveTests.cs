using ChannelShift.Staffing;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests.Staffing;

public class StaffingCurveTests
{
    /// <summary>
    /// Five days of 16 half hours (08:00–16:00) with a morning peak and a lunchtime bump, plus a Saturday morning:
    /// uneven shares so several distinct intervals exist.
    /// </summary>
    internal static readonly OpeningHoursProfile UnevenWeek = BuildUnevenWeek();

    private static OpeningHoursProfile BuildUnevenWeek()
    {
        var weights = new List<(TimeSpan Length, double Weight)>();
        for (int day = 0; day < 5; day++)
        {
            for (int slot = 0; slot < 16; slot++)
            {
                double weight = slot < 4 ? 3 : slot is 8 or 9 ? 2 : 1;
                weights.Add((TimeSpan.FromMinutes(30), weight * (day == 0 ? 1.5 : 1)));
            }
        }

        weights.Add((TimeSpan.FromHours(1), 2));
        weights.Add((TimeSpan.FromHours(1), 1));
        double total = weights.Sum(w => w.Weight);
        return new OpeningHoursProfile(weights.Select(w => new OpeningInterval(w.Length, w.Weight / total)), 51.5);
    }

    private static ChannelStaffing Staffing(int handlingSeconds, double shrinkage, double maximumOccupancy) =>
        new(TimeSpan.FromSeconds(handlingSeconds), new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)), shrinkage, UnevenWeek, 1650, 32_000m, 0m, maximumOccupancy);

    [Fact]
    public void Fte_DirectWithoutRise_EqualsTheChannelsFullTimeEquivalents()
    {
        Gen.Select(Gen.Int[60, 600], Gen.Double[0, 0.4], Gen.Double[0.6, 1], Gen.Double[0, 500_000]).Sample((handlingSeconds, shrinkage, cap, volume) =>
        {
            var staffing = Staffing(handlingSeconds, shrinkage, cap);
            StaffingCurve.Direct(staffing, 0.1, null).Fte(volume).Should().Be(staffing.FullTimeEquivalents(volume));
        }, iter: 300);
    }

    [Fact]
    public void Fte_GriddedAtRandomVolumesAndPhases_EqualsTheDirectCurve()
    {
        // The same sum over the same intervals in the same order, so equal to the bit, not within a tolerance.
        Gen.Select(Gen.Int[60, 600], Gen.Double[0, 0.4], Gen.Double[0.6, 1], Gen.Double[0, 0.5], Gen.Double[0, 600_000], Gen.Double[0, 1]).Sample((handlingSeconds, shrinkage, cap, rise, volume, phase) =>
        {
            var staffing = Staffing(handlingSeconds, shrinkage, cap);
            StaffingCurve.Gridded(staffing, rise, 400_000, null).Fte(volume, phase).Should().Be(StaffingCurve.Direct(staffing, rise, null).Fte(volume, phase), $"volume {volume:R}, phase {phase:R}");
        }, iter: 300);
    }

    [Fact]
    public void Fte_GriddedSharedByThreadsWhileItsTablesExtend_EqualsTheDirectCurve()
    {
        // One curve shared by all threads, as a simulation shares it, with tables built for 1,000 contacts a year so
        // that nearly every call meets traffic beyond them and extends them while other threads read: every answer must
        // still be the direct curve's, to the bit. Volumes rise and fall at random (seeded) across 0–600,000, at handling
        // times swung ±30% (other answer ratios, so other tables) and phases of a 20% rise.
        var staffing = Staffing(300, 0.3, 0.9);
        var direct = StaffingCurve.Direct(staffing, 0.2, null);
        var shared = StaffingCurve.Gridded(staffing, 0.2, 1_000, null);
        var random = new Random(20261203);
        var calls = Enumerable.Range(0, 4_000).Select(_ => (Volume: random.NextDouble() * 600_000, Handling: 300 * (0.7 + (0.6 * random.NextDouble())), Phase: random.NextDouble())).ToArray();
        var expected = calls.Select(c => direct.Fte(c.Volume, c.Handling, 0.3)).ToArray();
        var phased = calls.Select(c => direct.Fte(c.Volume, c.Phase)).ToArray();
        var wrong = 0;

        Parallel.For(0, calls.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
        {
            var c = calls[i];
            if (shared.Fte(c.Volume, c.Handling, 0.3) != expected[i] || shared.Fte(c.Volume, c.Phase) != phased[i])
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.Should().Be(0, "every FTE read from tables extended by other threads must equal the direct search's");
    }

    [Theory]
    [InlineData(0.9999995)]
    [InlineData(0.99999999)]
    public void Fte_GriddedAtATargetNear100Percent_EqualsTheDirectCurve(double target)
    {
        // Targets this close to 100% are staffed by the direct search (the grid's slack could not cover the service
        // level's own rounding there).
        var staffing = new ChannelStaffing(TimeSpan.FromSeconds(300), new ServiceLevelTarget(target, TimeSpan.FromSeconds(20)), 0.3, UnevenWeek, 1650, 32_000m);
        foreach (double volume in new[] { 10_000.0, 150_000, 400_000 })
        {
            StaffingCurve.Gridded(staffing, 0.1, 400_000, null).Fte(volume, 0.5).Should().Be(StaffingCurve.Direct(staffing, 0.1, null).Fte(volume, 0.5));
        }
    }

    [Fact]
    public void Fte_RisenHandlingTime_EqualsAChannelWithTheLongerHandlingTime()
    {
        // A 10% rise at full take-up: 300 s becomes 330 s, the FTE of a channel whose handling time is 330 s.
        var staffing = Staffing(300, 0.3, 0.9);
        var longer = Staffing(330, 0.3, 0.9);
        foreach (double volume in new[] { 50_000.0, 200_000, 420_000 })
        {
            Tolerance.Relative(longer.FullTimeEquivalents(volume), StaffingCurve.Direct(staffing, 0.1, null).Fte(volume, 1), 1e-12, $"FTE at {volume}");
        }
    }

    [Fact]
    public void FromBreakpoints_RandomVolumesAndHandlingTimes_EqualsTheDirectSearchesAgentHours()
    {
        // The week's agent-hours, in units of 2^-20 hour, against the direct search interval by interval: Σ fewest agents
        // × hours × 2^20, an exact integer. Handling times between grid points, so that the two tables around them
        // disagree for some volumes and the intervals they leave open are searched.
        var staffing = Staffing(300, 0.3, 0.9);
        var curve = StaffingCurve.Gridded(staffing, 0.5, 400_000, null);
        var random = new Random(20261204);
        int searched = 0;
        for (int call = 0; call < 2_000; call++)
        {
            double volume = random.NextDouble() * 400_000;
            double handling = 240 + (random.NextDouble() * 180);
            double perWeek = volume / UnevenWeek.WeeksPerYear;
            long expected = 0;
            for (int i = 0; i < staffing.IntervalCount; i++)
            {
                double traffic = ErlangC.Traffic(perWeek * staffing.Share(i), handling, staffing.IntervalSeconds(i));
                int agents = ErlangC.FewestAgentsFor(traffic, 20 / handling, 0.8, 0.9);
                expected += agents * (long)(staffing.IntervalHours(i) * (1 << 20));
            }

            var (units, open) = curve.FromBreakpoints(volume, handling);
            units.Should().Be(expected, $"the breakpoints answer (not -1) at volume {volume:R}, handling {handling:R}");
            searched += open > 0 ? 1 : 0;
        }

        searched.Should().BePositive("some volumes fall between the two tables' thresholds and are searched");
    }

    [Fact]
    public void Fte_GriddedWeekOfTwentyMinuteIntervals_WalksAndEqualsTheDirectCurve()
    {
        // A third of an hour is not a whole number of 2^-20 hours, so sums of agent-hours in another order could differ in
        // the last bit: such a week has no breakpoints and is walked.
        var week = new OpeningHoursProfile(Enumerable.Range(0, 30).Select(i => new OpeningInterval(TimeSpan.FromMinutes(20), (i % 3 == 0 ? 2.0 : 1.0) / 40)), 52);
        var staffing = new ChannelStaffing(TimeSpan.FromSeconds(300), new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)), 0.3, week, 1650, 32_000m);
        var gridded = StaffingCurve.Gridded(staffing, 0.2, 300_000, null);
        gridded.FromBreakpoints(100_000, 300).Units.Should().Be(-1);
        foreach (double volume in new[] { 5_000.0, 100_000, 299_999 })
        {
            gridded.Fte(volume, 0.7).Should().Be(StaffingCurve.Direct(staffing, 0.2, null).Fte(volume, 0.7));
        }
    }

    [Fact]
    public void Fte_GriddedAtAnAnswerRatioJustBelowTheGridsArray_EqualsTheDirectCurve()
    {
        // The grid keeps the tables of ratios 1.005^g for g from -2500 in an array. A ratio of 1.005^-2500.5 (about
        // 3.84e-6: 20 s to answer, 5.2 million s to handle) lies between g = -2501, outside it, and g = -2500: the
        // breakpoints do not serve it and the week is walked. Volumes of a few contacts a year keep the traffic to a
        // few Erlangs.
        var staffing = Staffing(300, 0.3, 0.9);
        double handling = 20 / Math.Pow(1.005, -2500.5);
        var gridded = StaffingCurve.Gridded(staffing, 0, 400_000, null);
        gridded.FromBreakpoints(2, handling).Units.Should().Be(-1);
        foreach (double volume in new[] { 0.5, 2, 10 })
        {
            gridded.Fte(volume, handling, 0.3).Should().Be(StaffingCurve.Direct(staffing, 0, null).Fte(volume, handling, 0.3), $"volume {volume}");
        }
    }

    [Theory]
    // One half-hour a week, 52 weeks: traffic = V / 52 × AHT / 1800 s. 1E+12 contacts at 180 s: 1,923,076,923 Erlangs;
    // 52,000 contacts (1,000 in the half-hour) at 2E+9 s (a swing gone wild): 1,000 × 2E+9 / 1800 = 1,111,111,111.
    // Both exceed the limit of 1E+9 Erlangs.
    [InlineData(1e12, 180, "the telephone volume reaches 1E+12 contacts a year (after growth and any contacts moved in), which at a handling time of 180 s gives one interval of its opening hours a traffic of 1.923E+9 Erlangs")]
    [InlineData(52_000, 2e9, "the telephone volume reaches 52,000 contacts a year (after growth and any contacts moved in), which at a handling time of 2E+9 s gives one interval of its opening hours a traffic of 1.111E+9 Erlangs")]
    public void Fte_TrafficBeyondTheLimit_NamesTheVolumesInputAndTheHandlingTime(double volume, double handlingSeconds, string what)
    {
        var week = new OpeningHoursProfile([new OpeningInterval(TimeSpan.FromMinutes(30), 1)], 52);
        var staffing = new ChannelStaffing(TimeSpan.FromSeconds(180), new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)), 0.3, week, 1650, 32_000m);
        foreach (var curve in new[] { StaffingCurve.Direct(staffing, 0, Channel.Telephone), StaffingCurve.Gridded(staffing, 0, 400_000, Channel.Telephone) })
        {
            Action act = () => curve.Fte(volume, handlingSeconds, 0.3);

            act.Should().Throw<InputValidationException>().WithParameterName("$.baseline.volumes.telephone")
                .Which.Message.Should().Contain(what).And.Contain("expected at most 1E+9 Erlangs (check the period of the volumes and the handling time)");
        }

        // Outside a scenario, the annual volume is named.
        Action unnamed = () => StaffingCurve.Direct(staffing, 0, null).Fte(volume, handlingSeconds, 0.3);
        unnamed.Should().Throw<InputValidationException>().WithParameterName("annualVolume");
    }
}
