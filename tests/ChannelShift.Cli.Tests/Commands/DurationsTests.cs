using ChannelShift.Cli.Parsing;

namespace ChannelShift.Cli.Tests.Commands;

public class DurationsTests
{
    [Theory]
    // Hand calculation: 1 s = 10⁷ ticks; 1 m = 60 s; 1 h = 3,600 s.
    [InlineData("180s", 180.0)]
    [InlineData("30m", 1800.0)]
    [InlineData("1.5h", 5400.0)]
    [InlineData(" 2.5 m ", 150.0)]
    [InlineData("0.25s", 0.25)]
    [InlineData("+1h", 3600.0)]
    public void Parse_NumberAndUnit_GivesTheDuration(string text, double seconds)
    {
        Durations.Parse(text, "--aht", allowZero: false).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Parse_ZeroWhenAllowed_IsZero()
    {
        Durations.Parse("0s", "--answer-within", allowZero: true).Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("180", "--aht: \"180\" is not a duration; expected a number and a unit, s, m or h (e.g. 20s, 30m, 1.5h).")]
    [InlineData("3min", "--aht: \"3min\" is not a duration")]
    [InlineData("3 ms", "--aht: \"3 ms\" is not a duration")]
    [InlineData("3S", "--aht: \"3S\" is not a duration")]
    [InlineData("s", "--aht: \"s\" is not a duration")]
    [InlineData("", "--aht: \"\" is not a duration")]
    [InlineData("1,5h", "--aht: \"1,5h\" is not a duration")]
    [InlineData("Infinitys", "--aht: \"Infinitys\" is not a duration")]
    [InlineData("-3m", "--aht: -3m is negative; expected more than 0")]
    [InlineData("0h", "--aht: 0h is zero; expected more than 0")]
    [InlineData("0.00000001s", "--aht: 0.00000001s is shorter than 100 ns")]
    [InlineData("300000000h", "--aht: 300000000h is too long; expected at most 256,204,778h.")]
    public void Parse_CarelessText_NamesTheOptionTheValueAndTheForms(string text, string expected)
    {
        var act = () => Durations.Parse(text, "--aht", allowZero: false);

        act.Should().Throw<UserInputException>().Which.Lines.Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Theory]
    [InlineData(1800.0, "30 min")]
    [InlineData(3600.0, "1 h")]
    [InlineData(5400.0, "90 min")]
    [InlineData(90.0, "90 s")]
    [InlineData(0.0, "0 s")]
    public void Describe_Duration_UsesTheLargestWholeUnit(double seconds, string expected)
    {
        Durations.Describe(TimeSpan.FromSeconds(seconds)).Should().Be(expected);
    }
}
