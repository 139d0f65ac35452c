namespace ChannelShift;

/// <summary>
/// The library's one exception for input that has problems, whether a scenario file or an argument of the model: it
/// carries every problem found (<see cref="Problems"/>, as data), one per line of its message, so that a user can fix
/// them all at once. Derives from <see cref="ArgumentException"/>, which callers already catch (after Polly's
/// ValidationHelper).
/// </summary>
public sealed class InputValidationException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public InputValidationException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems)) => Problems = Array.AsReadOnly(problems.ToArray());

    /// <summary>Creates the exception with one message and no located problem (prefer the list constructor).</summary>
    public InputValidationException()
        : this([new InputProblem("$", ProblemCodes.Invalid, "the input is not valid")])
    {
    }

    /// <summary>Creates the exception with one message and no located problem (prefer the list constructor).</summary>
    /// <param name="message">What is wrong.</param>
    public InputValidationException(string message)
        : this([new InputProblem("$", ProblemCodes.Invalid, message)])
    {
    }

    /// <summary>Creates the exception with one message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InputValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new InputProblem("$", ProblemCodes.Invalid, message)];

    /// <summary>Every problem found, in the order of the input.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>The path of the problem when there is one (for an argument of the model, the argument's name, as
    /// <see cref="ArgumentException.ParamName"/> has it); null when there are several.</summary>
    public override string? ParamName => Problems.Count == 1 ? Problems[0].Path : null;

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("problems: the list is empty; expected at least one problem.", nameof(problems));
        }

        return problems.Count == 1
            ? problems[0].ToString()
            : $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
    }
}
