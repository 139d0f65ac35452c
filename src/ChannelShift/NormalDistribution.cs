using System.Globalization;
using ChannelShift.Numerics;

namespace ChannelShift;

/// <summary>The normal distribution (see <see cref="Distribution.Normal"/>).</summary>
internal sealed class NormalDistribution : Distribution
{
    private readonly double mean;
    private readonly double standardDeviation;

    internal NormalDistribution(double mean, double standardDeviation)
    {
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    public override double Mean => mean;

    public override double StandardDeviation => standardDeviation;

    public override double Minimum => double.NegativeInfinity;

    public override double Maximum => double.PositiveInfinity;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"normal(mean {Preconditions.Show(mean)}, stdDev {Preconditions.Show(standardDeviation)})");

    internal override double QuantileCore(double p) => FromNormalScore(StandardNormal.Quantile(p));

    internal override double FromUniform(double u) => FromNormalScore(StandardNormal.Quantile(u));

    internal override void FromUniform(Span<double> values)
    {
        StandardNormal.Quantiles(values);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = FromNormalScore(values[i]);
        }
    }

    internal override double FromNormalScore(double z) => mean + (standardDeviation * z);
}
