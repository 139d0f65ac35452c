namespace ChannelShift;

/// <summary>
/// The library's one exception for a whole input (e.g. a scenario file) that has problems: it carries every problem
/// found, one per line, so that a user can fix them all at once. Derives from <see cref="ArgumentException"/>, which
/// callers already catch (after Polly's ValidationHelper).
/// </summary>
public sealed class InputValidationException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public InputValidationException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with one message and no located problem (prefer the list constructor).</summary>
    public InputValidationException()
        : this([new InputProblem(null, null, "$", "the input is not valid")])
    {
    }

    /// <summary>Creates the exception with one message and no located problem (prefer the list constructor).</summary>
    /// <param name="message">What is wrong.</param>
    public InputValidationException(string message)
        : this([new InputProblem(null, null, "$", message)])
    {
    }

    /// <summary>Creates the exception with one message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InputValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [new InputProblem(null, null, "$", message)];

    /// <summary>Every problem found, in the order of the input.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? problems[0].ToString()
            : $"{problems.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
    }
}
