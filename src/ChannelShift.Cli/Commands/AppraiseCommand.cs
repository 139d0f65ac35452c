using System.CommandLine;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;

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
        var summary = SummaryOption.Create("the headline figures, one row for each option and basis (NPV, PV benefits, PV costs, BCR, ROI, IRR, paybacks)");
        var command = new Command("appraise", "Appraise a scenario file over the years: NPV, BCR, payback and IRR at average cost and cashable, by option; or, with --view financial, its cash by financial year.") { file, option, basis, view, format, summary };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var financial = (parse.GetValue(view) ?? "economic").Trim().ToLowerInvariant() switch
            {
                "economic" => false,
                "financial" => true,
                var other => throw new UserInputException($"--view: \"{other}\" is not a view; expected economic or financial."),
            };
            var headline = SummaryOption.Parse(parse.GetValue(summary), output, parse.GetValue(format));
            if (headline && financial)
            {
                throw new UserInputException("--summary: the headline figures are a CSV of the economic view; expected --format csv without --view financial, or no --summary.");
            }

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
                case OutputFormat.Csv when headline:
                    WriteSummaryCsv(context, appraisal);
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
        csv.Row("option", "year", "label", "contactsMoved", "saving", "cashableSaving", "nonCashableSaving", "benefitsHaircut", "cashableBenefitsHaircut", "costs", "costsBeforeOptimismBias", "optimismBias", "releaseCosts", "closureCosts", "net", "cashableNet", "discountFactor", "presentValue", "cumulativePresentValue", "cashablePresentValue", "cumulativeCashablePresentValue");
        foreach (var r in appraisal.Options)
        {
            foreach (var y in r.Years)
            {
                var cashable = r.Cashable is not null;
                csv.Row(r.OptionName, y.Year, y.Label, Csv.Count(y.ContactsMoved), y.Saving, y.CashableSaving, y.NonCashableSaving, y.BenefitsHaircut, cashable ? y.CashableBenefitsHaircut : null, y.Costs, y.CostsBeforeOptimismBias, y.OptimismBias, y.ReleaseCosts, y.ClosureCosts, y.Net, cashable ? y.CashableNet : null, Csv.Exact(y.DiscountFactor), y.PresentValue, y.CumulativePresentValue, cashable ? y.CashablePresentValue : null, cashable ? y.CumulativeCashablePresentValue : null);
            }
        }
    }

    /// <summary>The headline figures as CSV: a row for each option (in rank order) and basis, the ranking basis first.</summary>
    private static void WriteSummaryCsv(CliContext context, ScenarioAppraisal appraisal)
    {
        var csv = new Csv(context.Output);
        csv.Row("rank", "option", "basis", "npv", "presentValueBenefits", "presentValueCosts", "benefitCostRatio", "roi", "irr", "paybackYears", "paybackYearLabel", "discountedPaybackYears", "discountedPaybackYearLabel");
        var rank = 1;
        foreach (var r in appraisal.Options)
        {
            foreach (var s in Bases(r, appraisal.Basis))
            {
                csv.Row(rank, r.OptionName, ResultJson.KeyOf(s.Basis), s.Npv, s.PresentValueBenefits, s.PresentValueCosts, s.BenefitCostRatio, s.Roi, s.Irr, s.PaybackYears, s.PaybackYearLabel, s.DiscountedPaybackYears, s.DiscountedPaybackYearLabel);
            }

            rank++;
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
        void Say(string text, int indent, int hanging = 2, string prefix = "") => Prose.Write(o, text, context.Width, indent, hanging, prefix);
        Say($"{appraisal.ScenarioName}: appraisal against business as usual in {c} at {CaseText.PricesAndDiscounting(scenario)}; options {CaseText.Ranking(appraisal.Basis)}", 0);
        o.WriteLine("  Assumptions:");
        foreach (var line in CaseText.Assumptions(scenario, appraisal))
        {
            Say(line, 4);
        }

        foreach (var note in appraisal.Notes)
        {
            Say(NoteText.Of(note), 2);
        }

        var ranked = appraisal.Basis;
        if (appraisal.Options.Count > 1)
        {
            o.WriteLine();
            TerminalTable.Write(o, Ranking(appraisal, c), context.Width);
        }

        foreach (var r in appraisal.Options)
        {
            o.WriteLine();
            var yearTable = YearTable.Of(r, r.Cashable is not null && ranked == Basis.Cashable, c);
            context.Write(yearTable, OutputFormat.Table);
            Say(YearTable.RowsAddUp(r.Cashable is not null && ranked == Basis.Cashable), 2);
            if (CaseText.Staff(r) is { } staff)
            {
                Say(staff, 2);
            }

            var width = r.Cashable is not null ? 16 : 0;
            foreach (var s in Bases(r, ranked))
            {
                var title = r.Cashable is not null ? (CaseText.Title(s.Basis) + ":").PadRight(width) + " " : "";
                Say(Totals(s, c), 2, title.Length, title);
                Say(Paybacks(s, r.Years[0].Label), 2 + title.Length, 0);
            }

            Say(CaseText.RatiosCaveat, 2);
            foreach (var note in r.Notes)
            {
                Say(NoteText.Of(note), 2);
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
        o.WriteLine("**Assumptions**");
        o.WriteLine();
        foreach (var line in CaseText.Assumptions(scenario, appraisal))
        {
            o.WriteLine($"- {Escape(line)}");
        }

        foreach (var note in appraisal.Notes)
        {
            o.WriteLine();
            o.WriteLine($"> {NoteText.Of(note)}");
        }

        var ranked = appraisal.Basis;
        if (appraisal.Options.Count > 1)
        {
            o.WriteLine();
            MarkdownTable.Write(o, Ranking(appraisal, c), withTitle: false);
        }

        foreach (var r in appraisal.Options)
        {
            o.WriteLine();
            o.WriteLine($"### {Escape(r.OptionName)}");
            o.WriteLine();
            var onCashable = r.Cashable is not null && ranked == Basis.Cashable;
            MarkdownTable.Write(o, YearTable.Of(r, onCashable, c), withTitle: false);
            o.WriteLine();
            o.WriteLine(YearTable.RowsAddUp(onCashable));
            if (CaseText.Staff(r) is { } staff)
            {
                o.WriteLine();
                o.WriteLine(staff);
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

    /// <summary>The options in rank order on the ranking basis, with the NPV on the other basis where there is one.</summary>
    private static TextTable Ranking(ScenarioAppraisal appraisal, string c)
    {
        var ranked = appraisal.Basis;
        var other = ranked == Basis.Cashable ? Basis.Average : Basis.Cashable;
        var hasOther = appraisal.Options.Any(r => r.Cashable is not null);
        var columns = new List<TextColumn> { TextColumn.Figure("Rank"), TextColumn.Text("Option"), TextColumn.Figure($"NPV {CaseText.Name(ranked)}") };
        if (hasOther)
        {
            columns.Add(TextColumn.Figure($"NPV {CaseText.Name(other)}"));
        }

        columns.AddRange([TextColumn.Figure("BCR"), TextColumn.Figure($"Payback (years from the start of {appraisal.Options[0].Years[0].Label})")]);
        // The rank and the option name a row: both repeat in each column group on a narrow terminal.
        var table = new TextTable($"Options {CaseText.Ranking(ranked)}", columns, keyColumns: 2);
        var rank = 1;
        foreach (var r in appraisal.Options)
        {
            var first = r.On(ranked);
            var cells = new List<string> { Show.Invariantly($"{rank++}"), r.OptionName, Show.Money(first.Npv, c) };
            if (hasOther)
            {
                cells.Add(Show.Money(r.On(other).Npv, c));
            }

            cells.Add(Ratio(first.BenefitCostRatio));
            cells.Add(CaseText.PaybackFromStart(first.PaybackYears));
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Ratio(double? value) => value is { } v ? Show.Number(v, "0.00") : "n/a";

    private static string Percent(double? value) => value is { } v ? Show.Percent(v, "0.0") : "n/a";
}
