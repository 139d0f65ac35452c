using System.CommandLine;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift estimate</c>: the headline saving of one shift, line by line.</summary>
internal static class EstimateCommand
{
    // The library's argument names, as the flags that gave them, so that a problem from the library names the flag.
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["period"] = "--per",
        ["daysPerYear"] = "--days-per-year",
        ["from"] = "--from",
        ["to"] = "--to",
        ["assistedDigital"] = "--assisted-digital",
        ["failure.returnsTo"] = "--failure",
        ["failureDemand"] = "--failure",
        ["volume"] = "--volume",
    };

    internal static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The channel contacts move from, e.g. face-to-face (aliases such as f2f accepted).", Required = true };
        var volume = new Option<string>("--volume") { Description = "Contacts on that channel in one period, e.g. 50000.", Required = true };
        var per = new Option<string>("--per") { Description = "The period of --volume: day, week, month, quarter or year.", DefaultValueFactory = _ => "year" };
        var shift = new Option<string>("--shift") { Description = "The share moved: 50% or 0.5.", Required = true };
        var to = new Option<string>("--to") { Description = "Where they go: web, or a mix such as web=70%,telephone=20%,avoided=10%.", Required = true };
        var catalogue = new Option<string>("--catalogue") { Description = "The unit-cost set (see `channelshift costs`).", DefaultValueFactory = _ => UnitCostCatalogue.DefaultKey };
        var cost = new Option<string[]>("--cost") { Description = "Your own cost per contact, CHANNEL=AMOUNT (repeatable); a new name adds a channel of your own.", Arity = ArgumentArity.ZeroOrMore };
        var failure = new Option<string?>("--failure") { Description = "Failure demand of the contacts moved to digital channels, SHARE:CHANNEL or SHARE:MIX, e.g. 20%:telephone or 20%:telephone=70%,face-to-face=30%." };
        var assisted = new Option<string?>("--assisted-digital") { Description = "Help for the contacts moved to digital channels, SHARE:COST: the share that need it and the cost of helping one, e.g. 10%:2.90." };
        var days = new Option<string?>("--days-per-year") { Description = "Days in a year when --per day (365 by default; 253 working days, say)." };
        var format = FormatOption.Create(markdown: true);
        var command = new Command("estimate", "Estimate the annual saving of moving a share of one channel's contacts elsewhere, at average cost per contact.")
        {
            from, volume, per, shift, to, catalogue, cost, failure, assisted, days, format,
        };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var problems = new Problems(Flags);
            T? Try<T>(Func<T> read) => problems.Try(read);

            var costs = Try(() => Inputs.WithOverrides(UnitCostCatalogue.Get(parse.GetValue(catalogue)!), parse.GetValue(cost) ?? []));
            var daysPerYear = parse.GetValue(days) is { } d ? Try(() => Inputs.Decimal(d, "--days-per-year", Rules.DaysPerYear)) : 365m;
            var period = Try(() => ContactPeriod.Parse(parse.GetValue(per)!, daysPerYear));
            var volumeValue = Try(() => Inputs.Decimal(parse.GetValue(volume)!, "--volume", Rules.Volume));
            var share = Try(() => Inputs.Share(parse.GetValue(shift)!, "--shift"));
            var help = parse.GetValue(assisted) is { } a ? Try(() => Inputs.AssistedDigital(a)) : null;
            // A value is null only when its problem has been recorded: the channels need the costs first.
            if (costs is null)
            {
                problems.ThrowIfAny();
            }

            var source = Try(() => Inputs.Channel(parse.GetValue(from)!, costs!, "--from", allowAvoided: false));
            var mix = Try(() => Inputs.Mix(parse.GetValue(to)!, costs!));
            var failureDemand = parse.GetValue(failure) is { } f ? Try(() => Inputs.Failure(f, costs!)) : null;
            problems.ThrowIfAny();
            var theShift = Try(() => new Shift(source!, share, mix!, failureDemand, help));
            problems.ThrowIfAny();
            var set = costs!;
            var planned = theShift!;
            var missing = HeadlineEstimate.RequiredChannels(planned).Distinct().Where(c => !set.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                throw new UserInputException(missing.Select(c => $"--cost: the unit-cost set \"{set.Key}\" has no cost for \"{c.Key}\"; expected --cost {c.Key}=AMOUNT (or another --catalogue).").ToList());
            }

            CheckUnused(set, planned);
            var result = Messages.AtFlags(Flags, () => HeadlineEstimate.Calculate(volumeValue, period, planned, set));
            Write(context, output, result);
            return CliApp.Ok;
        });
        return command;
    }

    private static void CheckUnused(UnitCostSet costs, Shift shift)
    {
        var used = HeadlineEstimate.RequiredChannels(shift).ToHashSet();
        var unused = costs.Channels.Where(c => !c.IsBuiltIn && !used.Contains(c)).ToList();
        if (unused.Count > 0)
        {
            throw new UserInputException(unused.Select(c =>
                $"--cost: \"{c.Key}\" is a channel of your own that the estimate does not use; expected it in --from, --to or --failure, or a built-in channel's name ({string.Join(", ", Channel.BuiltInChannels.Select(b => b.Key))}).").ToList());
        }
    }

    private static void Write(CliContext context, OutputFormat format, EstimateResult r)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Output.WriteLine(ResultJson.Serialize(r));
                break;
            case OutputFormat.Csv:
                var csv = new Csv(context.Output);
                csv.Row("kind", "from", "to", "annualContacts", "costPerContactFrom", "costPerContactTo", "annualSaving");
                foreach (var f in r.Flows)
                {
                    csv.Row(ResultJson.KeyOf(f.Kind), f.From, f.To, Csv.Count(f.AnnualContacts), Csv.UnitCost(f.CostPerContactFrom), Csv.UnitCost(f.CostPerContactTo), f.AnnualSaving);
                }

                csv.Row("total", r.Shift.From.Key, null, Csv.Count(r.AnnualContactsMoved), null, null, r.AnnualSaving);
                break;
            default:
                if (format == OutputFormat.Table)
                {
                    context.WrapProse();
                }

                var o = context.Output;
                o.WriteLine($"Moving {r.Shift.Share} of {Show.Count(r.VolumePerPeriod)} {r.Shift.From.Key} contacts a {r.Period.Key} ({Show.Count(r.AnnualVolume)} a year) to {r.Shift.To}; costs: {r.UnitCostKey} ({r.Currency}).");
                var md = format == OutputFormat.Markdown;
                var table = new TextTable(null, [TextColumn.Text("Line"), TextColumn.Text("From"), TextColumn.Text("To"), .. new[] { "Contacts a year", "Cost from", "Cost to", "Saving a year" }.Select(TextColumn.Figure)], keyColumns: 3);
                foreach (var f in r.Flows)
                {
                    table.AddRow(ResultJson.KeyOf(f.Kind), f.From, f.To, Show.Count(f.AnnualContacts), Show.Money(f.CostPerContactFrom, r.Currency), Show.Money(f.CostPerContactTo, r.Currency), Show.Money(f.AnnualSaving, r.Currency));
                }

                context.Write(table, format);
                var bullet = md ? "- " : string.Empty;
                o.WriteLine($"{bullet}Contacts moved a year: {Show.Count(r.AnnualContactsMoved)}");
                o.WriteLine($"{bullet}Cost removed a year:   {Show.Money(r.AnnualCostRemoved, r.Currency)}");
                o.WriteLine($"{bullet}Cost added a year:     {Show.Money(r.AnnualCostAdded, r.Currency)}");
                o.WriteLine($"{bullet}Saving a year:         {Show.Money(r.AnnualSaving, r.Currency)}  ({Show.Money(r.SavingPerPeriod, r.Currency)} a {r.Period.Key})");
                if (md)
                {
                    o.WriteLine();
                }

                o.WriteLine("A saving at average cost per contact; not all of it is cashable (see docs/cashable-savings.md).");
                break;
        }
    }

}
