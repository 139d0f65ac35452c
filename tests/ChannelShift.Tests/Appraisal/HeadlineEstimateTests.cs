using System.Globalization;
using ChannelShift.Appraisal;
using CsCheck;

namespace ChannelShift.Tests.Appraisal;

public class HeadlineEstimateTests
{
    // fixtures.md §1 (BDO with the MJ, March 2012; Socitm unit costs as published): 50,000 visits a month, halved.
    public static TheoryData<string, string, decimal> ReportCases => new()
    {
        { "socitm-2010", "avoided", 2_220_000.00m },   // 50,000 × 12 × 0.5 × 7.40
        { "socitm-2010", "web", 2_124_000.00m },       // 300,000 × (7.40 − 0.32)
        { "socitm-2010", "telephone", 1_350_000.00m }, // 300,000 × (7.40 − 2.90)
        { "socitm-2012", "avoided", 2_586_000.00m },   // 300,000 × 8.62
        { "socitm-2012", "web", 2_541_000.00m },       // 300,000 × (8.62 − 0.15)
        { "socitm-2008", "avoided", 1_968_000.00m },   // 300,000 × 6.56
    };

    [Theory]
    [MemberData(nameof(ReportCases))]
    public void Calculate_ReportCase_GivesPublishedSaving(string catalogue, string destination, decimal expected)
    {
        var shift = new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.To(Channel.Parse(destination, allowAvoided: true)));

        var result = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, shift, UnitCostCatalogue.Get(catalogue));

        result.AnnualContactsMoved.Should().Be(300_000m);
        result.AnnualSaving.Should().Be(expected);
        result.AnnualCostRemoved.Should().Be(300_000m * UnitCostCatalogue.Get(catalogue).CostOf(Channel.FaceToFace));
    }

    [Fact]
    public void Calculate_ReportCasePerMonth_Gives185000()
    {
        // fixtures.md §1: the same, read per month: 25,000 × 7.40 = 185,000.
        var shift = new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.To(Channel.Avoided));

        var result = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, shift, UnitCostCatalogue.Get("socitm-2010"));

        result.SavingPerPeriod.Should().Be(185_000.00m);
    }

    [Fact]
    public void BreakEvenCostPerContact_ReportClaim_Is6Point67()
    {
        // fixtures.md §1: 2,000,000 / 300,000 = 6.666…, £6.67 to the penny.
        var breakEven = HeadlineEstimate.BreakEvenCostPerContact(2_000_000m, 300_000m);

        MoneyRounding.ToPenny(breakEven).Should().Be(6.67m);
        breakEven.Should().BeApproximately(20m / 3m, 0.0000000001m);
    }

    [Fact]
    public void Calculate_MixWithFailureDemandAndAssistedDigital_FollowsTheFlowsByHand()
    {
        // By hand, Socitm 2010 (7.40 / 2.90 / 0.32): 300,000 moved a year; web 70% = 210,000, telephone 20% = 60,000,
        // avoided 10% = 30,000. Failure 20% of the digital (web) part only: 0.2 × 210,000 = 42,000 calls at 2.90
        // = 121,800. Assisted digital: 10% of the 210,000 moved to the web need help at 2.90: 21,000 × 2.90 = 60,900 (the
        // 60,000 moved to the telephone need none). Cost removed 300,000 × 7.40 = 2,220,000; added 210,000 × 0.32
        // + 60,000 × 2.90 + 121,800 + 60,900 = 67,200 + 174,000 + 182,700 = 423,900; saving 1,796,100.
        var costs = UnitCostCatalogue.Get("socitm-2010");
        var shift = new Shift(
            Channel.FaceToFace,
            Share.FromFraction(0.5m),
            DestinationMix.Of((Channel.Web, Share.FromPercent(70)), (Channel.Telephone, Share.FromPercent(20)), (Channel.Avoided, Share.FromPercent(10))),
            new FailureDemand(Share.FromPercent(20), Channel.Telephone),
            new AssistedDigital(Share.FromPercent(10), 2.90m));

        var result = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, shift, costs);

        result.AnnualCostRemoved.Should().Be(2_220_000.00m);
        result.AnnualCostAdded.Should().Be(423_900.00m);
        result.AnnualSaving.Should().Be(1_796_100.00m);
        result.Flows.Should().HaveCount(5);
        result.Flows[3].Should().Be(new Flow(FlowKind.FailureDemand, "face-to-face", "telephone", 42_000m, 0m, 2.90m, -121_800.00m));
        result.Flows[4].Should().Be(new Flow(FlowKind.AssistedDigital, "face-to-face", "assisted-digital", 21_000m, 0m, 2.90m, -60_900.00m));
        result.Flows.Sum(f => f.AnnualSaving).Should().Be(result.AnnualSaving);
    }

    [Fact]
    public void Calculate_DailyVolumeWithWorkingDays_Annualises()
    {
        // 1,000 visits a day over 253 working days = 253,000 a year; all moved to the web at 7.40 − 0.32 = 7.08:
        // 253,000 × 7.08 = 1,791,240.
        var shift = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Web));

        var result = HeadlineEstimate.Calculate(1_000m, ContactPeriod.Day(253m), shift, UnitCostCatalogue.Get("socitm-2010"));

        result.AnnualSaving.Should().Be(1_791_240.00m);
    }

    [Fact]
    public void Calculate_OddAmounts_RoundsOnceToThePennyHalfAwayFromZero()
    {
        // 1 visit a year, all moved, own cost 0.005 → saving 0.005, rounded half away from zero to 0.01 (a spreadsheet's ROUND).
        var costs = UnitCostSet.Create("own", "Own", [new UnitCost(Channel.FaceToFace, 0.005m, Provenance())]);
        var shift = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Avoided));

        var result = HeadlineEstimate.Calculate(1m, ContactPeriod.Year, shift, costs);

        result.AnnualSaving.Should().Be(0.01m);
        result.Unrounded.AnnualSaving.Should().Be(0.005m);
    }

    [Fact]
    public void Calculate_CouncilsOwnChannel_IsFirstClass()
    {
        // A one-stop shop at 12.00 a visit, all moved to the web at 0.32: 10,000 × 11.68 = 116,800.
        var shop = Channel.Custom("one-stop-shop");
        var costs = UnitCostCatalogue.Get("socitm-2010").WithCost(shop, 12.00m);
        var shift = new Shift(costs.ParseChannel("one-stop-shop"), Share.One, DestinationMix.To(Channel.Web));

        var result = HeadlineEstimate.Calculate(10_000m, ContactPeriod.Year, shift, costs);

        result.AnnualSaving.Should().Be(116_800.00m);
        result.UnitCostKey.Should().Be("socitm-2010+overrides");
    }

    [Fact]
    public void Calculate_MissingCost_NamesTheChannelAndHowToGiveIt()
    {
        var shift = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Webchat));

        var act = () => HeadlineEstimate.Calculate(1m, ContactPeriod.Year, shift, UnitCostCatalogue.Get("socitm-2010"));

        act.Should().Throw<InputValidationException>().WithMessage("*no cost for \"webchat\"*\"overrides\": { \"webchat\": 2.50 }*");
    }

    [Fact]
    public void Calculate_NegativeVolume_Throws()
    {
        var shift = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Web));

        var act = () => HeadlineEstimate.Calculate(-1m, ContactPeriod.Year, shift, UnitCostCatalogue.Get("socitm-2010"));

        act.Should().Throw<InputValidationException>().WithMessage("volume: -1 is negative; expected*");
    }

    [Fact]
    public void Calculate_AmountsThatOverflowDecimal_ThrowsOutOfRange()
    {
        var shift = new Shift(Channel.FaceToFace, Share.One, DestinationMix.To(Channel.Avoided));

        var act = () => HeadlineEstimate.Calculate(decimal.MaxValue / 2m, ContactPeriod.Month, shift, UnitCostCatalogue.Get("socitm-2010"));

        act.Should().Throw<InputValidationException>().WithMessage("*too large*");
    }

    [Fact]
    public void Calculate_SavingIsLinearInVolume()
    {
        var costs = UnitCostCatalogue.Get("socitm-2012");
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 50], Gen.Int[0, 100]).Sample(t =>
        {
            var (volume, factor, percent) = t;
            var shift = new Shift(Channel.FaceToFace, Share.FromPercent(percent), DestinationMix.Of((Channel.Web, Share.FromPercent(60)), (Channel.Telephone, Share.FromPercent(40))), new FailureDemand(Share.FromPercent(20), Channel.Telephone));
            var one = HeadlineEstimate.Calculate(volume, ContactPeriod.Month, shift, costs).Unrounded.AnnualSaving;
            var many = HeadlineEstimate.Calculate(volume * (decimal)factor, ContactPeriod.Month, shift, costs).Unrounded.AnnualSaving;
            many.Should().Be(one * factor);
        });
    }

    [Fact]
    public void Calculate_SavingIsLinearInShare()
    {
        var costs = UnitCostCatalogue.Get("socitm-2010");
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 1000]).Sample(t =>
        {
            var (volume, permille) = t;
            var mix = DestinationMix.Of((Channel.Web, Share.FromPercent(70)), (Channel.Avoided, Share.FromPercent(30)));
            var all = HeadlineEstimate.Calculate(volume, ContactPeriod.Year, new Shift(Channel.FaceToFace, Share.One, mix), costs).Unrounded.AnnualSaving;
            var part = HeadlineEstimate.Calculate(volume, ContactPeriod.Year, new Shift(Channel.FaceToFace, Share.FromFraction(permille / 1000m), mix), costs).Unrounded.AnnualSaving;
            part.Should().Be(all * permille / 1000m);
        });
    }

    [Fact]
    public void Calculate_ZeroShare_SavesNothing()
    {
        var costs = UnitCostCatalogue.Get("esd-2008");
        Gen.Int[0, 10_000_000].Sample(volume =>
        {
            var shift = new Shift(Channel.FaceToFace, Share.Zero, DestinationMix.To(Channel.Web), new FailureDemand(Share.FromPercent(50), Channel.Telephone), new AssistedDigital(Share.FromPercent(50), 1.5m));
            HeadlineEstimate.Calculate(volume, ContactPeriod.Week, shift, costs).Unrounded.AnnualSaving.Should().Be(0m);
        });
    }

    [Fact]
    public void Calculate_ShiftToAvoided_SavesTheFullCost()
    {
        Gen.Select(Gen.Int[0, 10_000_000], Gen.Int[0, 100_000]).Sample(t =>
        {
            var (volume, pence) = t;
            var cost = pence / 100m;
            var costs = UnitCostSet.Create("own", "Own", [new UnitCost(Channel.Telephone, cost, Provenance())]);
            var shift = new Shift(Channel.Telephone, Share.One, DestinationMix.To(Channel.Avoided));
            HeadlineEstimate.Calculate(volume, ContactPeriod.Year, shift, costs).Unrounded.AnnualSaving.Should().Be(volume * cost);
        });
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    public void Calculate_UnderAnotherCulture_GivesTheSameResult(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var shift = new Shift(Channel.FaceToFace, Share.Parse("50%"), DestinationMix.To(Channel.Web));
            var result = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Parse("month"), shift, UnitCostCatalogue.Get("socitm-2010"));
            result.AnnualSaving.Should().Be(2_124_000.00m);
            Share.Parse("0.5").Fraction.Should().Be(0.5m);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static Provenance Provenance() => new("Test", "Test", "2020", 2020, "GBP", CostBasis.PerContact, "test");

    // The headline estimate shows a year's saving line by line; the ledger computes the same saving for an appraisal.
    // The two are written apart (the estimate's lines are its own), so a property holds them equal: for any shift (a
    // mix of destinations, failure demand, assisted digital), any volume and period, the estimate's annual saving is
    // the ledger's year 1 with the whole shift taken up at once and no growth, to 1e-20 relative (decimal, summed in
    // another order).
    [Fact]
    public void Calculate_AnyShift_IsTheLedgersFirstYear()
    {
        var costs = UnitCostCatalogue.Get("socitm-2012").WithCost(Channel.Email, 2.10m).WithCost(Channel.Webchat, 1.20m);
        Channel[] destinations = [Channel.Web, Channel.Telephone, Channel.Email, Channel.Webchat, Channel.Avoided];
        var gen =
            from volume in CsCheck.Gen.Int[0, 5_000_000]
            from period in CsCheck.Gen.Int[0, 3].Select(i => new[] { ContactPeriod.Month, ContactPeriod.Year, ContactPeriod.Week, ContactPeriod.Quarter }[i])
            from share in CsCheck.Gen.Int[0, 1000]
            from tenths in CsCheck.Gen.Int[0, 10].Array[destinations.Length]
            from failure in CsCheck.Gen.Int[0, 100]
            from returns in CsCheck.Gen.Int[0, 2].Select(i => new[] { DestinationMix.To(Channel.Telephone), DestinationMix.To(Channel.FaceToFace), DestinationMix.Of((Channel.Telephone, Share.FromPercent(70)), (Channel.FaceToFace, Share.FromPercent(30))) }[i])
            from assisted in CsCheck.Gen.Int[0, 200]
            where tenths.Sum() > 0
            select (volume, period, share, tenths, failure, returns, assisted);

        gen.Sample(g =>
        {
            var total = g.tenths.Sum();
            var parts = destinations.Select((d, i) => (d, g.tenths[i])).Where(p => p.Item2 > 0).ToList();
            var mix = DestinationMix.Of(parts.Select(p => new KeyValuePair<Channel, Share>(p.d, Share.FromFraction((decimal)p.Item2 / total))).ToList());
            // Failure demand and assisted digital need a digital destination (web, email, webchat in this mix).
            var digital = parts.Any(p => costs.IsDigital(p.d));
            var shift = new Shift(Channel.FaceToFace, Share.FromFraction(g.share / 1000m), mix, digital && g.failure > 0 ? new FailureDemand(Share.FromFraction(g.failure / 100m), g.returns) : null, digital ? new AssistedDigital(Share.FromFraction(g.failure / 100m), g.assisted / 100m) : null);
            var estimate = HeadlineEstimate.Calculate(g.volume, g.period, shift, costs).Unrounded.AnnualSaving;

            var scenario = new Scenario("one shift", costs, new Baseline(g.period, new Dictionary<Channel, decimal> { [Channel.FaceToFace] = g.volume }), 0m, [new ScenarioOption("shift", [new PlannedShift(shift, AdoptionCurve.Immediate)], [])], new AppraisalSettings(1));
            var ledger = Appraiser.AppraiseOption(scenario, scenario.Options[0]).Unrounded.Years[1].Saving;

            Math.Abs(estimate - ledger).Should().BeLessThanOrEqualTo((Math.Abs(estimate) * 1e-20m) + 1e-20m, $"the estimate {estimate} and the ledger {ledger}");
        }, iter: 1000);
    }
}
