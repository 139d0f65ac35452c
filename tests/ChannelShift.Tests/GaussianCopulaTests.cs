using ChannelShift.Tests.Support;

namespace ChannelShift.Tests;

public sealed class GaussianCopulaTests
{
    private const int Draws = 100_000;

    [Fact]
    public void Sample_TwoInputsRhoPointEight_SpearmanIsSixOverPiArcsinRhoOverTwo()
    {
        // Exact Spearman correlation of a Gaussian copula with normal-score correlation ρ: (6/π)·arcsin(ρ/2)
        // (Pearson 1907); for ρ = 0.8: (6/π)·arcsin(0.4) = 0.7859393 (computed independently in Python).
        // Bound: for bivariate-normal samples var(atanh rₛ) ≈ 1.060/(n − 3) (Fieller, Hartley & Pearson, Biometrika 44,
        // 1957), so SE(rₛ) ≈ (1 − ρₛ²)·√(1.06/(n − 3)) = 0.3823 × 0.0032558 = 0.00124 for n = 100,000; we allow five
        // standard errors, 0.0062. (Mistaking ρ for the rank correlation would give 0.8, 0.014 away, and fail.)
        var copula = GaussianCopula.Create(
            [Distribution.Triangular(4.83, 7.4, 9.56), Distribution.LogNormal(2.9, 0.3)],
            new double[,] { { 1, 0.8 }, { 0.8, 1 } });
        var (x, y) = DrawPairs(copula, 0, 1, seed: 2024);
        var spearman = Spearman(x, y);
        Tolerance.Absolute(0.7859392826067277, spearman, 5 * (1 - (0.7859 * 0.7859)) * Math.Sqrt(1.06 / (Draws - 3)), "Spearman");
    }

    [Fact]
    public void Sample_ThreeInputs_EachPairHasItsRankCorrelation()
    {
        double[,] correlation = { { 1, 0.5, 0.3 }, { 0.5, 1, -0.2 }, { 0.3, -0.2, 1 } };
        var copula = GaussianCopula.Create(
            [Distribution.Pert(4.83, 7.4, 9.56), Distribution.Uniform(0.2, 0.4), Distribution.Normal(100, 10)],
            correlation);
        var columns = DrawColumns(copula, seed: 99);
        foreach (var (i, j) in new[] { (0, 1), (0, 2), (1, 2) })
        {
            var expected = 6 / Math.PI * Math.Asin(correlation[i, j] / 2);
            var bound = 5 * (1 - (expected * expected)) * Math.Sqrt(1.06 / (Draws - 3));
            Tolerance.Absolute(expected, Spearman(columns[i], columns[j]), bound, $"Spearman({i}, {j})");
        }
    }

    [Fact]
    public void Sample_CorrelatedInputs_KeepTheirMarginalDistributions()
    {
        Distribution[] marginals = [Distribution.Pert(4.83, 7.4, 9.56), Distribution.LogNormal(7.4, 0.2), Distribution.Choice([1, 2, 3], [1, 2, 1])];
        var copula = GaussianCopula.Create(marginals, new double[,] { { 1, 0.7, 0.4 }, { 0.7, 1, 0.2 }, { 0.4, 0.2, 1 } });
        var columns = DrawColumns(copula, seed: 5);
        for (var i = 0; i < marginals.Length; i++)
        {
            // Each column's mean within five standard errors σ/√n of its distribution's mean.
            Tolerance.Absolute(marginals[i].Mean, columns[i].Average(), 5 * marginals[i].StandardDeviation / Math.Sqrt(Draws), $"mean of input {i}");
            columns[i].Min().Should().BeGreaterThanOrEqualTo(marginals[i].Minimum);
            columns[i].Max().Should().BeLessThanOrEqualTo(marginals[i].Maximum);
        }

        // The continuous ones: P(X ≤ Q(p)) = p within five binomial standard errors.
        for (var i = 0; i < 2; i++)
        {
            foreach (var p in new[] { 0.05, 0.5, 0.95 })
            {
                var q = marginals[i].Quantile(p);
                Tolerance.Absolute(p, columns[i].Count(v => v <= q) / (double)Draws, 5 * Math.Sqrt(p * (1 - p) / Draws), $"input {i} P(X ≤ Q({p}))");
            }
        }
    }

    [Fact]
    public void Sample_IdentityMatrix_IsEachInputDrawnFromItsOwnUniform()
    {
        // With R = I, input i is Qᵢ(Φ(Φ⁻¹(uᵢ))) = Qᵢ(uᵢ) up to rounding, uᵢ the i-th uniform of the stream.
        Distribution[] marginals = [Distribution.Triangular(0, 1, 4), Distribution.Uniform(10, 20), Distribution.Normal(0, 1)];
        var copula = GaussianCopula.Create(marginals, new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } });
        var joint = new RandomStream(12);
        var single = new RandomStream(12);
        var draw = new double[3];
        for (var k = 0; k < 1000; k++)
        {
            copula.Sample(joint, draw);
            for (var i = 0; i < 3; i++)
            {
                Tolerance.Absolute(marginals[i].Sample(single), draw[i], 1e-12, $"input {i} of draw {k}");
            }
        }
    }

    [Fact]
    public void Sample_ConsumesExactlyDimensionUniformsPerDraw()
    {
        var copula = GaussianCopula.Create([Distribution.Uniform(0, 1), Distribution.Uniform(0, 1)], new double[,] { { 1, 0.3 }, { 0.3, 1 } });
        var random = new RandomStream(8);
        var reference = new RandomStream(8);
        copula.Sample(random, new double[2]);
        reference.NextDouble();
        reference.NextDouble();
        random.NextUInt64().Should().Be(reference.NextUInt64());
    }

    [Fact]
    public void Sample_SameSeed_SameDraws_AndAllocatesNothing()
    {
        var copula = GaussianCopula.Create([Distribution.Pert(1, 2, 4), Distribution.Survey(16, 67)], new double[,] { { 1, -0.6 }, { -0.6, 1 } });
        var a = new RandomStream(3);
        var b = new RandomStream(3);
        var x = new double[2];
        var y = new double[2];
        copula.Sample(a, x);
        copula.Sample(b, y);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            copula.Sample(a, x);
            copula.Sample(b, y);
            x.Should().Equal(y);
        }

        // FluentAssertions allocates in Equal; measure the sampling alone.
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            copula.Sample(a, x);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(-1, -1)]
    [InlineData(0.5, 0.4825837395309974)] // (6/π)·arcsin(0.25), computed in Python
    [InlineData(0.8, 0.7859392826067277)] // (6/π)·arcsin(0.4)
    public void RankCorrelationOf_KnownValues(double normal, double rank)
    {
        Tolerance.Absolute(rank, GaussianCopula.RankCorrelationOf(normal), 1e-15);
        Tolerance.Absolute(normal, GaussianCopula.NormalCorrelationFor(rank), 1e-15);
    }

    [Fact]
    public void Create_ExposesDimensionMarginalsAndCorrelation()
    {
        Distribution[] marginals = [Distribution.Uniform(0, 1), Distribution.Normal(0, 1)];
        var copula = GaussianCopula.Create(marginals, new double[,] { { 1, 0.25 }, { 0.25, 1 } });
        copula.Dimension.Should().Be(2);
        copula.Marginals.Should().Equal(marginals);
        copula.Correlation(0, 1).Should().Be(0.25);
        copula.Correlation(1, 1).Should().Be(1);
    }

    public static TheoryData<double[,], string> InvalidMatrices() => new()
    {
        { new double[,] { { 1, 0.5 } }, "correlation: a 1×2 matrix for 2 marginals; expected 2×2*" },
        { new double[,] { { 1, 0.5 }, { 0.4, 1 } }, "correlation[1, 0]: 0.4 differs from correlation[0, 1] = 0.5; expected a symmetric matrix*" },
        { new double[,] { { 0.9, 0.5 }, { 0.5, 1 } }, "correlation[0, 0]: 0.9 is on the diagonal; expected 1*" },
        { new double[,] { { 1, 1 }, { 1, 1 } }, "correlation: the matrix is not positive definite*" },
    };

    [Theory]
    [MemberData(nameof(InvalidMatrices))]
    public void Create_InvalidMatrix_Throws(double[,] matrix, string message)
    {
        var act = () => GaussianCopula.Create([Distribution.Uniform(0, 1), Distribution.Uniform(0, 1)], matrix);
        act.Should().Throw<InputValidationException>().Where(e => e.ParamName!.StartsWith("correlation", StringComparison.Ordinal)).WithMessage(message);
    }

    [Fact]
    public void Create_PairwiseValuesThatCannotHoldTogether_IsNotPositiveDefinite()
    {
        // 1 and 2 strongly together, 1 and 3 strongly together, but 2 and 3 strongly opposed: impossible.
        var act = () => GaussianCopula.Create(
            [Distribution.Uniform(0, 1), Distribution.Uniform(0, 1), Distribution.Uniform(0, 1)],
            new double[,] { { 1, 0.9, 0.9 }, { 0.9, 1, -0.9 }, { 0.9, -0.9, 1 } });
        act.Should().Throw<ArgumentException>().WithMessage("correlation: the matrix is not positive definite*");
    }

    [Fact]
    public void Create_EntryOutsideMinusOneOne_NamesTheEntry()
    {
        var act = () => GaussianCopula.Create([Distribution.Uniform(0, 1), Distribution.Uniform(0, 1)], new double[,] { { 1, 1.5 }, { 1.5, 1 } });
        act.Should().Throw<InputValidationException>().WithParameterName("correlation[0, 1]")
            .WithMessage("correlation[0, 1]: 1.5 is out of range; expected a number from -1 to 1*");
    }

    [Fact]
    public void Sample_WrongDestinationLength_Throws()
    {
        var copula = GaussianCopula.Create([Distribution.Uniform(0, 1)], new double[,] { { 1 } });
        var act = () => copula.Sample(new RandomStream(1), new double[2]);
        act.Should().Throw<ArgumentException>().WithParameterName("destination");
    }

    private static (double[] X, double[] Y) DrawPairs(GaussianCopula copula, int i, int j, ulong seed)
    {
        var columns = DrawColumns(copula, seed);
        return (columns[i], columns[j]);
    }

    private static double[][] DrawColumns(GaussianCopula copula, ulong seed)
    {
        var random = new RandomStream(seed);
        var columns = Enumerable.Range(0, copula.Dimension).Select(_ => new double[Draws]).ToArray();
        var draw = new double[copula.Dimension];
        for (var k = 0; k < Draws; k++)
        {
            copula.Sample(random, draw);
            for (var i = 0; i < draw.Length; i++)
            {
                columns[i][k] = draw[i];
            }
        }

        return columns;
    }

    /// <summary>Spearman's rank correlation: Pearson's correlation of the ranks (average ranks for ties).</summary>
    private static double Spearman(double[] x, double[] y)
    {
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var k = 0; k < rx.Length; k++)
        {
            sxy += (rx[k] - mx) * (ry[k] - my);
            sxx += (rx[k] - mx) * (rx[k] - mx);
            syy += (ry[k] - my) * (ry[k] - my);
        }

        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(k => values[k]).ToArray();
        var ranks = new double[values.Length];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = (start + end) / 2.0;
            }

            start = end + 1;
        }

        return ranks;
    }
}
