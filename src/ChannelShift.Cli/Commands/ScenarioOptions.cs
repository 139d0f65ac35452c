using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Commands;

/// <summary>The option a command acts on: the one named by <c>--option</c>, or the one the appraisal ranks first.</summary>
internal static class ScenarioOptions
{
    internal static int IndexOf(Scenario scenario, string? name, Basis? basis = null)
    {
        if (name is null)
        {
            return Appraiser.FirstRanked(scenario, basis);
        }

        return Messages.AtFlag("--option", () => scenario.FindOption(name));
    }
}
