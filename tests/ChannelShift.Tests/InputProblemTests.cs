using ChannelShift.Serialization;

namespace ChannelShift.Tests;

/// <summary>Problems are data: a path, a code, the value, what is wrong and what was expected, from the model's
/// constructors and the scenario reader alike, every problem at once.</summary>
public class InputProblemTests
{
    [Fact]
    public void ToString_WithSourceAndLine_IsFileLinePathMessage()
    {
        var problem = new InputProblem("$.shifts[0].share", ProblemCodes.OutOfRange, "1.4 is not a share", "a number from 0 to 1", "1.4").At("council.json", 7);

        problem.ToString().Should().Be("council.json:7: $.shifts[0].share: 1.4 is not a share; expected a number from 0 to 1");
        problem.WithPath("--shift").ToString().Should().Be("council.json:7: --shift: 1.4 is not a share; expected a number from 0 to 1");
    }

    [Fact]
    public void ChannelStaffing_SeveralBadArguments_ReportsEveryOneAtOnce()
    {
        var act = () => new ChannelStaffing(
            TimeSpan.FromSeconds(300),
            new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)),
            shrinkage: 1.2,
            OpeningHoursProfile.HalfHourly(8, 5, 52),
            contractedHoursPerFtePerYear: 0,
            costPerFtePerYear: -1m);

        var problems = act.Should().Throw<InputValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().Equal("shrinkage", "contractedHoursPerFtePerYear", "costPerFtePerYear");
        problems.Should().OnlyContain(p => p.Code == ProblemCodes.OutOfRange);
        problems[0].Value.Should().Be("1.2");
        problems[0].Expected.Should().Be(Rules.Shrinkage.Expected);
    }

    [Fact]
    public void Read_ShareOutOfRange_IsAProblemWithCodeValueAndExpected()
    {
        var json = """
            { "baseline": { "period": "year", "volumes": { "f2f": 100 } },
              "shifts": [ { "from": "f2f", "share": 1.4, "to": "web" } ],
              "appraisal": { "years": 3 } }
            """;

        var problem = FluentActions.Invoking(() => ScenarioReader.Parse(json, "council.json"))
            .Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.shifts[0].share");
        problem.Code.Should().Be(ProblemCodes.OutOfRange);
        problem.Value.Should().Be("1.4");
        problem.Expected.Should().Be(Rules.Share.Expected, "the reader and the model check a share with one rule");
        problem.Line.Should().Be(2);
        problem.Source.Should().Be("council.json");
    }

    [Fact]
    public void Share_FromFractionAndTheReader_UseTheSameRule()
    {
        var act = () => Share.FromFraction(1.4m);

        act.Should().Throw<InputValidationException>().Which.Problems.Single().Expected.Should().Be(Rules.Share.Expected);
    }

    [Theory]
    [InlineData(0.5, 0, 1)]
    [InlineData(0.02, -0.99, 0.5)]
    public void SearchRange_OfTheRules_IsTheRangeASensitivityAnalysisSearches(double value, double low, double high)
    {
        var rule = low < 0 ? Rules.Growth : Rules.Share;

        rule.SearchRange(value).Should().Be((low, high));
    }

    [Fact]
    public void SearchRange_UnboundedAbove_IsTenTimesTheValue()
    {
        Rules.Amount.SearchRange(250_000).Should().Be((0, 2_500_000));
        Rules.PositiveYears.SearchRange(0.05).Should().Be((0.01, 1));
    }
}
