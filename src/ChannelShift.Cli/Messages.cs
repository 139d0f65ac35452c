namespace ChannelShift.Cli;

/// <summary>Turns the library's problems into the lines a user reads, each at the flag the user typed where the
/// problem is about one (the library names the argument it checked; the app knows which flag gave it).</summary>
internal static class Messages
{
    /// <summary>One line per problem, at its own path (a file's JSON path, with file and line).</summary>
    internal static IReadOnlyList<string> Of(InputValidationException ex) =>
        ex.Problems.Select(p => p.ToString()).ToList();

    /// <summary>One line per problem, each at <paramref name="flag"/> (a sentence, as the app's own messages about flags
    /// are).</summary>
    internal static IReadOnlyList<string> Of(InputValidationException ex, string flag) =>
        ex.Problems.Select(p => p.WithPath(flag) + ".").ToList();

    /// <summary>Calls the library with a value a flag gave; its problems become a <see cref="UserInputException"/>, each
    /// line at <paramref name="flag"/>.</summary>
    internal static T AtFlag<T>(string flag, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (InputValidationException ex)
        {
            throw new UserInputException(Of(ex, flag));
        }
    }

    /// <summary>Calls the library with values flags gave; a problem at an argument a flag gave becomes a line at that
    /// flag (<see cref="Of(InputValidationException, IReadOnlyDictionary{string, string})"/>).</summary>
    internal static T AtFlags<T>(IReadOnlyDictionary<string, string> flags, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (InputValidationException ex)
        {
            throw new UserInputException(Of(ex, flags));
        }
    }

    /// <summary>One line per problem, a problem at an argument that a flag gave at that flag.</summary>
    internal static IReadOnlyList<string> Of(InputValidationException ex, IReadOnlyDictionary<string, string> flags) =>
        ex.Problems.Select(p => flags.TryGetValue(p.Path, out var flag) ? p.WithPath(flag) + "." : p.ToString()).ToList();
}
