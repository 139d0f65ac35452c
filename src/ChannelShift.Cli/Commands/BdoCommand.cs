using System.CommandLine;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift bdo</c>: the calculation behind the BDO report's £2m claim, in plain words.</summary>
internal static class BdoCommand
{
    internal static Command Create(CliContext context)
    {
        var format = FormatOption.Create(markdown: true);
        var command = new Command("bdo", "Reproduce and explain the BDO report's claim: 50,000 visits a month halved saves over £2 million.") { format };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var reproduction = BdoClaim.Reproduce();
            switch (output)
            {
                case OutputFormat.Json:
                    WriteJson(context, reproduction);
                    break;
                case OutputFormat.Csv:
                    WriteCsv(context, reproduction);
                    break;
                default:
                    if (output == OutputFormat.Table)
                    {
                        context.WrapProse();
                    }

                    WriteTable(context, output, reproduction);
                    break;
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static void WriteTable(CliContext context, OutputFormat format, BdoReproduction r)
    {
        // In markdown the indented lines become a list and the quotation a quote.
        var md = format == OutputFormat.Markdown;
        var indent = md ? "- " : "  ";
        var h = r.Headline;
        var cost = h.Flows[0].CostPerContactFrom;
        var o = context.Output;
        o.WriteLine("The claim (BDO with the MJ, \"Updating your status\", March 2012, a survey of 67 councils):");
        if (md)
        {
            o.WriteLine();
        }

        o.WriteLine($"{(md ? "> " : "  ")}\"{BdoClaim.Quotation}\".");
        o.WriteLine();
        o.WriteLine("The calculation behind it:");
        if (md)
        {
            o.WriteLine();
        }

        o.WriteLine($"{indent}{Show.Count(h.VolumePerPeriod)} face-to-face visits a month × 12 = {Show.Count(h.AnnualVolume)} visits a year.");
        o.WriteLine($"{indent}Halved: {Show.Count(h.AnnualContactsMoved)} visits a year no longer made.");
        o.WriteLine($"{indent}At {Show.Money(cost, h.Currency)} each: {Show.Count(h.AnnualContactsMoved)} × {Show.Money(cost, h.Currency)} = {Show.MoneyWhole(h.AnnualSaving, h.Currency)} a year, which is over £2 million.");
        o.WriteLine();
        o.WriteLine($"  The report states no cost per visit. {Show.Money(cost, h.Currency)} is Socitm's August 2010 figure, the one current when the report came out: an assumption, not a quotation.");
        o.WriteLine();
        var table = new TextTable("How the answer moves with the assumptions", TextColumn.Text("Reading"), TextColumn.Figure("Saving"), TextColumn.Text("Over £2m?"));
        foreach (var c in r.Cases)
        {
            var saving = Show.MoneyWhole(c.Saving, h.Currency) + (c.IsAnnual ? " a year" : " a month");
            table.AddRow(c.Description, saving, c.MeetsClaim ? "yes" : "no");
        }

        context.Write(table, format);
        o.WriteLine();
        o.WriteLine($"Break-even: the claim holds only if each visit removed saves at least {Show.Money(MoneyRounding.ToPenny(r.BreakEvenCostPerVisit), h.Currency)} (£2,000,000 ÷ {Show.Count(h.AnnualContactsMoved)} visits = {Show.Number((double)r.BreakEvenCostPerVisit, "0.0000")}).");
        o.WriteLine();
        o.WriteLine("This is a saving at average cost per contact, not a cashable saving: a counter's building, minimum staffing and IT do not halve when its visits do (see docs/cashable-savings.md).");
    }

    private static void WriteJson(CliContext context, BdoReproduction r) => context.Output.WriteLine(ResultJson.Serialize(r));

    private static void WriteCsv(CliContext context, BdoReproduction r)
    {
        var csv = new Csv(context.Output);
        csv.Row("key", "description", "catalogue", "to", "annualContactsMoved", "costPerContactFrom", "costPerContactTo", "per", "saving", "overClaim");
        foreach (var c in r.Cases)
        {
            var e = c.Estimate;
            csv.Row(c.Key, c.Description, e.UnitCostKey, e.Shift.To.Parts[0].Key.Key, Csv.Count(e.AnnualContactsMoved), Csv.UnitCost(e.Flows[0].CostPerContactFrom), Csv.UnitCost(e.Flows[0].CostPerContactTo), c.IsAnnual ? "year" : "month", c.Saving, c.MeetsClaim);
        }
    }
}
