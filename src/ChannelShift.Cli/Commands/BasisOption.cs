using System.CommandLine;
using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Commands;

/// <summary>The <c>--basis</c> option of the commands that judge a case: which NPV ranks the options and is
/// simulated or swung.</summary>
internal static class BasisOption
{
    internal static Option<string?> Create() => new("--basis")
    {
        Description = "What the case is judged on: cashable (what the budget banks; the default where the scenario has cost behaviour) or average (capacity released at average cost; the default otherwise).",
    };

    /// <summary>The basis asked for, or null for the scenario's default.</summary>
    internal static Basis? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "cashable" => Basis.Cashable,
        "average" => Basis.Average,
        _ => throw new UserInputException($"--basis: \"{text}\" is not a basis; expected cashable or average."),
    };

    /// <summary>The basis a command acts on: the one asked for, checked against the scenario (the cashable basis needs
    /// cost behaviour), or the scenario's default.</summary>
    internal static Basis Resolve(Scenario scenario, string? text)
    {
        var asked = Parse(text);
        if (asked == Basis.Cashable && scenario.CostBehaviour.Count == 0)
        {
            throw new UserInputException("--basis: cashable needs cost behaviour, and the scenario has none; expected average, or a costBehaviour section in the scenario (see docs/cashable-savings.md).");
        }

        return asked ?? Appraiser.DefaultBasis(scenario);
    }
}
