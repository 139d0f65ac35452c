using ChannelShift.Staffing;

namespace ChannelShift.Tests.Staffing;

public class StaffingBreakpointsTests
{
    // Thresholds A_0..A_3 = 0, 1, 2.5, 4 Erlangs. Interval 0: half an hour, share 0.6, so seconds/share = 1800/0.6 = 3000;
    // interval 1: an hour, share 0.4, 3600/0.4 = 9000; interval 2: no share. Breakpoints x = A_N × seconds/share:
    // interval 0 at 0, 3000, 7500, 12000; interval 1 at 0, 9000, 22500, 36000. The reach is the busiest interval's last,
    // 4 × 3000 = 12000.
    private static readonly double[] Thresholds = [0, 1, 2.5, 4];
    private static readonly double[] PerShare = [3000, 9000, double.PositiveInfinity];
    private static readonly long[] Units = [1 << 19, 1 << 20, 1 << 20];

    [Theory]
    // x = 0: no traffic, no agents.
    [InlineData(0, 0, 0)]
    // x = 2000: traffic 0.667 and 0.222 Erlangs, 1 agent each (A_0 = 0 < traffic ≤ A_1 = 1): 0.5 + 1 = 1.5 agent-hours.
    [InlineData(2000, 2, 1.5)]
    // x = 8000: traffic 2.667 (A_2 = 2.5 < 2.667 ≤ A_3 = 4: 3 agents) and 0.889 (1 agent): 3 × 0.5 + 1 = 2.5.
    [InlineData(8000, 4, 2.5)]
    // x = 7500 exactly: interval 0's traffic is 2.5 = A_2, which 2 agents carry: 2 × 0.5 + 1 = 2.
    [InlineData(7500, 3, 2)]
    // x = 11999: traffic 4.0 less a little (3 agents) and 1.333 (A_1 = 1 < 1.333 ≤ A_2: 2 agents): 1.5 + 2 = 3.5.
    [InlineData(11999, 5, 3.5)]
    public void UnitsBefore_ByHand_IsTheAgentHoursOfEachIntervalsFewestAgents(double x, int passed, double agentHours)
    {
        var breakpoints = StaffingBreakpoints.Build(PerShare, Units, Thresholds);
        breakpoints.Passed(x).Should().Be(passed);
        breakpoints.UnitsBefore(breakpoints.Passed(x)).Should().Be((long)(agentHours * (1 << 20)));
    }

    [Fact]
    public void Build_ThreeIntervals_ReachIsTheBusiestIntervalsLastThreshold()
    {
        var breakpoints = StaffingBreakpoints.Build(PerShare, Units, Thresholds);
        breakpoints.Reach.Should().Be(12000);
        breakpoints.Source.Should().BeSameAs(Thresholds);
    }

    [Theory]
    [InlineData(30, 524_288L)]
    [InlineData(15, 262_144L)]
    [InlineData(60, 1_048_576L)]
    [InlineData(20, -1L)]
    public void IntervalUnits_IntervalLength_IsAWholeNumberOfUnitsOrNone(int minutes, long units)
    {
        var week = new OpeningHoursProfile([new OpeningInterval(TimeSpan.FromMinutes(minutes), 0.5), new OpeningInterval(TimeSpan.FromMinutes(30), 0.5)], 52);
        var staffing = new ChannelStaffing(TimeSpan.FromSeconds(300), new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)), 0.3, week, 1650, 32_000m);
        var result = StaffingBreakpoints.IntervalUnits(staffing);
        if (units < 0)
        {
            result.Should().BeNull();
        }
        else
        {
            result.Should().Equal(units, 524_288L);
        }
    }
}
