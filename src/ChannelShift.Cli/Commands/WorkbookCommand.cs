using System.CommandLine;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift workbook FILE -o case.xlsx</c>: the appraisal as an Excel workbook of live formulas
/// (docs/workbook.md).</summary>
internal static class WorkbookCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The scenario file (JSON; see docs/scenario-format.md), or - to read standard input." };
        var option = new Option<string?>("--option") { Description = "Only this option (by name); every option, ranked by NPV on the --basis, by default." };
        var basis = BasisOption.Create();
        var command = new Command("workbook", "Write the appraisal as an Excel workbook (-o FILE.xlsx) of live formulas over named assumptions, for a finance officer to audit.") { file, option, basis };
        command.SetAction(parse =>
        {
            var target = parse.GetValue<string?>("--output");
            if (target is null)
            {
                throw new UserInputException("-o: no file given; expected -o FILE.xlsx (a workbook is a binary file), or -o - to send it to a redirected standard output.");
            }

            if (target == "-" && !context.OutputRedirected)
            {
                throw new UserInputException("-o: - sends the workbook to standard output, which is a terminal; expected -o FILE.xlsx, or standard output redirected to a file or a pipe.");
            }

            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            var on = BasisOption.Resolve(scenario, parse.GetValue(basis));
            var only = parse.GetValue(option) is { } name ? (int?)ScenarioOptions.IndexOf(scenario, name, on) : null;
            var appraisal = Appraiser.Appraise(scenario, only, on);
            var order = appraisal.Options.Select(r => scenario.FindOption(r.OptionName)).ToList();
            var stream = context.BinaryOutput is { } open ? open() : context.OpenStandardOutput();
            CaseWorkbook.Write(stream, scenario, order);
            return CliApp.Ok;
        });
        return command;
    }
}
