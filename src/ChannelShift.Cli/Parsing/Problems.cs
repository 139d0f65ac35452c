namespace ChannelShift.Cli.Parsing;

/// <summary>
/// Collects every problem of a command line before giving up, so that a user sees all of them at once (one line each),
/// then throws them together as one <see cref="UserInputException"/>.
/// </summary>
internal sealed class Problems(IReadOnlyDictionary<string, string>? flags = null)
{
    private readonly List<string> _lines = [];
    private readonly IReadOnlyDictionary<string, string> _flags = flags ?? new Dictionary<string, string>();

    internal int Count => _lines.Count;

    /// <summary>Reads a value; a mistake is recorded and the default returned.</summary>
    internal T? Try<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (UserInputException ex)
        {
            _lines.AddRange(ex.Lines);
        }
        catch (InputValidationException ex)
        {
            _lines.AddRange(Messages.Of(ex, _flags));
        }

        return default;
    }

    internal void Add(string line) => _lines.Add(line);

    internal void ThrowIfAny()
    {
        if (_lines.Count > 0)
        {
            throw new UserInputException(_lines);
        }
    }
}
