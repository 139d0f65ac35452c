using ChannelShift.Money;

namespace ChannelShift.Tests.Money;

public class MoneyRoundingTests
{
    // Half away from zero, as a spreadsheet's ROUND(x, 2): the expected values are what Excel's ROUND gives.
    // 2.345 and 0.125 would be 2.34 and 0.12 under .NET's default banker's rounding, so these cases tell the two apart.
    public static TheoryData<decimal, decimal> Cases => new()
    {
        { 2.345m, 2.35m },
        { -2.345m, -2.35m },
        { 2.344m, 2.34m },
        { -2.344m, -2.34m },
        { 0.125m, 0.13m },
        { 0.005m, 0.01m },
        { -0.005m, -0.01m },
        { 10023416.273545m, 10023416.27m },
        { 7m, 7m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToPenny_Amount_RoundsHalfAwayFromZero(decimal amount, decimal expected) =>
        MoneyRounding.ToPenny(amount).Should().Be(expected);

    [Fact]
    public void ToPenny_Midpoint_DiffersFromBankersRounding() =>
        MoneyRounding.ToPenny(2.345m).Should().NotBe(Math.Round(2.345m, 2));
}
