using System.CommandLine;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using Spectre.Console;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift appraise FILE</c>: the Green Book appraisal of a scenario file.</summary>
internal static class AppraiseCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The scenario file (JSON; see docs/scenario-format.md), or - to read standard input." };
        var option = new Option<string?>("--option") { Description = "Show only this option (by name); every option, ranked by NPV, by default." };
        var format = FormatOption.Create(markdown: true);
        var command = new Command("appraise", "Appraise a scenario file over the years: NPV, BCR, payback, IRR, saving and cashable saving, by option.") { file, option, format };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            var appraisal = Appraiser.Appraise(scenario, parse.GetValue(option) is { } name ? ScenarioOptions.IndexOf(scenario, name) : null);
            switch (output)
            {
                case OutputFormat.Json:
                    context.Output.WriteLine(ResultJson.Serialize(appraisal));
                    break;
                case OutputFormat.Csv:
                    WriteCsv(context, appraisal);
                    break;
                case OutputFormat.Markdown:
                    WriteMarkdown(context, appraisal);
                    break;
                default:
                    WriteTable(context, appraisal);
                    break;
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static void WriteCsv(CliContext context, ScenarioAppraisal appraisal)
    {
        var csv = new Csv(context.Output);
        csv.Row("option", "year", "label", "contactsMoved", "saving", "cashableSaving", "nonCashableSaving", "costs", "costsBeforeOptimismBias", "net", "discountFactor", "presentValue", "cumulativePresentValue");
        foreach (var r in appraisal.Options)
        {
            foreach (var y in r.Years)
            {
                csv.Row(r.OptionName, y.Year, y.Label, y.ContactsMoved, y.Saving, y.CashableSaving, y.NonCashableSaving, y.Costs, y.CostsBeforeOptimismBias, y.Net, y.DiscountFactor, y.PresentValue, y.CumulativePresentValue);
            }
        }
    }

    private static void WriteTable(CliContext context, ScenarioAppraisal appraisal)
    {
        var o = context.Output;
        var c = appraisal.Currency;
        o.WriteLine($"{appraisal.ScenarioName}: appraisal against business as usual ({c}, real prices)");
        foreach (var note in appraisal.Notes)
        {
            o.WriteLine($"  {NoteText.Of(note)}");
        }

        var console = context.Console();
        if (appraisal.Options.Count > 1)
        {
            o.WriteLine();
            var ranking = new Table().Title("Options ranked by NPV").AddColumns("Rank", "Option", "NPV", "Cashable NPV", "BCR", "Payback (years)");
            for (var i = 2; i < 6; i++)
            {
                ranking.Columns[i].RightAligned();
            }

            var rank = 1;
            foreach (var r in appraisal.Options)
            {
                ranking.AddRow(Show.Invariantly($"{rank++}"), Markup.Escape(r.OptionName), Show.Money(r.Npv, c), Show.Money(r.CashableNpv, c), Ratio(r.BenefitCostRatio), Years(r.PaybackYears));
            }

            console.Write(ranking);
        }

        foreach (var r in appraisal.Options)
        {
            o.WriteLine();
            var table = new Table().Title(Markup.Escape(r.OptionName)).AddColumns("Year", "Saving", "Cashable saving", "Costs", "Net", "Discount factor", "Present value", "Cumulative PV");
            for (var i = 1; i < 8; i++)
            {
                table.Columns[i].RightAligned();
            }

            foreach (var y in r.Years)
            {
                table.AddRow(y.Label, Show.Money(y.Saving, c), Show.Money(y.CashableSaving, c), Show.Money(y.Costs, c), Show.Money(y.Net, c), Show.Number((double)y.DiscountFactor, "0.000000"), Show.Money(y.PresentValue, c), Show.Money(y.CumulativePresentValue, c));
            }

            console.Write(table);
            o.WriteLine($"  NPV {Show.Money(r.Npv, c)} (cashable {Show.Money(r.CashableNpv, c)}); PV benefits {Show.Money(r.PresentValueBenefits, c)}; PV costs {Show.Money(r.PresentValueCosts, c)}");
            o.WriteLine($"  BCR {Ratio(r.BenefitCostRatio)}; ROI {Percent(r.Roi)}; payback {Years(r.PaybackYears)} years (discounted {Years(r.DiscountedPaybackYears)}); IRR {(r.Irr is { } irr ? Show.Percent(irr, "0.0") : "none (" + r.IrrNote + ")")}");
            foreach (var note in r.Notes)
            {
                o.WriteLine($"  {NoteText.Of(note)}");
            }
        }
    }

    private static void WriteMarkdown(CliContext context, ScenarioAppraisal appraisal)
    {
        var o = context.Output;
        var c = appraisal.Currency;
        o.WriteLine($"## {appraisal.ScenarioName}");
        o.WriteLine();
        o.WriteLine($"Appraisal against business as usual, {c} at real prices, discounted as the HM Treasury Green Book.");
        foreach (var note in appraisal.Notes)
        {
            o.WriteLine();
            o.WriteLine($"> {NoteText.Of(note)}");
        }

        if (appraisal.Options.Count > 1)
        {
            o.WriteLine();
            o.WriteLine("| Rank | Option | NPV | Cashable NPV | BCR | Payback (years) |");
            o.WriteLine("|---:|---|---:|---:|---:|---:|");
            var rank = 1;
            foreach (var r in appraisal.Options)
            {
                o.WriteLine($"| {Show.Invariantly($"{rank++}")} | {Escape(r.OptionName)} | {Show.Money(r.Npv, c)} | {Show.Money(r.CashableNpv, c)} | {Ratio(r.BenefitCostRatio)} | {Years(r.PaybackYears)} |");
            }
        }

        foreach (var r in appraisal.Options)
        {
            o.WriteLine();
            o.WriteLine($"### {Escape(r.OptionName)}");
            o.WriteLine();
            o.WriteLine("| Year | Saving | Cashable saving | Costs | Net | Discount factor | Present value | Cumulative PV |");
            o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var y in r.Years)
            {
                o.WriteLine($"| {y.Label} | {Show.Money(y.Saving, c)} | {Show.Money(y.CashableSaving, c)} | {Show.Money(y.Costs, c)} | {Show.Money(y.Net, c)} | {Show.Number((double)y.DiscountFactor, "0.000000")} | {Show.Money(y.PresentValue, c)} | {Show.Money(y.CumulativePresentValue, c)} |");
            }

            o.WriteLine();
            o.WriteLine($"- **NPV** {Show.Money(r.Npv, c)} (cashable {Show.Money(r.CashableNpv, c)})");
            o.WriteLine($"- **PV benefits** {Show.Money(r.PresentValueBenefits, c)}; **PV costs** {Show.Money(r.PresentValueCosts, c)}");
            o.WriteLine($"- **BCR** {Ratio(r.BenefitCostRatio)}; **ROI** {Percent(r.Roi)}");
            o.WriteLine($"- **Payback** {Years(r.PaybackYears)} years; discounted {Years(r.DiscountedPaybackYears)} years");
            o.WriteLine($"- **IRR** {(r.Irr is { } irr ? Show.Percent(irr, "0.0") : "none (" + r.IrrNote + ")")}");
            foreach (var note in r.Notes)
            {
                o.WriteLine($"- {NoteText.Of(note)}");
            }
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Ratio(double? value) => value is { } v ? Show.Number(v, "0.00") : "n/a";

    private static string Percent(double? value) => value is { } v ? Show.Percent(v, "0.0") : "n/a";

    private static string Years(double? value) => value is { } v ? Show.Number(v, "0.0") : "never";
}
