using System.Globalization;
using ChannelShift.Validation;

namespace ChannelShift.Uncertainty;

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

    public override double StandardDeviation => Mean * Math.Sqrt(double.ExpM1(sigma * sigma));

    public override double Minimum => 0;

    public override double Maximum => double.PositiveInfinity;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"lognormal(median {Preconditions.Show(median)}, sigma {Preconditions.Show(sigma)})");

    internal override double QuantileCore(double p) => FromNormalScore(StandardNormal.Quantile(p));

    internal override double FromUniform(double u) => FromNormalScore(StandardNormal.Quantile(u));

    internal override void FromUniform(Span<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = FromNormalScore(StandardNormal.Quantile(values[i]));
        }
    }

    internal override double FromNormalScore(double z) => Math.Exp(mu + (sigma * z));
}
