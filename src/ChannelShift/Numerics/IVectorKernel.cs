using System.Numerics;

namespace ChannelShift.Numerics;

/// <summary>
/// An element-wise function on <see cref="Vector{T}"/> lanes, applied to a span by <see cref="VectorKernel.Apply"/>.
/// Implemented by structs so that the JIT inlines the function into the loop.
/// </summary>
internal interface IVectorKernel
{
    /// <summary>The function, lane by lane: lane i of the result depends on lane i of <paramref name="x"/> only.</summary>
    Vector<double> Apply(Vector<double> x);
}
