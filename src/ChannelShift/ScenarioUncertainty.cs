namespace ChannelShift;

/// <summary>
/// The uncertain inputs of a scenario and their optional rank correlation (a Gaussian copula; the matrix holds the
/// correlations of the normal scores, converted from the rank correlations given).
/// </summary>
public sealed class ScenarioUncertainty
{
    /// <summary>No uncertain input.</summary>
    public static ScenarioUncertainty None { get; } = new([], null);

    /// <summary>Creates the uncertainty of a scenario.</summary>
    /// <param name="inputs">The uncertain inputs.</param>
    /// <param name="copula">A Gaussian copula over exactly these inputs (same order), or null for independence.</param>
    public ScenarioUncertainty(IReadOnlyList<UncertainInput> inputs, GaussianCopula? copula)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (copula is not null && copula.Dimension != inputs.Count)
        {
            throw Preconditions.Fail("copula", ProblemCodes.Inconsistent, FormattableString.Invariant($"it has {copula.Dimension} inputs but there are {inputs.Count} uncertain inputs"), "one per input", null);
        }

        var copy = inputs.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(copy[i], nameof(inputs));
            for (var j = 0; j < i; j++)
            {
                if (copy[j].Input == copy[i].Input)
                {
                    throw Preconditions.Fail("inputs", ProblemCodes.Duplicate, FormattableString.Invariant($"{copy[i].Input} is uncertain twice (inputs {j} and {i})"), "each number once", null);
                }
            }
        }

        Inputs = Array.AsReadOnly(copy);
        Copula = copula;
    }

    /// <summary>The uncertain inputs.</summary>
    public IReadOnlyList<UncertainInput> Inputs { get; }

    /// <summary>The copula correlating them, or null.</summary>
    public GaussianCopula? Copula { get; }
}
