using System.Globalization;
using System.Numerics;
using ChannelShift.Numerics;

namespace ChannelShift;

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

    /// <summary>The same formula a vector at a time, with one square root per lane (IEEE-754 operations only, so the
    /// same bits as <see cref="FromUniform(double)"/>).</summary>
    internal override void FromUniform(Span<double> values) =>
        VectorKernel.Apply(values, new Kernel(minimum, maximum, modeProbability, lowerProduct, upperProduct));

    private readonly struct Kernel(double minimum, double maximum, double modeProbability, double lowerProduct, double upperProduct) : IVectorKernel
    {
        public Vector<double> Apply(Vector<double> x)
        {
            var below = Vector.LessThan(x, new Vector<double>(modeProbability));
            var root = Vector.SquareRoot(Vector.ConditionalSelect(below, x * new Vector<double>(lowerProduct), (Vector<double>.One - x) * new Vector<double>(upperProduct)));
            return Vector.ConditionalSelect(below, new Vector<double>(minimum) + root, new Vector<double>(maximum) - root);
        }
    }
}
