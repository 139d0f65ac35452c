using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Support;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// docs/methodology.md works the appraisal of docs/examples/waste-services.json through by hand. These tests write the
/// same hand arithmetic (Socitm 2012 costs at 2011 prices: face-to-face 8.62, telephone 2.83, web 0.15, rebased to 2026
/// by a 2.5% deflator; 50,000 visits a month, half moved to web 70% / telephone 20% / avoided 10% over a 3-year linear
/// ramp, 20% failure demand back to the telephone; 250,000 one-off in year 0 with 40% optimism bias, 40,000 a year from
/// year 1; Green Book 3.5%) and hold the library's appraisal of the file to it.
/// </summary>
public class MethodologyWorkedExampleTests
{
    // Hand arithmetic (docs/methodology.md, "A worked appraisal"): saving per contact moved
    // = 8.62 − 0.7 × 0.15 − 0.2 × 2.83 − (0.2 × 0.7) × 2.83 = 8.62 − 0.105 − 0.566 − 0.3962 = 7.5528.
    private const decimal PerContactAt2011Prices = 7.5528m;

    // Rebasing from 2011 to 2026 prices: k = 1.025^15 = 1.448298166498…, so the saving per contact moved at 2026 prices
    // is 7.5528 × k = 10.938706391926…
    private static readonly decimal Rebase = Enumerable.Repeat(1.025m, 15).Aggregate(1m, (a, f) => a * f);
    private static readonly decimal PerContact = PerContactAt2011Prices * Rebase;

    private static readonly Lazy<AppraisalResult> Result = new(() =>
    {
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "waste-services.json"));
        return Appraiser.Appraise(ScenarioReader.Read(file, "waste-services.json")).Options.Single();
    });

    [Fact]
    public void SavingPerContactMoved_ByHand_Is7Point5528At2011Prices()
    {
        var byHand = 8.62m - (0.7m * 0.15m) - (0.2m * 2.83m) - (0.2m * 0.7m * 2.83m);

        byHand.Should().Be(PerContactAt2011Prices);
        Tolerance.Places(1.448298166498, (double)Rebase, 12, "1.025^15");
        Tolerance.Places(10.938706391927, (double)PerContact, 12, "7.5528 × 1.025^15");
    }

    [Theory]
    // catalogue figure at 2011 prices, and × 1.025^15 at 2026 prices (8.62 × 1.448298166498… = 12.484330195…)
    [InlineData("face-to-face", 8.62, 12.484330195)]
    [InlineData("telephone", 2.83, 4.098683811)]
    [InlineData("web", 0.15, 0.217244725)]
    public void UnitCosts_RebasedFrom2011To2026_AreTheCatalogueTimesTheDeflator(string channel, double at2011, double at2026)
    {
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "waste-services.json"));
        var scenario = ScenarioReader.Read(file, "waste-services.json");
        var cost = Appraiser.UnitCostsOf(scenario).Single(c => c.Channel.Key == channel);

        ((double)cost.Amount).Should().Be(at2011);
        cost.PriceYear.Should().Be(2011);
        Tolerance.Places(at2026, (double)cost.Used, 9, channel);
    }

    [Theory]
    // year, contacts moved = 600,000 × 0.5 × min(t/3, 1), costs (year 0: 250,000 × 1.4; then 40,000)
    [InlineData(0, 0, 350_000)]
    [InlineData(1, 100_000, 40_000)]
    [InlineData(2, 200_000, 40_000)]
    [InlineData(3, 300_000, 40_000)]
    [InlineData(10, 300_000, 40_000)]
    public void Year_SavingCostsNet_MatchTheHandArithmetic(int year, int moved, int costs)
    {
        var y = Result.Value.Years[year];
        var saving = moved * PerContact;      // year 1: 100,000 × 10.938706… = 1,093,870.64
        var net = saving - costs;             // year 1: 1,093,870.64 − 40,000 = 1,053,870.64

        y.Saving.Should().Be(MoneyRounding.ToPenny(saving));
        y.Costs.Should().Be(costs);
        y.Net.Should().Be(MoneyRounding.ToPenny(net));
        ((double)Result.Value.Unrounded.Years[year].ContactsMoved).Should().BeApproximately(moved, 1e-9);
    }

    [Fact]
    public void YearZero_Costs_CarryFortyPercentOptimismBias()
    {
        var y = Result.Value.Years[0];

        y.CostsBeforeOptimismBias.Should().Be(250_000m);
        y.Costs.Should().Be(250_000m * (1m + 0.4m));   // 350,000
        y.Net.Should().Be(-350_000m);
        y.PresentValue.Should().Be(-350_000m);         // DF(0) = 1
    }

    [Fact]
    public void YearOne_DiscountFactorAndPresentValue_AreGreenBook()
    {
        var y = Result.Value.Years[1];

        // DF(1) = 1 / 1.035 = 0.966184 (fixtures §2); PV = 1,053,870.639… / 1.035 = 1,018,232.502… → 1,018,232.50
        Tolerance.Places(0.966184, (double)y.DiscountFactor, 6, "DF(1)");
        y.PresentValue.Should().Be(MoneyRounding.ToPenny(((100_000m * PerContact) - 40_000m) / 1.035m));
        y.PresentValue.Should().Be(1_018_232.50m);
        y.CumulativePresentValue.Should().Be(668_232.50m);   // −350,000 + 1,018,232.50
    }

    [Fact]
    public void Totals_PvbPvcNpvBcr_MatchTheHandSums()
    {
        var r = Result.Value;

        // Σ DF(t) for t = 1…10 = (1 − 1.035^−10) / 0.035 = 8.316605…; for t = 3…10 it is that − DF(1) − DF(2) = 6.416911…
        var df1 = 1m / 1.035m;
        var df2 = df1 / 1.035m;
        var annuity1To10 = Enumerable.Range(1, 10).Aggregate((Sum: 0m, Df: 1m), (a, _) => (a.Sum + (a.Df / 1.035m), a.Df / 1.035m)).Sum;
        var annuity3To10 = annuity1To10 - df1 - df2;
        Tolerance.Places(8.316605, (double)annuity1To10, 6, "Σ DF(1..10)");

        // PVB = 1,093,870.639… × DF(1) + 2,187,741.278… × DF(2) + 3,281,611.918… × Σ DF(3..10)
        //     = 1,056,879.84 + 2,042,279.89 + 21,057,811.77 = 24,156,971.50
        var pvb = (100_000m * PerContact * df1) + (200_000m * PerContact * df2) + (300_000m * PerContact * annuity3To10);
        // PVC = 350,000 + 40,000 × Σ DF(1..10) = 350,000 + 332,664.21 = 682,664.21
        var pvc = 350_000m + (40_000m * annuity1To10);

        MoneyRounding.ToPenny(pvb).Should().Be(24_156_971.50m);
        MoneyRounding.ToPenny(pvc).Should().Be(682_664.21m);
        r.PresentValueBenefits.Should().Be(24_156_971.50m);
        r.PresentValueCosts.Should().Be(682_664.21m);
        r.Npv.Should().Be(MoneyRounding.ToPenny(pvb - pvc));
        r.Npv.Should().Be(23_474_307.29m);
        r.Years[^1].CumulativePresentValue.Should().Be(23_474_307.29m);

        // BCR = 24,156,971.50 / 682,664.21 = 35.386; ROI = BCR − 1
        Tolerance.Places(35.386, r.BenefitCostRatio!.Value, 3, "BCR");
        Tolerance.Places(34.386, r.Roi!.Value, 3, "ROI");
    }

    [Fact]
    public void Payback_ByTheFixturesRule_IsAThirdOfAYear()
    {
        var r = Result.Value;

        // C(0) = −350,000 < 0, C(1) = −350,000 + 1,053,870.64 = 703,870.64 ≥ 0 and C stays non-negative: t* = 1,
        // payback = (1 − 1) + 350,000 / 1,053,870.639… = 0.332109 years; discounted: 350,000 / 1,018,232.50 = 0.343733.
        Tolerance.Places(0.332109, r.PaybackYears!.Value, 6, "payback");
        Tolerance.Places(0.343733, r.DiscountedPaybackYears!.Value, 6, "discounted payback");
    }

    [Fact]
    public void Irr_MakesTheNetFlowsWorthNothing()
    {
        var r = Result.Value;
        // net = saving − 40,000 with the savings 100,000, 200,000, 300,000 × 10.938706391927
        double[] net = [-350_000, 1_053_870.64, 2_147_741.28, .. Enumerable.Repeat(3_241_611.92, 8)];

        // The net flows change sign once (negative in year 0 only), so there is one IRR: NPV(irr) = 0.
        r.Irr.Should().NotBeNull();
        var npvAtIrr = net.Select((n, t) => n / Math.Pow(1 + r.Irr!.Value, t)).Sum();
        Tolerance.Absolute(0.0, npvAtIrr, 1e-2, "NPV at the IRR");
        Tolerance.Places(3.79817, r.Irr!.Value, 5, "IRR");
    }
}
