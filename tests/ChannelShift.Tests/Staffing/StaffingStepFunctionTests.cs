using ChannelShift.Staffing;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests.Staffing;

public class StaffingStepFunctionTests
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
    public void FullTimeEquivalents_RandomVolumes_EqualTheDirectComputation()
    {
        // Reference: ChannelStaffing.FullTimeEquivalents (one Erlang C search per interval). The step function sums per
        // distinct interval, so allow 1e-12 relative for summation order; one agent in one half hour is ~1e-3 here.
        ChannelStaffing staffing = Staffing(300, 0.3, 0.9);
        var steps = StaffingStepFunction.Create(staffing, 100_000, 400_000);

        steps.GroupCount.Should().BeLessThan(staffing.OpeningHours.Intervals.Count, "equal intervals share one table");
        steps.StepCount.Should().BeGreaterThan(20);
        Gen.Double[0, 500_000].Sample(volume =>
        {
            Tolerance.Relative(staffing.FullTimeEquivalents(volume), steps.FullTimeEquivalents(volume), 1e-12, $"FTE at {volume:R}");
        }, iter: 2000);
    }

    [Fact]
    public void FullTimeEquivalents_RandomModelsAndRanges_EqualTheDirectComputation()
    {
        Gen.Select(Gen.Int[60, 600], Gen.Double[0, 0.4], Gen.Double[0.6, 1], Gen.Double[0, 300_000], Gen.Double[0, 300_000]).Sample((handlingSeconds, shrinkage, cap, v1, v2) =>
        {
            ChannelStaffing staffing = Staffing(handlingSeconds, shrinkage, cap);
            var steps = StaffingStepFunction.Create(staffing, Math.Min(v1, v2), Math.Max(v1, v2));
            foreach (double volume in new[] { 0, v1, v2, (v1 + v2) / 2, v1 * 0.9, v2 * 1.1, Math.Min(v1, v2) + 1 })
            {
                Tolerance.Relative(staffing.FullTimeEquivalents(volume), steps.FullTimeEquivalents(volume), 1e-12, $"FTE at {volume:R}");
            }
        }, iter: 30);
    }

    [Fact]
    public void FullTimeEquivalents_ZeroVolumeInRange_IsZero()
    {
        var steps = StaffingStepFunction.Create(Staffing(300, 0.3, 1), 0, 200_000);

        steps.FullTimeEquivalents(0).Should().Be(0);
    }

    [Fact]
    public void Create_ReversedRange_IsRejected()
    {
        Action act = () => StaffingStepFunction.Create(Staffing(300, 0.3, 1), 200, 100);

        act.Should().Throw<InputValidationException>().WithParameterName("maximumAnnualVolume");
    }
}
