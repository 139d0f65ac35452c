using System.Globalization;
using System.Text;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Charts;
using ChannelShift.Cli.Commands;
using ChannelShift.Serialization;
using ChannelShift.Tracking;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Output;

/// <summary>
/// The committee paper of <c>channelshift report</c>: one self-contained HTML page (inline CSS, inline SVG charts, the
/// embedded DejaVu Sans as base64 web fonts; no scripts and no references outside the file) with a print stylesheet
/// for A4. Every figure is the library's, formatted as <c>appraise</c>, <c>sensitivity</c>, <c>simulate</c> and
/// <c>track</c> format it; every piece of text from the scenario file is escaped.
/// </summary>
internal static class ReportHtml
{
    /// <summary>The CSS family name of the embedded faces (the charts' own, so that the inline charts use them too).</summary>
    private const string Family = ChartFont.Family;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The whole page.</summary>
    internal static string Of(ReportInputs r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var b = new StringBuilder(4 * 1024 * 1024);
        var scenario = r.Scenario;
        b.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta name=\"generator\" content=\"channelshift report\">\n");
        b.Append("<title>").Append(Html.Escape(scenario.Name)).Append("</title>\n<style>\n");
        b.Append(FontFaces());
        b.Append(Css);
        b.Append("</style>\n</head>\n<body>\n");
        Summary(b, r);
        OptionsCompared(b, r);
        Assumptions(b, r);
        Profiles(b, r);
        Bridge(b, r);
        Staffing(b, r);
        SensitivitySection(b, r);
        MonteCarloSection(b, r);
        TrackingSection(b, r);
        Caveats(b, r);
        Appendix(b, r);
        b.Append("</body>\n</html>\n");
        return b.ToString();
    }

    private static string FontFaces()
    {
        var b = new StringBuilder();
        foreach (var (bold, weight) in new[] { (false, 400), (true, 700) })
        {
            b.Append("@font-face { font-family: \"").Append(Family).Append("\"; font-style: normal; font-weight: ")
                .Append(weight.ToString(Invariant)).Append("; src: url(data:font/ttf;base64,")
                .Append(Convert.ToBase64String(ChartFont.FileBytes(bold))).Append(") format(\"truetype\"); }\n");
        }

        return b.ToString();
    }

    private const string Css = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "ChannelShift DejaVu Sans"; font-size: 7.5pt; color: #555; } }
        html { font-family: "ChannelShift DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.38; color: #1f1f1f; }
        body { margin: 0; }
        h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 .3em; color: #0b3d62; }
        h2 { font-size: 13pt; margin: 1.3em 0 .45em; padding-bottom: .15em; border-bottom: 1.5px solid #0072B2; color: #0b3d62; }
        h3 { font-size: 10.5pt; margin: 1em 0 .35em; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        p { margin: .35em 0 .55em; }
        ul { margin: .3em 0 .6em; padding-left: 1.3em; }
        li { margin: .15em 0; }
        table { border-collapse: collapse; width: 100%; margin: .35em 0 .9em; font-size: 8pt; }
        caption { text-align: left; font-weight: 700; padding: 0 0 .25em; }
        th, td { border-bottom: .6pt solid #c8c8c8; padding: 1.6pt 4pt; text-align: left; vertical-align: top; }
        th { background: #e9f1f8; font-weight: 700; }
        .n { text-align: right; white-space: nowrap; }
        .s { overflow-wrap: anywhere; font-size: 7pt; color: #4a4a4a; }
        table.short { break-inside: avoid; page-break-inside: avoid; }
        table.years td:first-child { white-space: nowrap; }
        th.n { white-space: normal; }
        table.wide { font-size: 6.7pt; }
        table.wide th, table.wide td { padding: 1.2pt 2.4pt; }
        thead { display: table-header-group; }
        tr, li { break-inside: avoid; page-break-inside: avoid; }
        figure { margin: .4em 0 1em; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 8pt; color: #444; margin-top: .2em; }
        figure > svg { display: block; width: 100%; height: auto; }
        svg text { font-family: "ChannelShift DejaVu Sans"; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        .page { break-before: page; page-break-before: always; }
        .summary { break-after: page; page-break-after: always; }
        .lede { font-size: 10.5pt; }
        .meta, .note { color: #4a4a4a; font-size: 8.3pt; }
        p.meta { break-after: avoid; page-break-after: avoid; break-inside: avoid; page-break-inside: avoid; }
        p, li { orphans: 3; widows: 3; }
        .figures td:first-child, .figures th:first-child { width: 30%; }
        pre { font-family: "ChannelShift DejaVu Sans", sans-serif; font-size: 7pt; line-height: 1.3; white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; border: .6pt solid #ddd; padding: 4pt 6pt; }
        @media screen { html { background: #ececec; } body { background: #fff; max-width: 180mm; padding: 12mm 14mm; box-shadow: 0 0 6px #bbb; margin: 8mm auto; } }

        """;

    // ---------------------------------------------------------------------------------------------------------------
    // The one-page summary

    private static void Summary(StringBuilder b, ReportInputs r)
    {
        var a = r.Appraisal;
        var c = a.Currency;
        var options = Ordered(r);
        var cashable = options.Any(o => o.Cashable is not null);
        b.Append("<section class=\"summary\" id=\"summary\">\n");
        b.Append("<h1>").Append(Html.Escape(r.Scenario.Name)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(r.Description))
        {
            b.Append("<p class=\"lede\">").Append(Html.Escape(r.Description)).Append("</p>\n");
        }

        b.Append("<p class=\"meta\">A channel-shift appraisal against business as usual, in ").Append(Html.Escape(c)).Append(" at ")
            .Append(Html.Escape(CaseText.PricesAndDiscounting(r.Scenario))).Append(", over ")
            .Append(Html.Escape(Show.Invariantly($"{r.Scenario.Appraisal.Years} years after year 0 ({FirstLabel(a)} to {a.Options[0].Years[^1].Label})")))
            .Append(". Scenario file: ").Append(Html.Escape(r.SourceName)).Append(".</p>\n");

        b.Append("<h2>The question</h2>\n<p>");
        b.Append(options.Count == 1
            ? "What would this change save and cost, against carrying on as now?"
            : Show.Invariantly($"What would each of these {options.Count} options save and cost, against carrying on as now?"));
        b.Append("</p>\n<ol>\n");
        foreach (var o in options)
        {
            var option = r.Scenario.Options[IndexOf(r, o)];
            b.Append("<li>");
            if (options.Count > 1 || !string.Equals(o.OptionName, r.Scenario.Name, StringComparison.Ordinal))
            {
                b.Append("<strong>").Append(Html.Escape(o.OptionName)).Append("</strong>: ");
            }

            // One shift in the line; several as a list, one item each (a shift's own words use semicolons).
            var shifts = option.Shifts.Select(p => Html.Escape(CaseText.ShiftInWords(p, r.Appraisal.Currency))).ToList();
            b.Append(shifts.Count == 1 ? shifts[0] : "<ul>" + string.Concat(shifts.Select(text => "<li>" + text + "</li>")) + "</ul>").Append("</li>\n");
        }

        b.Append("</ol>\n");

        b.Append("<h2>The figures</h2>\n");
        b.Append("<p class=\"meta\">").Append(cashable
            ? "On both bases: at average cost (capacity released valued at the average cost of a contact) and cashable (what a budget can give up). Options in the order of the file."
            : "At average cost (capacity released valued at the average cost of a contact); the scenario has no cost behaviour, so there is no cashable case. Options in the order of the file.").Append("</p>\n");
        var header = new List<string> { "Option", "Basis", "NPV", "PV benefits", "PV costs", "BCR", "Payback" };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var o in options)
        {
            foreach (var s in Bases(o))
            {
                rows.Add([o.OptionName, CaseText.Title(s.Basis), Show.Money(s.Npv, c), Show.Money(s.PresentValueBenefits, c), Show.Money(s.PresentValueCosts, c), Ratio(s.BenefitCostRatio), PaybackShort(s)]);
            }
        }

        b.Append(Html.Table(null, header, rows, align: "llrrrrl"));

        var sens = r.Sensitivity;
        b.Append("<h2>Key risks</h2>\n");
        b.Append("<p class=\"meta\">").Append(Html.Escape(Show.Invariantly($"The inputs that move {NpvName(sens.Basis)} of “{sens.OptionName}” most (base case {Show.Money(sens.BaseNpv, c)}), each swung with the others held at their means; the full tornado is in the sensitivity section."))).Append("</p>\n<ul>\n");
        foreach (var (bar, sv) in sens.Tornado.Zip(sens.SwitchingValues).Take(3))
        {
            b.Append("<li><strong>").Append(Html.Escape(bar.Label)).Append("</strong>: ")
                .Append(Html.Escape(SwingInWords(bar, sens))).Append(' ')
                .Append(Html.Escape(SwitchingInWords(sv, sens.Basis))).Append("</li>\n");
        }

        b.Append("</ul>\n");
        b.Append("<p class=\"note\">").Append(Html.Escape(CaseText.RatiosCaveat)).Append(" Payback counts from the start of ")
            .Append(Html.Escape(FirstLabel(a))).Append(". The paper makes no recommendation: it sets out the figures and what they rest on.</p>\n");
        b.Append("</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Options compared

    private static void OptionsCompared(StringBuilder b, ReportInputs r)
    {
        var a = r.Appraisal;
        var c = a.Currency;
        var options = Ordered(r);
        b.Append("<section id=\"options\">\n<h2>Options compared</h2>\n");
        b.Append("<p class=\"meta\">").Append(Html.Escape(Show.Invariantly($"Against business as usual, {CaseText.PricesAndDiscounting(r.Scenario)}. Present values over years 0 to {r.Scenario.Appraisal.Years}; payback counts from the start of {FirstLabel(a)}."))).Append("</p>\n");
        var header = new List<string> { "Measure" };
        header.AddRange(options.Select(o => o.OptionName));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var basis in new[] { Basis.Average, Basis.Cashable })
        {
            if (options.All(o => o.Cashable is null) && basis == Basis.Cashable)
            {
                continue;
            }

            IReadOnlyList<string> Row(string name, Func<BasisSummary, string> cell) =>
                [$"{name} ({CaseText.Name(basis)})", .. options.Select(o => o.Cashable is null && basis == Basis.Cashable ? "n/a" : cell(o.On(basis)))];
            rows.Add(Row("NPV", s => Show.Money(s.Npv, c)));
            rows.Add(Row("PV benefits", s => Show.Money(s.PresentValueBenefits, c)));
            rows.Add(Row("PV costs", s => Show.Money(s.PresentValueCosts, c)));
            rows.Add(Row("BCR", s => Ratio(s.BenefitCostRatio)));
            rows.Add(Row("ROI", s => Percent(s.Roi)));
            rows.Add(Row("IRR", s => s.Irr is { } irr ? Show.Percent(irr, "0.0") : "none (" + s.IrrNote + ")"));
            rows.Add(Row("Payback", PaybackShort));
            rows.Add(Row("Discounted payback", s => CaseText.PaybackDuring(s.DiscountedPaybackYears, s.DiscountedPaybackYearLabel)));
        }

        rows.Add(["Contacts moved in the final year", .. options.Select(o => Show.Count(Math.Round(o.Years[^1].ContactsMoved)))]);
        rows.Add(["Saving in the final year (at average cost)", .. options.Select(o => Show.Money(o.Years[^1].Saving, c))]);
        b.Append(Html.Table(null, header, rows, cssClass: "figures"));
        foreach (var o in options)
        {
            var cashable = o.Cashable is not null;
            b.Append("<p class=\"note\"><strong>").Append(Html.Escape(o.OptionName)).Append("</strong>: ");
            b.Append(Html.Escape(string.Join(" ", Bases(o).Select(s => (cashable ? CaseText.Title(s.Basis) + " payback: " : "Payback: ") + CaseText.Payback(s.PaybackYears, s.PaybackYearLabel, o.Years[0].Label) + "; discounted payback: " + CaseText.Payback(s.DiscountedPaybackYears, s.DiscountedPaybackYearLabel, o.Years[0].Label) + "."))));
            b.Append("</p>\n");
        }

        b.Append("</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Assumptions

    private static void Assumptions(StringBuilder b, ReportInputs r)
    {
        var s = r.Scenario;
        var settings = s.Appraisal;
        var a = r.Appraisal;
        var c = a.Currency;
        b.Append("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n");
        b.Append("<p class=\"meta\">Every number the appraisal rests on, with its unit and source. The source of a value the scenario file sets is its JSON path in the file (in the appendix); a value the file leaves out is the documented default.</p>\n");

        var header = new[] { "Assumption", "Value", "Unit", "Source" };
        var general = new List<IReadOnlyList<string>>
        {
            new[] { "Appraisal period", Show.Invariantly($"{settings.Years}"), Show.Invariantly($"years after year 0 ({FirstLabel(a)} to {a.Options[0].Years[^1].Label})"), "$.appraisal.years" },
            new[] { "First year (year 0)", FirstLabel(a), settings.FirstYear is null ? "no calendar year given: years are numbered" : "financial year, April to March", "$.appraisal.firstYear" },
            new[] { "Price base", settings.PriceBaseYear is { } pb ? Show.Invariantly($"{pb}") : "the unit costs' own price years", "prices of the year", "$.appraisal.priceBaseYear" },
            new[] { "GDP deflator", settings.Deflator?.Description ?? "none (no rebasing)", "to rebase unit costs to the price base", "$.appraisal.gdpDeflator" },
            new[] { "Discounting", Discounting(s), "a year, real", "$.appraisal.discounting" },
            new[] { "Optimism bias, one-off costs", Show.Percent(settings.OptimismBias.OneOff), "uplift on the cost", OptimismSource(settings.OptimismBias) },
            new[] { "Optimism bias, recurring costs", Show.Percent(settings.OptimismBias.Recurring), "uplift on the cost", OptimismSource(settings.OptimismBias) },
            new[] { "Benefits haircut", Show.Percent(settings.OptimismBias.Benefits), "taken off every year's saving", "$.appraisal.optimismBias.benefits" },
            new[] { "Demand growth", Show.Percent(s.DemandGrowth), "a year, every channel, from year 2", "$.demandGrowth" },
            new[] { "Currency", c, "ISO 4217", "$.currency, else the unit costs'" },
        };
        b.Append(Html.Table("The appraisal", header, general, align: "llls"));

        var period = s.Baseline.Period.Key;
        var baseline = s.Baseline.Volumes.Select(v => (IReadOnlyList<string>)[
            v.Key.Key,
            Show.Count(v.Value),
            "contacts a " + period,
            Show.Count(Math.Round(s.Baseline.AnnualVolume(v.Key))),
            s.Baseline.Seasonality.TryGetValue(v.Key, out var weights) ? "January to December: " + string.Join(", ", weights.Select(w => Show.Count(w))) : "even over the year",
            "$.baseline.volumes." + v.Key.Key,
        ]).ToList();
        b.Append(Html.Table(Show.Invariantly($"Baseline volumes (today's contacts, before any shift; period: {period})"), ["Channel", "Volume", "Unit", "A year", "Seasonality", "Source"], baseline, align: "lrlrls"));

        var priced = a.UnitCosts.ToDictionary(u => u.Channel.Key, StringComparer.Ordinal);
        var costs = s.UnitCosts.Costs.Select(u =>
        {
            var p = priced.GetValueOrDefault(u.Channel.Key);
            var rebased = p is null ? "not used" : p.PriceYear == p.PriceBaseYear ? "as published" : Show.Invariantly($"{Show.Money(MoneyRounding.ToPenny(p.Used), c)} ({p.PriceBaseYear} prices)");
            var v = u.Provenance;
            return (IReadOnlyList<string>)[
                u.Channel.Key + (s.UnitCosts.IsDigital(u.Channel) ? " (digital)" : string.Empty),
                Show.Money(u.Amount, c),
                Show.Invariantly($"a contact, {v.PriceYear} prices ({ResultJson.KeyOf(v.Basis)})"),
                rebased,
                Show.Invariantly($"{v.Publisher}, {v.Edition}, data {v.DataYear}") + (string.IsNullOrWhiteSpace(v.Note) ? string.Empty : ". " + v.Note),
            ];
        }).ToList();
        b.Append(Html.Table(Show.Invariantly($"Unit costs (set: {s.UnitCosts.Title}), with their provenance and rebasing to the price base"), ["Channel", "Cost", "Unit", "Rebased", "Source"], costs, align: "lrlll"));

        for (var i = 0; i < s.Options.Count; i++)
        {
            var option = s.Options[i];
            var prefix = OptionPath(r, i);
            var title = s.Options.Count == 1 ? string.Empty : " of “" + option.Name + "”";
            var shifts = option.Shifts.Select((p, k) => (IReadOnlyList<string>)[
                ShiftName(p, k),
                p.Shift.From.Key,
                Show.Percent(p.Shift.Share.Fraction),
                string.Join(", ", p.Shift.To.Parts.Select(x => Show.Invariantly($"{x.Key.Key} {Show.Percent(x.Value.Fraction)}"))),
                p.Adoption.Description,
                CaseText.Extras(p, c) ?? "none",
                Show.Invariantly($"{prefix}.shifts[{k}]"),
            ]).ToList();
            b.Append(Html.Table("Shifts" + title, ["Shift", "From", "Share moved", "To", "Adoption", "Failure demand, assisted digital, exclusion", "Source"], shifts, align: "llrllls"));

            if (option.Costs.Count > 0)
            {
                var items = option.Costs.Select((x, k) => (IReadOnlyList<string>)[
                    x.Name,
                    x.Type == CostType.OneOff ? "one-off" : "recurring",
                    x.Type == CostType.OneOff ? Show.Invariantly($"year {x.FromYear}") : x.ToYear is { } to ? Show.Invariantly($"years {x.FromYear} to {to}") : Show.Invariantly($"from year {x.FromYear}"),
                    Show.Money(x.Amount, c) + (x.Type == CostType.Recurring ? " a year" : string.Empty),
                    x.Funding == Funding.Capital ? "capital" : "revenue",
                    Show.Invariantly($"{prefix}.costs[{k}]"),
                ]).ToList();
                b.Append(Html.Table("Costs of the change" + title + " (before optimism bias, real prices)", ["Cost", "Type", "When", "Amount", "Funding", "Source"], items, align: "lllrls"));
            }
        }

        if (s.CostBehaviour.Count > 0)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var (channel, behaviour) in s.CostBehaviour)
            {
                var at = "$.costBehaviour." + channel.Key;
                rows.Add([channel.Key, "Variable share of the cost per contact", Show.Percent(behaviour.VariableShare), "cashable at once, per contact", at + ".variableShare"]);
                if (behaviour.HandlingTimeRise != 0)
                {
                    rows.Add([channel.Key, "Rise in handling time of the contacts that stay", Show.Percent(behaviour.HandlingTimeRise, "0.##"), "of the handling time", at + ".handlingTimeRise"]);
                }

                if (behaviour.Staffing is { } staff)
                {
                    var st = at + ".staffing";
                    rows.Add([channel.Key, "Handling time", Show.Number(staff.HandlingTime.TotalSeconds, "0.##"), "seconds a contact", st + ".handlingTimeSeconds"]);
                    rows.Add([channel.Key, "Service level", Show.Invariantly($"{Show.Percent(staff.Target.Fraction, "0.##")} within {Show.Number(staff.Target.AnswerWithin.TotalSeconds, "0.##")}"), "seconds (Erlang C)", st + ".serviceLevel, .answerWithinSeconds"]);
                    rows.Add([channel.Key, "Maximum occupancy", Show.Percent(staff.MaximumOccupancy, "0.##"), "of staffed time", st + ".maximumOccupancy"]);
                    rows.Add([channel.Key, "Shrinkage", Show.Percent(staff.Shrinkage, "0.##"), "of paid time", st + ".shrinkage"]);
                    rows.Add([channel.Key, "Opening hours", Show.Invariantly($"{Show.Number(staff.OpeningHours.OpenHoursPerWeek, "0.##")} a week, {Show.Number(staff.OpeningHours.WeeksPerYear, "0.##")} weeks"), "hours", st + ".openingHours"]);
                    rows.Add([channel.Key, "Contracted hours", Show.Number(staff.ContractedHoursPerFtePerYear, "#,##0.##"), "hours an FTE a year", st + ".hoursPerFte"]);
                    rows.Add([channel.Key, "Cost of an FTE", Show.Money(staff.CostPerFtePerYear, c), "a year", st + ".costPerFte"]);
                    rows.Add([channel.Key, "Release cost", Show.Money(staff.ReleaseCostPerFte, c), Show.Invariantly($"an FTE released ({(staff.ReleaseFunding == Funding.Capital ? "capital" : "revenue")})"), st + ".releaseCostPerFte"]);
                }

                for (var k = 0; k < behaviour.FixedSteps.Count; k++)
                {
                    var f = behaviour.FixedSteps[k];
                    rows.Add([channel.Key, "Fixed step: " + f.Name, Show.Money(f.AnnualCost, c), Show.Invariantly($"a year; can close below {Show.Count(f.ClosesBelowAnnualVolume)} contacts a year, from year {f.EarliestYear}, closure cost {Show.Money(f.ClosureCost, c)} ({(f.ClosureFunding == Funding.Capital ? "capital" : "revenue")})"), Show.Invariantly($"{at}.fixed[{k}]")]);
                }
            }

            b.Append(Html.Table("Cost behaviour and staffing (the cashable case)", ["Channel", "Assumption", "Value", "Unit", "Source"], rows, align: "llrls"));
        }

        if (s.Uncertainty.Inputs.Count > 0)
        {
            var rows = s.Uncertainty.Inputs.Select(u =>
            {
                var d = s.Describe(u.Input);
                var dist = u.Distribution;
                return (IReadOnlyList<string>)[d.Label, Number((double)d.Value), Show.Invariantly($"{Number(dist.Quantile(0.1))} to {Number(dist.Quantile(0.9))}"), Show.Invariantly($"{Number(dist.Minimum)} to {Number(dist.Maximum)}"), d.Path];
            }).ToList();
            b.Append(Html.Table("Uncertain inputs (the appraisal takes each at its mean)", ["Input", "Mean", "P10 to P90", "Range", "Source"], rows, align: "lrrrs"));
        }

        b.Append("</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Year by year

    private static void Profiles(StringBuilder b, ReportInputs r)
    {
        var c = r.Appraisal.Currency;
        b.Append("<section id=\"profile\">\n<h2>Year by year</h2>\n");
        var onCashable = r.Appraisal.Basis == Basis.Cashable;
        b.Append("<p class=\"meta\">").Append(Html.Escape(Show.Invariantly($"Real {c}, {CaseText.PricesAndDiscounting(r.Scenario)}, {(onCashable ? "cashable" : "at average cost")}. {YearTable.RowsAddUp(onCashable)}"))).Append("</p>\n");
        foreach (var o in Ordered(r))
        {
            var table = YearTable.Of(o, onCashable && o.Cashable is not null, c, contactsMoved: true);
            b.Append("<div class=\"keep\">\n<h3>").Append(Html.Escape(o.OptionName)).Append("</h3>\n");
            b.Append(Html.Table(null, table.Columns.Select(x => x.Header).ToList(), table.Rows, align: new string(table.Columns.Select(x => x.RightAligned ? 'r' : 'l').ToArray()), cssClass: table.Columns.Count > 8 ? "wide years" : "years"));
            b.Append("</div>\n");
            if (o.Notes.Count > 0)
            {
                b.Append("<ul class=\"note\">\n");
                foreach (var note in o.Notes)
                {
                    b.Append("<li>").Append(Html.Escape(NoteText.Of(note))).Append("</li>\n");
                }

                b.Append("</ul>\n");
            }
        }

        b.Append("</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // From the saving at average cost to the cashable saving

    private static void Bridge(StringBuilder b, ReportInputs r)
    {
        var c = r.Appraisal.Currency;
        var options = Ordered(r).Where(o => o.Cashable is not null).ToList();
        if (options.Count == 0)
        {
            return;
        }

        b.Append("<section id=\"bridge\">\n<h2>From the saving at average cost to the cashable saving</h2>\n");
        b.Append("<p class=\"meta\">The saving at average cost values every contact moved at the average cost of a contact on its channel. Only part of it is cash a budget can give up: the variable costs, the whole staff the remaining work no longer needs (Erlang C), and the fixed steps whose volume falls below their threshold. The rest is capacity released (non-cashable). The cashable case also pays the costs of releasing staff and closing fixed steps. Present values over the appraisal; each is rounded to the penny on its own, so a total can differ by a penny or two from the sum of its steps.</p>\n");
        var chart = 0;
        foreach (var o in options)
        {
            var steps = Steps(o);
            b.Append("<div class=\"keep\">\n<h3>").Append(Html.Escape(o.OptionName)).Append("</h3>\n<figure>\n");
            using (var plot = BridgeChart.Build(steps.Select(x => new BridgeStep(x.Label, (double)x.Value, x.IsTotal)).ToList(), c, "From the saving at average cost to cashable NPV (present values)"))
            {
                b.Append(InlineSvg.Of(ChartRenderer.Render(plot, ChartFormat.Svg, ChartStyle.Width, 520), Show.Invariantly($"bridge{++chart}"), "From the saving at average cost to the cashable saving"));
            }

            b.Append("\n</figure>\n");
            b.Append(Html.Table(null, ["Step", "Present value", "What it is"], steps.Select(x => (IReadOnlyList<string>)[x.Label.Replace("-\n", "-", StringComparison.Ordinal).Replace('\n', ' '), x.IsTotal ? Show.Money(x.Value, c) : Signed(x.Value, c), x.Meaning]), align: "lrl"));
            b.Append("</div>\n");
            var rows = o.Years.Select(y => (IReadOnlyList<string>)[y.Label, Show.Money(y.Saving, c), Show.Money(y.NonCashableSaving, c), Show.Money(y.CashableSaving, c), Show.Money(y.ReleaseCosts, c), Show.Money(y.ClosureCosts, c)]).ToList();
            b.Append(Html.Table("Year by year, real prices, undiscounted, before the benefits haircut", ["Year", "Saving at average cost", "Non-cashable (capacity released)", "Cashable saving", "Release costs", "Closure costs"], rows, cssClass: "years"));
        }

        b.Append("</section>\n");
    }

    /// <summary>The bars of the bridge: the library's present values of each flow (<see cref="AppraisalResult.PresentValues"/>),
    /// as deductions from the saving at average cost down to the cashable NPV; a deduction of nothing is left out. Labels
    /// break over two lines under the chart's bars and are one line in the table.</summary>
    private static List<(string Label, decimal Value, bool IsTotal, string Meaning)> Steps(AppraisalResult o)
    {
        var pv = o.PresentValues;
        var steps = new List<(string Label, decimal Value, bool IsTotal, string Meaning)>
        {
            ("Saving at\naverage cost", pv.Saving, true, "Every contact moved valued at the average cost of a contact on its channel, before the benefits haircut, discounted"),
            ("Non-\ncashable", -pv.NonCashableSaving, false, "Capacity released: the part of the saving no budget line gives up"),
            ("Benefits\nhaircut", -pv.CashableBenefitsHaircut, false, "The haircut taken off the cashable saving"),
            ("PV benefits,\ncashable", o.Cashable!.PresentValueBenefits, true, "What the budget banks, after the benefits haircut, discounted"),
            ("Costs of\nthe change", -pv.CostsBeforeOptimismBias, false, "One-off and recurring costs, before optimism bias"),
            ("Optimism\nbias", -pv.OptimismBias, false, "The uplift on the costs of the change"),
            ("Release\nof staff", -pv.ReleaseCosts, false, "Costs of releasing staff (redundancy, pension strain)"),
            ("Closures", -pv.ClosureCosts, false, "Costs of closing fixed steps"),
            ("Cashable\nNPV", pv.CashableNet, true, "Cashable benefits less all costs"),
        };
        return steps.Where(x => x.IsTotal || x.Value != 0m).ToList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Staffing

    private static void Staffing(StringBuilder b, ReportInputs r)
    {
        var options = Ordered(r).Where(o => o.Years.Any(y => y.Fte is not null)).ToList();
        if (options.Count == 0)
        {
            return;
        }

        var channels = string.Join(", ", r.Scenario.CostBehaviour.Where(x => x.Value.Staffing is not null).Select(x => x.Key.Key));
        b.Append("<section id=\"staffing\">\n<h2>Staffing before and after</h2>\n");
        b.Append("<p class=\"meta\">").Append(Html.Escape($"Full-time equivalents on the staffed channels ({channels}) the volumes need (Erlang C, with shrinkage), without the change and with it; staff are released in whole FTE.")).Append("</p>\n");
        foreach (var o in options)
        {
            var rows = o.Years.Select(y => (IReadOnlyList<string>)[
                y.Label,
                y.FteBusinessAsUsual is { } bau ? Show.Number(bau, "0.0") : "–",
                y.Fte is { } fte ? Show.Number(fte, "0.0") : "–",
                y.Fte is { } f2 && y.FteBusinessAsUsual is { } b2 ? Show.Number(f2 - b2, "+0.0;−0.0;0.0") : "–",
                Show.Invariantly($"{y.StaffChange}"),
                Show.Invariantly($"{y.StepsTaken}"),
            ]).ToList();
            b.Append("<div class=\"keep\">\n");
            b.Append(Html.Table(o.OptionName, ["Year", "FTE, business as usual", "FTE, with the change", "Difference", "Whole staff fewer than business as usual", "Fixed steps closed by the year's end"], rows, cssClass: "years"));
            b.Append("</div>\n");
        }

        b.Append("</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sensitivity

    private static void SensitivitySection(StringBuilder b, ReportInputs r)
    {
        var s = r.Sensitivity;
        var c = s.Currency;
        b.Append("<section id=\"sensitivity\">\n<h2>Sensitivity</h2>\n");
        b.Append("<p class=\"meta\">").Append(Html.Escape(Show.Invariantly($"{NpvName(s.Basis, capital: true)} of “{s.OptionName}”, base case {Show.Money(s.BaseNpv, c)} (every input at its mean). Each input is swung across its range with the others held at the base case; the switching value is the value at which the NPV would be zero."))).Append("</p>\n");
        foreach (var note in s.Notes)
        {
            b.Append("<p class=\"note\">").Append(Html.Escape(note)).Append("</p>\n");
        }

        if (s.Tornado.Count > 0)
        {
            var rows = s.Tornado.Select(x => new TornadoRow(x.Label, (double)x.NpvAtLow, (double)x.NpvAtHigh, SensitivityCommand.Number(x.Low), SensitivityCommand.Number(x.High))).ToList();
            var title = s.Basis == Basis.Cashable ? "Sensitivity of cashable NPV" : "Sensitivity of NPV at average cost";
            b.Append("<figure>\n").Append(InlineSvg.Of(ChartRenderer.RenderTornado(ChartFormat.Svg, rows, (double)s.BaseNpv, c, title), "tornado", "Tornado chart of NPV")).Append("\n</figure>\n");
        }

        var table = s.Tornado.Zip(s.SwitchingValues).Select(x => (IReadOnlyList<string>)[
            x.First.Label,
            x.First.RangeSource,
            SensitivityCommand.Number(x.First.Low) + " to " + SensitivityCommand.Number(x.First.High),
            Show.Money(x.First.NpvAtLow, c),
            Show.Money(x.First.NpvAtHigh, c),
            Show.Money(x.First.Swing, c),
            x.Second.Value is { } v ? SensitivityCommand.Number(v) : "none in range",
        ]).ToList();
        b.Append(Html.Table(null, ["Input", "Range from", "Low to high", "NPV at low", "NPV at high", "Swing", "Switching value"], table, align: "llrrrrr"));
        b.Append("<h3>Switching values in words</h3>\n<ul>\n");
        foreach (var sv in s.SwitchingValues)
        {
            b.Append("<li>").Append(Html.Escape(SwitchingInWords(sv, s.Basis))).Append("</li>\n");
        }

        b.Append("</ul>\n</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Monte Carlo

    private static void MonteCarloSection(StringBuilder b, ReportInputs r)
    {
        if (!r.SimulationAsked)
        {
            return;
        }

        b.Append("<section id=\"monte-carlo\">\n<h2>Monte Carlo simulation</h2>\n");
        if (r.Simulation is not { } m)
        {
            b.Append("<p>No input of the scenario has a distribution, so a simulation would only repeat the appraisal; none was run.</p>\n</section>\n");
            return;
        }

        var c = m.Currency;
        var npv = NpvName(m.Basis, capital: true);
        b.Append("<p class=\"meta\">").Append(Html.Escape(Show.Invariantly($"“{m.OptionName}”: {m.Iterations.ToString("#,##0", Invariant)} iterations, seed {m.Seed.ToString(Invariant)}, {CaseText.Name(m.Basis)}; every uncertain input drawn from its distribution (with its correlations) in each iteration."))).Append("</p>\n");
        var rows = new[] { (npv, m.Npv), (m.Basis == Basis.Cashable ? "Final-year cashable saving" : "Final-year saving", m.FinalYearSaving) }
            .Select(x => (IReadOnlyList<string>)[x.Item1, Show.Money(x.Item2.Mean, c), Show.Money(x.Item2.StdDev, c), Show.Money(x.Item2.P5, c), Show.Money(x.Item2.P10, c), Show.Money(x.Item2.P50, c), Show.Money(x.Item2.P90, c), Show.Money(x.Item2.P95, c)]).ToList();
        b.Append(Html.Table(null, ["Measure", "Mean", "Std dev", "P5", "P10", "P50", "P90", "P95"], rows));
        b.Append("<p><strong>").Append(Html.Escape(Show.Invariantly($"Probability that {NpvName(m.Basis)} > 0: {Show.Percent(m.ProbabilityNpvPositive, "0.0")}"))).Append("</strong></p>\n");
        var subtitle = m.NpvSample.Count < m.Iterations
            ? $"{npv}: the first {m.NpvSample.Count.ToString("#,##0", Invariant)} of {m.Iterations.ToString("#,##0", Invariant)} iterations"
            : $"{npv} over {m.Iterations.ToString("#,##0", Invariant)} iterations";
        var svg = ChartRenderer.RenderNpvHistogram(ChartFormat.Svg, m.NpvSample, new NpvPercentiles((double)m.Npv.P5, (double)m.Npv.P10, (double)m.Npv.P50, (double)m.Npv.P90, (double)m.Npv.P95), c, m.OptionName + "\n" + subtitle);
        b.Append("<figure>\n").Append(InlineSvg.Of(svg, "histogram", "Histogram of simulated NPV")).Append("\n</figure>\n");
        b.Append("<h3>Uncertain inputs</h3>\n<ul>\n");
        foreach (var input in m.Inputs)
        {
            b.Append("<li>").Append(Html.Escape(input)).Append("</li>\n");
        }

        b.Append("</ul>\n</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tracking

    private static void TrackingSection(StringBuilder b, ReportInputs r)
    {
        if (r.Tracking is not { } t)
        {
            return;
        }

        var c = t.Currency;
        var d = t.ToDate;
        b.Append("<section id=\"tracking\">\n<h2>Tracking against plan</h2>\n");
        b.Append("<p class=\"meta\">").Append(Html.Escape($"“{t.Option}”: actuals {ActualMonth.Label(t.Months[0].Month)} to {ActualMonth.Label(d.To)} against the approved plan, in {c} at the plan's real prices, undiscounted; the realised saving is priced by the same unit costs as the plan.")).Append("</p>\n");
        b.Append("<figure>\n").Append(InlineSvg.Of(TrackingOutput.RenderChart(ChartFormat.Svg, t, null), "tracking", "Saving against plan")).Append("\n</figure>\n");
        var items = new List<string>
        {
            $"To date ({ActualMonth.Label(d.From)} to {ActualMonth.Label(d.To)}): saving at average cost realised {Show.Money(d.RealisedSaving, c)} of {Show.Money(d.PlannedSaving, c)} planned ({Share(d.SavingRealisedShare)}), variance {Show.Money(d.Variance, c)}: {Status(d.Status.Saving)}.",
            d.PlannedCashableSaving is { } plannedCash
                ? $"Cashable saving: {(d.RealisedCashableSaving is { } realisedCash ? $"realised {Show.Money(realisedCash, c)} of {Show.Money(plannedCash, c)} planned ({Share(d.CashableRealisedShare)})" : $"{Show.Money(plannedCash, c)} planned, realised unknown (no staff in post given)")}: {Status(d.Status.CashableSaving)}."
                : "Cashable saving: n/a (no cost behaviour in the scenario).",
            d.TakeUp is { } takeUp && d.PlannedTakeUp is { } plannedTakeUp
                ? $"Take-up: {Show.Percent(takeUp, "0.0")} against {Show.Percent(plannedTakeUp, "0.0")} planned: {Status(d.Status.TakeUp)}."
                : "Take-up: n/a (no shift under way in these months).",
            $"Demand, all channels: {Show.Count(Math.Round(d.ActualDemand))} against {Show.Count(Math.Round(d.BusinessAsUsualDemand))} business as usual ({Show.Percent(d.DemandChange ?? 0, "+0.0;−0.0;0.0")}).",
            $"Re-forecast from the take-up so far ({t.Reforecast.Fit.Description}): NPV at average cost {Show.Money(t.Reforecast.Npv, c)} (approved {Show.Money(t.Reforecast.ApprovedNpv, c)})"
                + (t.Reforecast.CashableApprovedNpv is { } approvedCash ? $"; cashable NPV {(t.Reforecast.CashableNpv is { } cn ? Show.Money(cn, c) : "n/a")} (approved {Show.Money(approvedCash, c)})" : string.Empty) + ".",
            $"{t.Reforecast.CurrentYearLabel} outturn: {Show.Money(t.Reforecast.CurrentYearForecastSaving, c)} saving at average cost forecast (plan {Show.Money(t.Reforecast.CurrentYearPlannedSaving, c)}).",
            $"Payback ({CaseText.Name(t.Basis)}): {(t.Reforecast.PaybackMonth is { } p ? "repaid in " + ActualMonth.Label(p) : "not repaid")} (approved: {(t.Reforecast.ApprovedPaybackMonth is { } ap ? ActualMonth.Label(ap) : "not repaid")}).",
        };
        b.Append("<ul>\n");
        foreach (var item in items.Concat(t.Notes))
        {
            b.Append("<li>").Append(Html.Escape(item)).Append("</li>\n");
        }

        b.Append("</ul>\n");
        var cashable = t.Quarters.Any(q => q.PlannedCashableSaving is not null);
        var rows = t.Quarters.Select(q => (IReadOnlyList<string>)(cashable
            ? [q.Label, Show.Money(q.PlannedSaving, c), Show.Money(q.RealisedSaving, c), Show.Money(q.Variance, c), q.PlannedCashableSaving is { } pc ? Show.Money(pc, c) : "n/a", q.RealisedCashableSaving is { } rc ? Show.Money(rc, c) : "n/a", TakeUp(q.PlannedTakeUp), TakeUp(q.TakeUp)]
            : [q.Label, Show.Money(q.PlannedSaving, c), Show.Money(q.RealisedSaving, c), Show.Money(q.Variance, c), TakeUp(q.PlannedTakeUp), TakeUp(q.TakeUp)])).ToList();
        b.Append(Html.Table("By financial quarter", cashable
            ? ["Quarter", "Planned saving", "Realised saving", "Variance", "Planned cashable", "Realised cashable", "Take-up planned", "Take-up actual"]
            : ["Quarter", "Planned saving", "Realised saving", "Variance", "Take-up planned", "Take-up actual"], rows, cssClass: "years"));
        b.Append("</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Caveats and the appendix

    private static void Caveats(StringBuilder b, ReportInputs r)
    {
        var s = r.Scenario;
        var items = new List<(string? Title, string Text)>
        {
            ("Average and marginal cost.", s.CostBehaviour.Count > 0
                ? "The saving at average cost values each contact moved at the average (fully absorbed) cost of a contact on its channel, overheads and fixed costs included. Moving contacts away does not by itself remove those costs: the cashable case counts only the variable costs, whole staff released and fixed steps closed, and pays for the releases and closures. The difference is capacity released, worth having but not cash."
                : "The saving is at average cost: each contact moved is valued at the average (fully absorbed) cost of a contact on its channel, overheads and fixed costs included. A budget banks it only where staff, buildings or contracts are actually reduced; the scenario states no cost behaviour, so the paper has no cashable case."),
            ("Price base.", $"Every figure is in {r.Appraisal.Currency} at {CaseText.PricesAndDiscounting(s)}: real prices of one year, not the cash a budget will see in later years."),
            ("What the BCR is.", CaseText.RatiosCaveat + " It is the present value of the benefits (the saving after the benefits haircut) divided by the present value of the costs."),
            ("Optimism bias and the benefits haircut.", $"Costs are raised by optimism bias ({Show.Percent(s.Appraisal.OptimismBias.OneOff)} one-off, {Show.Percent(s.Appraisal.OptimismBias.Recurring)} recurring) and the saving is cut by {Show.Percent(s.Appraisal.OptimismBias.Benefits)} before the net."),
            ("One input at a time.", "Sensitivity swings one input at a time; in practice inputs move together, which the Monte Carlo simulation (where the scenario has distributions) takes into account through its correlations."),
        };
        items.AddRange(r.Appraisal.Notes.Select(n => ((string?)null, NoteText.Of(n))));
        b.Append("<section id=\"caveats\">\n<h2>Caveats</h2>\n<ul>\n");
        foreach (var (title, text) in items)
        {
            b.Append("<li>");
            if (title is not null)
            {
                b.Append("<strong>").Append(Html.Escape(title)).Append("</strong> ");
            }

            b.Append(Html.Escape(text)).Append("</li>\n");
        }

        b.Append("</ul>\n</section>\n");
    }

    private static void Appendix(StringBuilder b, ReportInputs r)
    {
        b.Append("<section id=\"appendix\" class=\"page\">\n<h2>Appendix: the scenario file</h2>\n");
        b.Append("<p class=\"meta\">").Append(Html.Escape(r.SourceName)).Append(", as read.</p>\n");
        b.Append("<pre>").Append(Html.Escape(r.SourceText.TrimEnd())).Append("</pre>\n</section>\n");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Words and figures

    /// <summary>The options in the order of the file (the appraisal ranks them; the paper stays neutral).</summary>
    private static List<AppraisalResult> Ordered(ReportInputs r) =>
        [.. r.Appraisal.Options.OrderBy(o => IndexOf(r, o))];

    private static int IndexOf(ReportInputs r, AppraisalResult o)
    {
        for (var i = 0; i < r.Scenario.Options.Count; i++)
        {
            if (string.Equals(r.Scenario.Options[i].Name, o.OptionName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return r.Scenario.Options.Count == 1 ? 0 : int.MaxValue;
    }

    private static string OptionPath(ReportInputs r, int option) =>
        r.OptionsListed ? Show.Invariantly($"$.options[{option}]") : "$";

    private static IEnumerable<BasisSummary> Bases(AppraisalResult o) => new[] { o.Average, o.Cashable }.OfType<BasisSummary>();

    private static string FirstLabel(ScenarioAppraisal a) => a.Options[0].Years[0].Label;

    private static string ShiftName(PlannedShift p, int index) =>
        p.Name ?? Show.Invariantly($"Shift {index + 1}");

    private static string Discounting(Scenario s) => s.Appraisal.Discounting.Key switch
    {
        "green-book" => "Green Book STPR: 3.5% for years 0–30, declining after",
        "green-book-health" => "Green Book health rate: 1.5% for years 0–30, declining after",
        _ => Show.Percent(s.Appraisal.Discounting.RateInYear(0)) + " constant",
    };

    private static string OptimismSource(OptimismBias o) => o.PresetKey is { } key
        ? Show.Invariantly($"$.appraisal.optimismBias (preset {key}, {(o.Bound == OptimismBiasBound.Lower ? "lower" : "upper")} bound)")
        : "$.appraisal.optimismBias";

    private static string NpvName(Basis basis, bool capital = false) => basis == Basis.Cashable
        ? (capital ? "Cashable NPV" : "cashable NPV")
        : "NPV at average cost";

    private static string SwingInWords(TornadoBar bar, SensitivityResult s) =>
        Show.Invariantly($"from {SensitivityCommand.Number(bar.Low)} to {SensitivityCommand.Number(bar.High)} ({bar.RangeSource}) moves {NpvName(s.Basis)} from {Show.Money(bar.NpvAtLow, s.Currency)} to {Show.Money(bar.NpvAtHigh, s.Currency)}, a swing of {Show.Money(bar.Swing, s.Currency)}.");

    /// <summary>A switching value in words: where the NPV would be zero, or that it is not zero anywhere in the range
    /// searched.</summary>
    internal static string SwitchingInWords(SwitchingValue sv, Basis basis) => sv.Value is { } v
        ? Show.Invariantly($"{Capitalised(NpvName(basis))} would be zero if {Lowered(sv.Label)} were {SensitivityCommand.Number(v)} instead of {SensitivityCommand.Number(sv.BaseValue)}.")
        : Show.Invariantly($"{Capitalised(NpvName(basis))} does not reach zero for any value of {Lowered(sv.Label)} from {SensitivityCommand.Number(sv.SearchLow)} to {SensitivityCommand.Number(sv.SearchHigh)}.");

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A label inside a sentence: its first letter lowered, unless the second is a capital too (an acronym).</summary>
    private static string Lowered(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string PaybackShort(BasisSummary s) => CaseText.PaybackDuring(s.PaybackYears, s.PaybackYearLabel);

    private static string Factor(YearResult y) => Show.Number((double)y.DiscountFactor, "0.000000");

    private static string Ratio(double? value) => value is { } v ? Show.Number(v, "0.00") : "n/a";

    private static string Percent(double? value) => value is { } v ? Show.Percent(v, "0.0") : "n/a";

    private static string Number(double value) => SensitivityCommand.Number(value);

    private static string Signed(decimal value, string c) => value <= 0 ? Show.Money(value, c) : "+" + Show.Money(value, c);

    private static string Share(decimal? share) => share is { } s ? Show.Percent((double)s, "0.0") + " of plan" : "n/a";

    private static string Status(TrackingStatus status) => ResultJson.KeyOf(status).Replace('-', ' ');

    private static string TakeUp(double? value) => value is { } v ? Show.Percent(v, "0.0") : "–";
}
