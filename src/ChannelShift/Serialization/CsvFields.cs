using System.Globalization;

namespace ChannelShift.Serialization;

/// <summary>
/// The fields the CSV readers of a scenario's channels share (<see cref="CouncilsCsv"/>, <see cref="ActualsCsv"/>): a
/// channel named by key or alias, and a count of 0 or more written in the invariant culture. One place, so that every
/// file names channels and writes numbers the same way.
/// </summary>
internal static class CsvFields
{
    /// <summary>How a count is written: the invariant culture, a dot for decimals, no thousands separators, an
    /// exponent allowed, spaces around it ignored.</summary>
    internal const NumberStyles CountStyle = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>The channel a header column or a field names: a key or alias (case-insensitive) of a built-in channel or
    /// of one of the scenario's own channels, with a cost per contact in the scenario's unit costs; never
    /// <c>avoided</c>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="text">The name as written (trimmed).</param>
    /// <param name="path">The path of the problem: the column.</param>
    /// <param name="problem">Why it is not a channel (an unknown name with a "did you mean", <c>avoided</c>, a channel
    /// without a cost), at <paramref name="path"/>, without a source or line; null when it is one.</param>
    /// <returns>The channel, or null.</returns>
    internal static Channel? Channel(Scenario scenario, string text, string path, out InputProblem? problem)
    {
        Channel channel;
        try
        {
            channel = scenario.UnitCosts.ParseChannel(text, allowAvoided: false);
        }
        catch (InputValidationException ex)
        {
            problem = ex.Problems[0].WithPath(path);
            return null;
        }

        if (!scenario.UnitCosts.Contains(channel))
        {
            problem = new InputProblem(path, ProblemCodes.Inconsistent, $"\"{text}\" has no cost per contact in the scenario's unit costs \"{scenario.UnitCosts.Key}\"", $"a channel with a cost ({string.Join(", ", scenario.UnitCosts.Channels.Select(c => c.Key))}), or a cost for it in the scenario's $.unitCosts.overrides", text);
            return null;
        }

        problem = null;
        return channel;
    }

    /// <summary>What is wrong with a count's text (<see cref="CountStyle"/>), or null when it is a number of 0 or more
    /// that fits a decimal.</summary>
    /// <param name="text">The field as written.</param>
    /// <param name="empty">What to say of an empty field, e.g. "is empty".</param>
    /// <param name="value">The count, when there is no fault.</param>
    /// <returns>The fault's code (<see cref="ProblemCodes"/>) and what is wrong (naming the value), or null.</returns>
    internal static (string Code, string What)? Count(string text, string empty, out decimal value)
    {
        if (decimal.TryParse(text, CountStyle, CultureInfo.InvariantCulture, out value) && value >= 0m)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (ProblemCodes.Missing, empty);
        }

        if (decimal.TryParse(trimmed, CountStyle, CultureInfo.InvariantCulture, out _))
        {
            return (ProblemCodes.OutOfRange, $"{trimmed} is negative");
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return !double.IsFinite(d)
                ? (ProblemCodes.NotFinite, $"\"{trimmed}\" is not a finite number")
                : d < 0
                    ? (ProblemCodes.OutOfRange, $"{trimmed} is negative")
                    : (ProblemCodes.TooLarge, $"{trimmed} is too large (above the largest decimal, about 7.9e28)");
        }

        return (ProblemCodes.WrongType, $"\"{trimmed}\" is not a number");
    }
}
