namespace ChannelShift.Cli;

/// <summary>Turns a library exception into the lines a user reads (without the BCL's " (Parameter 'x')" suffix).</summary>
internal static class Messages
{
    internal static IEnumerable<string> Of(ArgumentException ex)
    {
        if (ex is InputValidationException validation)
        {
            return validation.Problems.Select(p => p.ToString());
        }

        var message = ex.Message;
        var actual = "\nActual value was";
        var cut = message.IndexOf(actual, StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = message.TrimEnd();
        var suffix = ex.ParamName is null ? null : $" (Parameter '{ex.ParamName}')";
        if (suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal))
        {
            message = message[..^suffix.Length];
        }

        return [message.Trim()];
    }
}
