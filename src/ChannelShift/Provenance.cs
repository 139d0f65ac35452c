namespace ChannelShift;

/// <summary>Where a cost per contact comes from: every figure in the library carries one, so that a reader can check it.</summary>
public sealed record Provenance
{
    /// <summary>Creates one.</summary>
    /// <param name="publisher">Who published the figure, e.g. "Socitm Insight".</param>
    /// <param name="edition">The edition or publication, e.g. "August 2010".</param>
    /// <param name="dataYear">The year the data describe, as published, e.g. "2010" or "2011/12".</param>
    /// <param name="priceYear">The price base year of the amount (a calendar year, e.g. 2010); used to rebase to real prices.</param>
    /// <param name="currency">The ISO 4217 currency code, e.g. "GBP".</param>
    /// <param name="basis">What one unit is (per visit, per call, per transaction…).</param>
    /// <param name="note">Anything a reader should know, e.g. "medians of about 200 councils".</param>
    public Provenance(string publisher, string edition, string dataYear, int priceYear, string currency, CostBasis basis, string note)
    {
        Publisher = publisher;
        Edition = edition;
        DataYear = dataYear;
        PriceYear = priceYear;
        Currency = currency;
        Basis = basis;
        Note = note;
    }

    /// <summary>Who published the figure, e.g. "Socitm Insight".</summary>
    public string Publisher { get; init; }

    /// <summary>The edition or publication, e.g. "August 2010".</summary>
    public string Edition { get; init; }

    /// <summary>The year the data describe, as published, e.g. "2010" or "2011/12".</summary>
    public string DataYear { get; init; }

    /// <summary>The price base year of the amount (a calendar year, e.g. 2010); used to rebase to real prices.</summary>
    public int PriceYear { get; init; }

    /// <summary>The ISO 4217 currency code, e.g. "GBP".</summary>
    public string Currency { get; init; }

    /// <summary>What one unit is (per visit, per call, per transaction…).</summary>
    public CostBasis Basis { get; init; }

    /// <summary>Anything a reader should know, e.g. "medians of about 200 councils".</summary>
    public string Note { get; init; }
}
