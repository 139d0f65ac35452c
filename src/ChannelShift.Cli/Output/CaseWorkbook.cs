using System.Globalization;
using System.Text;
using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Output;

/// <summary>
/// Lays out a scenario's appraisal as a workbook a finance officer can audit (docs/workbook.md): the assumptions as
/// named cells, then, one row per year, the volumes, the saving, the costs, the cashable case and the discounting as
/// live formulas over them, and a summary whose NPV, PV benefits, PV costs and BCR are formulas over the year rows.
/// Each option is a block of columns beside the others on the same year rows. What no formula can express (the FTE
/// Erlang C gives, the take-up of an s-curve) is written as a value from the library, labelled "computed by
/// ChannelShift". The app computes nothing: the inputs are the scenario's, the FTE, the discount bands and the
/// take-up the library's, and the formulas are the ledger's (docs/methodology.md), rounded to the penny only where a
/// result is made, as <see cref="MoneyRounding"/> rounds.
/// </summary>
internal sealed class CaseWorkbook
{
    private const string ComputedNote = "computed by ChannelShift";
    private const int FirstYearRow = 4;

    private readonly Scenario scenario;
    private readonly int years;
    private readonly bool cashable;
    private readonly List<KeyValuePair<string, string>> names = [];
    private readonly SheetGrid summary = new("Summary");
    private readonly SheetGrid assumptions = new("Assumptions");
    private readonly SheetGrid volumes = new("Volumes");
    private readonly SheetGrid saving = new("Saving");
    private readonly SheetGrid costs = new("Costs");
    private readonly SheetGrid cashableSheet = new("Cashable");
    private readonly SheetGrid discounting = new("Discounting");
    private readonly List<Channel> stepOrder = [];
    private int assumptionRow = 2;

    private CaseWorkbook(Scenario scenario)
    {
        this.scenario = scenario;
        years = scenario.Appraisal.Years;
        cashable = scenario.CostBehaviour.Count > 0;
    }

    /// <summary>Writes the workbook of a scenario's options (in the order given: the appraisal's ranking).</summary>
    /// <param name="target">Where the xlsx goes.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">The indexes of the options to show, in order.</param>
    internal static void Write(Stream target, Scenario scenario, IReadOnlyList<int> options)
    {
        var book = new CaseWorkbook(scenario);
        book.Build(options);
        var sheets = new List<SheetGrid> { book.summary, book.assumptions, book.volumes, book.saving, book.costs };
        if (book.cashable)
        {
            sheets.Add(book.cashableSheet);
        }

        sheets.Add(book.discounting);
        WorkbookFile.Write(target, sheets, book.names, Show.Symbol(scenario.Currency).Trim());
    }

    /// <summary>The row of year t on the sheets of year rows.</summary>
    internal static int YearRow(int year) => FirstYearRow + year;

    private void Build(IReadOnlyList<int> options)
    {
        var channels = options.SelectMany(ChannelsOf).Distinct().ToList();
        General(channels);
        foreach (var sheet in new[] { volumes, saving, costs, cashableSheet, discounting })
        {
            YearColumns(sheet);
        }

        DiscountFactors();
        summary.Text(1, 1, $"{scenario.Name}: appraisal against business as usual ({scenario.Currency}, real prices, discounted)", CellStyle.Heading);
        foreach (var (label, at) in new[] { ("Option", 1), ("Basis", 2), ("PV benefits", 3), ("PV costs", 4), ("NPV", 5), ("BCR", 6) })
        {
            summary.Text(2, at, label, CellStyle.Heading);
        }

        summary.FrozenRows = 2;
        summary.Width(1, 48);
        summary.Width(2, 18);
        for (var c = 3; c <= 6; c++)
        {
            summary.Width(c, 20);
        }

        var summaryRow = 3;
        var column = 3;
        var discountColumn = 6;
        foreach (var option in options)
        {
            var block = Option(option, column, discountColumn);
            column = block.NextColumn;
            discountColumn = block.NextDiscountColumn;
            Totals(summaryRow++, scenario.Options[option].Name, "at average cost", block.PresentValue, block.PresentValueOfCosts);
            if (cashable)
            {
                Totals(summaryRow++, scenario.Options[option].Name, "cashable", block.CashablePresentValue, block.CashablePresentValueOfCosts);
            }
        }

        summaryRow++;
        summary.Text(summaryRow++, 1, "NPV = Σ present values of the year rows (sheet Discounting); PV costs = Σ discount factor × costs; PV benefits = NPV + PV costs; each rounded to the penny (ROUND(…, 2)) once, as ChannelShift rounds its results.");
        summary.Text(summaryRow++, 1, "Inputs are on sheet Assumptions (named cells): change one and every sheet recalculates. Cells on a pale fill are values computed by ChannelShift (FTE by Erlang C, s-curve take-up), not formulas.");
        summary.Text(summaryRow, 1, "BCR and NPV are a financial appraisal of the council's own costs and savings, not a Green Book economic case with social value.");
    }

    private void Totals(int row, string option, string basis, int presentValueColumn, int costsColumn)
    {
        var pv = Range(discounting, presentValueColumn);
        var pvc = Range(discounting, costsColumn);
        summary.Text(row, 1, option);
        summary.Text(row, 2, basis);
        summary.Formula(row, 3, $"ROUND(SUM({pv})+SUM({pvc}),2)", CellStyle.Total);
        summary.Formula(row, 4, $"ROUND(SUM({pvc}),2)", CellStyle.Total);
        summary.Formula(row, 5, $"ROUND(SUM({pv}),2)", CellStyle.Total);
        summary.Formula(row, 6, $"IF(SUM({pvc})=0,\"none (no costs)\",(SUM({pv})+SUM({pvc}))/SUM({pvc}))", CellStyle.Ratio);
    }

    private string Range(SheetGrid sheet, int column) =>
        $"{sheet.Name}!{SheetGrid.Ref(YearRow(0), column, true)}:{SheetGrid.Ref(YearRow(years), column, true)}";

    private void YearColumns(SheetGrid sheet)
    {
        sheet.Text(3, 1, "Year", CellStyle.Heading);
        sheet.Text(3, 2, "Label", CellStyle.Heading);
        for (var t = 0; t <= years; t++)
        {
            sheet.Number(YearRow(t), 1, t, CellStyle.Whole);
            sheet.Text(YearRow(t), 2, scenario.Appraisal.Label(t));
        }

        sheet.FrozenRows = 3;
        sheet.FrozenColumns = 2;
        sheet.Width(1, 6);
        sheet.Width(2, 10);
    }

    private static string Year(int t) => SheetGrid.Ref(YearRow(t), 1, false).Insert(0, "$");

    // ---- Assumptions ---------------------------------------------------------------------------------------------

    private string Name(string name, int row)
    {
        names.Add(new(name, assumptions.At(row, 2, true)));
        return name;
    }

    private string Input(string name, string label, decimal value, CellStyle style, string note = "input")
    {
        var row = assumptionRow++;
        assumptions.Text(row, 1, label);
        assumptions.Number(row, 2, (double)value, style);
        assumptions.Text(row, 3, note);
        assumptions.Text(row, 4, name);
        return Name(name, row);
    }

    private string Derived(string name, string label, string formula, CellStyle style, string note = "formula")
    {
        var row = assumptionRow++;
        assumptions.Text(row, 1, label);
        assumptions.Formula(row, 2, formula, style);
        assumptions.Text(row, 3, note);
        assumptions.Text(row, 4, name);
        return Name(name, row);
    }

    private void Section(string title)
    {
        assumptionRow++;
        assumptions.Text(assumptionRow++, 1, title, CellStyle.Heading);
    }

    private void General(List<Channel> channels)
    {
        var settings = scenario.Appraisal;
        assumptions.Text(1, 1, "Assumption", CellStyle.Heading);
        assumptions.Text(1, 2, "Value", CellStyle.Heading);
        assumptions.Text(1, 3, "Kind", CellStyle.Heading);
        assumptions.Text(1, 4, "Name", CellStyle.Heading);
        assumptions.FrozenRows = 1;
        assumptions.Width(1, 70);
        assumptions.Width(2, 18);
        assumptions.Width(3, 28);
        assumptions.Width(4, 30);
        assumptions.Text(assumptionRow++, 1, scenario.Name, CellStyle.Heading);
        Input("Periods", $"Periods a year (volumes are per {scenario.Baseline.Period.Unit.ToString().ToLowerInvariant()})", scenario.Baseline.Period.PeriodsPerYear, CellStyle.Plain);
        Input("Growth", "Demand growth a year (volumes in year t ≥ 1 are baseline × (1 + growth)^(t − 1))", scenario.DemandGrowth, CellStyle.Percent);
        Input("LastYear", "Last year of the appraisal (years 0 … N; year 0 is the implementation year)", years, CellStyle.Whole);
        var bias = settings.OptimismBias;
        Input("OneOffUplift", "Optimism bias: uplift on one-off costs", bias.OneOff, CellStyle.Percent);
        Input("RecurringUplift", "Optimism bias: uplift on recurring costs", bias.Recurring, CellStyle.Percent);
        Input("Haircut", "Optimism bias: haircut on the saving (net = saving × (1 − haircut) − costs)", bias.Benefits, CellStyle.Percent);

        Section("Discounting (HM Treasury Green Book: DF(0) = 1, DF(t) = DF(t − 1) ÷ (1 + rate of year t))");
        var bands = new List<(int From, decimal Rate)>();
        for (var t = 0; t <= years; t++)
        {
            var rate = settings.Discounting.RateInYear(t);
            if (bands.Count == 0 || bands[^1].Rate != rate)
            {
                bands.Add((t, rate));
            }
        }

        var firstBand = assumptionRow;
        for (var b = 0; b < bands.Count; b++)
        {
            Input($"BandFrom{b + 1}", $"Discount band {b + 1}: from year", bands[b].From, CellStyle.Whole, $"input ({settings.Discounting.Key})");
        }

        names.Add(new("BandFrom", $"{assumptions.Name}!{SheetGrid.Ref(firstBand, 2, true)}:{SheetGrid.Ref(firstBand + bands.Count - 1, 2, true)}"));
        var firstRate = assumptionRow;
        for (var b = 0; b < bands.Count; b++)
        {
            Input($"BandRate{b + 1}", $"Discount band {b + 1}: rate a year", bands[b].Rate, CellStyle.Percent, $"input ({settings.Discounting.Key})");
        }

        names.Add(new("BandRate", $"{assumptions.Name}!{SheetGrid.Ref(firstRate, 2, true)}:{SheetGrid.Ref(firstRate + bands.Count - 1, 2, true)}"));

        Section("Unit costs and volumes by channel");
        string? deflator = null;
        if (settings.Deflator is { ConstantRate: { } deflatorRate } && settings.PriceBaseYear is not null)
        {
            deflator = Input("Deflator", "GDP deflator: rate a year", deflatorRate, CellStyle.Percent);
        }

        if (settings.PriceBaseYear is { } priceBase)
        {
            Input("PriceBase", "Price base year", priceBase, CellStyle.Whole);
        }

        var priced = Appraiser.UnitCostsOf(scenario).ToDictionary(p => p.Channel);
        foreach (var channel in channels)
        {
            var key = Key(channel);
            var cost = priced[channel];
            var own = Input($"CostAt{cost.PriceYear}_{key}", $"{channel.DisplayName}: cost per contact at {cost.PriceYear} prices{(cost.Digital ? " (digital)" : string.Empty)}", cost.Amount, CellStyle.Money);
            var rebased = settings.Deflator is not null && settings.PriceBaseYear is { } target && cost.PriceYear != target;
            string factor;
            if (!rebased)
            {
                factor = Derived($"Rebase_{key}", $"{channel.DisplayName}: rebasing factor (no rebasing)", "1", CellStyle.Factor);
            }
            else if (deflator is not null)
            {
                factor = Derived($"Rebase_{key}", $"{channel.DisplayName}: rebasing factor {cost.PriceYear} → {cost.PriceBaseYear} = (1 + deflator)^({cost.PriceBaseYear} − {cost.PriceYear})", $"(1+{deflator})^(PriceBase-{cost.PriceYear.ToString(CultureInfo.InvariantCulture)})", CellStyle.Factor);
            }
            else
            {
                factor = Input($"Rebase_{key}", $"{channel.DisplayName}: rebasing factor {cost.PriceYear} → {cost.PriceBaseYear} = index({cost.PriceBaseYear}) ÷ index({cost.PriceYear})", settings.Deflator!.Rebase(1m, cost.PriceYear, cost.PriceBaseYear), CellStyle.Computed, ComputedNote + " (GDP deflator index)");
            }

            Derived($"Cost_{key}", $"{channel.DisplayName}: cost per contact at {cost.PriceBaseYear} prices (unrounded)", $"{own}*{factor}", CellStyle.Money);
            var volume = Input($"Volume_{key}", $"{channel.DisplayName}: baseline contacts a {scenario.Baseline.Period.Unit.ToString().ToLowerInvariant()}", scenario.Baseline.Volumes.GetValueOrDefault(channel), CellStyle.Count);
            Derived($"Annual_{key}", $"{channel.DisplayName}: baseline contacts a year", $"{volume}*Periods", CellStyle.Count);
        }

        if (cashable)
        {
            Section("Cost behaviour (the cashable case, docs/cashable-savings.md)");
            var step = 0;
            foreach (var channel in channels)
            {
                if (!scenario.CostBehaviour.TryGetValue(channel, out var behaviour))
                {
                    continue;
                }

                var key = Key(channel);
                stepOrder.Add(channel);
                var variable = Input($"Variable_{key}", $"{channel.DisplayName}: variable share of the cost per contact", behaviour.VariableShare, CellStyle.Percent);
                Derived($"Fixed_{key}", $"{channel.DisplayName}: share not saved with each contact (1 − variable share)", $"1-{variable}", CellStyle.Percent);
                if (behaviour.Staffing is { } staffing)
                {
                    Input($"CostPerFte_{key}", $"{channel.DisplayName}: cost per FTE a year", staffing.CostPerFtePerYear, CellStyle.Money);
                    Input($"ReleaseCostPerFte_{key}", $"{channel.DisplayName}: release cost per FTE (redundancy, pension strain)", staffing.ReleaseCostPerFte, CellStyle.Money);
                }

                foreach (var fixedStep in behaviour.FixedSteps)
                {
                    step++;
                    Input($"Step{step}_AnnualCost", $"{channel.DisplayName}, fixed step \"{fixedStep.Name}\": annual cost", fixedStep.AnnualCost, CellStyle.Money);
                    Input($"Step{step}_ClosesBelow", $"{channel.DisplayName}, fixed step \"{fixedStep.Name}\": closes when contacts a year fall below", fixedStep.ClosesBelowAnnualVolume, CellStyle.Count);
                    Input($"Step{step}_Earliest", $"{channel.DisplayName}, fixed step \"{fixedStep.Name}\": earliest year it can close", fixedStep.EarliestYear, CellStyle.Whole);
                    Input($"Step{step}_ClosureCost", $"{channel.DisplayName}, fixed step \"{fixedStep.Name}\": closure cost", fixedStep.ClosureCost, CellStyle.Money);
                }
            }
        }
    }

    /// <summary>A channel's key as it can stand in a defined name (letters, digits and underscores).</summary>
    private static string Key(Channel channel)
    {
        var key = new StringBuilder(channel.Key.Length);
        foreach (var c in channel.Key)
        {
            key.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return key.ToString();
    }

    private List<Channel> ChannelsOf(int option) =>
        scenario.InputsOf(option).Where(i => i.Input.Kind == InputKind.Volume).Select(i => i.Input.Channel!).ToList();

    // ---- Discounting -------------------------------------------------------------------------------------------

    private void DiscountFactors()
    {
        discounting.Text(1, 1, "Discounting: present value = discount factor × net; the NPV on sheet Summary is their sum", CellStyle.Heading);
        discounting.Text(3, 3, "Rate", CellStyle.Heading);
        discounting.Text(3, 4, "Factor (exact)", CellStyle.Heading);
        discounting.Text(3, 5, "Discount factor", CellStyle.Heading);
        discounting.Text(2, 5, "held to 12 places", CellStyle.Heading);
        for (var c = 3; c <= 5; c++)
        {
            discounting.Width(c, 16);
        }

        for (var t = 0; t <= years; t++)
        {
            var row = YearRow(t);
            discounting.Formula(row, 3, $"LOOKUP({Year(t)},BandFrom,BandRate)", CellStyle.Percent);
            discounting.Formula(row, 4, t == 0 ? "1" : $"{SheetGrid.Ref(row - 1, 4)}/(1+{SheetGrid.Ref(row, 3)})", CellStyle.Factor);
            discounting.Formula(row, 5, $"ROUND({SheetGrid.Ref(row, 4)},12)", CellStyle.Factor);
        }
    }

    // ---- One option ------------------------------------------------------------------------------------------------

    private sealed record Block(int NextColumn, int NextDiscountColumn, int PresentValue, int PresentValueOfCosts, int CashablePresentValue, int CashablePresentValueOfCosts);

    private sealed class ShiftNames
    {
        internal required string EffectiveShare { get; init; }

        internal required string PerContact { get; init; }

        internal required string Help { get; init; }

        internal required string Failed { get; init; }

        internal required Dictionary<Channel, string> Destinations { get; init; }

        internal required Dictionary<Channel, string> Returns { get; init; }

        internal required string? Years { get; init; }

        internal required double[]? TakeUp { get; init; }
    }

    private Block Option(int index, int column, int discountColumn)
    {
        var option = scenario.Options[index];
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Opt{index + 1}_");
        var channels = ChannelsOf(index);
        Section($"Option {index + 1}: {option.Name}");
        var shifts = new List<ShiftNames>();
        for (var s = 0; s < option.Shifts.Count; s++)
        {
            shifts.Add(ShiftAssumptions(prefix + string.Create(CultureInfo.InvariantCulture, $"S{s + 1}_"), index, s, option.Shifts[s]));
        }

        var costNames = new List<(string Amount, string From, string To, string Uplift, CostItem Item)>();
        for (var c = 0; c < option.Costs.Count; c++)
        {
            var item = option.Costs[c];
            var p = prefix + string.Create(CultureInfo.InvariantCulture, $"C{c + 1}_");
            var kind = item.Type == CostType.OneOff ? "one-off" : "recurring";
            var amount = Input(p + "Amount", $"Cost \"{item.Name}\" ({kind}{(item.Funding == Funding.Capital ? ", capital" : string.Empty)}): amount a year paid, at base prices, before optimism bias", item.Amount, CellStyle.Money);
            var from = Input(p + "From", $"Cost \"{item.Name}\": first year paid", item.FromYear, CellStyle.Whole);
            var to = Input(p + "To", $"Cost \"{item.Name}\": last year paid", item.ToYear ?? years, CellStyle.Whole);
            costNames.Add((amount, from, to, item.Type == CostType.OneOff ? "OneOffUplift" : "RecurringUplift", item));
        }

        // Volumes: business as usual by channel, each shift's take-up, full effect and contacts moved, then the
        // option's contacts by channel.
        var bau = new Dictionary<Channel, int>();
        var col = column;
        volumes.Text(2, col, option.Name, CellStyle.Heading);
        foreach (var channel in channels)
        {
            bau[channel] = col;
            volumes.Text(3, col, $"{channel.DisplayName}: business as usual", CellStyle.Heading);
            for (var t = 0; t <= years; t++)
            {
                volumes.Formula(YearRow(t), col, $"Annual_{Key(channel)}*(1+Growth)^MAX(0,{Year(t)}-1)", CellStyle.Count);
            }

            volumes.Width(col++, 18);
        }

        var moved = new int[shifts.Count];
        for (var s = 0; s < shifts.Count; s++)
        {
            var names_ = shifts[s];
            var from = option.Shifts[s].Shift.From;
            var takeUp = col++;
            var full = col++;
            moved[s] = col++;
            volumes.Text(3, takeUp, names_.TakeUp is null ? $"Shift {s + 1}: take-up a(t)" : $"Shift {s + 1}: take-up a(t), {ComputedNote}", CellStyle.Heading);
            volumes.Text(3, full, $"Shift {s + 1}: contacts to move at full take-up", CellStyle.Heading);
            volumes.Text(3, moved[s], $"Shift {s + 1}: contacts moved", CellStyle.Heading);
            for (var t = 0; t <= years; t++)
            {
                var row = YearRow(t);
                if (names_.TakeUp is { } table)
                {
                    volumes.Number(row, takeUp, t == 0 ? 0 : table[t], CellStyle.Computed);
                }
                else
                {
                    volumes.Formula(row, takeUp, names_.Years is { } y ? $"IF({Year(t)}=0,0,MIN({Year(t)}/{y},1))" : $"IF({Year(t)}=0,0,1)", CellStyle.Factor);
                }

                volumes.Formula(row, full, $"{SheetGrid.Ref(row, bau[from])}*{names_.EffectiveShare}", CellStyle.Count);
                volumes.Formula(row, moved[s], names_.Years is { } years_
                    ? $"IF({Year(t)}=0,0,IF({Year(t)}<{years_},{SheetGrid.Ref(row, full)}*{Year(t)}/{years_},{SheetGrid.Ref(row, full)}))"
                    : $"{SheetGrid.Ref(row, full)}*{SheetGrid.Ref(row, takeUp)}", CellStyle.Count);
            }

            volumes.Width(takeUp, 16);
            volumes.Width(full, 18);
            volumes.Width(moved[s], 18);
        }

        var after = new Dictionary<Channel, int>();
        foreach (var channel in channels)
        {
            after[channel] = col;
            volumes.Text(3, col, $"{channel.DisplayName}: with the option", CellStyle.Heading);
            for (var t = 0; t <= years; t++)
            {
                var row = YearRow(t);
                var formula = new StringBuilder(SheetGrid.Ref(row, bau[channel]));
                for (var s = 0; s < shifts.Count; s++)
                {
                    var m = SheetGrid.Ref(row, moved[s]);
                    if (option.Shifts[s].Shift.From == channel)
                    {
                        formula.Append(CultureInfo.InvariantCulture, $"-{m}");
                    }

                    if (shifts[s].Destinations.TryGetValue(channel, out var fraction))
                    {
                        formula.Append(CultureInfo.InvariantCulture, $"+{m}*{fraction}");
                    }

                    if (shifts[s].Returns.TryGetValue(channel, out var back))
                    {
                        formula.Append(CultureInfo.InvariantCulture, $"+{m}*{shifts[s].Failed}*{back}");
                    }
                }

                volumes.Formula(row, col, formula.ToString(), CellStyle.Count);
            }

            volumes.Width(col++, 18);
        }

        var nextColumn = col;

        // Saving: each shift's contacts moved × its saving per contact moved, less its assisted-digital help.
        col = column;
        saving.Text(1, 1, "Saving at average cost per contact, before the haircut: contacts moved × (saving per contact moved − assisted-digital help per contact moved)", CellStyle.Heading);
        saving.Text(2, col, option.Name, CellStyle.Heading);
        var shiftSaving = new List<int>();
        for (var s = 0; s < shifts.Count; s++)
        {
            saving.Text(3, col, $"Shift {s + 1}: saving", CellStyle.Heading);
            for (var t = 0; t <= years; t++)
            {
                var m = volumes.At(YearRow(t), moved[s]);
                saving.Formula(YearRow(t), col, $"{m}*{shifts[s].PerContact}-{m}*{shifts[s].Help}", CellStyle.Money);
            }

            saving.Width(col, 18);
            shiftSaving.Add(col++);
        }

        var savingColumn = col;
        saving.Text(3, col, "Saving", CellStyle.Heading);
        for (var t = 0; t <= years; t++)
        {
            saving.Formula(YearRow(t), col, shiftSaving.Count == 0 ? "0" : string.Join("+", shiftSaving.Select(c => SheetGrid.Ref(YearRow(t), c))), CellStyle.Money);
        }

        saving.Width(col, 18);

        // Costs: each item in the years it is paid, with its optimism-bias uplift; net.
        col = column;
        costs.Text(1, 1, "Costs of the change with optimism bias, and net = saving × (1 − haircut) − costs", CellStyle.Heading);
        costs.Text(2, col, option.Name, CellStyle.Heading);
        var costColumns = new List<int>();
        foreach (var (amount, from, to, uplift, item) in costNames)
        {
            costs.Text(3, col, $"{item.Name} (with optimism bias)", CellStyle.Heading);
            for (var t = 0; t <= years; t++)
            {
                costs.Formula(YearRow(t), col, $"IF(AND({Year(t)}>={from},{Year(t)}<={to}),{amount}*(1+{uplift}),0)", CellStyle.Money);
            }

            costs.Width(col, 20);
            costColumns.Add(col++);
        }

        var beforeColumn = col++;
        var costsColumn = col++;
        var netColumn = col;
        costs.Text(3, beforeColumn, "Costs before optimism bias", CellStyle.Heading);
        costs.Text(3, costsColumn, "Costs", CellStyle.Heading);
        costs.Text(3, netColumn, "Net", CellStyle.Heading);
        for (var t = 0; t <= years; t++)
        {
            var row = YearRow(t);
            costs.Formula(row, beforeColumn, costNames.Count == 0 ? "0" : string.Join("+", costNames.Select(c => $"IF(AND({Year(t)}>={c.From},{Year(t)}<={c.To}),{c.Amount},0)")), CellStyle.Money);
            costs.Formula(row, costsColumn, costColumns.Count == 0 ? "0" : string.Join("+", costColumns.Select(c => SheetGrid.Ref(row, c))), CellStyle.Money);
            costs.Formula(row, netColumn, $"{saving.At(row, savingColumn)}*(1-Haircut)-{SheetGrid.Ref(row, costsColumn)}", CellStyle.Money);
        }

        costs.Width(beforeColumn, 20);
        costs.Width(costsColumn, 18);
        costs.Width(netColumn, 18);

        // The cashable case.
        var cashableNetColumn = 0;
        var cashableCostsFormula = new Func<int, string>(_ => string.Empty);
        if (cashable)
        {
            (cashableNetColumn, cashableCostsFormula) = Cashable(index, column, channels, bau, after, savingColumn, costsColumn);
        }

        // Discounting: four columns per basis (net, present value, cumulative PV, PV of costs), each year's DF in $E.
        (int Pv, int PvCosts) Discounted(int first, string[] labels, int width, Func<int, string> net, Func<int, string> costsOf)
        {
            for (var offset = 0; offset < labels.Length; offset++)
            {
                discounting.Text(3, first + offset, labels[offset], CellStyle.Heading);
                discounting.Width(first + offset, width);
            }

            for (var t = 0; t <= years; t++)
            {
                var row = YearRow(t);
                var factor = "$E" + row.ToString(CultureInfo.InvariantCulture);
                discounting.Formula(row, first, net(row), CellStyle.Money);
                discounting.Formula(row, first + 1, $"{factor}*{SheetGrid.Ref(row, first)}", CellStyle.Money);
                discounting.Formula(row, first + 2, t == 0 ? SheetGrid.Ref(row, first + 1) : $"{SheetGrid.Ref(row - 1, first + 2)}+{SheetGrid.Ref(row, first + 1)}", CellStyle.Money);
                discounting.Formula(row, first + 3, $"{factor}*({costsOf(row)})", CellStyle.Money);
            }

            return (first + 1, first + 3);
        }

        col = discountColumn;
        discounting.Text(2, col, option.Name, CellStyle.Heading);
        var (pv, pvCosts) = Discounted(col, ["Net", "Present value", "Cumulative PV", "PV of costs"], 18, row => costs.At(row, netColumn), row => costs.At(row, costsColumn));
        col += 4;
        int cashablePv = 0, cashablePvCosts = 0;
        if (cashable)
        {
            (cashablePv, cashablePvCosts) = Discounted(col, ["Cashable net", "Cashable PV", "Cumulative cashable PV", "PV of cashable costs"], 20, row => cashableSheet.At(row, cashableNetColumn), cashableCostsFormula);
            col += 4;
        }

        return new Block(nextColumn, col, pv, pvCosts, cashablePv, cashablePvCosts);
    }

    private ShiftNames ShiftAssumptions(string p, int option, int s, PlannedShift planned)
    {
        var shift = planned.Shift;
        var label = $"Shift {s + 1} (from {shift.From.DisplayName})";
        var share = Input(p + "Share", $"{label}: share of the source's contacts moved at full take-up", shift.Share.Fraction, CellStyle.Percent);
        var exclusion = Input(p + "Exclusion", $"{label}: digital exclusion (share that cannot go digital)", planned.DigitalExclusion, CellStyle.Percent);
        var fractions = new Dictionary<Channel, string>();
        var digitalParts = new List<string>();
        foreach (var part in shift.To.Parts)
        {
            var digital = !part.Key.IsAvoided && scenario.UnitCosts.IsDigital(part.Key);
            var name = Input(p + "To_" + Key(part.Key), $"{label}: fraction to {part.Key.DisplayName}{(digital ? " (digital)" : string.Empty)}", part.Value.Fraction, CellStyle.Percent);
            if (!part.Key.IsAvoided)
            {
                fractions[part.Key] = name;
            }

            if (digital)
            {
                digitalParts.Add(name);
            }
        }

        var d = Derived(p + "Digital", $"{label}: D, the fraction to digital destinations", digitalParts.Count == 0 ? "0" : string.Join("+", digitalParts), CellStyle.Percent);
        var cap = Derived(p + "Cap", $"{label}: largest share that can go digital (1 − exclusion)", $"1-{exclusion}", CellStyle.Percent);
        var capped = Derived(p + "Capped", $"{label}: capped by digital exclusion (share × D > cap)", $"{share}*{d}>{cap}", CellStyle.Plain);
        var effective = Derived(p + "EffShare", $"{label}: share moved after the cap", $"IF({capped},{share}*(1-{d})+{cap},{share})", CellStyle.Percent);
        var effectiveDigital = Derived(p + "EffDigital", $"{label}: D after the cap", $"IF({capped},IF({effective}=0,0,{cap}/{effective}),{d})", CellStyle.Percent);
        var destinations = new Dictionary<Channel, string>();
        foreach (var (channel, fraction) in fractions)
        {
            var capFormula = digitalParts.Contains(fraction) ? $"{fraction}*{cap}/({d}*{effective})" : $"{fraction}*{share}/{effective}";
            destinations[channel] = Derived(p + "Eff_" + Key(channel), $"{label}: fraction to {channel.DisplayName} after the cap", $"IF({capped},IF({effective}=0,{fraction},{capFormula}),{fraction})", CellStyle.Percent);
        }

        var failure = Input(p + "Failure", $"{label}: failure demand, share of digital contacts that come back", shift.FailureDemand?.Share.Fraction ?? 0m, CellStyle.Percent);
        var failed = Derived(p + "Failed", $"{label}: failed contacts per contact moved (failure share × D)", $"{failure}*{effectiveDigital}", CellStyle.Factor);
        var returns = new Dictionary<Channel, string>();
        foreach (var part in shift.FailureDemand?.ReturnsTo.Parts ?? [])
        {
            returns[part.Key] = Input(p + "Back_" + Key(part.Key), $"{label}: failed contacts coming back on {part.Key.DisplayName}", part.Value.Fraction, CellStyle.Percent);
        }

        var helpShare = Input(p + "HelpShare", $"{label}: assisted digital, share of digital contacts helped", shift.AssistedDigital?.Share.Fraction ?? 0m, CellStyle.Percent);
        var helpCost = Input(p + "HelpCost", $"{label}: assisted digital, cost of helping one", shift.AssistedDigital?.Cost ?? 0m, CellStyle.Money);
        var help = Derived(p + "Help", $"{label}: assisted-digital cost per contact moved (share × cost × D)", $"{helpShare}*{helpCost}*{effectiveDigital}", CellStyle.Money);
        var per = new StringBuilder($"Cost_{Key(shift.From)}");
        foreach (var (channel, name) in destinations)
        {
            per.Append(CultureInfo.InvariantCulture, $"-{name}*Cost_{Key(channel)}");
        }

        foreach (var (channel, name) in returns)
        {
            per.Append(CultureInfo.InvariantCulture, $"-{failed}*{name}*Cost_{Key(channel)}");
        }

        var perContact = Derived(p + "PerContact", $"{label}: saving per contact moved (cost removed − new channels' costs − failure demand)", per.ToString(), CellStyle.Money);
        string? linearYears = null;
        double[]? table = null;
        var adoption = planned.Adoption;
        var yearsInput = ScenarioInput.AdoptionYears(option, s);
        if (scenario.InputsOf(option).FirstOrDefault(i => i.Input == yearsInput) is { } y)
        {
            linearYears = Input(p + "Years", $"{label}: take-up, linear: years to the full effect (a(t) = min(t ÷ years, 1))", y.Value, CellStyle.Plain);
        }
        else if (adoption.Name != "immediate")
        {
            table = adoption.Fractions(years);
            assumptions.Text(assumptionRow++, 1, $"{label}: take-up {adoption.Description}: a(t) on sheet Volumes, {ComputedNote}");
        }

        return new ShiftNames
        {
            EffectiveShare = effective,
            PerContact = perContact,
            Help = help,
            Failed = failed,
            Destinations = destinations,
            Returns = returns,
            Years = linearYears,
            TakeUp = table,
        };
    }

    private (int NetColumn, Func<int, string> Costs) Cashable(int index, int column, List<Channel> channels, Dictionary<Channel, int> bau, Dictionary<Channel, int> after, int savingColumn, int costsColumn)
    {
        var sheet = cashableSheet;
        sheet.Text(1, 1, "The cashable case: what the budget banks (variable costs, whole staff, fixed steps), with release and closure costs as costs", CellStyle.Heading);
        sheet.Text(2, column, scenario.Options[index].Name, CellStyle.Heading);
        var col = column;
        var additions = new List<string>();      // per row: terms added to the saving
        var releases = new List<int>();
        var closures = new List<int>();
        var staffing = Appraiser.StaffingOf(scenario, index).ToLookup(f => f.Channel);
        var step = 0;
        var stepNumbers = new Dictionary<FixedStep, int>();
        foreach (var channel in StepChannels())
        {
            foreach (var fixedStep in scenario.CostBehaviour[channel].FixedSteps)
            {
                stepNumbers[fixedStep] = ++step;
            }
        }

        var terms = new List<Func<int, string>>();
        foreach (var channel in channels)
        {
            if (!scenario.CostBehaviour.TryGetValue(channel, out var behaviour))
            {
                continue;
            }

            var key = Key(channel);
            var fixedColumn = col++;
            sheet.Text(3, fixedColumn, $"{channel.DisplayName}: fixed part of the cost removed (not saved)", CellStyle.Heading);
            for (var t = 0; t <= years; t++)
            {
                var row = YearRow(t);
                sheet.Formula(row, fixedColumn, $"Fixed_{key}*Cost_{key}*({volumes.At(row, bau[channel])}-{volumes.At(row, after[channel])})", CellStyle.Money);
            }

            terms.Add(row => $"-{SheetGrid.Ref(row, fixedColumn)}");
            sheet.Width(fixedColumn, 20);
            if (behaviour.Staffing is not null)
            {
                var fte = staffing[channel].ToDictionary(f => f.Year);
                var bauFte = col++;
                var optionFte = col++;
                var whole = col++;
                var staffSaving = col++;
                var most = col++;
                var release = col++;
                sheet.Text(3, bauFte, $"{channel.DisplayName}: FTE, business as usual ({ComputedNote}, Erlang C)", CellStyle.Heading);
                sheet.Text(3, optionFte, $"{channel.DisplayName}: FTE, with the option ({ComputedNote}, Erlang C)", CellStyle.Heading);
                sheet.Text(3, whole, $"{channel.DisplayName}: whole staff fewer", CellStyle.Heading);
                sheet.Text(3, staffSaving, $"{channel.DisplayName}: staff saving", CellStyle.Heading);
                sheet.Text(3, most, $"{channel.DisplayName}: most staff released so far", CellStyle.Heading);
                sheet.Text(3, release, $"{channel.DisplayName}: release costs", CellStyle.Heading);
                for (var t = 0; t <= years; t++)
                {
                    var row = YearRow(t);
                    if (fte.TryGetValue(t, out var f))
                    {
                        sheet.Number(row, bauFte, f.FteBusinessAsUsual, CellStyle.Computed);
                        sheet.Number(row, optionFte, f.Fte, CellStyle.Computed);
                        sheet.Formula(row, whole, $"INT({SheetGrid.Ref(row, bauFte)}-{SheetGrid.Ref(row, optionFte)}+1E-9)", CellStyle.Whole);
                    }
                    else
                    {
                        sheet.Text(row, bauFte, "none in year 0");
                        sheet.Text(row, optionFte, "none in year 0");
                        sheet.Number(row, whole, 0, CellStyle.Whole);
                    }

                    sheet.Formula(row, staffSaving, $"{SheetGrid.Ref(row, whole)}*CostPerFte_{key}", CellStyle.Money);
                    sheet.Formula(row, most, t == 0 ? $"MAX(0,{SheetGrid.Ref(row, whole)})" : $"MAX({SheetGrid.Ref(row - 1, most)},{SheetGrid.Ref(row, whole)})", CellStyle.Whole);
                    sheet.Formula(row, release, $"({SheetGrid.Ref(row, most)}-{(t == 0 ? "0" : SheetGrid.Ref(row - 1, most))})*ReleaseCostPerFte_{key}", CellStyle.Money);
                }

                foreach (var c in new[] { bauFte, optionFte, whole, staffSaving, most, release })
                {
                    sheet.Width(c, 20);
                }

                terms.Add(row => $"+{SheetGrid.Ref(row, staffSaving)}");
                releases.Add(release);
            }

            foreach (var fixedStep in behaviour.FixedSteps)
            {
                var n = $"Step{stepNumbers[fixedStep].ToString(CultureInfo.InvariantCulture)}_";
                var closed = col++;
                var closedBau = col++;
                var annual = col++;
                var closure = col++;
                sheet.Text(3, closed, $"\"{fixedStep.Name}\": closed with the option (1 = yes)", CellStyle.Heading);
                sheet.Text(3, closedBau, $"\"{fixedStep.Name}\": closed in business as usual", CellStyle.Heading);
                sheet.Text(3, annual, $"\"{fixedStep.Name}\": annual cost saved", CellStyle.Heading);
                sheet.Text(3, closure, $"\"{fixedStep.Name}\": closure costs", CellStyle.Heading);
                for (var t = 0; t <= years; t++)
                {
                    var row = YearRow(t);
                    var previous = t == 0 ? "0" : SheetGrid.Ref(row - 1, closed);
                    var previousBau = t == 0 ? "0" : SheetGrid.Ref(row - 1, closedBau);
                    sheet.Formula(row, closed, $"IF(OR({previous}=1,AND({Year(t)}>={n}Earliest,{volumes.At(row, after[channel])}<{n}ClosesBelow)),1,0)", CellStyle.Whole);
                    sheet.Formula(row, closedBau, $"IF(OR({previousBau}=1,AND({Year(t)}>={n}Earliest,{volumes.At(row, bau[channel])}<{n}ClosesBelow)),1,0)", CellStyle.Whole);
                    sheet.Formula(row, annual, $"({SheetGrid.Ref(row, closed)}-{SheetGrid.Ref(row, closedBau)})*{n}AnnualCost", CellStyle.Money);
                    sheet.Formula(row, closure, $"(({SheetGrid.Ref(row, closed)}-{previous})-({SheetGrid.Ref(row, closedBau)}-{previousBau}))*{n}ClosureCost", CellStyle.Money);
                }

                foreach (var c in new[] { closed, closedBau, annual, closure })
                {
                    sheet.Width(c, 20);
                }

                terms.Add(row => $"+{SheetGrid.Ref(row, annual)}");
                closures.Add(closure);
            }
        }

        var cashableColumn = col++;
        var releaseColumn = col++;
        var closureColumn = col++;
        var netColumn = col;
        sheet.Text(3, cashableColumn, "Cashable saving", CellStyle.Heading);
        sheet.Text(3, releaseColumn, "Release costs", CellStyle.Heading);
        sheet.Text(3, closureColumn, "Closure costs", CellStyle.Heading);
        sheet.Text(3, netColumn, "Cashable net", CellStyle.Heading);
        for (var t = 0; t <= years; t++)
        {
            var row = YearRow(t);
            sheet.Formula(row, cashableColumn, saving.At(row, savingColumn) + string.Concat(terms.Select(term => term(row))), CellStyle.Money);
            sheet.Formula(row, releaseColumn, releases.Count == 0 ? "0" : string.Join("+", releases.Select(c => SheetGrid.Ref(row, c))), CellStyle.Money);
            sheet.Formula(row, closureColumn, closures.Count == 0 ? "0" : string.Join("+", closures.Select(c => SheetGrid.Ref(row, c))), CellStyle.Money);
            sheet.Formula(row, netColumn, $"{SheetGrid.Ref(row, cashableColumn)}*(1-Haircut)-{costs.At(row, costsColumn)}-{SheetGrid.Ref(row, releaseColumn)}-{SheetGrid.Ref(row, closureColumn)}", CellStyle.Money);
        }

        foreach (var c in new[] { cashableColumn, releaseColumn, closureColumn, netColumn })
        {
            sheet.Width(c, 18);
        }

        return (netColumn, row => $"{costs.At(row, costsColumn)}+{sheet.At(row, releaseColumn)}+{sheet.At(row, closureColumn)}");
    }

    /// <summary>The channels with cost behaviour in the order the assumptions list their fixed steps (numbered from 1
    /// across them).</summary>
    private IEnumerable<Channel> StepChannels() => stepOrder;
}
