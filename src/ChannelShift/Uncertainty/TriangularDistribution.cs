using System.Globalization;
using ChannelShift.Validation;

namespace ChannelShift.Uncertainty;

/// <summary>The triangular distribution (see <see cref="Distribution.Triangular"/> for the formulas and source).</summary>
internal sealed class TriangularDistribution : Distribution
{
    private readonly double minimum;
    private readonly double mode;
    private readonly double maximum;
    private readonly double modeProbability;
    private readonly double lowerProduct;
    private readonly double upperProduct;

    internal TriangularDistribution(double minimum, double mode, double maximum)
    {
        this.minimum = minimum;
        this.mode = mode;
        this.maximum = maximum;
        var width = maximum - minimum;
        modeProbability = (mode - minimum) / width;
        lowerProduct = width * (mode - minimum);
        upperProduct = width * (maximum - mode);
    }

    public override double Mean => (minimum + mode + maximum) / 3;

    public override double StandardDeviation =>
        Math.Sqrt(((minimum * minimum) + (mode * mode) + (maximum * maximum) - (minimum * mode) - (minimum * maximum) - (mode * maximum)) / 18);

    public override double Minimum => minimum;

    public override double Maximum => maximum;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"triangular({Preconditions.Show(minimum)}, {Preconditions.Show(mode)}, {Preconditions.Show(maximum)})");

    internal override double QuantileCore(double p) => FromUniform(p);

    internal override double FromUniform(double u) =>
        u < modeProbability ? minimum + Math.Sqrt(u * lowerProduct) : maximum - Math.Sqrt((1 - u) * upperProduct);

    internal override void FromUniform(Span<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = FromUniform(values[i]);
        }
    }
}
