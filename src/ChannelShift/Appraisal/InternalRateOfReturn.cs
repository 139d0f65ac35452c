using ChannelShift.Validation;
using MathNet.Numerics.RootFinding;

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
/// The root is found with Brent's method from MathNet.Numerics (<c>MathNet.Numerics.RootFinding.Brent</c>, falling
/// back to its <c>Bisection</c> if Brent stalls) on <c>u = ln(1 + r)</c>, after bracketing it by doubling steps out
/// from <c>r = 0</c>; the flows are scaled by their
/// largest magnitude and each evaluation by a positive factor so that no power overflows. The result is accurate to
/// about 1e-12 in <c>u</c> (so in <c>r</c> to about 1e-12 × (1 + r)). Computed in <see cref="double"/>.
/// </para>
/// </remarks>
public static class InternalRateOfReturn
{
    /// <summary>The <see cref="InternalRateOfReturnResult.Note"/> when every non-zero flow has the same sign (or all are zero).</summary>
    public const string NoSignChange = "no sign change";

    /// <summary>The <see cref="InternalRateOfReturnResult.Note"/> when the non-zero flows change sign more than once.</summary>
    public const string MultipleSignChanges = "multiple sign changes";

    private const double Accuracy = 1e-13;
    private const int MaxIterations = 200;
    private const double MaxLogStep = 709.0;

    /// <summary>The IRR of net flows for years 0…N, when they change sign exactly once (see the remarks).</summary>
    /// <param name="netFlows">Net flow of each year, year 0 first (any currency).</param>
    /// <returns>The rate (a fraction a year) with a null note, or a null rate with the note saying why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="netFlows"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="netFlows"/> is empty.</exception>
    public static InternalRateOfReturnResult Calculate(IEnumerable<decimal> netFlows)
    {
        ArgumentNullException.ThrowIfNull(netFlows);
        var flows = Preconditions.NotEmpty(netFlows.ToArray(), nameof(netFlows));

        var firstNonZero = -1;
        var lastNonZero = -1;
        var signChanges = 0;
        var previousSign = 0;
        var largest = 0m;
        for (var t = 0; t < flows.Length; t++)
        {
            var sign = Math.Sign(flows[t]);
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
            largest = Math.Max(largest, Math.Abs(flows[t]));
        }

        if (signChanges == 0)
        {
            return new InternalRateOfReturnResult(null, NoSignChange);
        }

        if (signChanges > 1)
        {
            return new InternalRateOfReturnResult(null, MultipleSignChanges);
        }

        // Scale in double, not decimal: a ratio below 1e-28 would round to 0 in decimal and lose its sign.
        var scale = (double)largest;
        var scaled = new double[flows.Length];
        for (var t = 0; t < flows.Length; t++)
        {
            scaled[t] = (double)flows[t] / scale;
        }

        // g(u) = Σ c_t e^(−u(t − t_ref)) is the NPV at r = e^u − 1 times the positive factor e^(u t_ref), with
        // t_ref = the first non-zero year for u ≥ 0 and the last for u < 0 (both give the NPV at u = 0): every term is
        // then at most |c_t| ≤ 1, so nothing overflows, and g has the NPV's single root.
        double G(double u)
        {
            var reference = u >= 0 ? firstNonZero : lastNonZero;
            var sum = 0.0;
            for (var t = firstNonZero; t <= lastNonZero; t++)
            {
                if (scaled[t] != 0.0)
                {
                    sum += scaled[t] * Math.Exp(-u * (t - reference));
                }
            }

            return sum;
        }

        var atZero = G(0.0);
        if (atZero == 0.0)
        {
            return new InternalRateOfReturnResult(0.0, null);
        }

        // As u → +∞ (r → ∞) g tends to the first non-zero flow; as u → −∞ (r → −1) to the last. The root lies on the
        // side whose limit has the opposite sign to g(0).
        var direction = Math.Sign(atZero) == Math.Sign(scaled[firstNonZero]) ? -1.0 : 1.0;
        var near = 0.0;
        var step = 0.125;
        var far = direction * step;
        var atFar = G(far);
        while (Math.Sign(atFar) == Math.Sign(atZero))
        {
            near = far;
            step *= 2.0;
            if (step > MaxLogStep)
            {
                // Unreachable for flows within the decimal range: the limits bracket the root well before this.
                throw new InvalidOperationException("The internal rate of return could not be bracketed.");
            }

            far = direction * step;
            atFar = G(far);
        }

        double u;
        if (atFar == 0.0)
        {
            u = far;
        }
        else if (!Brent.TryFindRoot(G, Math.Min(near, far), Math.Max(near, far), Accuracy, MaxIterations, out u)
            && !Bisection.TryFindRoot(G, Math.Min(near, far), Math.Max(near, far), Accuracy, 2000, out u))
        {
            // Brent stops early when it cannot improve; bisection on a bracketed root always narrows it.
            throw new InvalidOperationException("The root finders did not converge on the internal rate of return.");
        }

        return new InternalRateOfReturnResult(Math.Exp(u) - 1.0, null);
    }
}
