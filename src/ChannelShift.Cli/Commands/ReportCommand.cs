using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using ChannelShift.Tracking;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Commands;

/// <summary>
/// <c>channelshift report SCENARIO -o case.html</c>: the whole case as one self-contained HTML committee paper (print it
/// to PDF from a browser for A4): a one-page summary, the options compared, every assumption with its source, the
/// profile by year, the bridge to the cashable saving, staffing, sensitivity, optionally a Monte Carlo simulation and
/// tracking against actuals, the caveats and the scenario file itself.
/// </summary>
internal static class ReportCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("scenario") { Description = "The scenario file (JSON; see docs/scenario-format.md), or - to read standard input." };
        var option = new Option<string?>("--option") { Description = "The option whose sensitivity, simulation and tracking the paper shows (by name); the one the appraisal ranks first by default. Every option is appraised." };
        var basis = BasisOption.Create();
        var iterations = new Option<string?>("--iterations", "-n") { Description = "Add a Monte Carlo simulation of this many iterations (2 to 100,000,000), for a scenario with uncertain inputs." };
        var seed = new Option<string>("--seed") { Description = "The simulation's seed: the same seed gives the same paper.", DefaultValueFactory = _ => "1" };
        var actuals = new Option<string?>("--actuals", "-a") { Description = "Add tracking against plan from this actuals CSV (as for `track`; the scenario needs appraisal.firstYear)." };
        var closed = new Option<string[]>("--closed") { Description = "With --actuals: a fixed step recorded as taken, as NAME=YYYY-MM; repeatable.", AllowMultipleArgumentsPerToken = false };
        var baselineFte = new Option<string[]>("--baseline-fte") { Description = "With --actuals: staff in post on a staffed channel before the change, as CHANNEL=FTE; repeatable." };
        var command = new Command("report", "Write the case as one self-contained HTML committee paper (print it to PDF for A4): summary, options, assumptions, profile, cashable bridge, staffing, sensitivity, and with flags a simulation and tracking.")
        {
            file, option, basis, iterations, seed, actuals, closed, baselineFte,
        };
        command.SetAction(parse =>
        {
            var problems = new Problems();
            long? n = parse.GetValue(iterations) is { } text ? problems.Try(() => (long?)Inputs.Integer(text, "--iterations", 2, (int)MonteCarloOptions.MaximumIterations)) : null;
            if (!ulong.TryParse(parse.GetValue(seed), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                problems.Add($"--seed: \"{parse.GetValue(seed)}\" is not a seed; expected a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}.");
            }

            var actualsPath = parse.GetValue(actuals);
            if (actualsPath is null && ((parse.GetValue(closed)?.Length ?? 0) > 0 || (parse.GetValue(baselineFte)?.Length ?? 0) > 0))
            {
                problems.Add("--closed and --baseline-fte: given without --actuals; expected --actuals FILE.csv with them (they describe the actuals).");
            }

            if (actualsPath == ScenarioFile.StandardInput && parse.GetValue(file) == ScenarioFile.StandardInput)
            {
                problems.Add("--actuals: - and the scenario both read standard input; expected at most one of them to be -.");
            }

            problems.ThrowIfAny();
            var path = parse.GetValue(file)!;
            var name = path == ScenarioFile.StandardInput ? "(standard input)" : Path.GetFileName(path);
            var (scenario, source) = ScenarioFile.Read(path, context, flag: null, "a scenario file (JSON)", $"a scenario file (try `channelshift init {path}` to start one)", "a scenario file (JSON)", (stream, _) =>
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                copy.Position = 0;
                return (ScenarioReader.Read(copy, name), new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
            });
            var on = BasisOption.Resolve(scenario, parse.GetValue(basis));
            var index = ScenarioOptions.IndexOf(scenario, parse.GetValue(option), on);

            // On a terminal, one progress line from here to the paper, over the sensitivity analysis and the simulation
            // (the sensitivity the first tenth when a simulation follows: a display choice, not a measurement), wiped
            // before the paper or an error is written; none when the output is redirected.
            var progress = context.OutputRedirected ? null : new ProgressLine(context.Error);
            try
            {
                progress?.Report(0);
                TrackingResult? tracking = null;
                if (actualsPath is not null)
                {
                    var read = ScenarioFile.Read(actualsPath, context, "--actuals", "an actuals CSV file", "an actuals CSV file (see docs/benefits-realisation.md)", "a header row (month,channel,volume or month then channel keys) and one row per month", (stream, typed) =>
                        ActualsCsv.Read(scenario, stream, typed == ScenarioFile.StandardInput ? "(standard input)" : typed));
                    var settings = new TrackingSettings
                    {
                        Option = index,
                        Basis = on,
                        Closed = TrackCommand.Closed(parse.GetValue(closed) ?? []),
                        BaselineFte = TrackCommand.BaselineFte(parse.GetValue(baselineFte) ?? [], scenario),
                    };
                    var flags = new Dictionary<string, string> { ["closed"] = "--closed", ["baseline-fte"] = "--baseline-fte", ["option"] = "--option" };
                    tracking = Messages.AtFlags(flags, () => BenefitsTracker.Track(scenario, read, settings));
                }

                var appraisal = Appraiser.Appraise(scenario, null, on);
                var simulate = n is not null && scenario.Uncertainty.Inputs.Count > 0;
                var sensitivity = Sensitivity.Analyse(scenario, null, index, on, progress?.Stage(0, simulate ? 0.1 : 1), context.Cancellation);
                SimulationResult? simulation = null;
                if (simulate)
                {
                    simulation = MonteCarlo.Run(scenario, new MonteCarloOptions(n!.Value, s, null, null, index, on), progress?.Stage(0.1, 1), context.Cancellation);
                }

                progress?.Done();

                var inputs = new ReportInputs(scenario, name, source, OptionsListed(source), Description(source), appraisal, sensitivity, simulation, n is not null, tracking);
                context.Output.Write(ReportHtml.Of(inputs));
            }
            catch
            {
                progress?.Done();
                throw;
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The file's free-text <c>description</c> (the model keeps none), or null.</summary>
    private static string? Description(string source) =>
        Root(source) is { } root && root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;

    private static bool OptionsListed(string source) =>
        Root(source) is { } root && root.TryGetProperty("options", out _);

    private static JsonElement? Root(string source)
    {
        try
        {
            using var document = JsonDocument.Parse(source, Lenient);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
