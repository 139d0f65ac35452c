namespace ChannelShift.Appraisal;

/// <summary>
/// The financial view of a scenario: its options in cash (nominal prices) by financial year, undiscounted, capital
/// apart from revenue, as a council's medium-term financial plan holds them (CIPFA, <i>Prudential Code</i>; HM
/// Treasury, <i>The Green Book</i> (2022), "Real and nominal prices"). Year t is the financial year from April of
/// first year + t to March. Made from the same ledger as the appraisal: for year t with real figures from the
/// appraisal (<see cref="YearResult"/>), cash = real × (1 + π)^(first year + t − price base year), π the stated
/// inflation (<see cref="AppraisalSettings.Inflation"/>) or else the GDP deflator's rate. Costs include optimism bias
/// as contingency; savings are cashable and after the benefits haircut. Revenue net = cashable saving − revenue
/// costs; net = revenue net − capital costs (capital and revenue combined, never netted against each other). One rate
/// for pay and contracts is a simplification, and amounts exclude the VAT a council recovers.
/// </summary>
public static class FinancialView
{
    /// <summary>The financial view of every option (in the order the appraisal ranks them), or of one.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="option">The index of one option, or null for every option.</param>
    /// <param name="basis">The saving shown: cashable (with release and closure costs among the costs) or at average
    /// cost; by default <see cref="Appraiser.DefaultBasis"/>.</param>
    /// <returns>The view, money rounded to the penny.</returns>
    /// <exception cref="InputValidationException">The scenario gives no inflation (neither <c>appraisal.inflation</c>
    /// nor a GDP deflator with a rate); its unit costs are at several price years with no deflator to rebase them, or
    /// at another year's prices while it has cost behaviour; the cash is too large to compute; or the cashable basis
    /// is asked of a scenario without cost behaviour.</exception>
    public static ScenarioFinancialView Of(Scenario scenario, int? option = null, Basis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var on = Appraiser.CheckBasis(scenario, basis);
        var settings = scenario.Appraisal;
        var inflation = settings.Inflation ?? settings.Deflator?.ConstantRate
            ?? throw new InputValidationException([new InputProblem("$.appraisal.inflation", ProblemCodes.Missing, "the financial view needs the inflation that turns real prices into cash, and the scenario gives none", "\"inflation\": { \"rate\": 0.025 } in $.appraisal, or a \"gdpDeflator\" with a \"rate\"")]);
        var priceBase = settings.PriceBaseYear ?? settings.FirstYear;

        // The year of the prices of the savings: the price base when the unit costs are rebased to it (or are at its
        // prices already); else, with no deflator, the one price year of the unit costs, from which the savings are
        // inflated (costs stay at the price base).
        var used = scenario.Options.SelectMany(o => InputCatalogue.ChannelsOf(scenario, o)).ToHashSet();
        var priceYears = scenario.UnitCosts.Costs.Where(c => used.Contains(c.Channel)).Select(c => c.Provenance.PriceYear).Distinct().ToList();
        var savingsYear = priceBase;
        if (settings.Deflator is null && priceYears.Count > 1)
        {
            throw new InputValidationException([new InputProblem("$.appraisal.gdpDeflator", ProblemCodes.Missing, FormattableString.Invariant($"the unit costs are at the prices of {string.Join(", ", priceYears.Order())} and nothing rebases them to one price base, so they cannot be turned into cash"), "a \"gdpDeflator\" and a \"priceBaseYear\" in $.appraisal")]);
        }

        if (settings.Deflator is null && priceBase is { } pb && priceYears.Count == 1 && priceYears[0] != pb)
        {
            if (scenario.CostBehaviour.Count > 0)
            {
                throw new InputValidationException([new InputProblem("$.appraisal.gdpDeflator", ProblemCodes.Missing, FormattableString.Invariant($"the unit costs are at {priceYears[0]} prices and the staff and building costs at {pb} prices, and nothing rebases them to one price base, so the cashable saving cannot be turned into cash"), "a \"gdpDeflator\" in $.appraisal")]);
            }

            savingsYear = priceYears[0];
        }

        try
        {
            var appraisal = Appraiser.Appraise(scenario, option, on);
            var first = settings.FirstYear;
            var options = appraisal.Options.Select(r => new OptionFinancialView(r.OptionName, Years(r.Unrounded, on, inflation, CashOffset(first, priceBase), CashOffset(first, savingsYear)))).ToList();
            return new ScenarioFinancialView(scenario.Name, scenario.Currency, on, priceBase, savingsYear, settings.FirstYear, inflation, settings.Inflation is not null, options);
        }
        catch (OverflowException)
        {
            throw new InputValidationException([new InputProblem("$.appraisal.inflation", ProblemCodes.TooLarge, FormattableString.Invariant($"inflation of {inflation} a year over {settings.Years} years makes cash too large to compute"), "a lower rate, or fewer years")]);
        }
    }

    /// <summary>The exponent of year 0's cash factor: first year − the price year (0 without both: year 0 is taken to
    /// be at the price base).</summary>
    private static int CashOffset(int? firstYear, int? priceYear) => firstYear is { } f && priceYear is { } p ? f - p : 0;

    /// <summary>(1 + π)^n in decimal, n of any sign.</summary>
    private static decimal Power(decimal onePlus, int n)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(n); i++)
        {
            result *= onePlus;
        }

        return n >= 0 ? result : 1m / result;
    }

    private static FinancialYear[] Years(AppraisalResult real, Basis basis, decimal inflation, int costOffset, int savingOffset)
    {
        var cashable = basis == Basis.Cashable;
        var years = new FinancialYear[real.Years.Count];
        var cumulative = 0m;
        for (var t = 0; t < years.Length; t++)
        {
            var y = real.Years[t];
            var factor = Power(1m + inflation, costOffset + y.Year);
            var savingFactor = savingOffset == costOffset ? factor : Power(1m + inflation, savingOffset + y.Year);
            var releaseAndClosure = cashable ? y.ReleaseCosts + y.ClosureCosts : 0m;
            var capitalReleaseAndClosure = cashable ? y.CapitalReleaseAndClosureCosts : 0m;
            var capital = (y.CapitalCosts + capitalReleaseAndClosure) * factor;
            var revenue = (y.Costs - y.CapitalCosts + releaseAndClosure - capitalReleaseAndClosure) * factor;
            var contingency = (y.Costs - y.CostsBeforeOptimismBias) * factor;

            // The saving after the haircut: net + costs on the basis's own terms.
            var saving = (cashable ? y.CashableNet + y.CashableCosts : y.Net + y.Costs) * savingFactor;
            var revenueNet = saving - revenue;
            var net = revenueNet - capital;
            cumulative += net;
            years[t] = new FinancialYear
            {
                Year = y.Year,
                Label = y.Label,
                CapitalCosts = MoneyRounding.ToPenny(capital),
                RevenueCosts = MoneyRounding.ToPenny(revenue),
                OptimismBias = MoneyRounding.ToPenny(contingency),
                Saving = MoneyRounding.ToPenny(saving),
                RevenueNet = MoneyRounding.ToPenny(revenueNet),
                Net = MoneyRounding.ToPenny(net),
                CumulativeNet = MoneyRounding.ToPenny(cumulative),
                CashFactor = factor,
                SavingCashFactor = savingFactor,
            };
        }

        return years;
    }
}
