using System.CommandLine;
using System.Globalization;
using ChannelShift.Cli.Charts;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using ChannelShift.Tracking;

namespace ChannelShift.Cli.Commands;

/// <summary>
/// <c>channelshift track SCENARIO --actuals FILE</c>: monthly contact volumes by channel, as a council records them
/// after approval, against the approved plan: planned and realised saving by month (or quarter) and to date, the status
/// of each measure, and a re-forecast of NPV from the take-up the actuals show.
/// </summary>
internal static class TrackCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("scenario") { Description = "The approved scenario file (JSON; it must have appraisal.firstYear), or - to read standard input." };
        var actuals = new Option<string>("--actuals", "-a")
        {
            Description = "The actuals CSV (or - for standard input): long (month,channel,volume[,fte]) or wide (month,CHANNEL,…[,fte:CHANNEL]), months as YYYY-MM (see docs/benefits-realisation.md).",
            Required = true,
        };
        var closed = new Option<string[]>("--closed")
        {
            Description = "A fixed step recorded as taken, as NAME=YYYY-MM (the name a fixed[].name of the scenario); repeatable. Its annual cost is saved from the month after.",
            AllowMultipleArgumentsPerToken = false,
        };
        var baselineFte = new Option<string[]>("--baseline-fte")
        {
            Description = "Staff in post on a staffed channel before the change, as CHANNEL=FTE (e.g. telephone=42); repeatable. By default the actuals' fte for the last month before year 1.",
        };
        var thresholds = new Option<string?>("--thresholds")
        {
            Description = "How far below plan to date a measure is at risk and off track, as AT-RISK,OFF-TRACK (default 5%,15%: on track at 95% of plan or more, off track below 85%).",
        };
        var by = new Option<string>("--by") { Description = "Rows by month (default) or quarter (April–June is Q1).", DefaultValueFactory = _ => "month" };
        var option = new Option<string?>("--option") { Description = "The option tracked (by name); by default the one the appraisal ranks first." };
        var chart = new Option<string?>("--chart") { Description = "Write a chart to this .png or .svg file: the cumulative saving planned against realised, then each channel's business-as-usual, planned and actual contacts by month." };
        var force = new Option<bool>("--force") { Description = "Replace a chart file, or the -o file, that exists." };
        var title = new Option<string?>("--title") { Description = "The chart's title (default: the scenario's name and the months tracked)." };
        var basis = BasisOption.Create();
        var format = FormatOption.Create(markdown: true);
        var summary = SummaryOption.Create("the headline figures to date and re-forecast, one row each, planned or approved beside actual or re-forecast");
        var command = new Command("track", "Track actual contact volumes against the approved plan: savings realised month by month and to date, status, and a re-forecast.")
        {
            file, actuals, closed, baselineFte, thresholds, by, option, basis, chart, force, title, format, summary,
        };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var headline = SummaryOption.Parse(parse.GetValue(summary), output, parse.GetValue(format));
            var quarterly = parse.GetValue(by)?.Trim().ToLowerInvariant() switch
            {
                "month" or "months" => false,
                "quarter" or "quarters" => true,
                var other => throw new UserInputException($"--by: \"{other}\" is not a period; expected month or quarter."),
            };
            if (parse.GetValue(file) == ScenarioFile.StandardInput && parse.GetValue(actuals) == ScenarioFile.StandardInput)
            {
                throw new UserInputException("--actuals: - and the scenario both read standard input; expected at most one of them to be -.");
            }

            if (parse.GetValue(chart) is { } chartPath)
            {
                ChartFile.Check(chartPath, parse.GetValue(force));
            }

            var (atRisk, offTrack) = Thresholds(parse.GetValue(thresholds));
            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            var basisAsked = BasisOption.Parse(parse.GetValue(basis));
            var settings = new TrackingSettings
            {
                Option = parse.GetValue(option) is { } name ? ScenarioOptions.IndexOf(scenario, name, basisAsked) : null,
                Basis = basisAsked is null ? null : BasisOption.Resolve(scenario, parse.GetValue(basis)),
                Closed = Closed(parse.GetValue(closed) ?? []),
                BaselineFte = BaselineFte(parse.GetValue(baselineFte) ?? [], scenario),
                AtRisk = atRisk,
                OffTrack = offTrack,
            };
            var path = parse.GetValue(actuals)!;
            var read = ScenarioFile.Read(path, context, "--actuals", "an actuals CSV file", "an actuals CSV file (see docs/benefits-realisation.md)", "a header row (month,channel,volume or month then channel keys) and one row per month", (stream, typed) =>
                ActualsCsv.Read(scenario, stream, typed == ScenarioFile.StandardInput ? "(standard input)" : typed));
            var flags = new Dictionary<string, string> { ["closed"] = "--closed", ["baseline-fte"] = "--baseline-fte", ["thresholds"] = "--thresholds", ["option"] = "--option" };
            var result = Messages.AtFlags(flags, () => BenefitsTracker.Track(scenario, read, settings));
            if (parse.GetValue(chart) is { } path_)
            {
                TrackingOutput.SaveChart(path_, parse.GetValue(force), result, parse.GetValue(title));
            }

            switch (output)
            {
                case OutputFormat.Json:
                    context.Output.WriteLine(ResultJson.Serialize(result));
                    break;
                case OutputFormat.Csv when headline:
                    TrackingOutput.WriteSummaryCsv(context, result);
                    break;
                case OutputFormat.Csv:
                    TrackingOutput.WriteCsv(context, result, quarterly);
                    break;
                case OutputFormat.Markdown:
                    TrackingOutput.WriteText(context, result, quarterly, markdown: true);
                    break;
                default:
                    context.WrapProse();
                    TrackingOutput.WriteText(context, result, quarterly, markdown: false);
                    break;
            }

            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>The status bands: two percentages or fractions, at risk then off track.</summary>
    private static (decimal AtRisk, decimal OffTrack) Thresholds(string? text)
    {
        if (text is null)
        {
            return (TrackingSettings.Default.AtRisk, TrackingSettings.Default.OffTrack);
        }

        var parts = text.Split(',');
        if (parts.Length != 2)
        {
            throw new UserInputException($"--thresholds: \"{text}\" is not two margins; expected AT-RISK,OFF-TRACK such as 5%,15%.");
        }

        var atRisk = Inputs.Share(parts[0].Trim(), "--thresholds").Fraction;
        var offTrack = Inputs.Share(parts[1].Trim(), "--thresholds").Fraction;
        if (offTrack < atRisk)
        {
            throw new UserInputException($"--thresholds: the off-track margin {parts[1].Trim()} is below the at-risk margin {parts[0].Trim()}; expected AT-RISK,OFF-TRACK with the second at least the first, such as 5%,15%.");
        }

        return (atRisk, offTrack);
    }

    /// <summary>The fixed steps recorded as taken, from <c>--closed NAME=YYYY-MM</c> items.</summary>
    internal static Dictionary<string, DateOnly> Closed(string[] items)
    {
        var result = new Dictionary<string, DateOnly>();
        foreach (var item in items)
        {
            var at = item.LastIndexOf('=');
            if (at <= 0 || !DateOnly.TryParseExact(item[(at + 1)..].Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                throw new UserInputException($"--closed: \"{item}\" is not NAME=YYYY-MM; expected a fixed step's name and the month it closed, such as \"Market Street office=2028-09\".");
            }

            var name = item[..at].Trim();
            if (!result.TryAdd(name, month))
            {
                throw new UserInputException($"--closed: \"{name}\" is given twice; expected each fixed step once, with the month it closed.");
            }
        }

        return result;
    }

    /// <summary>The staff in post before the change, from <c>--baseline-fte CHANNEL=FTE</c> items.</summary>
    internal static Dictionary<string, decimal> BaselineFte(string[] items, Scenario scenario)
    {
        var result = new Dictionary<string, decimal>();
        foreach (var item in items)
        {
            var at = item.IndexOf('=');
            if (at <= 0)
            {
                throw new UserInputException($"--baseline-fte: \"{item}\" is not CHANNEL=FTE; expected a staffed channel and its staff in post, such as telephone=42.");
            }

            var channel = Inputs.Channel(item[..at].Trim(), scenario.UnitCosts, "--baseline-fte", allowAvoided: false);
            result[channel.Key] = Inputs.Decimal(item[(at + 1)..].Trim(), "--baseline-fte", perContact: true);
        }

        return result;
    }
}
