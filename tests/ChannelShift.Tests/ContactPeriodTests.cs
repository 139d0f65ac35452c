namespace ChannelShift.Tests;

public class ContactPeriodTests
{
    [Theory]
    [InlineData("day", 365)]
    [InlineData("week", 52)]
    [InlineData("month", 12)]
    [InlineData("quarter", 4)]
    [InlineData("year", 1)]
    [InlineData("Monthly", 12)]
    public void Parse_Period_HasItsPeriodsPerYear(string text, int perYear) =>
        ContactPeriod.Parse(text).PeriodsPerYear.Should().Be(perYear);

    [Fact]
    public void Day_WithWorkingDays_Annualises() =>
        ContactPeriod.Day(253m).Annualise(100m).Should().Be(25_300m);

    [Fact]
    public void Parse_Unknown_SuggestsAndLists() =>
        ((Action)(() => ContactPeriod.Parse("mnth"))).Should().Throw<ArgumentException>()
            .WithMessage("period: \"mnth\" is not a period (did you mean \"month\"?); expected one of day, week, month, quarter, year*");

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public void Day_DaysOutOfRange_Throws(int days) =>
        ((Action)(() => ContactPeriod.Day(days))).Should().Throw<InputValidationException>().WithMessage("daysPerYear: *");
}
