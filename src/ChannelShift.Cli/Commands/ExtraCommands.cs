using System.CommandLine;

namespace ChannelShift.Cli.Commands;

/// <summary>The commands of later capabilities (appraisal, staffing, uncertainty, batch), registered in one place.</summary>
internal static class ExtraCommands
{
    internal static IEnumerable<Command> Create(CliContext context) =>
    [
        AppraiseCommand.Create(context),
        InitCommand.Create(context),
        StaffingCommand.Create(context),
        SimulateCommand.Create(context),
        SensitivityCommand.Create(context),
        SurveyCommand.Create(context),
        BatchCommand.Create(context),
    ];
}
