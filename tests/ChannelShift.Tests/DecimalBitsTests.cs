using CsCheck;

namespace ChannelShift.Tests;

public class DecimalBitsTests
{
    [Theory]
    [InlineData(0, 0, 0, false, 0)]
    [InlineData(1, 0, 0, false, 0)]
    [InlineData(-1, -1, -1, true, 28)]
    [InlineData(123456789, 987654321, 42, true, 7)]
    [InlineData(0, 1, 0, false, 2)]
    public void Parts_KnownDecimals_AreWhatGetBitsSays(int lo, int mid, int hi, bool negative, byte scale)
    {
        var value = new decimal(lo, mid, hi, negative, scale);

        DecimalBits.Low(value).Should().Be(((ulong)(uint)mid << 32) | (uint)lo);
        DecimalBits.High(value).Should().Be((uint)hi);
        DecimalBits.Flags(value).Should().Be(decimal.GetBits(value)[3]);
        DecimalBits.Create(decimal.GetBits(value)[3], (uint)hi, ((ulong)(uint)mid << 32) | (uint)lo).Should().Be(value);
    }

    [Fact]
    public void Parts_AnyDecimal_RoundTripThroughCreate()
    {
        Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Byte[0, 28]).Sample((lo, mid, hi, negative, scale) =>
        {
            var value = new decimal(lo, mid, hi, negative, scale);
            var bits = decimal.GetBits(value);
            var again = DecimalBits.Create(DecimalBits.Flags(value), DecimalBits.High(value), DecimalBits.Low(value));
            return DecimalBits.Flags(value) == bits[3] && DecimalBits.High(value) == (uint)bits[2]
                && decimal.GetBits(again).SequenceEqual(bits);
        });
    }

    [Fact]
    public void Accumulate_AnyOperands_IsTheOperatorBitForBit()
    {
        // From 0m (where it skips the operator), from other zeros (0.00, −0) and from any sum.
        var zeros = Gen.OneOf(Gen.Const(0m), Gen.Const(0.00m), Gen.Const(new decimal(0, 0, 0, true, 0)), Gen.Const(new decimal(0, 0, 0, true, 5)));
        var amounts = Gen.Select(Gen.Int, Gen.Int[0, 1000], Gen.Int[0, 10], Gen.Bool, Gen.Byte[0, 28]).Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, scale));
        Gen.Select(Gen.OneOf(zeros, amounts), Gen.OneOf(amounts, zeros)).Sample(
            (sum, addend) => decimal.GetBits(DecimalBits.Accumulate(sum, addend)).SequenceEqual(decimal.GetBits(sum + addend)),
            iter: 100_000);
    }

    [Fact]
    public void Identical_SameValueOtherScale_IsFalse()
    {
        DecimalBits.Identical(1m, 1.0m).Should().BeFalse("1 and 1.0 are equal but not the same bits");
        DecimalBits.Identical(1.0m, 1.0m).Should().BeTrue();
        DecimalBits.Identical(-2.5m, 2.5m).Should().BeFalse();
    }
}
