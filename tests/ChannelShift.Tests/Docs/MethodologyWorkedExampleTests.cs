using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Support;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// docs/methodology.md works the appraisal of docs/examples/waste-services.json through by hand. These tests write the
/// same hand arithmetic (Socitm 2012 costs: face-to-face 8.62, telephone 2.83, web 0.15; 50,000 visits a month, half
/// moved to web 70% / telephone 20% / avoided 10% over a 3-year linear ramp, 20% failure demand back to the telephone;
/// 250,000 one-off in year 0 with 40% optimism bias, 40,000 a year from year 1; Green Book 3.5%) and hold the library's
/// appraisal of the file to it.
/// </summary>
public class MethodologyWorkedExampleTests
{
    // Hand arithmetic (docs/methodology.md, "A worked appraisal"): saving per contact moved
    // = 8.62 − 0.7 × 0.15 − 0.2 × 2.83 − (0.2 × 0.7) × 2.83 = 8.62 − 0.105 − 0.566 − 0.3962 = 7.5528.
    private const decimal PerContact = 7.5528m;

    private static readonly Lazy<AppraisalResult> Result = new(() =>
    {
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "waste-services.json"));
        return Appraiser.Appraise(ScenarioReader.Read(file, "waste-services.json")).Options.Single();
    });

    [Fact]
    public void SavingPerContactMoved_ByHand_Is7Point5528()
    {
        var byHand = 8.62m - (0.7m * 0.15m) - (0.2m * 2.83m) - (0.2m * 0.7m * 2.83m);

        byHand.Should().Be(PerContact);
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
        var saving = moved * PerContact;      // year 1: 100,000 × 7.5528 = 755,280
        var net = saving - costs;             // year 1: 755,280 − 40,000 = 715,280

        y.Saving.Should().Be(saving);
        y.Costs.Should().Be(costs);
        y.Net.Should().Be(net);
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

        // DF(1) = 1 / 1.035 = 0.966184 (fixtures §2); PV = 715,280 / 1.035 = 691,091.787… → 691,091.79
        Tolerance.Places(0.966184, (double)y.DiscountFactor, 6, "DF(1)");
        y.PresentValue.Should().Be(MoneyRounding.ToPenny(715_280m / 1.035m));
        y.PresentValue.Should().Be(691_091.79m);
        y.CumulativePresentValue.Should().Be(341_091.79m);   // −350,000 + 691,091.79
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

        // PVB = 755,280 × DF(1) + 1,510,560 × DF(2) + 2,265,840 × Σ DF(3..10)
        //     = 729,739.13 + 1,410,123.92 + 14,539,693.73 = 16,679,556.78
        var pvb = (755_280m * df1) + (1_510_560m * df2) + (2_265_840m * annuity3To10);
        // PVC = 350,000 + 40,000 × Σ DF(1..10) = 350,000 + 332,664.21 = 682,664.21
        var pvc = 350_000m + (40_000m * annuity1To10);

        MoneyRounding.ToPenny(pvb).Should().Be(16_679_556.78m);
        MoneyRounding.ToPenny(pvc).Should().Be(682_664.21m);
        r.PresentValueBenefits.Should().Be(16_679_556.78m);
        r.PresentValueCosts.Should().Be(682_664.21m);
        r.Npv.Should().Be(MoneyRounding.ToPenny(pvb - pvc));
        r.Npv.Should().Be(15_996_892.57m);
        r.Years[^1].CumulativePresentValue.Should().Be(15_996_892.57m);

        // BCR = 16,679,556.78 / 682,664.21 = 24.433; ROI = BCR − 1
        Tolerance.Places(24.433, r.BenefitCostRatio!.Value, 3, "BCR");
        Tolerance.Places(23.433, r.Roi!.Value, 3, "ROI");
    }

    [Fact]
    public void Payback_ByTheFixturesRule_IsHalfAYear()
    {
        var r = Result.Value;

        // C(0) = −350,000 < 0, C(1) = −350,000 + 715,280 = 365,280 ≥ 0 and C stays non-negative: t* = 1,
        // payback = (1 − 1) + 350,000 / 715,280 = 0.489319 years; discounted: 350,000 / 691,091.79 = 0.506445 years.
        Tolerance.Places(350_000.0 / 715_280.0, r.PaybackYears!.Value, 9, "payback");
        Tolerance.Places(0.489319, r.PaybackYears.Value, 6, "payback");
        Tolerance.Places(0.506445, r.DiscountedPaybackYears!.Value, 6, "discounted payback");
    }

    [Fact]
    public void Irr_MakesTheNetFlowsWorthNothing()
    {
        var r = Result.Value;
        double[] net = [-350_000, 715_280, 1_470_560, .. Enumerable.Repeat(2_225_840.0, 8)];

        // The net flows change sign once (negative in year 0 only), so there is one IRR: NPV(irr) = 0.
        r.Irr.Should().NotBeNull();
        var npvAtIrr = net.Select((n, t) => n / Math.Pow(1 + r.Irr!.Value, t)).Sum();
        Tolerance.Absolute(0.0, npvAtIrr, 1e-4, "NPV at the IRR");
        Tolerance.Places(2.76828, r.Irr!.Value, 5, "IRR");
    }
}
