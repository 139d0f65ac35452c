using System.CommandLine;
using ChannelShift.Cli.Output;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift costs [KEY]</c>: the built-in catalogue of costs per contact with provenance.</summary>
internal static class CostsCommand
{
    internal static Command Create(CliContext context)
    {
        var key = new Argument<string?>("catalogue") { Description = "A unit-cost set key, e.g. socitm-2012; all sets when left out.", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption.Create(markdown: true);
        var command = new Command("costs", "List the built-in costs per contact by channel, with their sources.") { key, format };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var name = parse.GetValue(key);
            var sets = name is null ? UnitCostCatalogue.Sets : [UnitCostCatalogue.Get(name)];
            Write(context, output, sets);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, IReadOnlyList<UnitCostSet> sets)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Output.WriteLine(ResultJson.Serialize(sets));
                break;
            case OutputFormat.Csv:
                var csv = new Csv(context.Output);
                csv.Row("catalogue", "channel", "amount", "currency", "publisher", "edition", "dataYear", "priceYear", "basis", "note");
                foreach (var set in sets)
                {
                    foreach (var cost in set.Costs)
                    {
                        var p = cost.Provenance;
                        csv.Row(set.Key, cost.Channel.Key, Csv.UnitCost(cost.Amount), p.Currency, p.Publisher, p.Edition, p.DataYear, p.PriceYear, ResultJson.KeyOf(p.Basis), p.Note);
                    }
                }

                break;
            default:
                foreach (var set in sets)
                {
                    var first = set.Costs[0].Provenance;
                    var table = new TextTable($"{set.Key}: {set.Title}", TextColumn.Text("Channel"), TextColumn.Figure("Cost per contact"), TextColumn.Text("Basis"))
                    {
                        Caption = $"{first.Publisher}, {first.Edition}. Data year {first.DataYear}; prices of {first.PriceYear}; {first.Currency}. {first.Note}",
                    };
                    foreach (var cost in set.Costs)
                    {
                        table.AddRow(cost.Channel.Key, Show.Money(cost.Amount, set.Currency), ResultJson.KeyOf(cost.Provenance.Basis));
                    }

                    context.Write(table, format);
                    if (format == OutputFormat.Table)
                    {
                        context.Output.WriteLine();
                    }
                }

                break;
        }
    }

}
