namespace ChannelShift;

/// <summary>Where a cost per contact comes from: every figure in the library carries one, so that a reader can check it.</summary>
/// <param name="Publisher">Who published the figure, e.g. "Socitm Insight".</param>
/// <param name="Edition">The edition or publication, e.g. "August 2010".</param>
/// <param name="DataYear">The year the data describe, as published, e.g. "2010" or "2011/12".</param>
/// <param name="PriceYear">The price base year of the amount (a calendar year, e.g. 2010); used to rebase to real prices.</param>
/// <param name="Currency">The ISO 4217 currency code, e.g. "GBP".</param>
/// <param name="Basis">What one unit is (per visit, per call, per transaction…).</param>
/// <param name="Note">Anything a reader should know, e.g. "medians of about 200 councils".</param>
public sealed record Provenance(
    string Publisher,
    string Edition,
    string DataYear,
    int PriceYear,
    string Currency,
    CostBasis Basis,
    string Note);
