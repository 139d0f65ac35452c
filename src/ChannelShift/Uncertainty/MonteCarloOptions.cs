namespace ChannelShift.Uncertainty;

/// <summary>How to run a Monte Carlo simulation.</summary>
public sealed class MonteCarloOptions
{
    /// <summary>The most iterations allowed: 100,000,000.</summary>
    public const long MaximumIterations = 100_000_000;

    /// <summary>Iterations per chunk: each chunk draws from its own stream seeded from (seed, chunk index), so the
    /// output does not depend on the number of threads. Small enough that a chunk's columns stay in cache and that
    /// 10,000 iterations already make ten chunks to share between threads.</summary>
    public const int ChunkSize = 1_024;

    /// <summary>The most iterations whose NPVs are kept for the histogram (<see cref="SimulationResult.NpvSample"/>)
    /// and whose cumulative present values are kept for the fan: 100,000.</summary>
    public const int FanSubsample = 100_000;

    /// <summary>The fewest iterations the fan is computed from when there are more: 1,000.</summary>
    public const int FanMinimum = 1_000;

    /// <summary>
    /// How many of the first iterations the fan is computed from: all of them up to <see cref="FanMinimum"/>, then 1%
    /// of them, at least <see cref="FanMinimum"/> and at most <see cref="FanSubsample"/>. Summarising a year's
    /// cumulative present value costs about as much per value as the NPV itself, and the fan has one value per year,
    /// so a fixed share keeps the run's time proportional to the iterations.
    /// </summary>
    /// <param name="iterations">Iterations in the run, 1 or more.</param>
    /// <returns>The fan's iterations.</returns>
    public static int FanIterationsFor(long iterations) =>
        (int)Math.Min(iterations, Math.Clamp(iterations / 100, FanMinimum, FanSubsample));

    /// <summary>Creates options.</summary>
    /// <param name="iterations">Iterations, from 2 to <see cref="MaximumIterations"/>.</param>
    /// <param name="seed">The seed (any 64-bit value): the same seed gives the same result.</param>
    /// <param name="threads">Threads to use, 1 or more (the result does not depend on it); null = all cores.</param>
    /// <param name="savingTarget">A final-year saving to beat, or null.</param>
    /// <param name="option">The index of the option to simulate (0 = the first in the file), or null for the option that
    /// ranks first on NPV.</param>
    /// <param name="basis">The basis whose NPV, final-year saving and fan are reported; null for the scenario's default
    /// (<see cref="Appraisal.Appraiser.DefaultBasis"/>).</param>
    public MonteCarloOptions(long iterations, ulong seed, int? threads = null, decimal? savingTarget = null, int? option = null, Appraisal.Basis? basis = null)
    {
        Basis = basis;
        if (iterations < 2 || iterations > MaximumIterations)
        {
            throw Preconditions.Fail("iterations", ProblemCodes.OutOfRange, FormattableString.Invariant($"{iterations} is out of range"), FormattableString.Invariant($"a whole number from 2 to {MaximumIterations}"), iterations);
        }

        Iterations = iterations;
        Seed = seed;
        Threads = threads is { } t ? Preconditions.AtLeast(t, 1, nameof(threads)) : Environment.ProcessorCount;
        SavingTarget = savingTarget;
        Option = option is { } o ? Preconditions.AtLeast(o, 0, nameof(option)) : null;
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
    public int? Option { get; }

    /// <summary>The basis reported, or null for the scenario's default.</summary>
    public Appraisal.Basis? Basis { get; }
}
