using MathNet.Numerics;

namespace ChannelShift.Numerics;

/// <summary>
/// The quantile function of the Beta(a, b) distribution for a, b ≥ 1, as accurate as the CDF it inverts: the root x of
/// I_x(a, b) = p, where I is MathNet.Numerics' regularised incomplete beta function <c>SpecialFunctions.BetaRegularized</c>.
/// </summary>
/// <remarks>
/// <para>MathNet's own <c>Beta.InvCDF</c> is a Brent search to an accuracy of 1e-8 taking several microseconds; this
/// solver is used instead for PERT and survey distributions, Clopper–Pearson intervals and the sampling tables.</para>
/// <para>Method: Newton's method on h(t) = ln I(eᵗ) − ln p in t = ln x. For b ≥ 1 the density of ln X is log-concave
/// (its log is (a − 1)t + (b − 1)ln(1 − eᵗ) + t + const, whose second derivative −(b − 1)eᵗ/(1 − eᵗ)² ≤ 0), so its
/// distribution function I(eᵗ) is log-concave (A. Prékopa, "On logarithmic concave measures and functions", Acta Sci.
/// Math. 34, 1973) and h is concave and increasing: from any start the first Newton step lands at or left of the
/// root and the iterates then rise monotonically to it, with no overshoot and quadratic convergence. As a safeguard
/// against rounding and underflow far from the root, the solver also keeps a bracket [lo, hi] of the root and bisects it
/// whenever a Newton step cannot be computed or leaves the bracket. In the lower tail
/// I ≈ xᵃ/(a·B(a, b)), so h is nearly linear in t and one or two steps suffice. The lower tail of one distribution
/// is solved directly and the upper tail as 1 − (the lower tail of Beta(b, a)), which keeps the relative accuracy
/// where the probability is small.</para>
/// </remarks>
internal static class BetaQuantile
{
    private const int MaximumIterations = 200;

    /// <summary>ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).</summary>
    internal static double LogBeta(double a, double b) => SpecialFunctions.BetaLn(a, b);

    /// <summary>The Beta(a, b) density at x, given x and 1 − x separately (so that either may be tiny without loss).</summary>
    internal static double Density(double a, double b, double logBeta, double x, double oneMinusX) =>
        Math.Exp(((a - 1) * Math.Log(x)) + ((b - 1) * Math.Log(oneMinusX)) - logBeta);

    /// <summary>The quantile of Beta(a, b) at 0 &lt; p &lt; 1.</summary>
    internal static double Quantile(double a, double b, double p) =>
        p <= 0.5 ? LowerTail(a, b, LogBeta(a, b), p, double.NaN) : 1 - LowerTail(b, a, LogBeta(a, b), 1 - p, double.NaN);

    /// <summary>
    /// The root x of I_x(a, b) = p for 0 &lt; p &lt; 1 (most accurate for p ≤ ½), starting from <paramref name="guess"/>
    /// when it lies in (0, 1), otherwise from the larger of the lower bound x = (p·a·B(a, b))^(1/a) (a lower bound
    /// because I_x ≤ xᵃ/(a·B(a, b)) when b ≥ 1) and the normal approximation mean + sd·Φ⁻¹(p).
    /// </summary>
    /// <remarks>Newton steps in ln x; a step that leaves the bracket known to hold the root, or cannot be computed
    /// (I or the density underflowing far from the root), is replaced by bisecting the bracket.</remarks>
    internal static double LowerTail(double a, double b, double logBeta, double p, double guess)
    {
        var logP = Math.Log(p);
        var x = guess > 0 && guess < 1 ? guess : InitialGuess(a, b, logBeta, p, logP);

        // The root lies in [lo, hi]: I(lo) ≤ p ≤ I(hi).
        var lo = 0.0;
        var hi = 1.0;
        var previousStep = double.PositiveInfinity;
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var cdf = SpecialFunctions.BetaRegularized(a, b, x);
            if (cdf == p)
            {
                return x;
            }

            if (cdf < p)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            double next;
            var logX = Math.Log(x);

            // h(t) = ln I(eᵗ) − ln p and h'(t) = x·f(x)/I(x), f the density.
            var step = (Math.Log(cdf) - logP) * cdf / Math.Exp((a * logX) + ((b - 1) * Math.Log(1 - x)) - logBeta);
            if (double.IsFinite(step))
            {
                next = Math.Exp(logX - step);
                var size = Math.Abs(step);

                // Converged, or down to the rounding noise of I (steps no longer shrink quadratically).
                if (size <= 1e-15 || (size < 1e-11 && size > 0.25 * previousStep))
                {
                    return Math.Clamp(next, lo, hi);
                }

                previousStep = size;
                if (!(next > lo && next < hi))
                {
                    next = Bisect(lo, hi);
                }
            }
            else
            {
                next = Bisect(lo, hi);
            }

            if (next == x || hi - lo <= 2e-16 * hi)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    private static double Bisect(double lo, double hi) => lo > 0 ? Math.Sqrt(lo * hi) : hi / 2;

    private static double InitialGuess(double a, double b, double logBeta, double p, double logP)
    {
        var sum = a + b;
        var mean = a / sum;
        var bound = Math.Min(Math.Exp((logP + Math.Log(a) + logBeta) / a), mean);
        var normal = mean + (Math.Sqrt(a * b / (sum * sum * (sum + 1))) * StandardNormal.Quantile(p));
        var x = normal > bound && normal < 1 ? normal : bound;
        return x > 0 && x < 1 ? x : 0.5;
    }
}
