namespace ChannelShift.Appraisal;

/// <summary>The financial view of a scenario's options (<see cref="FinancialView"/>), in the order the appraisal
/// ranks them.</summary>
public sealed class ScenarioFinancialView
{
    internal ScenarioFinancialView(string scenarioName, string currency, Basis basis, int? priceBaseYear, int? savingsPriceYear, int? firstYear, decimal inflation, bool inflationStated, IReadOnlyList<OptionFinancialView> options)
    {
        ScenarioName = scenarioName;
        Currency = currency;
        Basis = basis;
        PriceBaseYear = priceBaseYear;
        SavingsPriceYear = savingsPriceYear;
        FirstYear = firstYear;
        Inflation = inflation;
        InflationStated = inflationStated;
        Options = Array.AsReadOnly(options.ToArray());
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>The price base year of the real figures the cash is made from (the appraisal's, else its first year),
    /// or null when the scenario gives neither. Without a first year, year 0 is taken to be at the price base.</summary>
    public int? PriceBaseYear { get; }

    /// <summary>The basis of the saving shown: cashable, or at average cost.</summary>
    public Basis Basis { get; }

    /// <summary>The price year of the savings before they are turned into cash: <see cref="PriceBaseYear"/>, or the
    /// unit costs' own price year when no deflator rebases them.</summary>
    public int? SavingsPriceYear { get; }

    /// <summary>The calendar year in which year 0 starts (April of it), or null when the scenario gives none.</summary>
    public int? FirstYear { get; }

    /// <summary>The inflation a year that turns real prices into cash (a fraction).</summary>
    public decimal Inflation { get; }

    /// <summary>Whether the inflation is stated as <c>appraisal.inflation</c> (true) or taken from the GDP deflator's
    /// rate (false).</summary>
    public bool InflationStated { get; }

    /// <summary>The options, in the order the appraisal ranks them.</summary>
    public IReadOnlyList<OptionFinancialView> Options { get; }
}
