using ChannelShift.Serialization;

namespace ChannelShift.Tests;

/// <summary>A baseline's seasonal profiles: 12 weights a channel, January to December, with a mean of 1.</summary>
public class BaselineTests
{
    [Theory]
    // calendar month, contacts that month of 12,000 a year: January weight 1.5 gives 12,000 × 1.5 / 12 = 1,500;
    // February 0.5 gives 500; the others 1,000; the web, without a profile, 1,000 every month
    [InlineData(1, 1_500, 1_000)]
    [InlineData(2, 500, 1_000)]
    [InlineData(7, 1_000, 1_000)]
    public void MonthlyPart_WithAndWithoutAProfile_SpreadsTheYear(int month, double faceToFace, double web)
    {
        var baseline = new Baseline(
            ContactPeriod.Month,
            new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 1_000m, [Channel.Web] = 1_000m },
            new Dictionary<Channel, IReadOnlyList<decimal>> { [Channel.FaceToFace] = [1.5m, 0.5m, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });

        baseline.MonthlyPart(Channel.FaceToFace, month, 12_000m).Should().Be((decimal)faceToFace);
        baseline.MonthlyPart(Channel.Web, month, 12_000m).Should().Be((decimal)web);
    }

    [Fact]
    public void MonthlyPart_TwelveMonths_AddUpToTheYear()
    {
        var baseline = new Baseline(
            ContactPeriod.Month,
            new Dictionary<Channel, decimal> { [Channel.Telephone] = 1m },
            new Dictionary<Channel, IReadOnlyList<decimal>> { [Channel.Telephone] = [1.0m, 1.0m, 1.4m, 1.3m, 1.0m, 0.9m, 0.9m, 0.8m, 0.9m, 1.0m, 0.9m, 0.9m] });

        Enumerable.Range(1, 12).Sum(m => baseline.MonthlyPart(Channel.Telephone, m, 471_612m)).Should().BeApproximately(471_612m, 0.000000001m);
    }

    [Theory]
    [InlineData("[1, 1, 1]", "3 weights")]
    [InlineData("[2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", "mean is")]
    [InlineData("[-1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]", "negative")]
    public void Read_BadSeasonality_IsAProblemAtItsPath(string weights, string message)
    {
        var json = """
            { "name": "Seasonal", "unitCosts": { "catalogue": "socitm-2012" },
              "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 },
                            "seasonality": { "face-to-face": WEIGHTS } },
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
              "appraisal": { "years": 3, "firstYear": 2026 } }
            """.Replace("WEIGHTS", weights, StringComparison.Ordinal);

        var act = () => ScenarioReader.Parse(json, "seasonal.json");

        act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle(p => p.Path == "$.baseline.seasonality.face-to-face" && p.What.Contains(message));
    }

}
