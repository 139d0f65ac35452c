using ChannelShift.Appraisal;
using ChannelShift.Tests.Support;

namespace ChannelShift.Tests.Appraisal;

public class PaybackTests
{
    [Fact]
    public void Years_FixtureExample_IsTwoPlusTheShareOfYearThree()
    {
        // fixtures.md §2: net −576,000, 130,302, 383,424, 458,778.
        // C = −576,000; −576,000 + 130,302 = −445,698; −445,698 + 383,424 = −62,274; −62,274 + 458,778 = 396,504.
        // C is negative last in year 2, so t* = 3 and payback = (3 − 1) + 62,274 / 458,778 = 2 + 0.1357388… = 2.1357 years.
        var payback = Payback.Years([-576_000m, 130_302m, 383_424m, 458_778m]);

        payback.Should().NotBeNull();
        Tolerance.Absolute(2.0 + (62_274.0 / 458_778.0), payback!.Value, 1e-12);
        Tolerance.Places(2.1357, payback.Value, 4);
    }

    [Theory]
    [InlineData(new[] { 0.0, 10.0, 20.0 })]
    [InlineData(new[] { 100.0, -50.0, 10.0 })] // C = 100, 50, 60: never negative
    [InlineData(new[] { 0.0, 0.0 })]
    [InlineData(new[] { 5.0 })]
    public void Years_CumulativeNeverNegative_IsZero(double[] flows) =>
        Payback.Years(ToDecimal(flows)).Should().Be(0.0);

    [Theory]
    [InlineData(new[] { -100.0, 50.0, 40.0 })] // C ends at −10
    [InlineData(new[] { -100.0, 150.0, -60.0 })] // C = −100, 50, −10: pays back, then ends negative
    [InlineData(new[] { -1.0 })]
    public void Years_CumulativeEndsNegative_IsNull(double[] flows) =>
        Payback.Years(ToDecimal(flows)).Should().BeNull();

    [Fact]
    public void Years_DipsNegativeAgain_CountsFromTheLastCrossing()
    {
        // C = −100, 50, −50, 50: non-negative for good only from year 3, so t* = 3 and payback = 2 + 50 / 100 = 2.5
        // (the first crossing, 0 + 100 / 150 = 0.667, does not count).
        Payback.Years([-100m, 150m, -100m, 100m]).Should().Be(2.5);
    }

    [Fact]
    public void Years_ZeroCrossingExactlyAtAYearEnd_IsThatYear()
    {
        // C = −100, −50, 0: C(2) = 0 is non-negative, so t* = 2 and payback = 1 + 50 / 50 = 2 exactly.
        Payback.Years([-100m, 50m, 50m]).Should().Be(2.0);

        // C = −100, 0, 0, 0: t* = 1, payback = 0 + 100 / 100 = 1 exactly.
        Payback.Years([-100m, 100m, 0m, 0m]).Should().Be(1.0);
    }

    [Fact]
    public void Years_RecoveredWithinYearOne_IsAFractionOfAYear() =>
        Payback.Years([-100m, 400m]).Should().Be(0.25); // 0 + 100 / 400

    [Fact]
    public void Years_Empty_Throws()
    {
        var act = () => Payback.Years([]);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "netFlows");
    }

    [Fact]
    public void DiscountedYears_TenPercent_AppliesTheRuleToPresentValues()
    {
        // At a constant 10%: −100, 55, 66 have present values −100, 55 / 1.1 = 50, 66 / 1.21 = 54.5454…;
        // C = −100, −50, 4.5454…, so discounted payback = 1 + 50 / (66 / 1.21) = 1 + 60.5 / 66 = 1.9166667.
        // Undiscounted: C = −100, −45, 21, so payback = 1 + 45 / 66 = 1.6818182.
        decimal[] flows = [-100m, 55m, 66m];

        Tolerance.Absolute(1.0 + (60.5 / 66.0), Payback.DiscountedYears(flows, DiscountSchedule.Constant(0.10))!.Value, 1e-12);
        Tolerance.Absolute(1.0 + (45.0 / 66.0), Payback.Years(flows)!.Value, 1e-12);
    }

    [Fact]
    public void DiscountedYears_DiscountingPushesItPastTheEnd_IsNull()
    {
        // −100, 55, 55 pays back undiscounted (C = −100, −45, 10) but at 10% the PVs are −100, 50, 45.45: C ends at −4.55.
        decimal[] flows = [-100m, 55m, 55m];

        Payback.Years(flows).Should().NotBeNull();
        Payback.DiscountedYears(flows, DiscountSchedule.Constant(0.10)).Should().BeNull();
    }

    [Fact]
    public void DiscountedYears_GreenBook_UsesItsFactors()
    {
        // −10,023,416.27 in year 0 against 2,220,000 a year in years 1–5: the fixtures' annuity PV is 10,023,416.27
        // (fixtures.md §2), so the cumulative PV reaches 0 (to within a fraction of a penny) at the end of year 5.
        var payback = Payback.DiscountedYears([-10_023_416.27m, 2_220_000m, 2_220_000m, 2_220_000m, 2_220_000m, 2_220_000m], DiscountSchedule.GreenBook);

        payback.Should().NotBeNull();
        Tolerance.Absolute(5.0, payback!.Value, 1e-6);
    }

    [Fact]
    public void DiscountedYears_NullArguments_Throw()
    {
        FluentActions.Invoking(() => Payback.DiscountedYears(null!, DiscountSchedule.GreenBook)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Payback.DiscountedYears([1m], null!)).Should().Throw<ArgumentNullException>();
    }

    private static decimal[] ToDecimal(double[] values) => Array.ConvertAll(values, v => (decimal)v);
}
