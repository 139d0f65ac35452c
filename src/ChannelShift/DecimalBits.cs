using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChannelShift;

/// <summary>
/// The parts of a <see cref="decimal"/> read and written in place: a sign, a scale (0–28) and a 96-bit unsigned
/// mantissa, value = (−1)^sign × mantissa / 10^scale. This is the layout of .NET's <see cref="decimal"/> (and of the OLE
/// <c>DECIMAL</c> it marshals to): a 32-bit flags word (scale in bits 16–23, sign in bit 31), then the high 32 bits of
/// the mantissa, then its low 64 bits. <see cref="decimal.GetBits(decimal, Span{int})"/> gives the same parts but costs
/// more than the arithmetic that uses them; a test holds the two equal.
/// </summary>
internal static class DecimalBits
{
    /// <summary>The sign bit of the flags word.</summary>
    internal const int SignMask = unchecked((int)0x80000000);

    /// <summary>The flags word of a positive decimal with scale 2 (pennies).</summary>
    internal const int PennyFlags = 2 << 16;

    /// <summary>The flags word: the scale in bits 16–23 and the sign in bit 31.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Flags(in decimal value) => Unsafe.As<decimal, Layout>(ref Unsafe.AsRef(in value)).Flags;

    /// <summary>The high 32 bits of the 96-bit mantissa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint High(in decimal value) => Unsafe.As<decimal, Layout>(ref Unsafe.AsRef(in value)).High;

    /// <summary>The low 64 bits of the 96-bit mantissa.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Low(in decimal value) => Unsafe.As<decimal, Layout>(ref Unsafe.AsRef(in value)).Low;

    /// <summary>A decimal from its parts (the caller keeps the scale at most 28 and the other flag bits 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Create(int flags, uint high, ulong low)
    {
        var layout = new Layout { Flags = flags, High = high, Low = low };
        return Unsafe.As<Layout, decimal>(ref layout);
    }

    /// <summary>Whether two decimals are the same bits (the same value written with the same scale), unlike
    /// <c>==</c>, which holds 1.0 and 1 equal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Identical(in decimal a, in decimal b) =>
        Flags(a) == Flags(b) && High(a) == High(b) && Low(a) == Low(b);

    /// <summary>
    /// <c>sum + addend</c>, bit for bit, for running sums: when <paramref name="sum"/> is still the literal <c>0m</c>
    /// (every bit zero) and <paramref name="addend"/> is not zero, the operator returns the addend unchanged, so it is not
    /// called (a test holds the two equal).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Accumulate(decimal sum, decimal addend) =>
        (Flags(sum) | (int)High(sum)) == 0 && Low(sum) == 0 && (High(addend) | Low(addend)) != 0 ? addend : sum + addend;

    [StructLayout(LayoutKind.Sequential)]
    private struct Layout
    {
        public int Flags;
        public uint High;
        public ulong Low;
    }
}
