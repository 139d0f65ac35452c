using System.CommandLine;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Commands;

/// <summary>
/// <c>channelshift batch SCENARIO --councils FILE.csv</c>: appraises one scenario for many councils (one CSV row each:
/// the council's name, then its volume per channel in the scenario's baseline period) and writes one row per council and
/// option on stdout. Each bad row gets one line <c>FILE:LINE: problem</c> on stderr and is skipped; the good rows are
/// still written, and the exit code is 2 when any row was bad.
/// </summary>
internal static class BatchCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file (JSON; see docs/scenario-format.md), or - to read standard input." };
        var councils = new Option<string>("--councils", "-c")
        {
            Description = "The councils CSV (or - for standard input): a header `council,CHANNEL,…` (channel keys or aliases), then one row per council with its volumes in the scenario's baseline period (see docs/examples/councils.csv).",
            Required = true,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: csv (default), json, table or markdown.",
            DefaultValueFactory = _ => "csv",
        };
        var option = new Option<string?>("--option") { Description = "Appraise only this option (by name); every option by default." };
        var command = new Command("batch", "Appraise one scenario for many councils: NPV, cashable NPV, BCR, payback and IRR per council, from a CSV of their volumes.") { file, councils, option, format };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            if (parse.GetValue(file) == ScenarioFile.StandardInput && parse.GetValue(councils) == ScenarioFile.StandardInput)
            {
                throw new UserInputException("--councils: - and the scenario both read standard input; expected at most one of them to be -.");
            }

            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            int? index = parse.GetValue(option) is { } name ? ScenarioOptions.IndexOf(scenario, name) : null;

            // On a terminal, a progress line from the start of the councils (many thousands take seconds), wiped before
            // anything else is written; none when the output is redirected.
            var progress = context.OutputRedirected ? null : new ProgressLine(context.Error);
            BatchResult result;
            try
            {
                progress?.Report(0);
                result = Run(scenario, parse.GetValue(councils)!, context, index, progress);
            }
            finally
            {
                progress?.Done();
            }
            switch (output)
            {
                case OutputFormat.Json:
                    context.Output.WriteLine(ResultJson.Serialize(result));
                    break;
                case OutputFormat.Table or OutputFormat.Markdown:
                    WriteTable(context, output, scenario, result);
                    break;
                default:
                    WriteCsv(context, result);
                    break;
            }

            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"error: {problem}");
            }

            return result.Problems.Count > 0 ? CliApp.UserError : CliApp.Ok;
        });
        return command;
    }

    /// <summary>Reads the councils file (or standard input) and appraises the scenario for each council.</summary>
    private static BatchResult Run(Scenario scenario, string path, CliContext context, int? option, IProgress<double>? progress) =>
        ScenarioFile.Read(path, context, "--councils", "a councils CSV file", "a councils CSV file (see docs/examples/councils.csv)", "a header row (council, then channel keys) and one row per council", (stream, typed) =>
            BatchAppraisal.Run(scenario, CouncilsCsv.Read(scenario, stream, typed == ScenarioFile.StandardInput ? "(standard input)" : typed), option, progress, context.Cancellation));

    /// <summary>The label of the appraisal's first year (year 0), which paybacks count from.</summary>
    private static string FirstYear(BatchResult result) => Rows(result).Select(row => row.Option.Years[0].Label).FirstOrDefault() ?? "year 0";

    private static IEnumerable<(CouncilAppraisal Council, AppraisalResult Option)> Rows(BatchResult result) =>
        result.Rows.SelectMany(row => row.Options.Select(option => (row, option)));

    private static void WriteCsv(CliContext context, BatchResult result)
    {
        var csv = new Csv(context.Output);
        csv.Row("council", "option", "npv", "cashableNpv", "presentValueBenefits", "presentValueCosts", "benefitCostRatio", "paybackYears", "discountedPaybackYears", "irr", "finalYearSaving");
        foreach (var (council, r) in Rows(result))
        {
            csv.Row(council.Council, r.OptionName, r.Npv, r.Cashable?.Npv, r.PresentValueBenefits, r.PresentValueCosts, r.BenefitCostRatio, r.PaybackYears, r.DiscountedPaybackYears, r.Irr, r.Years[^1].Saving);
        }
    }

    private static void WriteTable(CliContext context, OutputFormat format, Scenario scenario, BatchResult result)
    {
        var c = result.Currency;
        context.Output.WriteLine(Show.Invariantly($"{result.ScenarioName}: {result.Rows.Count} councils appraised against business as usual in {c} at {CaseText.PricesAndDiscounting(scenario)}; volumes a {result.Period.Key}"));
        // The council and the option name a row: both repeat in each column group on a narrow terminal.
        var table = new TextTable(
            null,
            [TextColumn.Text("Council"), TextColumn.Text("Option"), .. new[] { "NPV at average cost", "Cashable NPV", "BCR at average cost", $"Payback at average cost (years from the start of {FirstYear(result)})", "IRR at average cost", "Final-year saving" }.Select(TextColumn.Figure)],
            keyColumns: 2);
        foreach (var (council, r) in Rows(result))
        {
            table.AddRow(
                council.Council,
                r.OptionName,
                Show.Money(r.Npv, c),
                r.Cashable is { } cashable ? Show.Money(cashable.Npv, c) : "n/a",
                r.BenefitCostRatio is { } bcr ? Show.Number(bcr, "0.00") : "n/a",
                CaseText.PaybackFromStart(r.PaybackYears),
                r.Irr is { } irr ? Show.Percent(irr, "0.0") : "none",
                Show.Money(r.Years[^1].Saving, c));
        }

        context.Write(table, format);
        context.Output.WriteLine(format == OutputFormat.Markdown ? CaseText.RatiosCaveat : $"  {CaseText.RatiosCaveat}");
    }
}
