using System.Numerics;

namespace ChannelShift.Tests.Staffing;

/// <summary>
/// An independent reference for the tests: the Erlang B recursion B₀ = 1, B_k = A·B_{k−1}/(k + A·B_{k−1}) (fixtures §4)
/// in exact rational arithmetic for a rational traffic A = p/q, and P(wait) = N·B_N/(N − A(1 − B_N)) as an exact
/// fraction, rounded to double only at the end.
/// </summary>
internal sealed class ExactErlang
{
    private readonly BigInteger p;
    private readonly BigInteger q;
    private BigInteger numerator = BigInteger.One;
    private BigInteger denominator = BigInteger.One;

    public ExactErlang(BigInteger p, BigInteger q)
    {
        this.p = p;
        this.q = q;
    }

    /// <summary>k for the current B_k.</summary>
    public int Agents { get; private set; }

    /// <summary>Advances the recursion to B_{k+1}: with B_k = n/d and A = p/q, B_{k+1} = p·n / ((k+1)·q·d + p·n).</summary>
    public void AddAgent()
    {
        Agents++;
        BigInteger pn = p * numerator;
        denominator = (Agents * q * denominator) + pn;
        numerator = pn;
    }

    public void AdvanceTo(int agents)
    {
        while (Agents < agents)
        {
            AddAgent();
        }
    }

    /// <summary>P(wait) = N·B/(N − A(1 − B)) = N·n·q / (N·q·d − p·(d − n)), exactly, then rounded to double.</summary>
    public double ProbabilityOfWaiting()
    {
        BigInteger n = Agents;
        BigInteger top = n * numerator * q;
        BigInteger bottom = (n * q * denominator) - (p * (denominator - numerator));
        return ToDouble(top, bottom);
    }

    /// <summary>num/den to double with a 64-bit quotient (relative error below 2⁻⁶²).</summary>
    public static double ToDouble(BigInteger num, BigInteger den)
    {
        if (num.IsZero)
        {
            return 0;
        }

        long shift = (long)den.GetBitLength() - (long)num.GetBitLength() + 64;
        BigInteger quotient = shift >= 0 ? (num << (int)shift) / den : num / (den << (int)-shift);
        return Math.ScaleB((double)quotient, (int)-shift);
    }
}
