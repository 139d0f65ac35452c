using System.Globalization;
using ChannelShift.Tests.Support;
using MathNet.Numerics.Distributions;

namespace ChannelShift.Tests;

public sealed class DistributionTests
{
    private static readonly double[] Probabilities = [1e-6, 0.001, 0.01, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6];

    // ---- Agreement with MathNet.Numerics (moments and inverse CDFs) ----

    [Theory]
    [InlineData(4.83, 7.4, 9.56)] // published face-to-face costs per visit (issue 5): lowest, Socitm 2010, highest
    [InlineData(0, 0, 1)]
    [InlineData(0, 1, 1)]
    [InlineData(-2, 0.5, 3)]
    public void Triangular_MomentsAndQuantiles_AgreeWithMathNet(double minimum, double mode, double maximum)
    {
        var distribution = Distribution.Triangular(minimum, mode, maximum);
        var reference = new Triangular(minimum, maximum, mode);
        Tolerance.Relative(reference.Mean, distribution.Mean, 1e-14, "mean");
        Tolerance.Relative(reference.StdDev, distribution.StandardDeviation, 1e-13, "standard deviation");
        foreach (var p in Probabilities)
        {
            Tolerance.Absolute(reference.InverseCumulativeDistribution(p), distribution.Quantile(p), 1e-13 * (maximum - minimum), $"Q({p})");
        }

        distribution.Minimum.Should().Be(minimum);
        distribution.Maximum.Should().Be(maximum);
    }

    [Theory]
    [InlineData(0.2, 0.4)]
    [InlineData(-1e6, 3e6)]
    public void Uniform_MomentsAndQuantiles_AgreeWithMathNet(double minimum, double maximum)
    {
        var distribution = Distribution.Uniform(minimum, maximum);
        var reference = new ContinuousUniform(minimum, maximum);
        Tolerance.Relative(reference.Mean, distribution.Mean, 1e-15, "mean");
        Tolerance.Relative(reference.StdDev, distribution.StandardDeviation, 1e-15, "standard deviation");
        foreach (var p in Probabilities)
        {
            Tolerance.Absolute(reference.InverseCumulativeDistribution(p), distribution.Quantile(p), 1e-15 * (maximum - minimum), $"Q({p})");
        }

        distribution.Minimum.Should().Be(minimum);
        distribution.Maximum.Should().Be(maximum);
    }

    [Theory]
    [InlineData(5, 1.5)]
    [InlineData(-0.02, 0.01)]
    public void Normal_MomentsAndQuantiles_AgreeWithMathNet(double mean, double standardDeviation)
    {
        var distribution = Distribution.Normal(mean, standardDeviation);
        var reference = new Normal(mean, standardDeviation);
        distribution.Mean.Should().Be(reference.Mean);
        distribution.StandardDeviation.Should().Be(reference.StdDev);
        foreach (var p in Probabilities)
        {
            Tolerance.Absolute(reference.InverseCumulativeDistribution(p), distribution.Quantile(p), 1e-14 * (Math.Abs(mean) + (5 * standardDeviation)), $"Q({p})");
        }

        distribution.Minimum.Should().Be(double.NegativeInfinity);
        distribution.Maximum.Should().Be(double.PositiveInfinity);
    }

    [Theory]
    [InlineData(7.4, 0.2)]
    [InlineData(1000, 1.5)]
    public void LogNormal_MomentsAndQuantiles_AgreeWithMathNetWithMuEqualLnMedian(double median, double sigma)
    {
        var distribution = Distribution.LogNormal(median, sigma);
        var reference = new LogNormal(Math.Log(median), sigma);
        Tolerance.Relative(reference.Mean, distribution.Mean, 1e-14, "mean");
        Tolerance.Relative(reference.StdDev, distribution.StandardDeviation, 1e-13, "standard deviation");
        Tolerance.Relative(reference.Median, distribution.Quantile(0.5), 1e-15, "median");
        foreach (var p in Probabilities)
        {
            Tolerance.Relative(reference.InverseCumulativeDistribution(p), distribution.Quantile(p), 1e-14, $"Q({p})");
        }

        distribution.Minimum.Should().Be(0);
        distribution.Maximum.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void LogNormal_SmallSigma_StandardDeviationHasNoCancellation()
    {
        // SD = e^(μ + σ²/2)·√(e^(σ²) − 1) = m·σ·(1 + ¾σ² + O(σ⁴)) by Taylor expansion; for σ = 1e-4 the O(σ⁴) term is
        // 1e-16. Computing e^(σ²) − 1 as Exp − 1 would lose 8 digits here.
        const double sigma = 1e-4;
        Tolerance.Relative(50 * sigma * (1 + (0.75 * sigma * sigma)), Distribution.LogNormal(50, sigma).StandardDeviation, 1e-13);
    }

    [Theory]
    [InlineData(4.83, 7.4, 9.56)]
    [InlineData(0, 0.25, 1)]
    [InlineData(10, 10, 20)]
    [InlineData(10, 20, 20)]
    [InlineData(0.1, 0.2, 0.9)]
    public void Pert_MomentsAndQuantiles_AgreeWithMathNetBetaScaledPert(double minimum, double mode, double maximum)
    {
        var distribution = Distribution.Pert(minimum, mode, maximum);
        var reference = BetaScaled.PERT(minimum, maximum, mode, null);
        var width = maximum - minimum;
        Tolerance.Relative(reference.Mean, distribution.Mean, 1e-14, "mean");
        Tolerance.Relative((minimum + (4 * mode) + maximum) / 6, distribution.Mean, 1e-15, "mean (a + 4m + b)/6");
        Tolerance.Relative(reference.StdDev, distribution.StandardDeviation, 1e-13, "standard deviation");
        foreach (var p in Probabilities)
        {
            var x = distribution.Quantile(p);

            // MathNet's Beta.InvCDF is a Brent search with accuracy 1e-8 (observed errors up to 1.2e-8 on the unit
            // scale against the closed forms below), so agree to 5e-8 of the range ...
            Tolerance.Absolute(reference.InverseCumulativeDistribution(p), x, 5e-8 * width, $"Q({p}) vs MathNet InvCDF");

            // ... and hold the quantile to MathNet's CDF much more tightly: F(Q(p)) = p.
            AssertCdfResidual(p, reference.CumulativeDistribution(x), reference.Density(x) * x);
        }

        distribution.Minimum.Should().Be(minimum);
        distribution.Maximum.Should().Be(maximum);
    }

    // α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min) (Vose 2008), by hand:
    // (0, 0.25, 1) → α = 2, β = 4; (4.83, 7.4, 9.56) → α = 1 + 4·2.57/4.73 = 3.17336…, β = 1 + 4·2.16/4.73 = 2.82664…
    [Theory]
    [InlineData(0, 0.25, 1, 2, 4)]
    [InlineData(4.83, 7.4, 9.56, 3.1733615221987315, 2.8266384778012685)]
    [InlineData(10, 10, 20, 1, 5)]
    public void Pert_Shapes_AreLambdaFour(double minimum, double mode, double maximum, double alpha, double beta)
    {
        var distribution = (ScaledBetaDistribution)Distribution.Pert(minimum, mode, maximum);
        Tolerance.Relative(alpha, distribution.Alpha, 1e-14, "α");
        Tolerance.Relative(beta, distribution.Beta, 1e-14, "β");
    }

    [Theory]
    [InlineData(16, 67)]
    [InlineData(0, 1)]
    [InlineData(51, 67)]
    [InlineData(400, 400)]
    [InlineData(3, 1000)]
    public void Survey_MomentsAndQuantiles_AgreeWithMathNetBeta(int yes, int of)
    {
        var distribution = Distribution.Survey(yes, of);
        var reference = new Beta(yes + 1, of - yes + 1);
        Tolerance.Relative(reference.Mean, distribution.Mean, 1e-14, "mean");
        Tolerance.Relative((yes + 1.0) / (of + 2.0), distribution.Mean, 1e-15, "mean (x + 1)/(n + 2)");
        Tolerance.Relative(reference.StdDev, distribution.StandardDeviation, 1e-13, "standard deviation");
        foreach (var p in Probabilities)
        {
            var x = distribution.Quantile(p);
            Tolerance.Absolute(reference.InverseCumulativeDistribution(p), x, 5e-8, $"Q({p}) vs MathNet InvCDF");
            AssertCdfResidual(p, reference.CumulativeDistribution(x), reference.Density(x) * x);
        }

        distribution.Minimum.Should().Be(0);
        distribution.Maximum.Should().Be(1);
    }

    [Fact]
    public void Survey_LargestDenominator_IsStillAccurate()
    {
        // Beta(50001, 50001) is symmetric about ½, so its median is exactly ½.
        var distribution = Distribution.Survey(50_000, 100_000);
        Tolerance.Absolute(0.5, distribution.Quantile(0.5), 1e-9, "median");
        var reference = new Beta(50_001, 50_001);
        var q = distribution.Quantile(0.1);
        AssertCdfResidual(0.1, reference.CumulativeDistribution(q), reference.Density(q) * q, 1e-9);
    }

    [Fact]
    public void Choice_MomentsAndQuantiles_AgreeWithMathNetCategorical()
    {
        // Values 0, 1, 2 (so that Categorical's indices are the values) with weights 1, 2, 1.
        var distribution = Distribution.Choice([0, 1, 2], [1, 2, 1]);
        var masses = new[] { 1.0, 2, 1 };
        var reference = new Categorical(masses);
        Tolerance.Relative(reference.Mean, distribution.Mean, 1e-15, "mean");
        Tolerance.Relative(reference.StdDev, distribution.StandardDeviation, 1e-15, "standard deviation");
        foreach (var p in new[] { 0.01, 0.1, 0.25, 0.2500001, 0.5, 0.75, 0.7500001, 0.99 })
        {
            distribution.Quantile(p).Should().Be(Categorical.InvCDF(masses, p), $"Q({p})");
        }
    }

    [Fact]
    public void Choice_UnsortedValues_HandComputed()
    {
        // Values 30, 10, 20 with weights 1, 1, 2 (sum 4): sorted 10 (¼), 20 (½), 30 (¼); cumulative ¼, ¾, 1.
        // Mean (30 + 10 + 40)/4 = 20; variance (100 + 0 + 100)/4... = (¼·100 + ½·0 + ¼·100) = 50.
        var distribution = Distribution.Choice([30, 10, 20], [1, 1, 2]);
        distribution.Mean.Should().Be(20);
        Tolerance.Relative(Math.Sqrt(50), distribution.StandardDeviation, 1e-15);
        distribution.Quantile(0.2).Should().Be(10);
        distribution.Quantile(0.25).Should().Be(10);
        distribution.Quantile(0.26).Should().Be(20);
        distribution.Quantile(0.75).Should().Be(20);
        distribution.Quantile(0.76).Should().Be(30);
        distribution.Minimum.Should().Be(10);
        distribution.Maximum.Should().Be(30);
    }

    [Fact]
    public void Choice_ZeroWeightValues_AreNeverDrawnAndOutsideSupport()
    {
        var distribution = Distribution.Choice([-100, 1, 2, 100], [0, 1, 1, 0]);
        distribution.Minimum.Should().Be(1);
        distribution.Maximum.Should().Be(2);
        distribution.Quantile(0).Should().Be(1);
        distribution.Quantile(1).Should().Be(2);
        var draws = new double[10_000];
        distribution.Sample(new RandomStream(1), draws);
        draws.Should().OnlyContain(v => v == 1 || v == 2);
    }

    [Fact]
    public void Choice_ManyValues_BinarySearchMatchesDefinition()
    {
        // 20 values 1..20 with weight i: P(X ≤ k) = k(k + 1)/2 / 210. Q(p) is the smallest k with that ≥ p.
        var values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        var distribution = Distribution.Choice(values, values);
        for (var p = 0.001; p < 1; p += 0.0137)
        {
            var expected = Enumerable.Range(1, 20).First(k => k * (k + 1) / 2.0 / 210 >= p);
            distribution.Quantile(p).Should().Be(expected, $"Q({p})");
        }
    }

    // ---- Closed forms derived by hand for the Beta shapes with a parameter equal to 1 ----

    // Below 1e-100 the tolerance is 1e-13 rather than 1e-14: MathNet's I_x(a, b) is e^(a·ln x + b·ln(1 − x) + …), and
    // with ln x ≈ −690 the rounding of that exponent alone moves I (hence x) by ~1e-13 relative.
    [Theory]
    [InlineData(1e-300, 1e-13)]
    [InlineData(1e-12, 1e-14)]
    [InlineData(0.01, 1e-14)]
    [InlineData(0.5, 1e-14)]
    [InlineData(0.9, 1e-14)]
    [InlineData(0.999999, 1e-14)]
    public void Pert_ModeAtMinimum_MatchesClosedForm(double p, double tolerance)
    {
        // Mode = minimum: Beta(1, 5), F(x) = 1 − (1 − x)⁵, so Q(p) = 1 − (1 − p)^(1/5) = −expm1(log1p(−p)/5).
        var atMinimum = Distribution.Pert(0, 0, 10).Quantile(p);
        Tolerance.Relative(10 * -ExpM1(MathNet.Numerics.SpecialFunctions.Log1p(-p) / 5), atMinimum, tolerance, $"Beta(1, 5) Q({p})");
    }

    // Mode = maximum: Beta(5, 1), F(x) = x⁵, so Q(p) = p^(1/5); at p = 2⁻⁵ᵏ exactly 2⁻ᵏ. Below 1e-100 the tolerance is
    // 1e-13: MathNet's I_x(5, 1) there is e^(5·ln x + …) with ln x ≈ −460, and the rounding of that exponent alone
    // moves I by ~1e-13 relative (x by a fifth of that).
    [Theory]
    [InlineData(-1000, 1e-13)]
    [InlineData(-250, 1e-13)]
    [InlineData(-40, 1e-14)]
    [InlineData(-5, 1e-14)]
    public void Pert_ModeAtMaximum_MatchesClosedForm(int exponent, double tolerance)
    {
        var p = Math.Pow(2, exponent);
        Tolerance.Relative(Math.Pow(2, exponent / 5), Distribution.Pert(0, 1, 1).Quantile(p), tolerance, $"Beta(5, 1) Q(2^{exponent})");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Pert_ModeAtMaximum_MatchesClosedFormAtRoundProbabilities(double p)
    {
        Tolerance.Relative(Math.Pow(p, 0.2), Distribution.Pert(0, 1, 1).Quantile(p), 1e-14, $"Beta(5, 1) Q({p})");
    }

    [Theory]
    [InlineData(1e-200, 1e-13)] // far tail: see Pert_ModeAtMinimum_MatchesClosedForm
    [InlineData(0.05, 1e-14)]
    [InlineData(0.5, 1e-14)]
    [InlineData(0.975, 1e-14)]
    public void Survey_OneRespondent_MatchesClosedForms(double p, double tolerance)
    {
        // 0 of 1: Beta(1, 2), F(x) = 1 − (1 − x)², Q(p) = 1 − √(1 − p). 1 of 1: Beta(2, 1), F(x) = x², Q(p) = √p.
        Tolerance.Relative(-ExpM1(MathNet.Numerics.SpecialFunctions.Log1p(-p) / 2), Distribution.Survey(0, 1).Quantile(p), tolerance, "0 of 1");
        Tolerance.Relative(Math.Sqrt(p), Distribution.Survey(1, 1).Quantile(p), tolerance, "1 of 1");
    }

    [Fact]
    public void Quantile_ZeroAndOne_AreTheSupportBounds()
    {
        foreach (var distribution in AllKinds())
        {
            distribution.Quantile(0).Should().Be(distribution.Minimum, distribution.ToString());
            distribution.Quantile(1).Should().Be(distribution.Maximum, distribution.ToString());
        }
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Quantile_ProbabilityOutsideZeroOne_Throws(double p)
    {
        var act = () => Distribution.Uniform(0, 1).Quantile(p);
        act.Should().Throw<InputValidationException>().WithParameterName("probability");
    }

    [Fact]
    public void Quantile_IsNonDecreasing()
    {
        foreach (var distribution in AllKinds())
        {
            var previous = double.NegativeInfinity;
            for (var p = 0.0005; p < 1; p += 0.001)
            {
                var x = distribution.Quantile(p);
                x.Should().BeGreaterThanOrEqualTo(previous, distribution.ToString());
                previous = x;
            }
        }
    }

    // ---- Sampling ----

    public static TheoryData<string> Kinds() => new(AllKinds().Select(d => d.ToString()));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sample_Span_EqualsRepeatedSingleDraws(string kind)
    {
        var distribution = Find(kind);
        var single = new RandomStream(77);
        var bulk = new RandomStream(77);
        var draws = new double[5000];
        distribution.Sample(bulk, draws);
        foreach (var draw in draws)
        {
            draw.Should().Be(distribution.Sample(single));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sample_SameSeed_SameDraws(string kind)
    {
        var distribution = Find(kind);
        var a = new double[1000];
        var b = new double[1000];
        distribution.Sample(new RandomStream(5), a);
        distribution.Sample(new RandomStream(5), b);
        a.Should().Equal(b);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sample_TwoHundredThousandDraws_MeanWithinFiveStandardErrorsAndInsideSupport(string kind)
    {
        // The sample mean of n independent draws has standard error σ/√n (σ the analytic standard deviation).
        const int n = 200_000;
        var distribution = Find(kind);
        var draws = new double[n];
        distribution.Sample(new RandomStream(31337), draws);
        Tolerance.Absolute(distribution.Mean, draws.Average(), 5 * distribution.StandardDeviation / Math.Sqrt(n), $"{kind} mean");
        draws.Min().Should().BeGreaterThanOrEqualTo(distribution.Minimum);
        draws.Max().Should().BeLessThanOrEqualTo(distribution.Maximum);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sample_TwoHundredThousandDraws_EmpiricalCdfAtQuantilesWithinFiveStandardErrors(string kind)
    {
        // The fraction of draws at or below Q(p) is binomial with mean P(X ≤ Q(p)) (= p for a continuous distribution,
        // ≥ p for a discrete one) and standard error √(p(1 − p)/n).
        const int n = 200_000;
        var distribution = Find(kind);
        var draws = new double[n];
        distribution.Sample(new RandomStream(8675309), draws);
        foreach (var p in new[] { 0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99 })
        {
            var q = distribution.Quantile(p);
            var fraction = draws.Count(d => d <= q) / (double)n;
            var bound = 5 * Math.Sqrt(p * (1 - p) / n);
            if (kind.StartsWith("choice", StringComparison.Ordinal))
            {
                fraction.Should().BeGreaterThanOrEqualTo(p - bound, $"{kind} P(X ≤ Q({p}))");
            }
            else
            {
                Tolerance.Absolute(p, fraction, bound, $"{kind} P(X ≤ Q({p}))");
            }
        }
    }

    [Fact]
    public void Sample_Choice_FrequenciesMatchWeights()
    {
        const int n = 100_000;
        var draws = new double[n];
        Distribution.Choice([1, 2, 3], [1, 2, 1]).Sample(new RandomStream(4), draws);
        foreach (var (value, p) in new[] { (1.0, 0.25), (2.0, 0.5), (3.0, 0.25) })
        {
            Tolerance.Absolute(p, draws.Count(d => d == value) / (double)n, 5 * Math.Sqrt(p * (1 - p) / n), $"P(X = {value})");
        }
    }

    [Fact]
    public void Sample_Span_AllocatesNothing()
    {
        var draws = new double[4096];
        var random = new RandomStream(1);
        foreach (var distribution in AllKinds())
        {
            distribution.Sample(random, draws); // warm up (JIT)
            distribution.Sample(random);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                distribution.Sample(random, draws);
                distribution.Sample(random);
            }

            (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, distribution.ToString());
        }
    }

    [Fact]
    public void Sample_NullStream_Throws()
    {
        var act = () => Distribution.Uniform(0, 1).Sample(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("random");
    }

    // ---- The sampling table of PERT and survey distributions ----

    public static TheoryData<string> BetaShapes()
    {
        var data = new TheoryData<string>();
        for (var k = 0; k <= 20; k++)
        {
            data.Add(string.Create(CultureInfo.InvariantCulture, $"pert 0 {k / 20.0} 1"));
        }

        foreach (var (yes, of) in new[] { (0, 1), (1, 1), (0, 2), (1, 2), (0, 10), (3, 10), (16, 67), (51, 67), (0, 400), (200, 400), (1, 100_000), (50_000, 100_000) })
        {
            data.Add(string.Create(CultureInfo.InvariantCulture, $"survey {yes} {of}"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BetaShapes))]
    public void Sample_BetaTable_WithinOneBillionthOfTheRangeOfTheExactQuantile(string shape)
    {
        var parts = shape.Split(' ');
        var distribution = (ScaledBetaDistribution)(parts[0] == "pert"
            ? Distribution.Pert(0, double.Parse(parts[2], CultureInfo.InvariantCulture), 1)
            : Distribution.Survey(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture)));

        // Every node interval visited at several points (the step 1/233.6 is incommensurate with the node spacing 1/32).
        var worst = 0.0;
        for (var z = -ScaledBetaDistribution.Reach; z <= ScaledBetaDistribution.Reach; z += 1 / 233.6)
        {
            worst = Math.Max(worst, Math.Abs(distribution.FromNormalScore(z) - distribution.ExactFromNormalScore(z)));
        }

        worst.Should().BeLessThan(1e-9, shape);

        // And the public sampling transform of a uniform against the exact public quantile.
        var random = new RandomStream(2);
        for (var i = 0; i < 2000; i++)
        {
            var u = random.NextDouble();
            Tolerance.Absolute(distribution.Quantile(u), distribution.FromUniform(u), 1e-9, $"{shape} at u = {u}");
        }
    }

    [Fact]
    public void Sample_BetaBeyondTable_FallsBackToExact()
    {
        var distribution = (ScaledBetaDistribution)Distribution.Pert(0, 0.3, 1);
        foreach (var z in new[] { -40, -9, 9, 40 })
        {
            distribution.FromNormalScore(z).Should().Be(Math.Clamp(distribution.ExactFromNormalScore(z), 0, 1));
        }

        distribution.FromNormalScore(-40).Should().Be(0);
        distribution.FromNormalScore(40).Should().Be(1);
    }

    // ---- Descriptions ----

    [Fact]
    public void ToString_InvariantCultureRoundTripText()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Distribution.Triangular(4.83, 7.4, 9.56).ToString().Should().Be("triangular(4.83, 7.4, 9.56)");
            Distribution.Pert(4.83, 7.4, 9.56).ToString().Should().Be("pert(4.83, 7.4, 9.56)");
            Distribution.Uniform(0.2, 0.4).ToString().Should().Be("uniform(0.2, 0.4)");
            Distribution.Normal(-1.5, 0.25).ToString().Should().Be("normal(mean -1.5, stdDev 0.25)");
            Distribution.LogNormal(7.4, 0.2).ToString().Should().Be("lognormal(median 7.4, sigma 0.2)");
            Distribution.Choice([0.01, 0.02], [3, 1]).ToString().Should().Be("choice(values [0.01, 0.02], weights [3, 1])");
            Distribution.Survey(16, 67).ToString().Should().Be("survey(16 of 67)");
            Distribution.Uniform(0.1 + 0.2, 1).ToString().Should().Be("uniform(0.30000000000000004, 1)");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ---- Validation ----

    [Fact]
    public void Triangular_ModeOutsideRange_NamesModeAndBounds()
    {
        var act = () => Distribution.Triangular(5, 4, 9);
        act.Should().Throw<InputValidationException>().WithParameterName("mode")
            .WithMessage("mode: 4 is out of range; expected a number from minimum (5) to maximum (9)*");
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5, 4)]
    public void Triangular_MaximumNotAboveMinimum_NamesMaximum(double minimum, double maximum)
    {
        var act = () => Distribution.Triangular(minimum, minimum, maximum);
        act.Should().Throw<InputValidationException>().WithParameterName("maximum")
            .WithMessage($"maximum: {maximum} is not greater than minimum ({minimum}); expected a number greater than {minimum}*");
    }

    [Fact]
    public void Pert_ModeAboveMaximum_NamesMode()
    {
        var act = () => Distribution.Pert(1, 3, 2);
        act.Should().Throw<InputValidationException>().WithParameterName("mode");
    }

    [Fact]
    public void Uniform_Infinite_NamesParameter()
    {
        var act = () => Distribution.Uniform(double.NegativeInfinity, 1);
        act.Should().Throw<InputValidationException>().WithParameterName("minimum")
            .WithMessage("minimum: -Infinity is not a finite number; expected a finite number*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Normal_NonPositiveStandardDeviation_Throws(double standardDeviation)
    {
        var act = () => Distribution.Normal(0, standardDeviation);
        act.Should().Throw<InputValidationException>().WithParameterName("standardDeviation")
            .WithMessage("standardDeviation: * is not positive; expected a number greater than 0*");
    }

    [Theory]
    [InlineData(0, 1, "median")]
    [InlineData(-3, 1, "median")]
    [InlineData(3, 0, "sigma")]
    [InlineData(3, double.NaN, "sigma")]
    public void LogNormal_InvalidParameter_NamesIt(double median, double sigma, string name)
    {
        var act = () => Distribution.LogNormal(median, sigma);
        act.Should().Throw<InputValidationException>().WithParameterName(name);
    }

    [Fact]
    public void Choice_InvalidInputs_NameTheProblem()
    {
        FluentActions.Invoking(() => Distribution.Choice([], [])).Should().Throw<ArgumentException>()
            .WithParameterName("values").WithMessage("values: none given; expected at least one value*");
        FluentActions.Invoking(() => Distribution.Choice([1, 2], [1])).Should().Throw<ArgumentException>()
            .WithParameterName("weights").WithMessage("weights: 1 given for 2 values; expected one weight per value*");
        FluentActions.Invoking(() => Distribution.Choice([1, 2], [1, -0.5])).Should().Throw<InputValidationException>()
            .WithParameterName("weights[1]").WithMessage("weights[1]: -0.5 is negative; expected a number of 0 or more*");
        FluentActions.Invoking(() => Distribution.Choice([1, double.NaN], [1, 1])).Should().Throw<InputValidationException>()
            .WithParameterName("values[1]").WithMessage("values[1]: NaN is not a finite number; expected a finite number*");
        FluentActions.Invoking(() => Distribution.Choice([1, 2], [0, 0])).Should().Throw<ArgumentException>()
            .WithParameterName("weights").WithMessage("weights: they sum to 0; expected at least one positive weight and a finite sum*");
    }

    [Theory]
    [InlineData(5, 3, "yes")]
    [InlineData(-1, 3, "yes")]
    [InlineData(0, 0, "of")]
    [InlineData(0, 100_001, "of")]
    public void Survey_InvalidCounts_NameTheParameter(int yes, int of, string name)
    {
        var act = () => Distribution.Survey(yes, of);
        act.Should().Throw<InputValidationException>().WithParameterName(name);
    }

    [Fact]
    public void Survey_YesAboveOf_MessageGivesRange()
    {
        var act = () => Distribution.Survey(5, 3);
        act.Should().Throw<InputValidationException>().WithMessage("yes: 5 is out of range; expected a whole number from 0 to 3*");
    }

    private static void AssertCdfResidual(double p, double cdfAtQuantile, double densityTimesQuantile, double tolerance = 1e-12)
    {
        // F(Q(p)) = p, relative to the smaller tail (F is computed as 1 − (small) above the median), plus what rounding
        // the quantile itself to a double can move F by: f(x)·|x|·2⁻⁵² (on the scale where x is stored).
        var slack = (tolerance * Math.Min(p, 1 - p)) + (4 * densityTimesQuantile * Math.Pow(2, -52)) + 1e-15;
        Tolerance.Absolute(p, cdfAtQuantile, slack, $"F(Q({p}))");
    }

    /// <summary>eˣ − 1 by Kahan's (u − 1)·x/ln u, u = eˣ (Higham, Accuracy and Stability, §1.14.1); the BCL's is Exp(x) − 1.</summary>
    private static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        return u == 1 ? x : u - 1 == -1 ? -1 : (u - 1) * x / Math.Log(u);
    }

    private static Distribution[] AllKinds() =>
    [
        Distribution.Triangular(4.83, 7.4, 9.56),
        Distribution.Pert(4.83, 7.4, 9.56),
        Distribution.Uniform(0.2, 0.4),
        Distribution.Normal(5, 1.5),
        Distribution.LogNormal(7.4, 0.2),
        Distribution.Choice([0.01, 0.02, 0.035], [1, 2, 1]),
        Distribution.Survey(16, 67),
    ];

    private static Distribution Find(string kind) => AllKinds().Single(d => d.ToString() == kind);
}
