namespace ChannelShift.Uncertainty;

/// <summary>The result of a Monte Carlo simulation of one option. It carries no timing and no thread count: the same
/// seed gives the same result whatever the number of threads, and on any machine up to the last bits of functions the
/// platform computes itself (the copula's Φ uses <c>Math.Exp</c>; PERT and survey tables use MathNet.Numerics; draws use
/// <c>Vector.Log</c> and <c>Vector.Exp</c>, which give the same bits at every vector width but round a few ulps
/// differently on a processor without AVX2 and FMA, or with no hardware intrinsics).</summary>
public sealed class SimulationResult
{
    private readonly Lazy<double[]> npvSample;

    internal SimulationResult(string optionName, string currency, long iterations, ulong seed, Appraisal.Basis basis, MoneySummary npv, double probabilityNpvPositive, MoneySummary finalYearSaving, decimal? savingTarget, double? probabilityAboveTarget, IReadOnlyList<FanYear> fan, int fanIterations, Lazy<double[]> npvSample, IReadOnlyList<string> inputs)
    {
        OptionName = optionName;
        Currency = currency;
        Iterations = iterations;
        Seed = seed;
        Basis = basis;
        Npv = npv;
        ProbabilityNpvPositive = probabilityNpvPositive;
        FinalYearSaving = finalYearSaving;
        SavingTarget = savingTarget;
        ProbabilityFinalYearSavingAboveTarget = probabilityAboveTarget;
        Fan = Array.AsReadOnly(fan.ToArray());
        FanIterations = fanIterations;
        this.npvSample = npvSample;
        Inputs = Array.AsReadOnly(inputs.ToArray());
    }

    /// <summary>The option simulated.</summary>
    public string OptionName { get; }

    /// <summary>The ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>Iterations run.</summary>
    public long Iterations { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>The basis of <see cref="Npv"/>, <see cref="FinalYearSaving"/>, the target and the fan: at average
    /// cost, or cashable.</summary>
    public Appraisal.Basis Basis { get; }

    /// <summary>NPV on <see cref="Basis"/> over the iterations.</summary>
    public MoneySummary Npv { get; }

    /// <summary>The share of iterations with NPV &gt; 0.</summary>
    public double ProbabilityNpvPositive { get; }

    /// <summary>The last year's saving on <see cref="Basis"/> (the saving, or the cashable saving; before the benefits
    /// haircut); its P5 and P95 are given too.</summary>
    public MoneySummary FinalYearSaving { get; }

    /// <summary>The final-year saving target, or null.</summary>
    public decimal? SavingTarget { get; }

    /// <summary>The share of iterations whose final-year saving exceeds the target, or null without a target.</summary>
    public double? ProbabilityFinalYearSavingAboveTarget { get; }

    /// <summary>The fan of cumulative present value per year.</summary>
    public IReadOnlyList<FanYear> Fan { get; }

    /// <summary>How many of the first iterations the fan is computed from: <see cref="MonteCarloOptions.FanIterationsFor"/>
    /// of the iterations (all of them up to 1,000; then 1%, from 1,000 to 100,000).</summary>
    public int FanIterations { get; }

    /// <summary>The NPVs of the first iterations (at most <see cref="MonteCarloOptions.FanSubsample"/>), for a histogram.
    /// Computed on first read by drawing those iterations again from the seed (the same values as in the run; a few
    /// milliseconds), so that a run whose histogram nobody draws does not keep them.</summary>
    public IReadOnlyList<double> NpvSample => npvSample.Value;

    /// <summary>The uncertain inputs drawn, described (path = distribution).</summary>
    public IReadOnlyList<string> Inputs { get; }
}
