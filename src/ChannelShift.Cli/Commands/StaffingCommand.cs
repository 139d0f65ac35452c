using System.CommandLine;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using ChannelShift.Staffing;

namespace ChannelShift.Cli.Commands;

/// <summary>
/// <c>channelshift staffing</c>: Erlang C for one interval. Finds the fewest agents that meet a service-level target
/// (and an occupancy cap, if asked), or evaluates a given number of agents with <c>--agents</c>; all numbers come from
/// <see cref="ErlangC"/>.
/// </summary>
internal static class StaffingCommand
{
    // The library's parameter names, as the options a user typed, so that a message from the library names the option.
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        ["arrivalsPerInterval"] = "--arrivals",
        ["intervalLength"] = "--interval",
        ["averageHandlingTime"] = "--aht",
        ["answerWithin"] = "--answer-within",
        ["fraction"] = "--target",
        ["agents"] = "--agents",
        ["shrinkage"] = "--shrinkage",
        ["maximumOccupancy"] = "--max-occupancy",
    };

    internal static Command Create(CliContext context)
    {
        var arrivals = new Option<string>("--arrivals") { Description = "Contacts arriving in one interval (a mean; need not be whole), e.g. 100.", Required = true };
        var interval = new Option<string>("--interval") { Description = "The length of the interval: a number and a unit (s, m or h), e.g. 30m.", Required = true };
        var aht = new Option<string>("--aht") { Description = "Average handling time of one contact, talk and wrap-up included, e.g. 180s.", Required = true };
        var answerWithin = new Option<string>("--answer-within") { Description = "The answer time of the service level, e.g. 20s.", Required = true };
        var target = new Option<string?>("--target") { Description = "The share of contacts to answer within --answer-within, e.g. 80% or 0.8; required unless --agents is given." };
        var agents = new Option<string?>("--agents") { Description = "Evaluate this number of agents instead of finding the fewest that meet --target." };
        var shrinkage = new Option<string>("--shrinkage") { Description = "The share of paid time not available to answer (leave, training, breaks), e.g. 30%.", DefaultValueFactory = _ => "0%" };
        var maxOccupancy = new Option<string?>("--max-occupancy") { Description = "The highest occupancy allowed, e.g. 85%; no cap unless given." };
        var format = FormatOption.Create(markdown: true);
        var command = new Command("staffing", "Staffing by Erlang C for one interval: the fewest agents that meet a service-level target, or how a given number of agents performs.")
        {
            arrivals, interval, aht, answerWithin, target, agents, shrinkage, maxOccupancy, format,
        };
        command.SetAction(parse =>
        {
            var problems = new Problems(OptionOf);
            T? Try<T>(Func<T> read) => problems.Try(read);

            var output = Try(() => FormatOption.Parse(parse.GetValue(format), markdown: true));
            var arrivalsValue = Try(() => Arrivals(parse.GetValue(arrivals)!));
            var intervalValue = Try(() => Durations.Parse(parse.GetValue(interval)!, "--interval", allowZero: false));
            var ahtValue = Try(() => Durations.Parse(parse.GetValue(aht)!, "--aht", allowZero: false));
            var answerValue = Try(() => Durations.Parse(parse.GetValue(answerWithin)!, "--answer-within", allowZero: true));
            var agentsValue = parse.GetValue(agents) is { } n ? Try<int?>(() => Inputs.Integer(n, "--agents", 0, int.MaxValue)) : null;
            var shrinkageValue = Try(() => Shrinkage(parse.GetValue(shrinkage)!));
            var capValue = parse.GetValue(maxOccupancy) is { } m ? Try<Share?>(() => Cap(m)) : null;
            Share? targetValue = null;
            if (parse.GetValue(target) is { } t)
            {
                targetValue = Try<Share?>(() => Target(t));
            }
            else if (parse.GetValue(agents) is null)
            {
                problems.Add("--target: missing; expected a service-level target such as --target 80% (or --agents N to evaluate a given number of agents).");
            }

            problems.ThrowIfAny();

            var request = new StaffingRequest(arrivalsValue, intervalValue, ahtValue, answerValue, targetValue, shrinkageValue, capValue, agentsValue);
            var demand = Library(() => new QueueDemand(arrivalsValue, intervalValue, ahtValue));
            var outcome = Library(() => agentsValue is { } given
                ? ErlangC.Evaluate(demand, given, answerValue, request.Shrinkage)
                : ErlangC.FewestAgents(demand, new ServiceLevelTarget(request.Target!.Value, answerValue), request.Shrinkage, request.MaximumOccupancy ?? 1));
            if (!outcome.IsStable)
            {
                throw new UserInputException(outcome.Warning ?? $"The queue is unstable; the fewest agents that would be stable is {outcome.FewestStableAgents}.");
            }

            Write(context, output, request, new IntervalStaffing(demand, outcome, request.Target, request.MaximumOccupancy, agentsValue));
            return CliApp.Ok;
        });
        return command;
    }

    private static double Arrivals(string text)
    {
        var value = Inputs.Double(text, "--arrivals");
        if (value < 0)
        {
            throw new UserInputException($"--arrivals: {text.Trim()} is negative; expected a number of 0 or more.");
        }

        return value;
    }

    private static Share Target(string text)
    {
        var share = Inputs.Share(text, "--target");
        if (share == Share.Zero || share == Share.One)
        {
            throw new UserInputException($"--target: {text.Trim()} is out of range; expected a share above 0% and below 100% (e.g. 80% or 0.8): no queue with waiting answers every contact in time.");
        }

        return share;
    }

    private static Share Shrinkage(string text)
    {
        var share = Inputs.Share(text, "--shrinkage");
        if (share == Share.One)
        {
            throw new UserInputException($"--shrinkage: {text.Trim()} leaves no time to answer contacts; expected a share from 0% to below 100% (e.g. 30% or 0.3).");
        }

        return share;
    }

    private static Share Cap(string text)
    {
        var share = Inputs.Share(text, "--max-occupancy");
        if (share == Share.Zero)
        {
            throw new UserInputException($"--max-occupancy: {text.Trim()} allows no work at all; expected a share above 0% and up to 100% (e.g. 85% or 0.85).");
        }

        return share;
    }

    /// <summary>Calls the library; its problems become lines that name the flag rather than the argument.</summary>
    private static T Library<T>(Func<T> call) => Messages.AtFlags(OptionOf, call);

    private static void Write(CliContext context, OutputFormat format, StaffingRequest request, IntervalStaffing staffing)
    {
        var outcome = staffing.Outcome;
        switch (format)
        {
            case OutputFormat.Json:
                context.Output.WriteLine(ResultJson.Serialize(staffing));
                break;
            case OutputFormat.Csv:
                var csv = new Csv(context.Output);
                csv.Row("mode", "arrivals", "intervalSeconds", "ahtSeconds", "answerWithinSeconds", "target", "shrinkage", "maximumOccupancy",
                    "trafficErlangs", "agents", "serviceLevel", "probabilityOfWaiting", "averageSpeedOfAnswerSeconds", "occupancy", "staffWithShrinkage",
                    "meetsTarget", "withinMaximumOccupancy");
                var demand = staffing.Demand;
                csv.Row(ResultJson.ModeOf(staffing), demand.ArrivalsPerInterval, demand.IntervalLength.TotalSeconds, demand.AverageHandlingTime.TotalSeconds, outcome.AnswerWithin.TotalSeconds,
                    staffing.Target, outcome.Shrinkage, staffing.MaximumOccupancy,
                    outcome.TrafficErlangs, outcome.Agents, outcome.ServiceLevel, outcome.ProbabilityOfWaiting, outcome.AverageSpeedOfAnswerSeconds, outcome.Occupancy,
                    outcome.StaffWithShrinkage, staffing.MeetsTarget, staffing.WithinMaximumOccupancy);
                break;
            default:
                if (format == OutputFormat.Table)
                {
                    context.WrapProse();
                }

                WriteTable(context, format, request, staffing);
                break;
        }
    }

    private static void WriteTable(CliContext context, OutputFormat format, StaffingRequest request, IntervalStaffing staffing)
    {
        var outcome = staffing.Outcome;
        var o = context.Output;
        var within = Durations.Seconds(request.AnswerWithin.TotalSeconds) + " s";
        o.WriteLine($"{Durations.Seconds(request.Arrivals)} contacts in {Durations.Describe(request.Interval)}, {Durations.Seconds(request.HandlingTime.TotalSeconds)} s each: a traffic of {Show.Number(outcome.TrafficErlangs, "0.###")} Erlangs.");
        var agentWords = outcome.Agents == 1 ? "1 agent answers" : $"{outcome.Agents} agents answer";
        var targetWords = request.TargetShare is { } t ? $" (target {t})" : string.Empty;
        var shrinkageWords = request.ShrinkageShare == Share.Zero ? "with no shrinkage" : $"with {request.ShrinkageShare} shrinkage";
        o.WriteLine($"{agentWords} {Show.Percent(outcome.ServiceLevel, "0.#")} of contacts within {within}{targetWords}; {outcome.StaffWithShrinkage} staff {shrinkageWords}.");
        var cap = request.CapShare is { } c ? $" and keep occupancy at or below {c}" : string.Empty;
        if (request.GivenAgents is null)
        {
            o.WriteLine($"The fewest agents that answer {request.TargetShare} of contacts within {within}{cap}.");
        }
        else
        {
            if (staffing.MeetsTarget is { } meets)
            {
                o.WriteLine(meets ? "The target is met." : $"The target of {request.TargetShare} within {within} is not met.");
            }

            if (staffing.WithinMaximumOccupancy is false)
            {
                o.WriteLine($"Occupancy is above the cap of {request.CapShare}.");
            }
        }

        var table = new TextTable(null, TextColumn.Text("Measure"), TextColumn.Figure("Value"));
        table.AddRow("Traffic", Show.Number(outcome.TrafficErlangs, "0.###") + " Erlangs");
        table.AddRow("Agents", outcome.Agents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow($"Service level (within {within})", Show.Percent(outcome.ServiceLevel, "0.##"));
        table.AddRow("Probability of waiting", Show.Percent(outcome.ProbabilityOfWaiting, "0.##"));
        table.AddRow("Average speed of answer", Show.Number(outcome.AverageSpeedOfAnswerSeconds, "0.##") + " s");
        table.AddRow("Occupancy", Show.Percent(outcome.Occupancy, "0.#"));
        table.AddRow($"Staff ({request.ShrinkageShare} shrinkage)", outcome.StaffWithShrinkage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.Write(table, format);
    }

    /// <summary>The inputs as read from the command line.</summary>
    private sealed record StaffingRequest(
        double Arrivals,
        TimeSpan Interval,
        TimeSpan HandlingTime,
        TimeSpan AnswerWithin,
        Share? TargetShare,
        Share ShrinkageShare,
        Share? CapShare,
        int? GivenAgents)
    {
        public double? Target => TargetShare is { } s ? (double)s.Fraction : null;

        public double Shrinkage => (double)ShrinkageShare.Fraction;

        public double? MaximumOccupancy => CapShare is { } s ? (double)s.Fraction : null;
    }
}
