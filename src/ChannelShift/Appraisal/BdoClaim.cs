namespace ChannelShift.Appraisal;

/// <summary>
/// The best-known channel-shift figure, reproduced: BDO with the MJ, "Updating your status: From Housing and Litter to
/// Facebook and Twitter" (March 2012, a survey of 67 UK councils): "an authority that receives 50,000 face-to-face
/// visits a month could save over £2 million by reducing these visits by half". The report states no unit cost;
/// £7.40 (Socitm Insight, August 2010) was the figure current when it came out: an assumption, not a quotation.
/// <see cref="Reproduce"/> computes the claim and how the answer moves with the assumptions (docs/methodology.md §2).
/// </summary>
public static class BdoClaim
{
    /// <summary>The claim, as the report words it.</summary>
    public const string Quotation = "an authority that receives 50,000 face-to-face visits a month could save over £2 million by reducing these visits by half";

    /// <summary>The report the claim is from.</summary>
    public const string Source = "BDO with the MJ, \"Updating your status: From Housing and Litter to Facebook and Twitter\", March 2012";

    /// <summary>What the reproduction assumes that the report does not state.</summary>
    public const string Assumption = "The report states no cost per visit; 7.40 is the Socitm August 2010 figure current when it came out: an assumption, not a quotation.";

    /// <summary>Face-to-face visits a month in the claim.</summary>
    public const decimal VisitsPerMonth = 50_000m;

    /// <summary>The claimed saving to exceed, a year: £2,000,000.</summary>
    public const decimal Threshold = 2_000_000m;

    /// <summary>The cases: the most likely reading first, then the readings that change one assumption.</summary>
    /// <returns>The reproduction.</returns>
    public static BdoReproduction Reproduce()
    {
        var half = Share.FromFraction(0.5m);
        var socitm2010 = UnitCostCatalogue.Get("socitm-2010");
        var socitm2012 = UnitCostCatalogue.Get("socitm-2012");
        var socitm2008 = UnitCostCatalogue.Get("socitm-2008");

        EstimateResult Estimate(UnitCostSet costs, Channel to) =>
            HeadlineEstimate.Calculate(VisitsPerMonth, ContactPeriod.Month, new Shift(Channel.FaceToFace, half, DestinationMix.To(to)), costs);

        var headline = Estimate(socitm2010, Channel.Avoided);
        var cases = new List<BdoCase>
        {
            new("avoided-socitm-2010", "Visits halved and simply no longer needed, Socitm 2010 (the most likely reading)", headline, headline.AnnualSaving, annual: true),
            Case("web-socitm-2010", "Visits halved, moved to the web, Socitm 2010", Estimate(socitm2010, Channel.Web)),
            Case("telephone-socitm-2010", "Visits halved, moved to the telephone, Socitm 2010", Estimate(socitm2010, Channel.Telephone)),
            Case("avoided-socitm-2012", "Visits halved and no longer needed, Socitm 2012", Estimate(socitm2012, Channel.Avoided)),
            Case("web-socitm-2012", "Visits halved, moved to the web, Socitm 2012", Estimate(socitm2012, Channel.Web)),
            Case("avoided-socitm-2008", "Visits halved and no longer needed, Socitm 2008 (a secondary source gives 9.34 for this edition; the original was not seen)", Estimate(socitm2008, Channel.Avoided)),
            new("avoided-socitm-2010-per-month", "The same as the first, but read per month instead of per year (the claim must be annual)", headline, headline.SavingPerPeriod, annual: false),
        };
        var breakEven = HeadlineEstimate.BreakEvenCostPerContact(Threshold, headline.Unrounded.AnnualContactsMoved);
        return new BdoReproduction(headline, cases, breakEven);
    }

    private static BdoCase Case(string key, string description, EstimateResult result) =>
        new(key, description, result, result.AnnualSaving, annual: true);
}
