using CsCheck;

namespace ChannelShift.Tests;

public class MoneyRoundingTests
{
    // ToPenny computes in integers what its definition, Math.Round(x, 2, MidpointRounding.AwayFromZero) + 0.00m, gives:
    // the same bits (value, scale and sign, zero's sign included) for any decimal.
    private static readonly Gen<decimal> Amounts = Gen.Select(
        Gen.OneOf(Gen.UInt, Gen.UInt[0, 10], Gen.Const(5u)),
        Gen.OneOf(Gen.UInt, Gen.UInt[0, 1000], Gen.Const(0u)),
        Gen.OneOf(Gen.UInt, Gen.UInt[0, 100_000], Gen.Const(0u)),
        Gen.Bool,
        Gen.Byte[0, 28]).Select((lo, mid, hi, negative, scale) => new decimal((int)lo, (int)mid, (int)hi, negative, scale));

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

    [Fact]
    public void ToPenny_AnyDecimal_IsItsDefinitionBitForBit()
    {
        Amounts.Sample(
            amount => decimal.GetBits(MoneyRounding.ToPenny(amount)).SequenceEqual(decimal.GetBits(Definition(amount))),
            iter: 200_000);
    }

    [Fact]
    public void ToPenny_ExactHalvesAndTheirNeighbours_AreItsDefinitionBitForBit()
    {
        // q + 1/2 penny − 1, + 0 and + 1 in the last place, at every scale from 3 to 28: the rounding decisions that matter.
        Gen.Select(Gen.ULong[0, 1UL << 52], Gen.Int[3, 28], Gen.Int[-1, 1], Gen.Bool).Sample((pennies, scale, nudge, negative) =>
        {
            var unit = UInt128.One;
            for (var i = 2; i < scale; i++)
            {
                unit *= 10u;
            }

            var mantissa = ((UInt128)pennies * unit) + (unit / 2) + (UInt128)(Int128)nudge;
            if (nudge < 0 && pennies == 0 && unit == 10)
            {
                return true;
            }

            if ((mantissa >> 96) != 0)
            {
                return true;
            }

            var amount = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)scale);
            return decimal.GetBits(MoneyRounding.ToPenny(amount)).SequenceEqual(decimal.GetBits(Definition(amount)));
        }, iter: 100_000);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.001")]
    [InlineData("0.004999")]
    [InlineData("0.005")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-7922816251426433759354395033.5")]
    [InlineData("792281625142643375935439503.35")]
    [InlineData("11258999068426.245")]
    [InlineData("11258999068426.235")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("691091.78743961352657004830921")]
    public void ToPenny_EdgeCases_AreItsDefinitionBitForBit(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        decimal.GetBits(MoneyRounding.ToPenny(amount)).Should().Equal(decimal.GetBits(Definition(amount)));
        decimal.GetBits(MoneyRounding.ToPenny(-amount)).Should().Equal(decimal.GetBits(Definition(-amount)));
    }

    private static decimal Definition(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
