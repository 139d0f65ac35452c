using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelShift.Numerics;

/// <summary>
/// The standard normal distribution's density, distribution function Φ and quantile function Φ⁻¹, in closed
/// rational forms fast enough for the Monte Carlo hot loop (no allocation, no iteration).
/// </summary>
/// <remarks>
/// <para>Φ⁻¹ is Wichura's algorithm AS 241 (PPND16): M. J. Wichura, "Algorithm AS 241: The Percentage Points of the
/// Normal Distribution", Applied Statistics 37(3), 1988, pp. 477–484; stated accuracy about 1 part in 10¹⁶.</para>
/// <para>Φ is computed from erfc by W. J. Cody's rational Chebyshev approximations: "Rational Chebyshev
/// Approximations for the Error Function", Mathematics of Computation 23, 1969, pp. 631–637 (the coefficients of
/// SPECFUN's CALERF, netlib.org/specfun/erf), with CALERF's split of exp(−y²) that keeps the relative accuracy in
/// the tails.</para>
/// <para>The tests hold both against MathNet.Numerics' <c>Normal.CDF</c> and <c>Normal.InvCDF</c>.</para>
/// </remarks>
internal static class StandardNormal
{
    private const double InverseSqrt2 = 0.70710678118654752440;
    private const double InverseSqrtTwoPi = 0.39894228040143267794;
    private const double InverseSqrtPi = 0.56418958354775628695;

    /// <summary>The density φ(z) = e^(−z²/2)/√(2π).</summary>
    internal static double Density(double z) => InverseSqrtTwoPi * Math.Exp(-0.5 * z * z);

    /// <summary>Φ(z) = P(Z ≤ z) = erfc(−z/√2)/2, with full relative accuracy in the lower tail.</summary>
    internal static double Cdf(double z) => 0.5 * Erfc(-z * InverseSqrt2);

    /// <summary>The complementary error function erfc(x) by Cody (1969).</summary>
    internal static double Erfc(double x)
    {
        var y = Math.Abs(x);
        if (y <= 0.46875)
        {
            // erf on [0, 0.46875]: x·P(x²)/Q(x²).
            var t = y * y;
            var numerator = (((1.85777706184603153E-1 * t + 3.16112374387056560E00) * t + 1.13864154151050156E02) * t
                + 3.77485237685302021E02) * t + 3.20937758913846947E03;
            var denominator = (((t + 2.36012909523441209E01) * t + 2.44024637934444173E02) * t
                + 1.28261652607737228E03) * t + 2.84423683343917062E03;
            return 1.0 - x * numerator / denominator;
        }

        double result;
        if (y <= 4.0)
        {
            // erfc·e^(y²) on (0.46875, 4].
            var numerator = (((((((2.15311535474403846E-8 * y + 5.64188496988670089E-1) * y + 8.88314979438837594E00) * y
                + 6.61191906371416295E01) * y + 2.98635138197400131E02) * y + 8.81952221241769090E02) * y
                + 1.71204761263407058E03) * y + 2.05107837782607147E03) * y + 1.23033935479799725E03;
            var denominator = (((((((y + 1.57449261107098347E01) * y + 1.17693950891312499E02) * y
                + 5.37181101862009858E02) * y + 1.62138957456669019E03) * y + 3.29079923573345963E03) * y
                + 4.36261909014324716E03) * y + 3.43936767414372164E03) * y + 1.23033935480374942E03;
            result = numerator / denominator;
        }
        else if (y < 26.55)
        {
            // Asymptotic form on (4, ∞): (1/√π − R(1/y²)/y²)/y · e^(−y²).
            var t = 1.0 / (y * y);
            var numerator = ((((1.63153871373020978E-2 * t + 3.05326634961232344E-1) * t + 3.60344899949804439E-1) * t
                + 1.25781726111229246E-1) * t + 1.60837851487422766E-2) * t + 6.58749161529837803E-4;
            var denominator = ((((t + 2.56852019228982242E00) * t + 1.87295284992346047E00) * t
                + 5.27905102951428412E-1) * t + 6.05183413124413191E-2) * t + 2.33520497626869185E-3;
            result = (InverseSqrtPi - t * numerator / denominator) / y;
        }
        else
        {
            // erfc(26.55) < 1e-307: underflows in the arithmetic below anyway.
            return x < 0 ? 2.0 : 0.0;
        }

        // e^(−y²) as e^(−s²)·e^(−(y−s)(y+s)) with s = y rounded down to 1/16 (CALERF), which keeps the rounding error
        // of y² out of the exponent.
        var s = Math.Floor(y * 16.0) / 16.0;
        var del = (y - s) * (y + s);
        result *= Math.Exp(-s * s) * Math.Exp(-del);
        return x < 0 ? 2.0 - result : result;
    }

    /// <summary>
    /// Φ⁻¹(p) for p in [0, 1] by AS 241 (PPND16); −∞ at 0 and +∞ at 1. Computed by <see cref="Quantile(Vector{double})"/>
    /// in one lane, so that a value sampled alone and one sampled in a span are the same bits.
    /// </summary>
    internal static double Quantile(double p) => VectorKernel.One(p, default(QuantileKernel));

    /// <summary>Replaces each probability in <paramref name="values"/> by Φ⁻¹ of it, a vector at a time.</summary>
    internal static void Quantiles(Span<double> values) => VectorKernel.Apply(values, default(QuantileKernel));

    /// <summary>
    /// Φ⁻¹ of each lane by AS 241 (PPND16), with the same polynomials evaluated in the same order as Wichura's
    /// scalar code: the central rational for |p − ½| ≤ 0.425 and, only when some lane needs them, the two tail
    /// rationals in s = √(−ln min(p, 1 − p)) (ln by <c>Vector.Log</c>, within an ulp of <c>Math.Log</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Vector<double> Quantile(Vector<double> p)
    {
        var q = p - new Vector<double>(0.5);
        var r = new Vector<double>(0.180625) - (q * q);
        var result = q * (((((((((new Vector<double>(2.5090809287301226727E+3) * r) + new Vector<double>(3.3430575583588128105E+4)) * r) + new Vector<double>(6.7265770927008700853E+4)) * r
                + new Vector<double>(4.5921953931549871457E+4)) * r + new Vector<double>(1.3731693765509461125E+4)) * r + new Vector<double>(1.9715909503065514427E+3)) * r
                + new Vector<double>(1.3314166789178437745E+2)) * r + new Vector<double>(3.3871328727963666080E0))
            / (((((((((new Vector<double>(5.2264952788528545610E+3) * r) + new Vector<double>(2.8729085735721942674E+4)) * r) + new Vector<double>(3.9307895800092710610E+4)) * r
                + new Vector<double>(2.1213794301586595867E+4)) * r + new Vector<double>(5.3941960214247511077E+3)) * r + new Vector<double>(6.8718700749205790830E+2)) * r
                + new Vector<double>(4.2313330701600911252E+1)) * r + Vector<double>.One);
        var central = Vector.LessThanOrEqual(Vector.Abs(q), new Vector<double>(0.425));
        if (Vector.EqualsAll(central, Vector<long>.AllBitsSet))
        {
            return result;
        }

        var lower = Vector.LessThan(q, Vector<double>.Zero);
        var tail = Vector.ConditionalSelect(lower, p, Vector<double>.One - p);
        var s = Vector.SquareRoot(-Vector.Log(tail));
        var near = s - new Vector<double>(1.6);
        var value = (((((((((new Vector<double>(7.74545014278341407640E-4) * near) + new Vector<double>(2.27238449892691845833E-2)) * near) + new Vector<double>(2.41780725177450611770E-1)) * near
                + new Vector<double>(1.27045825245236838258E0)) * near + new Vector<double>(3.64784832476320460504E0)) * near + new Vector<double>(5.76949722146069140550E0)) * near
                + new Vector<double>(4.63033784615654529590E0)) * near + new Vector<double>(1.42343711074968357734E0))
            / (((((((((new Vector<double>(1.05075007164441684324E-9) * near) + new Vector<double>(5.47593808499534494600E-4)) * near) + new Vector<double>(1.51986665636164571966E-2)) * near
                + new Vector<double>(1.48103976427480074590E-1)) * near + new Vector<double>(6.89767334985100004550E-1)) * near + new Vector<double>(1.67638483018380384940E0)) * near
                + new Vector<double>(2.05319162663775882187E0)) * near + Vector<double>.One);
        var farLanes = Vector.GreaterThan(s, new Vector<double>(5.0));
        if (!Vector.EqualsAll(farLanes, Vector<long>.Zero))
        {
            var far = s - new Vector<double>(5.0);
            var farValue = (((((((((new Vector<double>(2.01033439929228813265E-7) * far) + new Vector<double>(2.71155556874348757815E-5)) * far) + new Vector<double>(1.24266094738807843860E-3)) * far
                    + new Vector<double>(2.65321895265761230930E-2)) * far + new Vector<double>(2.96560571828504891230E-1)) * far + new Vector<double>(1.78482653991729133580E0)) * far
                    + new Vector<double>(5.46378491116411436990E0)) * far + new Vector<double>(6.65790464350110377720E0))
                / (((((((((new Vector<double>(2.04426310338993978564E-15) * far) + new Vector<double>(1.42151175831644588870E-7)) * far) + new Vector<double>(1.84631831751005468180E-5)) * far
                    + new Vector<double>(7.86869131145613259100E-4)) * far + new Vector<double>(1.48753612908506148525E-2)) * far + new Vector<double>(1.36929880922735805310E-1)) * far
                    + new Vector<double>(5.99832206555887937690E-1)) * far + Vector<double>.One);
            value = Vector.ConditionalSelect(farLanes, farValue, value);
        }

        // p = 0 or 1 (and anything outside [0, 1]): ±∞, as in Wichura's code.
        value = Vector.ConditionalSelect(Vector.LessThanOrEqual(tail, Vector<double>.Zero), new Vector<double>(double.PositiveInfinity), value);
        value = Vector.ConditionalSelect(lower, -value, value);
        return Vector.ConditionalSelect(central, result, value);
    }

    /// <summary>Φ⁻¹ as an <see cref="IVectorKernel"/>.</summary>
    private readonly struct QuantileKernel : IVectorKernel
    {
        public Vector<double> Apply(Vector<double> x) => Quantile(x);
    }
}
