using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Commands;

/// <summary>The option a command acts on: the one named by <c>--option</c>, or the one the appraisal ranks first.</summary>
internal static class ScenarioOptions
{
    internal static int IndexOf(Scenario scenario, string? name)
    {
        if (name is null)
        {
            return Appraiser.FirstRanked(scenario);
        }

        try
        {
            return scenario.FindOption(name);
        }
        catch (InputValidationException ex)
        {
            throw new UserInputException(Messages.Of(ex, "--option"));
        }
    }
}
