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
        var option = new Option<string?>("--option") { Description = "Show only this option (by name); every option, ranked by NPV on the --basis, by default." };
        var basis = BasisOption.Create();
        var view = new Option<string>("--view") { Description = "economic (default): real prices, discounted, as the Green Book asks; financial: cash by financial year, undiscounted, capital apart from revenue, as a budget sees it.", DefaultValueFactory = _ => "economic" };
        var format = FormatOption.Create(markdown: true);
        var command = new Command("appraise", "Appraise a scenario file over the years: NPV, BCR, payback and IRR at average cost and cashable, by option; or, with --view financial, its cash by financial year.") { file, option, basis, view, format };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var financial = (parse.GetValue(view) ?? "economic").Trim().ToLowerInvariant() switch
            {
                "economic" => false,
                "financial" => true,
                var other => throw new UserInputException($"--view: \"{other}\" is not a view; expected economic or financial."),
            };
            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            var on = BasisOption.Resolve(scenario, parse.GetValue(basis));
            if (financial)
            {
                var index = parse.GetValue(option) is { } only ? (int?)ScenarioOptions.IndexOf(scenario, only, on) : null;
                FinancialViewOutput.Write(context, output, scenario, FinancialView.Of(scenario, index, on));
                return CliApp.Ok;
            }

            var appraisal = Appraiser.Appraise(scenario, parse.GetValue(option) is { } name ? ScenarioOptions.IndexOf(scenario, name, on) : null, on);
            switch (output)
            {
                case OutputFormat.Json:
                    context.Output.WriteLine(ResultJson.Serialize(appraisal));
                    break;
                case OutputFormat.Csv:
                    WriteCsv(context, appraisal);
                    break;
                case OutputFormat.Markdown:
                    WriteMarkdown(context, scenario, appraisal);
                    break;
                default:
                    WriteTable(context, scenario, appraisal);
                    break;
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static void WriteCsv(CliContext context, ScenarioAppraisal appraisal)
    {
        var csv = new Csv(context.Output);
        csv.Row("option", "year", "label", "contactsMoved", "saving", "cashableSaving", "nonCashableSaving", "costs", "costsBeforeOptimismBias", "releaseCosts", "closureCosts", "net", "cashableNet", "discountFactor", "presentValue", "cumulativePresentValue", "cashablePresentValue", "cumulativeCashablePresentValue");
        foreach (var r in appraisal.Options)
        {
            foreach (var y in r.Years)
            {
                var cashable = r.Cashable is not null;
                csv.Row(r.OptionName, y.Year, y.Label, Csv.Count(y.ContactsMoved), y.Saving, y.CashableSaving, y.NonCashableSaving, y.Costs, y.CostsBeforeOptimismBias, y.ReleaseCosts, y.ClosureCosts, y.Net, cashable ? y.CashableNet : null, y.DiscountFactor, y.PresentValue, y.CumulativePresentValue, cashable ? y.CashablePresentValue : null, cashable ? y.CumulativeCashablePresentValue : null);
            }
        }
    }

    /// <summary>The bases of a result in the order to show them: the ranking basis first.</summary>
    private static IEnumerable<BasisSummary> Bases(AppraisalResult r, Basis first)
    {
        var ordered = first == Basis.Cashable ? new[] { r.Cashable, r.Average } : [r.Average, r.Cashable];
        return ordered.OfType<BasisSummary>();
    }

    private static string Totals(BasisSummary s, string c) => $"{PresentValues(s, c)}; {Ratios(s)}";

    private static string PresentValues(BasisSummary s, string c) =>
        $"NPV {Show.Money(s.Npv, c)}; PV benefits {Show.Money(s.PresentValueBenefits, c)}; PV costs {Show.Money(s.PresentValueCosts, c)}";

    private static string Ratios(BasisSummary s) =>
        $"BCR {Ratio(s.BenefitCostRatio)}; ROI {Percent(s.Roi)}; IRR {(s.Irr is { } irr ? Show.Percent(irr, "0.0") : "none (" + s.IrrNote + ")")}";

    private static string Paybacks(BasisSummary s, string firstLabel) =>
        $"payback: {CaseText.Payback(s.PaybackYears, s.PaybackYearLabel, firstLabel)}; discounted: {CaseText.Payback(s.DiscountedPaybackYears, s.DiscountedPaybackYearLabel, firstLabel)}";

    private static void WriteTable(CliContext context, Scenario scenario, ScenarioAppraisal appraisal)
    {
        var o = context.Output;
        var c = appraisal.Currency;
        o.WriteLine($"{appraisal.ScenarioName}: appraisal against business as usual in {c} at {CaseText.PricesAndDiscounting(scenario)}; options {CaseText.Ranking(appraisal.Basis)}");
        o.WriteLine($"  {UnitCostLine(appraisal, c)}");
        foreach (var note in appraisal.Notes)
        {
            o.WriteLine($"  {NoteText.Of(note)}");
        }

        var console = context.Console();
        var ranked = appraisal.Basis;
        var other = ranked == Basis.Cashable ? Basis.Average : Basis.Cashable;
        var hasOther = appraisal.Options.Any(r => r.Cashable is not null);
        if (appraisal.Options.Count > 1)
        {
            o.WriteLine();
            var ranking = new Table().Title($"Options {CaseText.Ranking(ranked)}").AddColumns("Rank", "Option", $"NPV {CaseText.Name(ranked)}");
            if (hasOther)
            {
                ranking.AddColumn($"NPV {CaseText.Name(other)}");
            }

            ranking.AddColumns("BCR", "Payback (years)");
            for (var i = 2; i < ranking.Columns.Count; i++)
            {
                ranking.Columns[i].RightAligned();
            }

            var rank = 1;
            foreach (var r in appraisal.Options)
            {
                var first = r.On(ranked);
                var cells = new List<string> { Show.Invariantly($"{rank++}"), Markup.Escape(r.OptionName), Show.Money(first.Npv, c) };
                if (hasOther)
                {
                    cells.Add(Show.Money(r.On(other).Npv, c));
                }

                cells.Add(Ratio(first.BenefitCostRatio));
                cells.Add(Years(first.PaybackYears));
                ranking.AddRow(cells.ToArray());
            }

            console.Write(ranking);
        }

        foreach (var r in appraisal.Options)
        {
            o.WriteLine();
            // The columns of the ranking basis: the cashable case where it ranks, else the case at average cost (with the
            // cashable saving beside the saving when there is one).
            var cashable = r.Cashable is not null && ranked == Basis.Cashable;
            var withCashableSaving = r.Cashable is not null && !cashable;
            var table = new Table().Title(Markup.Escape(r.OptionName));
            table.AddColumns(cashable
                ? ["Year", "Saving", "Cashable saving", "Costs", "Release and closure", "Cashable net", "Discount factor", "Cumulative cashable PV"]
                : withCashableSaving
                    ? ["Year", "Saving", "Cashable saving", "Costs", "Net", "Discount factor", "Present value", "Cumulative PV"]
                    : ["Year", "Saving", "Costs", "Net", "Discount factor", "Present value", "Cumulative PV"]);
            for (var i = 1; i < table.Columns.Count; i++)
            {
                table.Columns[i].RightAligned();
            }

            foreach (var y in r.Years)
            {
                var factor = Show.Number((double)y.DiscountFactor, "0.000000");
                table.AddRow(cashable
                    ? [y.Label, Show.Money(y.Saving, c), Show.Money(y.CashableSaving, c), Show.Money(y.Costs, c), Show.Money(y.ReleaseCosts + y.ClosureCosts, c), Show.Money(y.CashableNet, c), factor, Show.Money(y.CumulativeCashablePresentValue, c)]
                    : withCashableSaving
                        ? [y.Label, Show.Money(y.Saving, c), Show.Money(y.CashableSaving, c), Show.Money(y.Costs, c), Show.Money(y.Net, c), factor, Show.Money(y.PresentValue, c), Show.Money(y.CumulativePresentValue, c)]
                        : [y.Label, Show.Money(y.Saving, c), Show.Money(y.Costs, c), Show.Money(y.Net, c), factor, Show.Money(y.PresentValue, c), Show.Money(y.CumulativePresentValue, c)]);
            }

            console.Write(table);
            var width = r.Cashable is not null ? 16 : 0;
            foreach (var s in Bases(r, ranked))
            {
                var title = r.Cashable is not null ? (CaseText.Title(s.Basis) + ":").PadRight(width) + " " : "";
                o.WriteLine($"  {title}{Totals(s, c)}");
                o.WriteLine($"  {new string(' ', title.Length)}{Paybacks(s, r.Years[0].Label)}");
            }

            o.WriteLine($"  {CaseText.RatiosCaveat}");
            foreach (var note in r.Notes)
            {
                o.WriteLine($"  {NoteText.Of(note)}");
            }
        }
    }

    private static void WriteMarkdown(CliContext context, Scenario scenario, ScenarioAppraisal appraisal)
    {
        var o = context.Output;
        var c = appraisal.Currency;
        o.WriteLine($"## {appraisal.ScenarioName}");
        o.WriteLine();
        o.WriteLine($"Appraisal against business as usual in {c} at {CaseText.PricesAndDiscounting(scenario)}. Options {CaseText.Ranking(appraisal.Basis)}.");
        o.WriteLine();
        o.WriteLine(UnitCostLine(appraisal, c));
        foreach (var note in appraisal.Notes)
        {
            o.WriteLine();
            o.WriteLine($"> {NoteText.Of(note)}");
        }

        var ranked = appraisal.Basis;
        var other = ranked == Basis.Cashable ? Basis.Average : Basis.Cashable;
        var hasOther = appraisal.Options.Any(r => r.Cashable is not null);
        if (appraisal.Options.Count > 1)
        {
            o.WriteLine();
            o.WriteLine(hasOther
                ? $"| Rank | Option | NPV {CaseText.Name(ranked)} | NPV {CaseText.Name(other)} | BCR | Payback (years) |"
                : $"| Rank | Option | NPV {CaseText.Name(ranked)} | BCR | Payback (years) |");
            o.WriteLine(hasOther ? "|---:|---|---:|---:|---:|---:|" : "|---:|---|---:|---:|---:|");
            var rank = 1;
            foreach (var r in appraisal.Options)
            {
                var first = r.On(ranked);
                var otherCell = hasOther ? $" {Show.Money(r.On(other).Npv, c)} |" : "";
                o.WriteLine($"| {Show.Invariantly($"{rank++}")} | {Escape(r.OptionName)} | {Show.Money(first.Npv, c)} |{otherCell} {Ratio(first.BenefitCostRatio)} | {Years(first.PaybackYears)} |");
            }
        }

        foreach (var r in appraisal.Options)
        {
            o.WriteLine();
            o.WriteLine($"### {Escape(r.OptionName)}");
            o.WriteLine();
            var cashable = r.Cashable is not null;
            if (cashable)
            {
                o.WriteLine("| Year | Saving | Cashable saving | Costs | Release and closure | Net | Cashable net | Discount factor | Cumulative PV | Cumulative cashable PV |");
                o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            }
            else
            {
                o.WriteLine("| Year | Saving | Costs | Net | Discount factor | Present value | Cumulative PV |");
                o.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            }

            foreach (var y in r.Years)
            {
                var factor = Show.Number((double)y.DiscountFactor, "0.000000");
                o.WriteLine(cashable
                    ? $"| {y.Label} | {Show.Money(y.Saving, c)} | {Show.Money(y.CashableSaving, c)} | {Show.Money(y.Costs, c)} | {Show.Money(y.ReleaseCosts + y.ClosureCosts, c)} | {Show.Money(y.Net, c)} | {Show.Money(y.CashableNet, c)} | {factor} | {Show.Money(y.CumulativePresentValue, c)} | {Show.Money(y.CumulativeCashablePresentValue, c)} |"
                    : $"| {y.Label} | {Show.Money(y.Saving, c)} | {Show.Money(y.Costs, c)} | {Show.Money(y.Net, c)} | {factor} | {Show.Money(y.PresentValue, c)} | {Show.Money(y.CumulativePresentValue, c)} |");
            }

            o.WriteLine();
            foreach (var s in Bases(r, ranked))
            {
                o.WriteLine($"- **{CaseText.Title(s.Basis)}**: {PresentValues(s, c)}");
                o.WriteLine($"  - {Ratios(s)}");
                o.WriteLine($"  - {Paybacks(s, r.Years[0].Label)}");
            }

            o.WriteLine($"- {CaseText.RatiosCaveat}");
            foreach (var note in r.Notes)
            {
                o.WriteLine($"- {NoteText.Of(note)}");
            }
        }
    }

    /// <summary>"Unit costs a contact: face-to-face £7.40 (2010 prices) → £11.23 (2026), …", digital channels marked.</summary>
    private static string UnitCostLine(ScenarioAppraisal appraisal, string c) =>
        "Unit costs a contact (* digital): " + string.Join("; ", appraisal.UnitCosts.Select(u =>
            u.PriceBaseYear == u.PriceYear
                ? Show.Invariantly($"{u.Channel.Key}{(u.Digital ? "*" : "")} {Show.Money(u.Amount, c)} ({u.PriceYear} prices)")
                : Show.Invariantly($"{u.Channel.Key}{(u.Digital ? "*" : "")} {Show.Money(u.Amount, c)} ({u.PriceYear}) → {Show.Money(MoneyRounding.ToPenny(u.Used), c)} ({u.PriceBaseYear} prices)")));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Ratio(double? value) => value is { } v ? Show.Number(v, "0.00") : "n/a";

    private static string Percent(double? value) => value is { } v ? Show.Percent(v, "0.0") : "n/a";

    private static string Years(double? value) => value is { } v ? Show.Number(v, "0.0") : "never";
}
