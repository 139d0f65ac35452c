using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Output;

/// <summary>How the app writes a financial view: cash by financial year, capital apart from revenue.</summary>
internal static class FinancialViewOutput
{
    private static string[] Columns(ScenarioFinancialView view) =>
        ["Year", "Capital costs", "Revenue costs", "of which contingency", view.Basis == Basis.Cashable ? "Cashable saving" : "Saving (at average cost)", "Revenue net", "Net (capital and revenue)", "Cumulative net"];

    internal static void Write(CliContext context, OutputFormat format, Scenario scenario, ScenarioFinancialView view)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Output.WriteLine(ResultJson.Serialize(view));
                break;
            case OutputFormat.Csv:
                var csv = new Csv(context.Output);
                csv.Row("option", "year", "label", "capitalCosts", "revenueCosts", "optimismBias", view.Basis == Basis.Cashable ? "cashableSaving" : "saving", "revenueNet", "net", "cumulativeNet");
                foreach (var option in view.Options)
                {
                    foreach (var y in option.Years)
                    {
                        csv.Row(option.OptionName, y.Year, y.Label, y.CapitalCosts, y.RevenueCosts, y.OptimismBias, y.Saving, y.RevenueNet, y.Net, y.CumulativeNet);
                    }
                }

                break;
            case OutputFormat.Markdown:
                WriteMarkdown(context, scenario, view);
                break;
            default:
                context.WrapProse();
                WriteTable(context, scenario, view);
                break;
        }
    }

    private static string Heading(Scenario scenario, ScenarioFinancialView view)
    {
        var from = view.InflationStated ? "stated as appraisal.inflation" : "the GDP deflator's rate";
        var prices = (view.FirstYear, view.PriceBaseYear) switch
        {
            (null, { } pb) => string.Create(CultureInfo.InvariantCulture, $"year 0 taken to be at {pb} prices"),
            (_, { } pb) when view.SavingsPriceYear is { } sy && sy != pb => string.Create(CultureInfo.InvariantCulture, $"costs from real {pb} prices and savings from the unit costs' {sy} prices (not rebased)"),
            (_, { } pb) => string.Create(CultureInfo.InvariantCulture, $"from real {pb} prices"),
            _ => "year 0 taken to be at the price base (the scenario gives no price base year)",
        };
        var basis = view.Basis == Basis.Cashable
            ? "the cashable saving (release and closure costs among the costs)"
            : "the saving at average cost (capacity released, not what the budget banks)";
        return string.Create(CultureInfo.InvariantCulture, $"{view.ScenarioName}: financial view in {view.Currency} cash (nominal) prices by financial year, undiscounted; inflation {view.Inflation * 100m:0.0##}% a year ({from}), {prices}; {basis}, after the benefits haircut; costs include optimism bias as contingency.");
    }

    /// <summary>How the real figures the cash is made from are priced (rebased); the view itself says when the savings
    /// are inflated from the unit costs' own prices instead.</summary>
    private static IEnumerable<AppraisalNote> PriceNotes(Scenario scenario) =>
        Appraiser.NotesOf(scenario).Where(n => n is UnitCostsRebasedNote);

    private const string Caveats = "Capital is not netted against revenue: revenue net = saving − revenue costs; net = revenue net − capital costs. One inflation rate for pay and contracts is a simplification. Amounts exclude the VAT a council recovers.";

    private static string[] Cells(FinancialYear y, string c) =>
        [y.Label, Show.Money(y.CapitalCosts, c), Show.Money(y.RevenueCosts, c), Show.Money(y.OptimismBias, c), Show.Money(y.Saving, c), Show.Money(y.RevenueNet, c), Show.Money(y.Net, c), Show.Money(y.CumulativeNet, c)];

    /// <summary>An option's years: the year (repeated in each column group on a narrow terminal), then the money.</summary>
    private static TextTable Table(ScenarioFinancialView view, string title, IEnumerable<FinancialYear> years)
    {
        var columns = Columns(view);
        var table = new TextTable(title, [TextColumn.Label(columns[0]), .. columns.Skip(1).Select(TextColumn.Figure)]);
        foreach (var y in years)
        {
            table.AddRow(Cells(y, view.Currency));
        }

        return table;
    }

    private static void WriteTable(CliContext context, Scenario scenario, ScenarioFinancialView view)
    {
        var o = context.Output;
        o.WriteLine(Heading(scenario, view));
        foreach (var note in PriceNotes(scenario))
        {
            o.WriteLine($"  {NoteText.Of(note)}");
        }

        foreach (var option in view.Options)
        {
            o.WriteLine();
            TerminalTable.Write(o, Table(view, option.OptionName, option.Years), context.Width);
        }

        o.WriteLine($"  {Caveats}");
    }

    private static void WriteMarkdown(CliContext context, Scenario scenario, ScenarioFinancialView view)
    {
        var o = context.Output;
        o.WriteLine($"## {view.ScenarioName}: financial view");
        o.WriteLine();
        o.WriteLine(Heading(scenario, view));
        foreach (var note in PriceNotes(scenario))
        {
            o.WriteLine();
            o.WriteLine($"> {NoteText.Of(note)}");
        }

        foreach (var option in view.Options)
        {
            o.WriteLine();
            o.WriteLine($"### {option.OptionName.Replace("|", "\\|", StringComparison.Ordinal)}");
            o.WriteLine();
            MarkdownTable.Write(o, Table(view, option.OptionName, option.Years), withTitle: false);
        }

        o.WriteLine();
        o.WriteLine(Caveats);
    }
}
