using System.Globalization;
using ChannelShift.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace ChannelShift;

/// <summary>
/// Correlates uncertain inputs by rank with a Gaussian copula (e.g. face-to-face and telephone costs that move
/// together) while keeping each input's own distribution.
/// </summary>
/// <remarks>
/// <para>One joint draw takes independent standard normals z = Φ⁻¹(u) from a <see cref="RandomStream"/>, correlates
/// them as y = L·z with L the Cholesky factor of the correlation matrix R (R = L·Lᵀ, by MathNet.Numerics), and maps
/// each yᵢ into its input's distribution as Qᵢ(Φ(yᵢ)) (R. B. Nelsen, "An Introduction to Copulas", 2nd ed., Springer
/// 2006, §2.3; the method behind rank-correlated sampling in risk-analysis tools).</para>
/// <para>R is the correlation of the normal scores. The rank (Spearman) correlation it gives two inputs is
/// (6/π)·arcsin(ρ/2), slightly smaller in magnitude (0.786 for ρ = 0.8; K. Pearson, 1907; see
/// <see cref="RankCorrelationOf"/>), whatever their distributions; to ask for a rank correlation ρₛ, pass
/// <see cref="NormalCorrelationFor"/>(ρₛ) = 2·sin(πρₛ/6).</para>
/// </remarks>
public sealed class GaussianCopula
{
    private readonly Distribution[] marginals;
    private readonly double[,] correlation;

    /// <summary>The Cholesky factor L, lower triangle packed by rows: row i holds L[i, 0..i].</summary>
    private readonly double[] factor;

    private GaussianCopula(Distribution[] marginals, double[,] correlation, double[] factor)
    {
        this.marginals = marginals;
        this.correlation = correlation;
        this.factor = factor;
    }

    /// <summary>The number of inputs correlated (the length of a joint draw).</summary>
    public int Dimension => marginals.Length;

    /// <summary>The inputs' distributions, in the order of the correlation matrix.</summary>
    public IReadOnlyList<Distribution> Marginals => Array.AsReadOnly(marginals);

    /// <summary>
    /// Builds a copula over <paramref name="marginals"/> with the normal-score correlation matrix
    /// <paramref name="correlation"/>.
    /// </summary>
    /// <param name="marginals">The inputs' distributions (at least one).</param>
    /// <param name="correlation">
    /// A square matrix of the same size: symmetric (to within 1e-12), 1 on the diagonal, entries from −1 to 1, and
    /// positive definite (so no two inputs are perfectly correlated: use the same input instead). Copied.
    /// </param>
    /// <returns>The copula.</returns>
    /// <exception cref="ArgumentNullException">An argument or a marginal is null.</exception>
    /// <exception cref="InputValidationException">The matrix has the wrong shape, is not symmetric, has a diagonal entry other than 1, or is not positive definite.</exception>
    /// <exception cref="InputValidationException">An entry is not a number from −1 to 1.</exception>
    public static GaussianCopula Create(IReadOnlyList<Distribution> marginals, double[,] correlation)
    {
        Preconditions.NotNull(marginals);
        Preconditions.NotNull(correlation);
        var n = marginals.Count;
        if (n == 0)
        {
            throw Preconditions.Fail("marginals", ProblemCodes.Missing, "none given", "at least one distribution", null);
        }

        var copy = new Distribution[n];
        for (var i = 0; i < n; i++)
        {
            copy[i] = marginals[i] ?? throw new ArgumentNullException(nameof(marginals), string.Create(CultureInfo.InvariantCulture, $"marginals[{i}]: null; expected a distribution."));
        }

        if (correlation.GetLength(0) != n || correlation.GetLength(1) != n)
        {
            throw Preconditions.Fail("correlation", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"a {correlation.GetLength(0)}×{correlation.GetLength(1)} matrix for {n} marginals"), string.Create(CultureInfo.InvariantCulture, $"{n}×{n}"), null);
        }

        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var value = Preconditions.InRange(correlation[i, j], -1, 1, string.Create(CultureInfo.InvariantCulture, $"correlation[{i}, {j}]"));
                if (i == j && value != 1)
                {
                    throw Preconditions.Fail(string.Create(CultureInfo.InvariantCulture, $"correlation[{i}, {i}]"), ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{Preconditions.Show(value)} is on the diagonal"), "1", value);
                }

                if (j < i && Math.Abs(value - correlation[j, i]) > 1e-12)
                {
                    throw Preconditions.Fail(string.Create(CultureInfo.InvariantCulture, $"correlation[{i}, {j}]"), ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"{Preconditions.Show(value)} differs from correlation[{j}, {i}] = {Preconditions.Show(correlation[j, i])}"), "a symmetric matrix", value);
                }

                // Use the lower triangle for both halves, so the factorised matrix is exactly symmetric.
                matrix[i, j] = j <= i ? value : correlation[j, i];
            }
        }

        Matrix<double> lowerFactor;
        try
        {
            lowerFactor = Matrix<double>.Build.DenseOfArray(matrix).Cholesky().Factor;
        }
        catch (ArgumentException)
        {
            throw Preconditions.Fail("correlation", ProblemCodes.OutOfRange, "the matrix is not positive definite", "a valid correlation matrix (no input perfectly correlated with others, and pairwise values that can hold together)", null);
        }

        var factor = new double[n * (n + 1) / 2];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                factor[k++] = lowerFactor[i, j];
            }
        }

        if (!factor.All(double.IsFinite) || !Enumerable.Range(0, n).All(i => lowerFactor[i, i] > 0))
        {
            throw Preconditions.Fail("correlation", ProblemCodes.OutOfRange, "the matrix is not positive definite", "a valid correlation matrix", null);
        }

        return new GaussianCopula(copy, matrix, factor);
    }

    /// <summary>The normal-score correlation between inputs <paramref name="row"/> and <paramref name="column"/>.</summary>
    /// <param name="row">An input's index, from 0 to <see cref="Dimension"/> − 1.</param>
    /// <param name="column">Another input's index, from 0 to <see cref="Dimension"/> − 1.</param>
    /// <returns>The entry of the correlation matrix, from −1 to 1.</returns>
    /// <exception cref="InputValidationException">An index is out of range.</exception>
    public double Correlation(int row, int column)
    {
        Preconditions.InRange(row, 0, Dimension - 1);
        Preconditions.InRange(column, 0, Dimension - 1);
        return correlation[row, column];
    }

    /// <summary>
    /// One joint draw: writes input i's value to <paramref name="destination"/>[i], consuming exactly
    /// <see cref="Dimension"/> uniform numbers of <paramref name="random"/>. Allocates nothing.
    /// </summary>
    /// <param name="random">The seeded stream to draw from.</param>
    /// <param name="destination">Where to write; its length must be <see cref="Dimension"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="InputValidationException"><paramref name="destination"/> has the wrong length.</exception>
    public void Sample(RandomStream random, Span<double> destination)
    {
        Preconditions.NotNull(random);
        var n = marginals.Length;
        if (destination.Length != n)
        {
            throw Preconditions.Fail("destination", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"length {destination.Length}"), string.Create(CultureInfo.InvariantCulture, $"{n} (the copula's dimension)"), null);
        }

        for (var i = 0; i < n; i++)
        {
            destination[i] = StandardNormal.Quantile(random.NextDouble());
        }

        // y = L·z in place, last row first: row i reads z[0..i], which rows below it have not overwritten.
        var f = factor;
        for (var i = n - 1; i >= 0; i--)
        {
            var start = i * (i + 1) / 2;
            var y = 0.0;
            for (var j = 0; j <= i; j++)
            {
                y += f[start + j] * destination[j];
            }

            destination[i] = marginals[i].FromNormalScore(y);
        }
    }

    /// <summary>
    /// The rank (Spearman) correlation of two inputs whose normal scores have correlation <paramref name="normalCorrelation"/>:
    /// (6/π)·arcsin(ρ/2) (K. Pearson, "On further methods of determining correlation", 1907; exact for a Gaussian copula).
    /// </summary>
    /// <param name="normalCorrelation">The normal-score correlation ρ, from −1 to 1.</param>
    /// <returns>The rank correlation, from −1 to 1.</returns>
    /// <exception cref="InputValidationException"><paramref name="normalCorrelation"/> is not from −1 to 1.</exception>
    public static double RankCorrelationOf(double normalCorrelation)
    {
        Preconditions.InRange(normalCorrelation, -1, 1);
        return 6 / Math.PI * Math.Asin(normalCorrelation / 2);
    }

    /// <summary>
    /// The normal-score correlation that gives two inputs the rank (Spearman) correlation <paramref name="rankCorrelation"/>:
    /// 2·sin(π·ρₛ/6), the inverse of <see cref="RankCorrelationOf"/>.
    /// </summary>
    /// <param name="rankCorrelation">The wanted rank correlation ρₛ, from −1 to 1.</param>
    /// <returns>The normal-score correlation, from −1 to 1.</returns>
    /// <exception cref="InputValidationException"><paramref name="rankCorrelation"/> is not from −1 to 1.</exception>
    public static double NormalCorrelationFor(double rankCorrelation)
    {
        Preconditions.InRange(rankCorrelation, -1, 1);
        return Math.Clamp(2 * Math.Sin(Math.PI * rankCorrelation / 6), -1, 1);
    }
}
