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
    /// <returns>The view, money rounded to the penny.</returns>
    /// <exception cref="InputValidationException">The scenario gives no inflation: neither
    /// <c>appraisal.inflation</c> nor a GDP deflator with a rate.</exception>
    public static ScenarioFinancialView Of(Scenario scenario, int? option = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var settings = scenario.Appraisal;
        var inflation = settings.Inflation ?? settings.Deflator?.ConstantRate
            ?? throw new InputValidationException([new InputProblem("$.appraisal.inflation", ProblemCodes.Missing, "the financial view needs the inflation that turns real prices into cash, and the scenario gives none", "\"inflation\": { \"rate\": 0.025 } in $.appraisal, or a \"gdpDeflator\" with a \"rate\"")]);
        var priceBase = settings.PriceBaseYear ?? settings.FirstYear;
        var offset = settings.FirstYear is { } first && priceBase is { } pb ? first - pb : 0;
        var appraisal = Appraiser.Appraise(scenario, option);
        var options = appraisal.Options.Select(r => new OptionFinancialView(r.OptionName, Years(r.Unrounded, inflation, offset))).ToList();
        return new ScenarioFinancialView(scenario.Name, scenario.Currency, priceBase, settings.FirstYear, inflation, settings.Inflation is not null, options);
    }

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

    private static FinancialYear[] Years(AppraisalResult real, decimal inflation, int offset)
    {
        var years = new FinancialYear[real.Years.Count];
        var cumulative = 0m;
        for (var t = 0; t < years.Length; t++)
        {
            var y = real.Years[t];
            var factor = Power(1m + inflation, offset + y.Year);
            var capital = (y.CapitalCosts + y.CapitalReleaseAndClosureCosts) * factor;
            var revenue = (y.Costs - y.CapitalCosts + y.ReleaseCosts + y.ClosureCosts - y.CapitalReleaseAndClosureCosts) * factor;
            var contingency = (y.Costs - y.CostsBeforeOptimismBias) * factor;
            var saving = (y.CashableNet + y.CashableCosts) * factor;
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
                CashableSaving = MoneyRounding.ToPenny(saving),
                RevenueNet = MoneyRounding.ToPenny(revenueNet),
                Net = MoneyRounding.ToPenny(net),
                CumulativeNet = MoneyRounding.ToPenny(cumulative),
                CashFactor = factor,
            };
        }

        return years;
    }
}
