using ChannelShift.Staffing;
using CsCheck;

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

    [Fact]
    public void UnitsBefore_RandomKindsAndThresholds_EqualsACountOfEveryBreakpointBelowX()
    {
        // Against brute force: Σ over kinds of units × the number of N with A_N × seconds/share < x. Odd numbers of kinds
        // (merge passes with a run left over), repeated thresholds and repeated seconds/share (tied breakpoints), a kind
        // with no share now and then.
        Gen.Select(Gen.Int[1, 13], Gen.Int[2, 30], Gen.Int[0, int.MaxValue]).Sample((kinds, length, seed) =>
        {
            var random = new Random(seed);
            var thresholds = new double[length];
            for (int n = 1; n < length; n++)
            {
                thresholds[n] = thresholds[n - 1] + (n == length - 1 ? 0.5 : random.Next(4) == 0 ? 0 : random.NextDouble() * 3);
            }

            double[] choices = [900, 1800, 3000, 3600, 7200, double.PositiveInfinity];
            var perShare = Enumerable.Range(0, kinds).Select(k => k == 0 ? 1800 : choices[random.Next(choices.Length)]).ToArray();
            var units = Enumerable.Range(0, kinds).Select(_ => (long)(1 + random.Next(4)) << 18).ToArray();
            var breakpoints = StaffingBreakpoints.Build(perShare, units, thresholds);
            for (int i = 0; i < 20; i++)
            {
                double x = i == 0 ? 0 : random.NextDouble() * breakpoints.Reach;
                long expected = 0;
                for (int k = 0; k < kinds; k++)
                {
                    expected += units[k] * thresholds.Count(a => a * perShare[k] < x);
                }

                breakpoints.UnitsBefore(breakpoints.Passed(x)).Should().Be(expected, $"x = {x:R}");
            }
        }, iter: 500);
    }
}
