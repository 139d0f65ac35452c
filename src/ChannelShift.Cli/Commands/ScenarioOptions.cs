namespace ChannelShift.Cli.Commands;

/// <summary>Finds an option of a scenario by the name given with <c>--option</c>.</summary>
internal static class ScenarioOptions
{
    internal static int IndexOf(Scenario scenario, string? name)
    {
        if (name is null)
        {
            return 0;
        }

        for (var i = 0; i < scenario.Options.Count; i++)
        {
            if (string.Equals(scenario.Options[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new UserInputException($"--option: \"{name}\" is not an option of the scenario; expected one of {string.Join(", ", scenario.Options.Select(o => $"\"{o.Name}\""))}.");
    }
}
