namespace ChannelShift.Cli;

/// <summary>A mistake on the command line, with one line per problem; the app prints them and exits 2.</summary>
internal sealed class UserInputException : Exception
{
    public UserInputException(string message)
        : base(message) => Lines = [message];

    public UserInputException(IReadOnlyList<string> lines)
        : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public UserInputException()
        : this("invalid input")
    {
    }

    public UserInputException(string message, Exception innerException)
        : base(message, innerException) => Lines = [message];

    public IReadOnlyList<string> Lines { get; }
}
