using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelShift;

/// <summary>
/// The library's one rounding policy for money: to the penny (2 decimal places), half away from zero, as a
/// spreadsheet's <c>ROUND(x, 2)</c> does. It is applied once, where results are presented, never in the middle of
/// a calculation.
/// </summary>
/// <remarks>
/// .NET's default for <see cref="Math.Round(decimal, int)"/> is banker's rounding (half to even), which differs from
/// what a council officer checking a figure in Excel expects: 2.345 rounds to 2.35 here, not 2.34.
/// </remarks>
public static class MoneyRounding
{
    // 10^k for k = 0…18 (each fits 63 bits) and for k = 0…26 in 128 bits, and 1 / 10^k as doubles for the quotient's
    // estimate.
    private static readonly ulong[] PowersOfTen = BuildPowersOfTen();
    private static readonly UInt128[] WidePowersOfTen = BuildWidePowersOfTen();
    private static readonly double[] InversePowersOfTen = BuildInversePowersOfTen();

    // Quotients (amounts in pennies) below 2^50, about 11 trillion pounds, take the fast path: their double estimate is
    // then within one of the true quotient.
    private const double FastLimit = 1125899906842624.0;

    /// <summary>
    /// Rounds an amount of money to the penny (2 decimal places), half away from zero: 2.345 → 2.35,
    /// −2.345 → −2.35, 2.344 → 2.34.
    /// </summary>
    /// <param name="amount">An amount in the scenario's currency (any sign).</param>
    /// <returns>The amount rounded to 2 decimal places with <see cref="MidpointRounding.AwayFromZero"/>, always carrying
    /// two decimal places (so 350000 is written 350000.00 in JSON and CSV).</returns>
    public static decimal ToPenny(decimal amount)
    {
        // The result is exactly Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m, bit for bit (a test compares
        // the two on millions of values): the mantissa divided by 10^(scale − 2) in integers, rounded half up on the
        // remainder, with the amount's sign. Zero, amounts too large for two places and quotients of 2^50 pennies or more
        // take the general path.
        var flags = DecimalBits.Flags(amount);
        var high = DecimalBits.High(amount);
        var low = DecimalBits.Low(amount);
        var scale = (flags >> 16) & 0xFF;
        if (scale > 2)
        {
            var k = scale - 2;
            var estimate = ((high * 18446744073709551616.0) + low) * InversePowersOfTen[k];
            if (!(estimate < FastLimit))
            {
                return General(amount);
            }

            // The estimate is within one of the true quotient: correct it on the remainder, in 64 bits while 10^k fits them.
            var q = (ulong)estimate;
            q = k <= 18
                ? RoundQuotient(q, (long)(low - (q * PowersOfTen[k])), (long)PowersOfTen[k])
                : RoundQuotient(q, (Int128)(((UInt128)high << 64) | low) - (Int128)((UInt128)q * WidePowersOfTen[k]), (Int128)WidePowersOfTen[k]);

            return q == 0 ? General(amount) : DecimalBits.Create((flags & DecimalBits.SignMask) | DecimalBits.PennyFlags, 0, q);
        }

        if ((high | low) == 0)
        {
            return General(amount);
        }

        if (scale == 2)
        {
            return amount;
        }

        var pennies = (((UInt128)high << 64) | low) * (scale == 0 ? 100u : 10u);
        return (pennies >> 96) != 0
            ? General(amount)
            : DecimalBits.Create((flags & DecimalBits.SignMask) | DecimalBits.PennyFlags, (uint)(pennies >> 64), (ulong)pennies);
    }

    /// <summary>
    /// The quotient <paramref name="q"/> of mantissa ÷ <paramref name="divisor"/> corrected to the true one and rounded
    /// half up, given the remainder mantissa − q × divisor (within a few divisors of 0). For k ≤ 18 the remainder is
    /// below 3 × 10^18 in size, so the low 64 bits of the mantissa's difference, read as signed, are it.
    /// </summary>
    private static ulong RoundQuotient<T>(ulong q, T remainder, T divisor)
        where T : IBinaryInteger<T>, ISignedNumber<T>
    {
        while (remainder < T.Zero)
        {
            q--;
            remainder += divisor;
        }

        while (remainder >= divisor)
        {
            q++;
            remainder -= divisor;
        }

        return remainder >= divisor >> 1 ? q + 1 : q;
    }

    /// <summary>The definition: what <see cref="ToPenny"/> computes faster for ordinary amounts.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static decimal General(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    private static ulong[] BuildPowersOfTen()
    {
        var powers = new ulong[19];
        powers[0] = 1;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10;
        }

        return powers;
    }

    private static UInt128[] BuildWidePowersOfTen()
    {
        var powers = new UInt128[27];
        powers[0] = UInt128.One;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10u;
        }

        return powers;
    }

    private static double[] BuildInversePowersOfTen()
    {
        var inverses = new double[27];
        for (var k = 0; k < inverses.Length; k++)
        {
            inverses[k] = 1.0 / Math.Pow(10, k);
        }

        return inverses;
    }
}
