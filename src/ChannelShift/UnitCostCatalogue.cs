namespace ChannelShift;

/// <summary>
/// The built-in catalogue of published costs per contact (UK public sector, and one Australian set), each set under its
/// key with its provenance. Amounts are as published, at the prices of their data year. Sources: see docs/unit-costs.md.
/// </summary>
public static class UnitCostCatalogue
{
    /// <summary>The key used when none is given: <c>socitm-2010</c>, the figures current when the BDO report came out (March 2012).</summary>
    public const string DefaultKey = "socitm-2010";

    private static readonly UnitCostSet[] BuiltInSets =
    [
        Set("nwegg-2006", "North West e-Government Group with CIPFA, 2006",
            new("North West e-Government Group with CIPFA", "2006", "2006", 2006, "GBP", CostBasis.PerContact, "Per contact."),
            (Channel.FaceToFace, 7.81m), (Channel.Telephone, 4.00m), (Channel.Web, 0.17m), (Channel.Ivr, 0.09m)),
        Set("esd-2008", "ESD Toolkit, Customer Contact Profiling, 2008",
            new("ESD Toolkit, Customer Contact Profiling (Aston Campbell Associates)", "2008", "2008", 2008, "GBP", CostBasis.PerContact,
                "19 councils in London and the South East; per contact; often quoted as \"PwC\"."),
            (Channel.FaceToFace, 10.53m), (Channel.Telephone, 3.39m), (Channel.Web, 0.08m), (Channel.Post, 12.10m)),
        Set("socitm-2008", "Socitm Insight, 2008",
            new("Socitm Insight", "2008", "2008", 2008, "GBP", CostBasis.PerVisitCallOrWebVisit,
                "Per visit / call / web visit. One secondary source quotes 9.34 / 3.76 / 0.27 for the same edition; the original was not seen."),
            (Channel.FaceToFace, 6.56m), (Channel.Telephone, 3.22m), (Channel.Web, 0.27m)),
        Set("socitm-2010", "Socitm Insight, August 2010",
            new("Socitm Insight", "August 2010 (also used in Socitm \"Better served\", February 2011)", "2010", 2010, "GBP", CostBasis.PerVisitCallOrWebVisit,
                "Per visit / per call / per web visitor. The figures current when the BDO report came out (March 2012)."),
            (Channel.FaceToFace, 7.40m), (Channel.Telephone, 2.90m), (Channel.Web, 0.32m)),
        Set("socitm-2012", "Socitm Channel Value Benchmarking, 2011 cohorts",
            new("Socitm Channel Value Benchmarking", "2011 cohorts, published 29 May 2012", "2011", 2011, "GBP", CostBasis.PerVisitCallOrWebVisit,
                "Medians of about 200 councils; per visit / per call / per web visit."),
            (Channel.FaceToFace, 8.62m), (Channel.Telephone, 2.83m), (Channel.Web, 0.15m)),
        Set("dsa-2012", "Driving Standards Agency 2011/12",
            new("Driving Standards Agency, cited in the Cabinet Office Digital Efficiency Report (November 2012), footnote 1", "2011/12", "2011/12", 2011, "GBP", CostBasis.PerTransaction,
                "Per transaction (central government); no face-to-face figure. Price year taken as 2011, the start of financial year 2011/12."),
            (Channel.Telephone, 4.11m), (Channel.Web, 0.22m), (Channel.Post, 6.62m)),
        Set("west-dunbartonshire-2017", "West Dunbartonshire Council, 2017",
            new("West Dunbartonshire Council", "2017", "2017", 2017, "GBP", CostBasis.PerContact, "A council's own figures; per contact."),
            (Channel.FaceToFace, 8.21m), (Channel.Telephone, 2.59m), (Channel.Web, 0.09m)),
        Set("deloitte-au-2015", "Deloitte Access Economics for Adobe (Australia), 2015",
            new("Deloitte Access Economics for Adobe", "2015 (Australia)", "2015", 2015, "AUD", CostBasis.PerTransaction, "Per transaction; Australian dollars."),
            (Channel.FaceToFace, 16.90m), (Channel.Telephone, 6.60m), (Channel.Web, 0.40m), (Channel.Post, 12.79m)),
    ];

    /// <summary>Every built-in set, oldest first.</summary>
    public static IReadOnlyList<UnitCostSet> Sets => BuiltInSets;

    /// <summary>The keys of the built-in sets, oldest first.</summary>
    public static IReadOnlyList<string> Keys => BuiltInSets.Select(s => s.Key).ToList();

    /// <summary>The built-in set with the given key (case-insensitive).</summary>
    /// <param name="key">A key such as <c>socitm-2012</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="InputValidationException">No set has that key; the message lists the keys and suggests the closest.</exception>
    public static UnitCostSet Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (TryGet(key, out var set))
        {
            return set;
        }

        var suggestion = Suggestions.Closest(key.Trim(), Keys);
        var hint = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
        throw Preconditions.Fail("catalogue", ProblemCodes.UnknownName, $"\"{key}\" is not a unit-cost set{hint}", $"one of {string.Join(", ", Keys)}", null);
    }

    /// <summary>Finds a built-in set by key (case-insensitive).</summary>
    /// <param name="key">A key such as <c>socitm-2012</c>.</param>
    /// <param name="set">The set, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? key, out UnitCostSet set)
    {
        set = null!;
        if (key is null)
        {
            return false;
        }

        var found = BuiltInSets.FirstOrDefault(s => string.Equals(s.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return false;
        }

        set = found;
        return true;
    }

    private static UnitCostSet Set(string key, string title, Provenance provenance, params (Channel Channel, decimal Amount)[] costs) =>
        UnitCostSet.Create(key, title, costs.Select(c => new UnitCost(c.Channel, c.Amount, provenance)));
}
