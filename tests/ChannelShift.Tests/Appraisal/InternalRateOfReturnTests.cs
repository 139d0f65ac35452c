using ChannelShift.Appraisal;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests.Appraisal;

public class InternalRateOfReturnTests
{
    // Cases checkable by hand: NPV(r) = Σ c_t / (1 + r)^t = 0.
    [Theory]
    [InlineData(new[] { -100.0, 110.0 }, 0.10)] // 110 / 1.1 = 100
    [InlineData(new[] { -100.0, 0.0, 121.0 }, 0.10)] // 121 / 1.1² = 100
    [InlineData(new[] { 100.0, -110.0 }, 0.10)] // borrowing 100 and repaying 110: one sign change, rate 10%
    [InlineData(new[] { -100.0, 50.0 }, -0.5)] // 50 / 0.5 = 100
    [InlineData(new[] { -100.0, 0.0, 81.0 }, -0.1)] // 81 / 0.9² = 100
    [InlineData(new[] { -100.0, 100.0 }, 0.0)]
    [InlineData(new[] { -1.0, 1000.0 }, 999.0)] // 1000 / 1000 = 1
    [InlineData(new[] { -1_000_000.0, 1.0 }, -0.999999)] // 1 / 0.000001 = 1,000,000
    [InlineData(new[] { -0.0001, 0.00011 }, 0.10)] // scale does not matter
    [InlineData(new[] { -1e12, 1.1e12 }, 0.10)]
    public void Calculate_HandCheckableCases_GiveTheRate(double[] flows, double expected)
    {
        var result = InternalRateOfReturn.Calculate(ToDecimal(flows));

        result.Note.Should().BeNull();
        result.Irr.Should().NotBeNull();
        Tolerance.Absolute(expected, result.Irr!.Value, 1e-10 * Math.Max(1.0, Math.Abs(expected)));
    }

    [Fact]
    public void Calculate_ThreeEqualReturns_GivesTheRateThatZeroesTheNpv()
    {
        // −1000, 500, 500, 500: the brief quoted 0.2337484, but substituting it gives NPV ≈ +0.0053, not 0. At
        // r = 0.2337519: 500/1.2337519 = 405.2674, /1.2337519² = 328.4838, /1.2337519³ = 266.2487, sum 999.9999 ≈ 1000.
        // NPV falls about 1,508 per unit of r there, so 0.0053 / 1508 = 3.5e-6 = 0.2337519 − 0.2337484.
        var irr = InternalRateOfReturn.Calculate([-1000m, 500m, 500m, 500m]).Irr!.Value;

        Tolerance.Places(0.2337519, irr, 7, "IRR");
        Tolerance.Absolute(0.0, Npv([-1000, 500, 500, 500], irr), 1e-7, "NPV at the IRR");
        Npv([-1000, 500, 500, 500], 0.2337484).Should().BeGreaterThan(0.005, "the brief's value is off in the 6th place");
    }

    [Fact]
    public void Calculate_ZerosBetween_AreIgnoredForTheSignCount()
    {
        // 0, −100, 0, 0, 110, 0: −100 / (1 + r) + 110 / (1 + r)^4 = 0, so (1 + r)^3 = 1.1 and r = 1.1^(1/3) − 1 = 0.0322801.
        var result = InternalRateOfReturn.Calculate([0m, -100m, 0m, 0m, 110m, 0m]);

        result.Note.Should().BeNull();
        Tolerance.Absolute(Math.Cbrt(1.1) - 1.0, result.Irr!.Value, 1e-12);
        Tolerance.Places(0.0322801, result.Irr.Value, 7);
    }

    [Theory]
    [InlineData(new[] { 100.0, 200.0, 300.0 })]
    [InlineData(new[] { -100.0, -5.0, 0.0 })]
    [InlineData(new[] { 0.0, 0.0, 0.0 })]
    [InlineData(new[] { 0.0 })]
    public void Calculate_NoSignChange_GivesNullAndTheNote(double[] flows)
    {
        var result = InternalRateOfReturn.Calculate(ToDecimal(flows));

        result.Irr.Should().BeNull();
        result.Note.Should().Be("no sign change").And.Be(InternalRateOfReturn.NoSignChange);
    }

    [Theory]
    [InlineData(new[] { -100.0, 230.0, -132.0 })] // NPV = 0 at both 10% and 20%
    [InlineData(new[] { -100.0, 0.0, 230.0, 0.0, -132.0 })]
    [InlineData(new[] { 10.0, -5.0, 10.0 })] // two sign changes and no real root at all
    public void Calculate_MultipleSignChanges_GivesNullAndTheNote(double[] flows)
    {
        var result = InternalRateOfReturn.Calculate(ToDecimal(flows));

        result.Irr.Should().BeNull();
        result.Note.Should().Be("multiple sign changes").And.Be(InternalRateOfReturn.MultipleSignChanges);
    }

    [Fact]
    public void Calculate_ThirtyYearsOfReturns_ZeroesTheNpv()
    {
        // −1000 then 100 a year for 30 years: the annuity factor at the IRR must be 10; check by substitution.
        decimal[] flows = [-1000m, .. Enumerable.Repeat(100m, 30)];
        var irr = InternalRateOfReturn.Calculate(flows).Irr!.Value;

        var asDouble = Array.ConvertAll(flows, f => (double)f);

        Tolerance.Absolute(0.0, Npv(asDouble, irr), 1e-8);
        Tolerance.Absolute(Bisect(asDouble, 0.0, 1.0), irr, 1e-10, "IRR against a plain bisection of the NPV"); // 0.0930734
    }

    [Fact]
    public void Calculate_InvestmentThenReturns_ZeroesTheNpvAndBracketsIt()
    {
        // Property: an outlay followed by 1–40 non-negative returns (at least one positive) has one sign change; the
        // IRR zeroes the NPV, and the NPV is positive just below it and negative just above it.
        // Returns of at least 1% of the outlay keep 1 + IRR above about 0.01: closer to −100% the root is found only to
        // the solver's relative precision in 1 + IRR (about 1e-8), which no appraisal needs.
        var gen = Gen.Select(Gen.Int[1, 1_000_000], Gen.Int[0, 100_000].Array[1, 40]).Where((outlay, returns) => returns.Any(r => r > 0) && returns.Sum(r => (long)r) * 100L >= outlay);
        gen.Sample((outlay, returns) =>
        {
            double[] flows = [-outlay, .. returns.Select(r => (double)r)];
            var result = InternalRateOfReturn.Calculate(Array.ConvertAll(flows, f => (decimal)f));
            var irr = result.Irr!.Value;
            var scale = flows.Sum(Math.Abs);
            var step = 1e-6 * (1 + irr);
            return Math.Abs(Npv(flows, irr)) <= 1e-9 * scale * (1 + irr)
                && Npv(flows, irr - step) > 0
                && Npv(flows, irr + step) < 0;
        });
    }

    [Fact]
    public void Calculate_TwoEqualReturns_IsTheGoldenRatioLessOne()
    {
        // −1 + 1/y + 1/y² = 0 with y = 1 + r: y² = y + 1, so y = (1 + √5)/2, the golden ratio, and r = (√5 − 1)/2 =
        // 0.6180339887498949. The solver should find it to double precision, not only to its stopping tolerance.
        var irr = InternalRateOfReturn.Calculate([-1m, 1m, 1m]).Irr!.Value;

        Tolerance.Relative((Math.Sqrt(5) - 1) / 2, irr, 1e-15, "IRR of −1, 1, 1");
    }

    [Fact]
    public void Calculate_NegativeRateOfAQuadratic_IsItsClosedForm()
    {
        // −1 + 0.5/y + 0.25/y² = 0: y² − 0.5y − 0.25 = 0, so y = (0.5 + √1.25)/2 = 0.8090169943749475 and
        // r = y − 1 = −0.1909830056250525 (the root is sought in y = 1 + r when the NPV at 0 is negative).
        var irr = InternalRateOfReturn.Calculate([-1m, 0.5m, 0.25m]).Irr!.Value;

        Tolerance.Absolute(((0.5 + Math.Sqrt(1.25)) / 2) - 1, irr, 1e-15, "IRR of −1, 0.5, 0.25");
    }

    [Fact]
    public void Calculate_HugeRate_IsAccurateToDoublePrecision()
    {
        // −1 + 1000/y + 1000/y² = 0: y² − 1000y − 1000 = 0, y = (1000 + √1,004,000)/2 and r = y − 1 = 999.99900199501…
        // Near x = 1/(1 + r) = 0.001 the NPV is steep; the rate must still come out to about 1e-15 relative.
        var irr = InternalRateOfReturn.Calculate([-1m, 1000m, 1000m]).Irr!.Value;

        Tolerance.Relative(((1000 + Math.Sqrt(1_004_000)) / 2) - 1, irr, 1e-14, "IRR of −1, 1000, 1000");
    }

    // Microsoft Support, "IRR function" (Excel), worked example: a 70,000 outlay and net income of 12,000, 15,000,
    // 18,000, 21,000 and 26,000; published to one decimal place of a percentage.
    [Theory]
    [InlineData(new[] { -70000.0, 12000.0, 15000.0, 18000.0, 21000.0 }, -0.021)] // "after four years: -2.1%"
    [InlineData(new[] { -70000.0, 12000.0, 15000.0, 18000.0, 21000.0, 26000.0 }, 0.087)] // "after five years: 8.7%"
    [InlineData(new[] { -70000.0, 12000.0, 15000.0 }, -0.444)] // "after two years: -44.4%"
    public void Calculate_ExcelDocumentationExample_MatchesThePublishedRate(double[] flows, double published)
    {
        var irr = InternalRateOfReturn.Calculate(ToDecimal(flows)).Irr!.Value;

        Tolerance.Absolute(published, irr, 0.0005, "IRR to the published 0.1%");
    }

    [Fact]
    public void Calculate_LongAppraisal_ZeroesTheNpvWithoutOverflow()
    {
        // 1,000 years at r near −1 or far above 0 would overflow (1 + r)^t in a direct evaluation: −1 then 1e-6 a year
        // for 1,000 years has its root at r < 0 (the flows sum to −0.999), and 1 then −2 at r = 1 (−2/2 + 1 = 0) padded
        // with 999 zeros after it.
        decimal[] small = [-1m, .. Enumerable.Repeat(0.000001m, 1000)];
        var negative = InternalRateOfReturn.Calculate(small).Irr!.Value;
        Tolerance.Absolute(0.0, Npv(Array.ConvertAll(small, f => (double)f), negative), 1e-12, "NPV at the IRR");
        negative.Should().BeLessThan(0);

        decimal[] padded = [1m, -2m, .. Enumerable.Repeat(0m, 999)];
        Tolerance.Absolute(1.0, InternalRateOfReturn.Calculate(padded).Irr!.Value, 1e-15, "IRR of 1, −2");
    }

    [Fact]
    public void Calculate_Empty_Throws()
    {
        var act = () => InternalRateOfReturn.Calculate([]);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "netFlows");
    }

    private static double Npv(double[] flows, double rate)
    {
        var npv = 0.0;
        for (var t = 0; t < flows.Length; t++)
        {
            npv += flows[t] / Math.Pow(1 + rate, t);
        }

        return npv;
    }

    // Independent of the library: plain bisection of NPV(r) on [low, high], where NPV(low) > 0 > NPV(high).
    private static double Bisect(double[] flows, double low, double high)
    {
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            if (Npv(flows, middle) > 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static decimal[] ToDecimal(double[] values) => Array.ConvertAll(values, v => (decimal)v);
}
