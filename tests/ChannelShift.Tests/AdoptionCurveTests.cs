using System.Globalization;
using ChannelShift.Tests.Support;

namespace ChannelShift.Tests;

public class AdoptionCurveTests
{
    // fixtures.md §2a: the logistic S-curve through a(1) = start and a(years) = target, to 6 places.
    // Row 0.1 → 0.9 over 5 years by hand: logit(0.1) = −ln 9, logit(0.9) = ln 9, k = 2 ln 9 / 4 = ln 3, m = 1 + ln 9 / ln 3 = 3,
    // so a(t) = 1 / (1 + 3^(3 − t)): a(2) = 1/4, a(3) = 1/2, a(4) = 3/4, a(5) = 9/10, a(6) = 27/28 = 0.964286.
    [Theory]
    [InlineData(0.2, 0.8, 4, new[] { 0.2, 0.386488, 0.613512, 0.8, 0.909742, 0.962119 })]
    [InlineData(0.1, 0.9, 5, new[] { 0.1, 0.25, 0.5, 0.75, 0.9, 0.964286 })]
    public void Fraction_SCurveFixtureRows_MatchToSixPlaces(double start, double target, double years, double[] expected)
    {
        var curve = AdoptionCurve.SCurve(start, target, years);
        for (var t = 1; t <= expected.Length; t++)
        {
            Tolerance.Places(expected[t - 1], curve.Fraction(t), 6, $"a({t})");
        }
    }

    [Theory]
    [InlineData(0.2, 0.8, 4)]
    [InlineData(0.1, 0.9, 5)]
    [InlineData(0.05, 0.95, 2)]
    [InlineData(0.3, 0.31, 3)]
    [InlineData(0.2, 0.8, 3.5)]
    public void Fraction_SCurve_PassesThroughStartAndTargetAndIsZeroInYearZero(double start, double target, double years)
    {
        var curve = AdoptionCurve.SCurve(start, target, years);

        curve.Fraction(0).Should().Be(0.0);
        Tolerance.Absolute(start, curve.Fraction(1), 1e-12, "a(1)");
        if (years == Math.Floor(years))
        {
            Tolerance.Absolute(target, curve.Fraction((int)years), 1e-12, "a(years)");
        }
    }

    [Fact]
    public void Fraction_SCurve_RisesTowardsOneBeyondTheTargetYear()
    {
        var curve = AdoptionCurve.SCurve(0.2, 0.8, 4);
        var fractions = curve.Fractions(60);

        fractions.Should().BeInAscendingOrder();
        fractions[60].Should().BeLessThanOrEqualTo(1.0);
        Tolerance.Absolute(1.0, fractions[60], 1e-12, "a(60)");
    }

    [Theory]
    [InlineData(3.0, new[] { 0.0, 1.0 / 3, 2.0 / 3, 1.0, 1.0, 1.0 })]
    [InlineData(2.5, new[] { 0.0, 0.4, 0.8, 1.0, 1.0 })] // 1/2.5 = 0.4, 2/2.5 = 0.8
    [InlineData(1.0, new[] { 0.0, 1.0, 1.0 })]
    [InlineData(0.5, new[] { 0.0, 1.0, 1.0 })] // min(1/0.5, 1) = 1
    [InlineData(10.0, new[] { 0.0, 0.1, 0.2, 0.3 })]
    public void Fraction_Linear_IsMinOfYearOverYearsAndOne(double years, double[] expected)
    {
        var curve = AdoptionCurve.Linear(years);
        for (var t = 0; t < expected.Length; t++)
        {
            Tolerance.Absolute(expected[t], curve.Fraction(t), 1e-15, $"a({t})");
        }
    }

    [Fact]
    public void Fraction_Immediate_IsZeroInYearZeroThenOne()
    {
        AdoptionCurve.Immediate.Fraction(0).Should().Be(0.0);
        AdoptionCurve.Immediate.Fractions(5).Should().Equal(0.0, 1.0, 1.0, 1.0, 1.0, 1.0);
    }

    [Fact]
    public void Fractions_EachEntry_EqualsFractionOfItsYear()
    {
        var curve = AdoptionCurve.SCurve(0.2, 0.8, 4);
        var fractions = curve.Fractions(8);

        fractions.Should().HaveCount(9);
        for (var t = 0; t <= 8; t++)
        {
            fractions[t].Should().Be(curve.Fraction(t));
        }
    }

    [Fact]
    public void Fraction_NegativeYear_Throws()
    {
        var act = () => AdoptionCurve.Linear(3).Fraction(-1);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "year" && e.Message.Contains("-1"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Linear_YearsNotPositive_Throws(double years)
    {
        var act = () => AdoptionCurve.Linear(years);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "years" && e.Message.StartsWith("years: "));
    }

    [Theory]
    [InlineData(0.0, 0.8, 4.0, "start", "start: 0 ")]
    [InlineData(-0.1, 0.8, 4.0, "start", "start: -0.1 ")]
    [InlineData(1.0, 0.8, 4.0, "start", "start: 1 ")]
    [InlineData(0.2, 1.0, 4.0, "target", "target: 1 ")]
    [InlineData(0.2, 0.0, 4.0, "target", "target: 0 ")]
    [InlineData(0.8, 0.2, 4.0, "target", "target: 0.2 is not above start 0.8")]
    [InlineData(0.5, 0.5, 4.0, "target", "target: 0.5 is not above start 0.5")]
    [InlineData(0.2, 0.8, 1.0, "years", "years: 1 is less than 2")]
    [InlineData(0.2, 0.8, 1.99, "years", "years: 1.99 is less than 2")]
    [InlineData(double.NaN, 0.8, 4.0, "start", "start: NaN")]
    [InlineData(0.2, 0.8, double.PositiveInfinity, "years", "years: Infinity")]
    public void SCurve_InvalidParameters_ThrowNamingTheValueAndTheRule(double start, double target, double years, string param, string messageStart)
    {
        var act = () => AdoptionCurve.SCurve(start, target, years);
        var error = act.Should().Throw<InputValidationException>().Which;

        error.ParamName.Should().Be(param);
        error.Message.Should().StartWith(messageStart);
        if (!double.IsNaN(start) && !double.IsInfinity(years))
        {
            error.Message.Should().Contain("0 < start < target < 1").And.Contain("years >= 2");
        }
    }

    [Fact]
    public void NameAndDescription_DescribeTheCurve_InTheInvariantCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            AdoptionCurve.Immediate.Name.Should().Be("immediate");
            AdoptionCurve.Linear(2.5).Name.Should().Be("linear");
            AdoptionCurve.Linear(2.5).Description.Should().Be("linear over 2.5 years");
            AdoptionCurve.SCurve(0.2, 0.8, 4).Name.Should().Be("s-curve");
            AdoptionCurve.SCurve(0.2, 0.8, 4).ToString().Should().Be("s-curve from 0.2 to 0.8 over 4 years");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
    [Theory]
    // linear over 3 years, delayed by d: a(t) = min(max(t − d, 0) / 3, 1)
    [InlineData(0.25, 1, 0.25)]          // (1 − 0.25) / 3
    [InlineData(0.25, 2, 0.583333333)]   // 1.75 / 3
    [InlineData(1.5, 1, 0.0)]            // not started
    [InlineData(-0.5, 1, 0.5)]           // brought forward: 1.5 / 3
    [InlineData(0.25, 4, 1.0)]
    public void Delayed_LinearCurve_ShiftsItInTime(double delay, int year, double expected)
    {
        Tolerance.Places(expected, AdoptionCurve.Linear(3).Delayed(delay).Fraction(year), 9, "a(t − d)");
    }

    [Fact]
    public void Delayed_SCurve_ReadsTheLogisticBetweenYears()
    {
        // s-curve from 0.2 to 0.8 over 4 years: k = (logit 0.8 − logit 0.2) / 3 = 2 ln 4 / 3 = 0.924196;
        // a(2 − 0.5) = 1 / (1 + e^−(logit 0.2 + 0.5k)) = 1 / (1 + e^(1.386294 − 0.462098)) = 1 / 3.519842 = 0.284104.
        var curve = AdoptionCurve.SCurve(0.2, 0.8, 4).Delayed(0.5);

        Tolerance.Places(0.284104, curve.Fraction(2), 6, "a(1.5)");
        curve.Fraction(0).Should().Be(0.0);
        curve.Description.Should().Contain("delayed by 0.5 years");
    }

    [Fact]
    public void Delayed_Twice_AddsTheDelaysAndZeroIsTheCurveItself()
    {
        var linear = AdoptionCurve.Linear(3);

        linear.Delayed(0).Should().BeSameAs(linear);
        Tolerance.Places(linear.Delayed(0.5).Fraction(2), linear.Delayed(0.25).Delayed(0.25).Fraction(2), 12, "d1 + d2");
    }
    [Fact]
    public void SCurve_TargetAndMidpoint_AreTheOnesItWasMadeFrom()
    {
        // From 0.2 to 0.8 over 4 years: k = (logit 0.8 − logit 0.2) / 3 = 2 ln 4 / 3 = 0.924196, and the midpoint, where
        // a = ½, is 1 − logit(0.2) / k = 1 + ln 4 / k = 2.5 (halfway between years 1 and 4, by symmetry).
        var curve = AdoptionCurve.SCurve(0.2, 0.8, 4);

        Tolerance.Places(0.8, curve.Target, 12, "target");
        Tolerance.Places(2.5, curve.Midpoint, 12, "midpoint");
    }
}
