using ChannelShift.Validation;

namespace ChannelShift.Simulation;

/// <summary>How to run a Monte Carlo simulation.</summary>
public sealed class MonteCarloOptions
{
    /// <summary>The most iterations allowed: 100,000,000.</summary>
    public const long MaximumIterations = 100_000_000;

    /// <summary>Iterations per chunk: each chunk draws from its own stream seeded from (seed, chunk index), so the
    /// output does not depend on the number of threads.</summary>
    public const int ChunkSize = 16_384;

    /// <summary>The most iterations whose cumulative present values are stored for the fan: 100,000.</summary>
    public const int FanSubsample = 100_000;

    /// <summary>Creates options.</summary>
    /// <param name="iterations">Iterations, from 2 to <see cref="MaximumIterations"/>.</param>
    /// <param name="seed">The seed (any 64-bit value): the same seed gives the same result.</param>
    /// <param name="threads">Threads to use, 1 or more (the result does not depend on it); null = all cores.</param>
    /// <param name="savingTarget">A final-year saving to beat, or null.</param>
    /// <param name="option">The index of the option to simulate (0 = the first in the file).</param>
    public MonteCarloOptions(long iterations, ulong seed, int? threads = null, decimal? savingTarget = null, int option = 0)
    {
        if (iterations < 2 || iterations > MaximumIterations)
        {
            throw new ArgumentOutOfRangeException(nameof(iterations), iterations, FormattableString.Invariant($"iterations: {iterations} is out of range; expected a whole number from 2 to {MaximumIterations}."));
        }

        Iterations = iterations;
        Seed = seed;
        Threads = threads is { } t ? Preconditions.AtLeast(t, 1, nameof(threads)) : Environment.ProcessorCount;
        SavingTarget = savingTarget;
        Option = Preconditions.AtLeast(option, 0, nameof(option));
    }

    /// <summary>Iterations.</summary>
    public long Iterations { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>Threads used.</summary>
    public int Threads { get; }

    /// <summary>The final-year saving to beat, or null.</summary>
    public decimal? SavingTarget { get; }

    /// <summary>The option simulated.</summary>
    public int Option { get; }
}
