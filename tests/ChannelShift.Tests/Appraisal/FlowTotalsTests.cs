using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Docs;

namespace ChannelShift.Tests.Appraisal;

public class FlowTotalsTests
{
    // Two years after year 0; 10,000 visits a year all avoided at £7.40; a one-off build of £100,000 in year 0 with the
    // equipment-development uplift of 200%; a recurring £5,000 a year with 41%; a benefits haircut of 10%.
    private const string Json = """
        { "baseline": { "period": "year", "volumes": { "face-to-face": 10000 } },
          "shifts": [ { "from": "f2f", "share": 1, "to": "avoided" } ],
          "costs": [ { "name": "Build", "type": "one-off", "year": 0, "amount": 100000 }, { "name": "Run", "type": "recurring", "amount": 5000 } ],
          "appraisal": { "years": 2, "optimismBias": { "preset": "equipment-development", "recurring": 0.41, "benefits": 0.1 } } }
        """;

    private static AppraisalResult Appraise() => Appraiser.Appraise(ScenarioReader.Parse(Json, "test.json")).Options[0];

    [Fact]
    public void Years_HaircutAndOptimismBias_AreTheirOwnColumnsThatAddUpToTheNet()
    {
        // Year 1: saving 10,000 × 7.40 = 74,000; haircut 10% = 7,400; costs before optimism bias 5,000, uplift 41% =
        // 2,050; net 74,000 − 7,400 − 5,000 − 2,050 = 59,550. Year 0: 100,000 + 200% = 200,000 uplift; net −300,000.
        var years = Appraise().Years;

        years[1].BenefitsHaircut.Should().Be(7_400m);
        years[1].OptimismBias.Should().Be(2_050m);
        years[1].CostsBeforeOptimismBias.Should().Be(5_000m);
        years[1].Net.Should().Be(59_550m);
        years[0].OptimismBias.Should().Be(200_000m);
        years[0].BenefitsHaircut.Should().Be(0m);
        foreach (var y in years)
        {
            (y.Saving - y.BenefitsHaircut - y.CostsBeforeOptimismBias - y.OptimismBias).Should().Be(y.Net);
        }
    }

    [Fact]
    public void Totals_TwoYears_AreTheSumsOfTheYears()
    {
        // Saving 2 × 74,000; haircut 2 × 7,400; costs before optimism bias 100,000 + 2 × 5,000; uplift 200,000 + 2 ×
        // 2,050; net −300,000 + 2 × 59,550 = −180,900. Without cost behaviour the cashable figures are the same.
        var t = Appraise().Totals;

        t.Saving.Should().Be(148_000m);
        t.BenefitsHaircut.Should().Be(14_800m);
        t.CostsBeforeOptimismBias.Should().Be(110_000m);
        t.OptimismBias.Should().Be(204_100m);
        t.Costs.Should().Be(314_100m);
        t.Net.Should().Be(-180_900m);
        t.CashableNet.Should().Be(-180_900m);
        t.NonCashableSaving.Should().Be(0m);
    }

    [Fact]
    public void PresentValues_TwoYears_DiscountEachFlowAndTheNetIsTheNpv()
    {
        // Green Book 3.5%: DF1 = 1/1.035 = 0.966183574879, DF2 = 1/1.035² = 0.933510700366.
        // PV saving = 74,000 × (0.966183574879 + 0.933510700366) = 74,000 × 1.899694275245 = 140,577.38 (140,577.376368).
        // PV haircut = 14,057.74; PV costs before uplift = 100,000 + 5,000 × 1.899694275245 = 109,498.47;
        // PV uplift = 200,000 + 2,050 × 1.899694275245 = 203,894.37; NPV = 59,550 × 1.899694275245 − 300,000 =
        // −186,873.2059 → −186,873.21, a penny from the −186,873.20 the rounded parts add up to: each figure is rounded
        // once from its own unrounded sum.
        var result = Appraise();
        var pv = result.PresentValues;

        pv.Saving.Should().Be(140_577.38m);
        pv.BenefitsHaircut.Should().Be(14_057.74m);
        pv.CostsBeforeOptimismBias.Should().Be(109_498.47m);
        pv.OptimismBias.Should().Be(203_894.37m);
        pv.Net.Should().Be(result.Npv);
        pv.Net.Should().Be(-186_873.21m);
    }

    [Fact]
    public void PresentValues_CashableExample_BridgeTheSavingToTheCashableNpv()
    {
        // The worked example with staffing, fixed steps and release costs: the present values read as a bridge, saving
        // at average cost − non-cashable − haircut on the cashable saving − costs − uplift − release − closure = cashable
        // NPV, within the pennies of rounding each figure once.
        var scenario = ScenarioReader.Parse(File.ReadAllText(RepositoryRoot.File("docs", "examples", "realistic-uncertain.json")), "realistic-uncertain.json");
        foreach (var result in Appraiser.Appraise(scenario).Options)
        {
            var pv = result.PresentValues;
            var bridge = pv.Saving - pv.NonCashableSaving - pv.CashableBenefitsHaircut - pv.CostsBeforeOptimismBias - pv.OptimismBias - pv.ReleaseCosts - pv.ClosureCosts;

            pv.CashableNet.Should().Be(result.Cashable!.Npv);
            bridge.Should().BeApproximately(pv.CashableNet, 0.07m); // seven figures, each within half a penny
            pv.BenefitsHaircut.Should().BeGreaterThan(0m);
            pv.ReleaseCosts.Should().BeGreaterThan(0m);
            pv.ClosureCosts.Should().BeGreaterThan(0m);

            var unrounded = result.Unrounded;
            foreach (var y in unrounded.Years)
            {
                // Haircut 10% of each saving (the file's optimismBias.benefits), to the last digit decimal keeps.
                y.CashableBenefitsHaircut.Should().BeApproximately(y.CashableSaving * 0.1m, 0.000001m);
                y.BenefitsHaircut.Should().BeApproximately(y.Saving * 0.1m, 0.000001m);
                (y.CashableSaving - y.CashableBenefitsHaircut - y.Costs - y.ReleaseCosts - y.ClosureCosts).Should().BeApproximately(y.CashableNet, 0.000001m);
            }
        }
    }
}
