using System.Globalization;
using System.Numerics;
using ChannelShift.Numerics;

namespace ChannelShift;

/// <summary>The lognormal distribution by median and σ of the logarithm (see <see cref="Distribution.LogNormal"/>).</summary>
internal sealed class LogNormalDistribution : Distribution
{
    private readonly double median;
    private readonly double mu;
    private readonly double sigma;

    internal LogNormalDistribution(double median, double sigma)
    {
        this.median = median;
        this.sigma = sigma;
        mu = Math.Log(median);
    }

    public override double Mean => Math.Exp(mu + (sigma * sigma / 2));

    public override double StandardDeviation => Mean * Math.Sqrt(ExpM1(sigma * sigma));

    public override double Minimum => 0;

    public override double Maximum => double.PositiveInfinity;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"lognormal(median {Preconditions.Show(median)}, sigma {Preconditions.Show(sigma)})");

    internal override double QuantileCore(double p) => FromNormalScore(StandardNormal.Quantile(p));

    internal override double FromUniform(double u) => VectorKernel.One(u, new Kernel(mu, sigma));

    internal override void FromUniform(Span<double> values) => VectorKernel.Apply(values, new Kernel(mu, sigma));

    /// <summary>e^(μ + σz), by <c>Vector.Exp</c> in one lane (the same bits as a span of draws).</summary>
    internal override double FromNormalScore(double z) => VectorKernel.One(z, new ScoreKernel(mu, sigma));

    /// <summary>u ↦ e^(μ + σΦ⁻¹(u)).</summary>
    private readonly struct Kernel(double mu, double sigma) : IVectorKernel
    {
        public Vector<double> Apply(Vector<double> x) =>
            Vector.Exp(new Vector<double>(mu) + (new Vector<double>(sigma) * StandardNormal.Quantile(x)));
    }

    /// <summary>z ↦ e^(μ + σz).</summary>
    private readonly struct ScoreKernel(double mu, double sigma) : IVectorKernel
    {
        public Vector<double> Apply(Vector<double> x) => Vector.Exp(new Vector<double>(mu) + (new Vector<double>(sigma) * x));
    }

    /// <summary>
    /// eˣ − 1 without cancellation for small x (BCL's <c>double.ExpM1</c> is computed as Exp(x) − 1): Kahan's
    /// (u − 1)·x/ln u with u = eˣ (N. J. Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., §1.14.1).
    /// </summary>
    private static double ExpM1(double x)
    {
        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }
}
