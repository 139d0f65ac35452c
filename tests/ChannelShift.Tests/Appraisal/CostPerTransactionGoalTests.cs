using System.Globalization;
using ChannelShift.Appraisal;

namespace ChannelShift.Tests.Appraisal;

public class CostPerTransactionGoalTests
{
    [Fact]
    public void Calculate_GdsServiceManualExample_IsExactlyOnePound()
    {
        // fixtures.md §3 (GDS service manual): A = 2.00, B = 0.50, X = 40%, Y = 80%:
        // 2.00 + ((0.50 − 2.00) / (1 − 0.40)) × (0.80 − 0.40) = 2.00 + (−2.5 × 0.40) = 2.00 − 1.00 = 1.00.
        CostPerTransactionGoal.Calculate(2.00m, 0.50m, 0.40m, 0.80m).Should().Be(1.00m);
    }

    [Theory]
    [InlineData("2.00", "0.50", "0.40", "0.40", "2.00")] // Y = X: no change from today's average
    [InlineData("2.00", "0.50", "0.40", "1", "0.50")] // Y = 1: every transaction digital, so the digital cost
    [InlineData("3", "1", "0", "0.5", "2")] // X = 0: A + (B − A)·Y = 3 − 2 × 0.5
    [InlineData("2.00", "0.50", "0.40", "0.10", "2.75")] // take-up falling: 2 + (−2.5 × −0.3)
    [InlineData("0", "0", "0.2", "0.9", "0")]
    public void Calculate_HandCheckedCases(string a, string b, string x, string y, string expected) =>
        CostPerTransactionGoal.Calculate(Parse(a), Parse(b), Parse(x), Parse(y)).Should().Be(Parse(expected));

    [Theory]
    [InlineData("-0.01", "0.5", "0.4", "0.8", "currentAverageCost")]
    [InlineData("2", "-0.5", "0.4", "0.8", "digitalCost")]
    [InlineData("2", "0.5", "1", "0.8", "currentDigitalTakeUp")]
    [InlineData("2", "0.5", "-0.1", "0.8", "currentDigitalTakeUp")]
    [InlineData("2", "0.5", "0.4", "1.2", "targetDigitalTakeUp")]
    [InlineData("2", "0.5", "0.4", "-0.2", "targetDigitalTakeUp")]
    public void Calculate_OutOfRange_ThrowsNamingTheParameterAndValue(string a, string b, string x, string y, string param)
    {
        var act = () => CostPerTransactionGoal.Calculate(Parse(a), Parse(b), Parse(x), Parse(y));
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == param && e.Message.StartsWith(param + ": "));
    }

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
