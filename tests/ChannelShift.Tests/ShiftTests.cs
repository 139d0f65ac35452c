namespace ChannelShift.Tests;

public class ShiftTests
{
    [Theory]
    [InlineData("50%", 0.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("100%", 1.0)]
    [InlineData("0", 0.0)]
    [InlineData("12.5%", 0.125)]
    public void Parse_PercentOrFraction_GivesFraction(string text, double fraction) =>
        Share.Parse(text).Fraction.Should().Be((decimal)fraction);

    [Theory]
    [InlineData("1.4", "share: 1.4 is not a share; expected a number from 0 to 1*")]
    [InlineData("-10%", "share: -10% is not a share; expected a percentage from 0% to 100%*")]
    [InlineData("half", "share: \"half\" is not a share*")]
    public void Parse_Invalid_NamesValueAndRange(string text, string message) =>
        ((Action)(() => Share.Parse(text))).Should().Throw<ArgumentException>().WithMessage(message);

    [Fact]
    public void Of_MixNotSummingToOne_Throws() =>
        ((Action)(() => DestinationMix.Of((Channel.Web, Share.FromPercent(50)), (Channel.Telephone, Share.FromPercent(40)))))
            .Should().Throw<ArgumentException>().WithMessage("to: the destination shares sum to 0.9*expected them to sum to 1*");

    [Fact]
    public void Of_MixWithinTolerance_IsAccepted() =>
        DestinationMix.Of((Channel.Web, Share.FromFraction(0.3333335m)), (Channel.Telephone, Share.FromFraction(0.6666670m))).Parts.Should().HaveCount(2);

    [Fact]
    public void Constructor_ShiftToItself_Throws() =>
        ((Action)(() => new Shift(Channel.Web, Share.One, DestinationMix.To(Channel.Web))))
            .Should().Throw<ArgumentException>().WithMessage("*from \"web\" to \"web\" itself*");

    [Fact]
    public void FailureFraction_ExcludesAvoidedAndTheReturnChannel()
    {
        // 20% of the web part (70%) only: 0.14 of the contacts moved.
        var shift = new Shift(
            Channel.FaceToFace,
            Share.One,
            DestinationMix.Of((Channel.Web, Share.FromPercent(70)), (Channel.Telephone, Share.FromPercent(20)), (Channel.Avoided, Share.FromPercent(10))),
            new FailureDemand(Share.FromPercent(20), Channel.Telephone));

        shift.FailureFraction.Should().Be(0.14m);
        shift.NonAvoidedFraction.Should().Be(0.9m);
    }
}
