namespace ChannelShift.Appraisal;

/// <summary>
/// The internal rate of return (IRR): the constant annual discount rate <c>r</c> at which the net present value of the
/// net flows is zero, <c>Σ net_t / (1 + r)^t = 0</c> for years <c>t = 0…N</c> (HM Treasury, <i>The Green Book</i>, 2022,
/// glossary; Brealey, Myers &amp; Allen, <i>Principles of Corporate Finance</i>, ch. 5).
/// </summary>
/// <remarks>
/// <para>
/// The IRR is reported only when the net flows change sign exactly once (zeros ignored): by Descartes' rule of signs the
/// NPV then has exactly one root with <c>r &gt; −1</c>. With no sign change there is no root
/// (<see cref="NoSignChange"/>); with several there may be several roots or none, and no single rate means anything
/// (<see cref="MultipleSignChanges"/>). For flows that start positive and turn negative (money borrowed and repaid) the
/// rate returned is the cost of that borrowing, not a return.
/// </para>
/// <para>
/// The NPV is a polynomial in <c>x = 1 / (1 + r)</c>: <c>Σ net_t x^t</c>. Its value at <c>r = 0</c> says on which side of
/// 0 the rate lies; the root is then sought in <c>z = x</c> (for <c>r ≥ 0</c>) or <c>z = 1 + r</c> (for <c>r &lt; 0</c>,
/// the same polynomial with its coefficients reversed), so that <c>0 &lt; z ≤ 1</c>, no power exceeds 1 and nothing
/// overflows. The flows are scaled by their largest magnitude; the polynomial and its first two derivatives are
/// evaluated together by Horner's rule (Knuth, <i>The Art of Computer Programming</i>, vol. 2, §4.6.4), and the root
/// found by Halley's method (cubic convergence; Traub, <i>Iterative Methods for the Solution of Equations</i>, 1964)
/// kept inside a bracket that shrinks at every step, with a bisection whenever a step would leave it or shrink by less
/// than half (the safeguard of <c>rtsafe</c>: Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.4). It stops when a
/// step moves <c>z</c> by less than 1e-15 of itself, or when the NPV is within the rounding error of Horner's rule,
/// 2(N + 1)·2^-53·Σ|net_t|z^t (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., §5.1), after one
/// last Newton step: <c>z</c> is then as good as <see cref="double"/> can tell, so <c>r</c> to about
/// 1e-15 × (1 + r) for well-conditioned flows (better than the 1e-12 in <c>ln(1 + r)</c> of the Brent search this
/// replaced). Typically 3 to 6 evaluations.
/// </para>
/// </remarks>
public static class InternalRateOfReturn
{
    /// <summary>The <see cref="InternalRateOfReturnResult.Note"/> when every non-zero flow has the same sign (or all are zero).</summary>
    public const string NoSignChange = "no sign change";

    /// <summary>The <see cref="InternalRateOfReturnResult.Note"/> when the non-zero flows change sign more than once.</summary>
    public const string MultipleSignChanges = "multiple sign changes";

    private const double Tolerance = 1e-15;

    // u = 2^-53, the unit roundoff of double.
    private const double UnitRoundoff = 1.1102230246251565e-16;

    // Bisection from [0, 1] reaches the smallest positive double in about 1,075 halvings; Newton takes over long before.
    private const int MaxIterations = 2_000;

    private const int StackLimit = 256;

    /// <summary>The IRR of net flows for years 0…N, when they change sign exactly once (see the remarks).</summary>
    /// <param name="netFlows">Net flow of each year, year 0 first (any currency).</param>
    /// <returns>The rate (a fraction a year) with a null note, or a null rate with the note saying why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="netFlows"/> is null.</exception>
    /// <exception cref="InputValidationException"><paramref name="netFlows"/> is empty.</exception>
    public static InternalRateOfReturnResult Calculate(IEnumerable<decimal> netFlows)
    {
        ArgumentNullException.ThrowIfNull(netFlows);
        var flows = Preconditions.NotEmpty(netFlows.ToArray(), nameof(netFlows));
        var (irr, note) = Solve(flows);
        return new InternalRateOfReturnResult(irr, note);
    }

    /// <summary>The IRR of a non-empty run of net flows, year 0 first, or null and the note saying why (no allocation for
    /// up to 256 flows).</summary>
    internal static (double? Irr, string? Note) Solve(ReadOnlySpan<decimal> flows)
    {
        // Each flow converted to double once, and its sign and the largest magnitude read from that (a non-zero decimal,
        // at least 1e-28, stays non-zero). Scale in double, not decimal: a ratio below 1e-28 would round to 0 in decimal
        // and lose its sign.
        var values = flows.Length <= StackLimit ? stackalloc double[flows.Length] : new double[flows.Length];
        var firstNonZero = -1;
        var lastNonZero = -1;
        var signChanges = 0;
        var previousSign = 0;
        var largest = 0.0;
        for (var t = 0; t < flows.Length; t++)
        {
            var value = (double)flows[t];
            values[t] = value;
            var sign = Math.Sign(value);
            if (sign == 0)
            {
                continue;
            }

            if (firstNonZero < 0)
            {
                firstNonZero = t;
            }

            lastNonZero = t;
            if (previousSign != 0 && sign != previousSign)
            {
                signChanges++;
            }

            previousSign = sign;
            largest = Math.Max(largest, Math.Abs(value));
        }

        if (signChanges == 0)
        {
            return (null, NoSignChange);
        }

        if (signChanges > 1)
        {
            return (null, MultipleSignChanges);
        }

        var count = lastNonZero - firstNonZero + 1;
        var scaled = values.Slice(firstNonZero, count);
        var atZero = 0.0;
        for (var j = 0; j < count; j++)
        {
            scaled[j] /= largest;
            atZero += scaled[j];
        }

        if (atZero == 0.0)
        {
            return (0.0, null);
        }

        // As r → ∞ (x → 0) the NPV tends to the first non-zero flow; as r → −1 to the last (after dividing by x^N). The
        // root lies on the side whose limit has the sign opposite to the NPV at r = 0. For r < 0 reverse the coefficients:
        // Σ c_j x^j = x^m Σ c_(m−j) z^j with z = 1/x = 1 + r.
        var negativeRate = Math.Sign(atZero) == Math.Sign(scaled[0]);
        if (negativeRate)
        {
            scaled.Reverse();
        }

        var z = Root(scaled, atZero);
        return (negativeRate ? z - 1.0 : (1.0 - z) / z, null);
    }

    /// <summary>The root in (0, 1] of f(z) = Σ a_j z^j, given f(0) = a_0 and f(1) of opposite signs: Halley's method
    /// kept inside the bracket, bisecting when a step would leave it or shrink by less than half (the rtsafe safeguard),
    /// until a step is below <see cref="Tolerance"/> of z or f is within the rounding error of its evaluation.</summary>
    private static double Root(ReadOnlySpan<double> a, double atOne)
    {
        var m = a.Length - 1;
        var startSign = Math.Sign(a[0]);
        var low = 0.0;
        var high = 1.0;
        var step = 1.0;
        var previousStep = 1.0;

        // Horner's rule in double has an error of at most 2m·u·Σ|a_j|z^j (u = 2^-53; Higham, Accuracy and Stability of
        // Numerical Algorithms, 2nd ed., §5.1): below that the sign of f says nothing more.
        var noise = 2.0 * (m + 1) * UnitRoundoff;

        // The chord between the ends is a first guess inside the bracket.
        var z = a[0] / (a[0] - atOne);
        if (!(z > low && z < high))
        {
            z = 0.5;
        }

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Horner's rule for f, f', f''/2 and Σ|a_j|z^j together.
            var f = a[m];
            var df = 0.0;
            var halfD2 = 0.0;
            var magnitude = Math.Abs(a[m]);
            for (var j = m - 1; j >= 0; j--)
            {
                halfD2 = (halfD2 * z) + df;
                df = (df * z) + f;
                f = (f * z) + a[j];
                magnitude = (magnitude * z) + Math.Abs(a[j]);
            }

            if (f == 0.0)
            {
                return z;
            }

            if (Math.Abs(f) <= noise * magnitude)
            {
                // As close as double can tell: one last Newton step, which moves z by no more than the rounding allows.
                var last = z - (f / df);
                return last > low && last < high ? last : z;
            }

            if (Math.Sign(f) == startSign)
            {
                low = z;
            }
            else
            {
                high = z;
            }

            // Halley: z − 2ff' / (2f'² − ff''), with f''/2 from Horner.
            var denominator = (df * df) - (f * halfD2);
            var next = z - (f * df / denominator);
            if (next > low && next < high && Math.Abs(2.0 * f) <= Math.Abs(previousStep * df))
            {
                previousStep = step;
                step = z - next;
                z = next;
            }
            else
            {
                previousStep = step;
                step = 0.5 * (high - low);
                z = low + step;
            }

            if (Math.Abs(step) <= Tolerance * z || z <= low || z >= high)
            {
                return z;
            }
        }

        return 0.5 * (low + high);
    }
}
