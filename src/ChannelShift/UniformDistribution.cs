using System.Globalization;
using System.Numerics;
using ChannelShift.Numerics;

namespace ChannelShift;

/// <summary>The continuous uniform distribution (see <see cref="Distribution.Uniform"/>).</summary>
internal sealed class UniformDistribution : Distribution
{
    private readonly double minimum;
    private readonly double maximum;
    private readonly double width;

    internal UniformDistribution(double minimum, double maximum)
    {
        this.minimum = minimum;
        this.maximum = maximum;
        width = maximum - minimum;
    }

    public override double Mean => (minimum + maximum) / 2;

    public override double StandardDeviation => width / Math.Sqrt(12);

    public override double Minimum => minimum;

    public override double Maximum => maximum;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"uniform({Preconditions.Show(minimum)}, {Preconditions.Show(maximum)})");

    internal override double QuantileCore(double p) => FromUniform(p);

    internal override double FromUniform(double u) => Math.Min(minimum + (u * width), maximum);

    /// <summary>The same formula a vector at a time (the same bits as <see cref="FromUniform(double)"/>).</summary>
    internal override void FromUniform(Span<double> values) => VectorKernel.Apply(values, new Kernel(minimum, maximum, width));

    private readonly struct Kernel(double minimum, double maximum, double width) : IVectorKernel
    {
        public Vector<double> Apply(Vector<double> x) =>
            Vector.Min(new Vector<double>(minimum) + (x * new Vector<double>(width)), new Vector<double>(maximum));
    }
}
