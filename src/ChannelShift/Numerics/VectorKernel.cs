using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChannelShift.Numerics;

/// <summary>
/// Applies an <see cref="IVectorKernel"/> to every element of a span, a whole <see cref="Vector{T}"/> at a time.
/// </summary>
/// <remarks>
/// The elements left over after the last whole vector go through the same kernel in a padded vector, so every element
/// takes the same arithmetic whatever the span's length and whatever the machine's vector width: a kernel built from
/// IEEE-754 operations (+, −, ×, ÷, √, min, comparisons; no fused multiply-add) and the BCL's <c>Vector.Log</c> and
/// <c>Vector.Exp</c>, which compute each lane alike at every width (a test holds widths 128, 256 and 512 equal), gives
/// the same bits for an element whether it is sampled alone or in a span. Across processors they can differ in the last
/// bits: <c>Vector.Log</c> and <c>Vector.Exp</c> take other instructions on an x86-64 processor without AVX2 and FMA (or
/// with hardware intrinsics switched off) and round a few ulps differently (VectorPathTests in the app's
/// tests hold the outputs within a penny).
/// </remarks>
internal static class VectorKernel
{
    /// <summary>Replaces each element x of <paramref name="values"/> by kernel(x).</summary>
    /// <param name="values">The elements, any length.</param>
    /// <param name="kernel">The kernel.</param>
    /// <param name="padding">The value that fills the unused lanes of the last, partial vector (a value the kernel accepts).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Apply<TKernel>(Span<double> values, in TKernel kernel, double padding = 0.5)
        where TKernel : struct, IVectorKernel
    {
        var width = Vector<double>.Count;
        ref var first = ref MemoryMarshal.GetReference(values);
        var i = 0;
        for (; i <= values.Length - width; i += width)
        {
            var x = Vector.LoadUnsafe(ref first, (nuint)i);
            kernel.Apply(x).StoreUnsafe(ref first, (nuint)i);
        }

        if (i < values.Length)
        {
            Span<double> tail = stackalloc double[Vector<double>.Count];
            tail.Fill(padding);
            var rest = values[i..];
            rest.CopyTo(tail);
            kernel.Apply(new Vector<double>(tail)).CopyTo(tail);
            tail[..rest.Length].CopyTo(rest);
        }
    }

    /// <summary>kernel(x) for one value, computed in lane 0 of a vector (the same bits as in <see cref="Apply"/>).</summary>
    internal static double One<TKernel>(double x, in TKernel kernel)
        where TKernel : struct, IVectorKernel => kernel.Apply(new Vector<double>(x))[0];
}
