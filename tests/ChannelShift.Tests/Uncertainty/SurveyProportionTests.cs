using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;
using CsCheck;

namespace ChannelShift.Tests.Uncertainty;

public sealed class SurveyProportionTests
{
    // fixtures.md §5: 5 of 10 at 90% from R package tern's prop_wilson test (7 places); 16 of 67 and 51 of 67 at 95%
    // recomputed from the Wilson formula (4 places).
    [Theory]
    [InlineData(5, 10, 0.90, 0.2692718, 0.7307282, 7)]
    [InlineData(16, 67, 0.95, 0.1527, 0.3533, 4)]
    [InlineData(51, 67, 0.95, 0.6467, 0.8473, 4)]
    public void Wilson_FixturesSection5(int yes, int of, double confidence, double lower, double upper, int places)
    {
        var interval = SurveyProportion.Wilson(yes, of, confidence);
        Tolerance.Places(lower, interval.Lower, places, "lower");
        Tolerance.Places(upper, interval.Upper, places, "upper");
        interval.Proportion.Should().Be((double)yes / of);
        interval.Confidence.Should().Be(confidence);
        interval.Method.Should().Be(ProportionIntervalMethod.Wilson);
        interval.Yes.Should().Be(yes);
        interval.Of.Should().Be(of);
    }

    [Fact]
    public void Wilson_DefaultConfidence_IsNinetyFivePercent()
    {
        SurveyProportion.Wilson(16, 67).Should().Be(SurveyProportion.Wilson(16, 67, 0.95));
    }

    [Fact]
    public void Wilson_BoundsSolveTheScoreTestEquation()
    {
        // Wilson's interval is {p : |p̂ − p| ≤ z·√(p(1 − p)/n)}, so both bounds satisfy (p̂ − p)² = z²·p(1 − p)/n
        // (Wilson 1927). Checked over random surveys, z from a table-independent source (MathNet's Normal.InvCDF).
        Gen.Select(Gen.Int[1, 5000], Gen.Double[0, 1], Gen.Double[0.5, 0.999]).Sample((of, share, confidence) =>
        {
            var yes = (int)Math.Round(share * of);
            var interval = SurveyProportion.Wilson(yes, of, confidence);
            var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
            var pHat = (double)yes / of;
            foreach (var p in new[] { interval.Lower, interval.Upper })
            {
                Tolerance.Absolute((pHat - p) * (pHat - p), z * z * p * (1 - p) / of, 1e-12, $"score equation at {p} for {yes} of {of}");
            }

            interval.Lower.Should().BeLessThanOrEqualTo(pHat);
            interval.Upper.Should().BeGreaterThanOrEqualTo(pHat);
        });
    }

    [Fact]
    public void Wilson_AllOrNone_EndsExactlyAtZeroOrOne()
    {
        SurveyProportion.Wilson(0, 20).Lower.Should().Be(0);
        SurveyProportion.Wilson(20, 20).Upper.Should().Be(1);

        // 0 of n: upper = z²/(n + z²) (the formula with p̂ = 0). For n = 20, z = 1.959963984540054: 0.16112…
        var z2 = 1.959963984540054 * 1.959963984540054;
        Tolerance.Relative(z2 / (20 + z2), SurveyProportion.Wilson(0, 20).Upper, 1e-14, "upper of 0 of 20");
    }

    // Clopper–Pearson closed forms (hand derivations from the Beta/binomial identity):
    // x = 0: upper solves (1 − p)ⁿ = α/2, so upper = 1 − (α/2)^(1/n); x = n: lower = (α/2)^(1/n);
    // x = 1: lower solves 1 − (1 − p)ⁿ = α/2, so lower = 1 − (1 − α/2)^(1/n); x = n − 1: upper = (1 − α/2)^(1/n).
    // Tolerance 1e-12 relative: the bounds are roots of MathNet's I_x(a, b), whose prefactor e^(ln Γ(a + b) − …) carries a
    // relative error of about ε·ln Γ(a + b) (≈ 2e-13 for 400 respondents, where ln Γ(401) ≈ 2000).
    [Theory]
    [InlineData(10, 0.95)]
    [InlineData(67, 0.95)]
    [InlineData(400, 0.90)]
    [InlineData(3, 0.99)]
    public void ClopperPearson_EdgeCounts_MatchClosedForms(int of, double confidence)
    {
        var half = (1 - confidence) / 2;
        var none = SurveyProportion.ClopperPearson(0, of, confidence);
        none.Lower.Should().Be(0);
        Tolerance.Relative(-ExpM1(Math.Log(half) / of), none.Upper, 1e-12, "0 of n upper");

        var all = SurveyProportion.ClopperPearson(of, of, confidence);
        all.Upper.Should().Be(1);
        Tolerance.Relative(Math.Pow(half, 1.0 / of), all.Lower, 1e-12, "n of n lower");

        Tolerance.Relative(-ExpM1(MathNet.Numerics.SpecialFunctions.Log1p(-half) / of), SurveyProportion.ClopperPearson(1, of, confidence).Lower, 1e-12, "1 of n lower");
        Tolerance.Relative(Math.Pow(1 - half, 1.0 / of), SurveyProportion.ClopperPearson(of - 1, of, confidence).Upper, 1e-12, "n − 1 of n upper");
    }

    // R: binom.test(5, 10)$conf.int = 0.1870860 0.8129140 (95%), as printed by R (7 significant digits).
    [Fact]
    public void ClopperPearson_FiveOfTen_MatchesRBinomTest()
    {
        var interval = SurveyProportion.ClopperPearson(5, 10);
        Tolerance.Places(0.1870860, interval.Lower, 7, "lower");
        Tolerance.Places(0.8129140, interval.Upper, 7, "upper");
        interval.Method.Should().Be(ProportionIntervalMethod.ClopperPearson);
    }

    [Theory]
    [InlineData(5, 10, 0.90)]
    [InlineData(16, 67, 0.95)]
    [InlineData(51, 67, 0.95)]
    [InlineData(1, 400, 0.99)]
    public void ClopperPearson_BoundsSatisfyTheBinomialTailDefinition(int yes, int of, double confidence)
    {
        // Definition (Clopper & Pearson 1934): P(X ≥ yes | lower) = α/2 and P(X ≤ yes | upper) = α/2 for
        // X ~ Binomial(of, p). The tails are summed here term by term from the binomial probabilities, independently of
        // the Beta functions the code uses.
        var half = (1 - confidence) / 2;
        var interval = SurveyProportion.ClopperPearson(yes, of, confidence);
        Tolerance.Relative(half, BinomialTail(of, interval.Lower, yes, of), 1e-10, "P(X ≥ yes | lower)");
        Tolerance.Relative(half, BinomialTail(of, interval.Upper, 0, yes), 1e-10, "P(X ≤ yes | upper)");
    }

    [Fact]
    public void ClopperPearson_IsWiderThanWilson()
    {
        foreach (var (yes, of) in new[] { (5, 10), (16, 67), (51, 67), (1, 30) })
        {
            var exact = SurveyProportion.ClopperPearson(yes, of);
            var wilson = SurveyProportion.Wilson(yes, of);
            (exact.Upper - exact.Lower).Should().BeGreaterThan(wilson.Upper - wilson.Lower);
        }
    }

    [Fact]
    public void ToString_InvariantCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            var interval = SurveyProportion.ClopperPearson(0, 4, 0.5);

            // 0 of 4 at 50%: upper = 1 − 0.25^(1/4) = 1 − 1/√2 = 0.29289…
            interval.ToString().Should().StartWith("0 of 4 = 0, 50% Clopper–Pearson interval [0, 0.2928932188");
            SurveyProportion.Wilson(1, 2).ToString().Should().StartWith("1 of 2 = 0.5, 95% Wilson interval [0.");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(5, 3, 0.95, "yes")]
    [InlineData(-1, 3, 0.95, "yes")]
    [InlineData(0, 0, 0.95, "of")]
    [InlineData(1, 2, 1.0, "confidence")]
    [InlineData(1, 2, 0.0, "confidence")]
    [InlineData(1, 2, 95.0, "confidence")]
    public void Factories_InvalidArguments_NameThem(int yes, int of, double confidence, string name)
    {
        FluentActions.Invoking(() => SurveyProportion.Wilson(yes, of, confidence)).Should().Throw<InputValidationException>().WithParameterName(name);
        FluentActions.Invoking(() => SurveyProportion.ClopperPearson(yes, of, confidence)).Should().Throw<InputValidationException>().WithParameterName(name);
    }

    [Fact]
    public void Factories_ConfidenceAsPercent_MessageSaysFraction()
    {
        var act = () => SurveyProportion.Wilson(16, 67, 95);
        act.Should().Throw<InputValidationException>().WithMessage("confidence: 95 is out of range; expected a number greater than 0 and less than 1*");
    }

    /// <summary>eˣ − 1 by Kahan's (u − 1)·x/ln u, u = eˣ (Higham, Accuracy and Stability, §1.14.1); the BCL's is Exp(x) − 1.</summary>
    private static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        return u == 1 ? x : u - 1 == -1 ? -1 : (u - 1) * x / Math.Log(u);
    }

    /// <summary>Σ_{k=from}^{to} C(n, k)·pᵏ(1 − p)ⁿ⁻ᵏ, each term from log-factorials.</summary>
    private static double BinomialTail(int n, double p, int from, int to)
    {
        var sum = 0.0;
        for (var k = from; k <= to; k++)
        {
            var logTerm = LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k) + (k * Math.Log(p)) + ((n - k) * Math.Log(1 - p));
            sum += Math.Exp(logTerm);
        }

        return sum;
    }

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
