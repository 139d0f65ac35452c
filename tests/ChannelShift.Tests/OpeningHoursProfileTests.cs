namespace ChannelShift.Tests;

public class OpeningHoursProfileTests
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Theory]
    // Half hours a week = hours a day × 2 × days: 8 × 2 × 5 = 80; 24 × 2 × 7 = 336; 9.5 × 2 × 6 = 114.
    [InlineData(8, 5, 80)]
    [InlineData(24, 7, 336)]
    [InlineData(9.5, 6, 114)]
    public void HalfHourly_OfficeHours_GivesEqualHalfHourIntervals(double hoursPerDay, int daysPerWeek, int count)
    {
        OpeningHoursProfile profile = OpeningHoursProfile.HalfHourly(hoursPerDay, daysPerWeek, 52);

        profile.Intervals.Should().HaveCount(count);
        profile.Intervals.Should().OnlyContain(i => i.Length == HalfHour && i.Share == 1.0 / count);
        profile.WeeksPerYear.Should().Be(52);
        profile.OpenHoursPerWeek.Should().Be(count / 2.0);
    }

    [Fact]
    public void HalfHourly_HoursNotInHalfHours_IsRejected()
    {
        Action act = () => OpeningHoursProfile.HalfHourly(7.25, 5, 52);

        act.Should().Throw<InputValidationException>().WithParameterName("hoursPerDay").WithMessage("*7.25*half hours*");
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(8, 0)]
    [InlineData(8, 8)]
    [InlineData(25, 5)]
    public void HalfHourly_OutOfRange_IsRejected(double hoursPerDay, int daysPerWeek)
    {
        Action act = () => OpeningHoursProfile.HalfHourly(hoursPerDay, daysPerWeek, 52);

        act.Should().Throw<InputValidationException>();
    }

    [Fact]
    public void Constructor_SharesNotSummingToOne_IsRejected()
    {
        Action act = () => _ = new OpeningHoursProfile([new OpeningInterval(HalfHour, 0.5), new OpeningInterval(HalfHour, 0.4)], 52);

        act.Should().Throw<ArgumentException>().WithParameterName("intervals").WithMessage("*0.9*expected 1*");
    }

    [Fact]
    public void Constructor_SharesWithinTolerance_AreAccepted()
    {
        var profile = new OpeningHoursProfile([new OpeningInterval(HalfHour, 0.5), new OpeningInterval(HalfHour, 0.5000005)], 52);

        profile.Intervals.Should().HaveCount(2);
    }

    [Fact]
    public void Constructor_NoIntervals_IsRejected()
    {
        Action act = () => _ = new OpeningHoursProfile([], 52);

        act.Should().Throw<ArgumentException>().WithParameterName("intervals");
    }

    [Fact]
    public void Constructor_LongerThanAWeek_IsRejected()
    {
        Action act = () => _ = new OpeningHoursProfile([new OpeningInterval(TimeSpan.FromHours(100), 0.5), new OpeningInterval(TimeSpan.FromHours(100), 0.5)], 52);

        act.Should().Throw<ArgumentException>().WithParameterName("intervals").WithMessage("*200 hours*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(54)]
    [InlineData(double.NaN)]
    public void Constructor_WeeksOutOfRange_IsRejected(double weeks)
    {
        Action act = () => _ = new OpeningHoursProfile([new OpeningInterval(HalfHour, 1)], weeks);

        act.Should().Throw<InputValidationException>().WithParameterName("weeksPerYear");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void OpeningInterval_ShareOutOfRange_IsRejected(double share)
    {
        Action act = () => _ = new OpeningInterval(HalfHour, share);

        act.Should().Throw<InputValidationException>().WithParameterName("share");
    }

    [Fact]
    public void OpeningInterval_ZeroLength_IsRejected()
    {
        Action act = () => _ = new OpeningInterval(TimeSpan.Zero, 0.5);

        act.Should().Throw<InputValidationException>().WithParameterName("length");
    }
}
