using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelShift;

/// <summary>The kinds of <see cref="Rebasing"/>.</summary>
internal enum RebasingKind
{
    /// <summary>Unchanged: the same price year.</summary>
    None = 0,

    /// <summary>× factor (a later price year at a constant rate).</summary>
    Multiply = 1,

    /// <summary>÷ factor (an earlier price year at a constant rate).</summary>
    Divide = 2,

    /// <summary>× factor ÷ divisor (index values of the two years).</summary>
    MultiplyDivide = 3,
}

/// <summary>How a GDP deflator moves an amount from one price year to another (<see cref="GdpDeflator"/>): one
/// operation, in the same order for decimal and double.</summary>
/// <param name="Kind">Which operation.</param>
/// <param name="Factor">The factor multiplied or divided by.</param>
/// <param name="Divisor">The divisor of <see cref="RebasingKind.MultiplyDivide"/>.</param>
internal readonly record struct Rebasing(RebasingKind Kind, decimal Factor, decimal Divisor)
{
    /// <summary>The amount rebased, in decimal.</summary>
    internal decimal Apply(decimal amount) => Apply(amount, Factor, Divisor);

    /// <summary>The amount rebased, in <typeparamref name="T"/>, given the factor and divisor in that type.</summary>
    // Called by the ledger in every iteration of a simulation: compiled optimised at once, as the ledger is.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal T Apply<T>(T amount, T factor, T divisor)
        where T : INumber<T> => Kind switch
        {
            RebasingKind.Multiply => amount * factor,
            RebasingKind.Divide => amount / factor,
            RebasingKind.MultiplyDivide => amount * factor / divisor,
            _ => amount,
        };
}
