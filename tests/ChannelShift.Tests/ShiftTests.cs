using ChannelShift.Appraisal;

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

    [Theory]
    [InlineData(null, 0.75)] // web 0.5 + email 0.25; telephone, post and avoided are not digital
    [InlineData("email:false", 0.5)] // a council that answers email by hand
    [InlineData("post:true", 0.85)] // a council whose post is scanned into a digital service
    public void DigitalFraction_CountsTheDestinationsTheCostSetCallsDigital(string? flag, double expected)
    {
        var costs = UnitCostCatalogue.Get("socitm-2012").WithCost(Channel.Email, 2.10m).WithCost(Channel.Post, 5m);
        if (flag is not null)
        {
            var parts = flag.Split(':');
            costs = costs.WithDigital(Channel.Parse(parts[0]), parts[1] == "true");
        }

        var shift = new Shift(
            Channel.FaceToFace,
            Share.One,
            DestinationMix.Of((Channel.Web, Share.FromPercent(50)), (Channel.Email, Share.FromPercent(25)), (Channel.Telephone, Share.FromPercent(10)), (Channel.Post, Share.FromPercent(10)), (Channel.Avoided, Share.FromPercent(5))),
            new FailureDemand(Share.FromPercent(20), Channel.Telephone));

        shift.DigitalFraction(costs).Should().Be((decimal)expected);
    }

    [Fact]
    public void DigitalProblems_TermsThatNeedADigitalDestination_AreProblems()
    {
        var costs = UnitCostCatalogue.Get("socitm-2012");
        var toPhone = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Telephone), new FailureDemand(Share.FromPercent(20), Channel.FaceToFace), new AssistedDigital(Share.FromPercent(10), 2.90m));
        var backOnline = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Web), new FailureDemand(Share.FromPercent(20), Channel.Web));

        toPhone.DigitalProblems(costs).Select(p => p.Path).Should().Equal("failureDemand", "assistedDigital");
        backOnline.DigitalProblems(costs).Select(p => p.Path).Should().Equal("failure.returnsTo");
        var estimate = () => HeadlineEstimate.Calculate(1000m, ContactPeriod.Year, backOnline, costs);
        estimate.Should().Throw<InputValidationException>().Which.Problems.Single().Path.Should().Be("failure.returnsTo");
    }

    [Fact]
    public void IsDigital_BuiltInDefaults_AreTheDigitalChannels()
    {
        var costs = UnitCostCatalogue.Get("socitm-2012");

        Channel.BuiltInChannels.Where(costs.IsDigital).Select(c => c.Key).Should().Equal("web", "email", "webchat", "social-media", "app");
        costs.IsDigital(Channel.Avoided).Should().BeFalse();
        costs.IsDigital(Channel.Custom("kiosk")).Should().BeFalse("a council's own channel is not digital unless it says so");
        costs.WithDigital(Channel.Custom("kiosk"), true).IsDigital(Channel.Custom("kiosk")).Should().BeTrue();
    }
}
