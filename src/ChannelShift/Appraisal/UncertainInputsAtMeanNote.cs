namespace ChannelShift.Appraisal;

/// <summary>Some inputs are uncertain: a single appraisal evaluates each at its point value (a file's, the
/// distribution's mean); Monte Carlo gives the spread.</summary>
public sealed class UncertainInputsAtMeanNote : AppraisalNote
{
    internal UncertainInputsAtMeanNote(IReadOnlyList<InputDescription> inputs, IReadOnlyList<Distribution> distributions)
    {
        Inputs = Array.AsReadOnly(inputs.ToArray());
        Distributions = Array.AsReadOnly(distributions.ToArray());
    }

    /// <inheritdoc/>
    public override string Code => "uncertain-inputs-at-mean";

    /// <summary>The uncertain inputs, with their paths and labels.</summary>
    public IReadOnlyList<InputDescription> Inputs { get; }

    /// <summary>Their distributions, in the same order.</summary>
    public IReadOnlyList<Distribution> Distributions { get; }

    /// <inheritdoc/>
    public override string Message => FormattableString.Invariant($"{Inputs.Count} input(s) are uncertain; a single appraisal evaluates each at its mean ({string.Join("; ", Inputs.Select((input, i) => FormattableString.Invariant($"{input.Path} = {Distributions[i]}, mean {Distributions[i].Mean:0.######}")))}).");
}
