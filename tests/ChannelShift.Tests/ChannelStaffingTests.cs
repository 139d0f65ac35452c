using ChannelShift.Staffing;
using ChannelShift.Tests.Staffing;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests;

public class ChannelStaffingTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    // fixtures §4 E2: 80% within 20 s, max occupancy 85%, shrinkage 30%; at A = 10 this needs 14 agents.
    private static readonly ServiceLevelTarget EightyInTwenty = new(0.8, TimeSpan.FromSeconds(20));

    internal static ChannelStaffing E2Staffing(OpeningHoursProfile profile, double hoursPerFte) =>
        new(TimeSpan.FromSeconds(180), EightyInTwenty, 0.3, profile, hoursPerFte, 30_000m, 5_000m, 0.85);

    [Fact]
    public void FullTimeEquivalents_OneHalfHourAWeekAt100Arrivals_IsHandCalculated()
    {
        // One 30-min interval a week with all the contacts, 52 weeks. V = 5,200 a year → 5,200/52 × 1 = 100 arrivals
        // per interval → A = 100 × 180 / 1800 = 10 → 14 agents (fixtures §4 E2).
        // FTE = 14 agents × 0.5 h × 52 weeks / (1 − 0.3) / 1,300 h = 364 / 0.7 / 1,300 = 520 / 1,300 = 0.4.
        var profile = new OpeningHoursProfile([new OpeningInterval(HalfHour, 1)], 52);

        double fte = E2Staffing(profile, 1300).FullTimeEquivalents(5200);

        Tolerance.Relative(0.4, fte, 1e-12, "FTE");
    }

    [Fact]
    public void FullTimeEquivalents_TwoHalfHoursSharingEqually_IsHandCalculated()
    {
        // Two 30-min intervals with half the contacts each. V = 10,400 → 10,400/52 × 0.5 = 100 arrivals each → 14 agents
        // each (fixtures §4 E2). FTE = (14 × 0.5 + 14 × 0.5) × 52 / 0.7 / 1,300 = 728 / 0.7 / 1,300 = 0.8.
        var profile = new OpeningHoursProfile([new OpeningInterval(HalfHour, 0.5), new OpeningInterval(HalfHour, 0.5)], 52);

        double fte = E2Staffing(profile, 1300).FullTimeEquivalents(10_400);

        Tolerance.Relative(0.8, fte, 1e-12, "FTE");
    }

    [Fact]
    public void FullTimeEquivalents_OneHourAt250Calls_IsHandCalculated()
    {
        // fixtures §4 E3: 250 calls an hour, AHT 330 s, 80% within 30 s → 28 agents. One 1-hour interval a week,
        // 52 weeks: V = 250 × 52 = 13,000. No shrinkage, 1,456 contracted hours:
        // FTE = 28 × 1 h × 52 / (1 − 0) / 1,456 = 1,456 / 1,456 = 1.
        var profile = new OpeningHoursProfile([new OpeningInterval(TimeSpan.FromHours(1), 1)], 52);
        var staffing = new ChannelStaffing(TimeSpan.FromSeconds(330), new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(30)), 0, profile, 1456, 30_000m);

        Tolerance.Relative(1, staffing.FullTimeEquivalents(13_000), 1e-12, "FTE");
        staffing.AgentsInInterval(0, 13_000).Should().Be(28);
    }

    [Fact]
    public void FullTimeEquivalents_OfficeOpenEightHoursFiveDays_IsHandCalculated()
    {
        // 80 half-hour intervals (8 h × 2 × 5 days), equal shares, 52 weeks. V = 416,000 → 416,000/52/80 = 100 arrivals
        // per interval → 14 agents each (fixtures §4 E2). Agent-hours a week = 14 × 0.5 × 80 = 560;
        // FTE = 560 × 52 / 0.7 / 1,600 = 29,120 / 0.7 / 1,600 = 41,600 / 1,600 = 26.
        ChannelStaffing staffing = E2Staffing(OpeningHoursProfile.HalfHourly(8, 5, 52), 1600);

        Tolerance.Relative(26, staffing.FullTimeEquivalents(416_000), 1e-12, "FTE");
    }

    [Fact]
    public void FullTimeEquivalents_ZeroVolume_IsZero() =>
        E2Staffing(OpeningHoursProfile.HalfHourly(8, 5, 52), 1600).FullTimeEquivalents(0).Should().Be(0);

    [Fact]
    public void FullTimeEquivalents_IntervalWithNoShare_NeedsNoAgentsThere()
    {
        // Hand calculation: the second interval gets no contacts, so only the first is staffed: 0.4 FTE as in the
        // one-interval case above.
        var profile = new OpeningHoursProfile([new OpeningInterval(HalfHour, 1), new OpeningInterval(HalfHour, 0)], 52);
        ChannelStaffing staffing = E2Staffing(profile, 1300);

        staffing.AgentsInInterval(1, 5200).Should().Be(0);
        Tolerance.Relative(0.4, staffing.FullTimeEquivalents(5200), 1e-12, "FTE");
    }

    [Fact]
    public void FullTimeEquivalents_RandomVolumes_NeverFallAsVolumeRises()
    {
        Gen.Select(Gen.Double[0, 2_000_000], Gen.Double[0, 2_000_000], Gen.Int[60, 900], Gen.Double[0, 0.5]).Sample((v1, v2, handlingSeconds, shrinkage) =>
        {
            var staffing = new ChannelStaffing(TimeSpan.FromSeconds(handlingSeconds), EightyInTwenty, shrinkage, StaffingCurveTests.UnevenWeek, 1600, 30_000m);
            double low = Math.Min(v1, v2), high = Math.Max(v1, v2);
            return staffing.FullTimeEquivalents(low) <= staffing.FullTimeEquivalents(high);
        }, iter: 100);
    }

    [Fact]
    public void FullTimeEquivalents_NegativeVolume_IsRejected()
    {
        Action act = () => E2Staffing(OpeningHoursProfile.HalfHourly(8, 5, 52), 1600).FullTimeEquivalents(-1);

        act.Should().Throw<InputValidationException>().WithParameterName("annualVolume");
    }

    [Fact]
    public void FullTimeEquivalents_VolumeBeyondTheTrafficLimit_IsRejected()
    {
        Action act = () => E2Staffing(OpeningHoursProfile.HalfHourly(8, 5, 52), 1600).FullTimeEquivalents(1e18);

        act.Should().Throw<InputValidationException>().WithParameterName("annualVolume");
    }

    [Fact]
    public void Constructor_Values_AreKept()
    {
        OpeningHoursProfile profile = OpeningHoursProfile.HalfHourly(8, 5, 52);

        ChannelStaffing staffing = E2Staffing(profile, 1600);

        staffing.HandlingTime.Should().Be(TimeSpan.FromSeconds(180));
        staffing.Target.Should().BeSameAs(EightyInTwenty);
        staffing.Shrinkage.Should().Be(0.3);
        staffing.OpeningHours.Should().BeSameAs(profile);
        staffing.ContractedHoursPerFtePerYear.Should().Be(1600);
        staffing.CostPerFtePerYear.Should().Be(30_000m);
        staffing.ReleaseCostPerFte.Should().Be(5_000m);
        staffing.MaximumOccupancy.Should().Be(0.85);
    }

    [Fact]
    public void Constructor_ZeroContractedHours_IsRejected()
    {
        Action act = () => E2Staffing(OpeningHoursProfile.HalfHourly(8, 5, 52), 0);

        act.Should().Throw<InputValidationException>().WithParameterName("contractedHoursPerFtePerYear");
    }

    [Fact]
    public void Constructor_NegativeCostPerFte_IsRejected()
    {
        Action act = () => _ = new ChannelStaffing(TimeSpan.FromSeconds(180), EightyInTwenty, 0.3, OpeningHoursProfile.HalfHourly(8, 5, 52), 1600, -1m);

        act.Should().Throw<InputValidationException>().WithParameterName("costPerFtePerYear");
    }

    [Fact]
    public void Constructor_ShrinkageOfOne_IsRejected()
    {
        Action act = () => _ = new ChannelStaffing(TimeSpan.FromSeconds(180), EightyInTwenty, 1, OpeningHoursProfile.HalfHourly(8, 5, 52), 1600, 1m);

        act.Should().Throw<InputValidationException>().WithParameterName("shrinkage");
    }

    [Fact]
    public void Constructor_NullProfile_IsRejected()
    {
        Action act = () => _ = new ChannelStaffing(TimeSpan.FromSeconds(180), EightyInTwenty, 0.3, null!, 1600, 1m);

        act.Should().Throw<ArgumentNullException>().WithParameterName("openingHours");
    }
}
