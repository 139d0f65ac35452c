using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Serialization;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests.Appraisal;

public class AppraiserTests
{
    private static Scenario Read(string json) => ScenarioReader.Parse(json, "test.json");

    private static string Simple(string shift, string extra = "", string appraisal = "\"years\": 5", string volumes = "\"face-to-face\": 100000") =>
        "{ \"baseline\": { \"period\": \"year\", \"volumes\": { " + volumes + " } }, \"shifts\": [ " + shift + " ], " + extra + " \"appraisal\": { " + appraisal + " } }";

    [Theory]
    [InlineData("one-off", "\"oneOff\": 0.4", 0.4)]
    [InlineData("recurring", "\"recurring\": 0.1", 0.1)]
    [InlineData("one-off", "\"recurring\": 0.1", null)] // the one-off cost carries no uplift
    [InlineData("one-off", "\"oneOff\": 0", null)]
    public void NotesOf_CostWithADistributionAndAnUplift_Warns(string type, string bias, double? uplift)
    {
        var scenario = Read(Simple(
            "{ \"from\": \"f2f\", \"share\": 0.5, \"to\": \"web\" }",
            $"\"costs\": [ {{ \"name\": \"Platform\", \"type\": \"{type}\", \"fromYear\": 1, \"year\": 0, \"amount\": {{ \"lognormal\": {{ \"median\": 250000, \"sigma\": 0.25 }} }} }} ],".Replace(type == "one-off" ? "\"fromYear\": 1, " : "\"year\": 0, ", "", StringComparison.Ordinal),
            $"\"years\": 5, \"optimismBias\": {{ {bias} }}"));

        var notes = Appraiser.NotesOf(scenario).OfType<OptimismBiasOnUncertainCostNote>().ToList();

        if (uplift is { } u)
        {
            var note = notes.Should().ContainSingle().Subject;
            note.Uplift.Should().Be((decimal)u);
            note.Cost.Path.Should().Be("$.costs[0].amount");
            note.Message.Should().Contain("Green Book reduces optimism bias as risks are quantified");
        }
        else
        {
            notes.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("\"oneOff\": 1.5", "$.appraisal.optimismBias.oneOff", 1.5)]
    [InlineData("\"recurring\": 2", "$.appraisal.optimismBias.recurring", 2.0)]
    [InlineData("\"oneOff\": 1", null, 0.0)] // 100% is not above 1
    [InlineData("\"preset\": \"equipment-development\"", null, 0.0)] // the Green Book's own 200% is not warned of
    public void NotesOf_UpliftAboveOne_Warns(string bias, string? path, double value)
    {
        var scenario = Read(Simple("{ \"from\": \"f2f\", \"share\": 0.5, \"to\": \"web\" }", appraisal: $"\"years\": 5, \"optimismBias\": {{ {bias} }}"));

        var notes = Appraiser.NotesOf(scenario).OfType<UnusualValueNote>().ToList();

        if (path is null)
        {
            notes.Should().BeEmpty();
        }
        else
        {
            notes.Should().ContainSingle().Which.Should().Match<UnusualValueNote>(n => n.Path == path && n.Value == (decimal)value && n.UsualMaximum == 1m);
        }
    }

    [Fact]
    public void AppraiseOption_FailureAndHelp_ActOnlyOnTheDigitalPart()
    {
        // Socitm 2010 (7.40 / 2.90 / 0.32), 100,000 visits a year, half moved: 30,000 to the web, 20,000 to the
        // telephone. 20% of the 30,000 web contacts fail: 6,000, of which 70% come back by phone (4,200 × 2.90 =
        // 12,180) and 30% at the counter (1,800 × 7.40 = 13,320); 10% of the 30,000 need help at 3.00 = 9,000. The
        // 20,000 moved to the phone neither fail nor need help. Saving = 30,000 × 7.08 + 20,000 × 4.50 − 12,180
        // − 13,320 − 9,000 = 212,400 + 90,000 − 34,500 = 267,900.
        var scenario = Read(Simple(
            "{ \"from\": \"f2f\", \"share\": 0.5, \"to\": { \"web\": 0.6, \"telephone\": 0.4 }, \"failureDemand\": { \"share\": 0.2, \"returnsTo\": { \"telephone\": 0.7, \"face-to-face\": 0.3 } }, \"assistedDigital\": { \"share\": 0.1, \"cost\": 3.00 } }",
            volumes: "\"face-to-face\": 100000, \"telephone\": 0"));

        var year = Appraiser.AppraiseOption(scenario, scenario.Options[0]).Years[1];

        year.Saving.Should().Be(267_900m);
        year.Contacts["telephone"].Should().Be(24_200m, "20,000 moved + 4,200 failed back");
        year.Contacts["face-to-face"].Should().Be(51_800m, "50,000 left + 1,800 failed back");
    }

    [Fact]
    public void UnitCostsOf_WithADeflator_ShowsEachBeforeAndAfterRebasing()
    {
        // Socitm 2010 face-to-face 7.40 at 2010 prices, rebased to 2026 with a 2.5% deflator: 7.40 × 1.025¹⁶
        // = 10.98535… (1.025¹⁶ = 1.4845056…); the web 0.32 → 0.47505…. Without a deflator each stays as it is.
        var rebased = Appraiser.UnitCostsOf(ScenarioReader.Parse("""
            { "unitCosts": { "catalogue": "socitm-2010" }, "baseline": { "period": "year", "volumes": { "f2f": 100 } },
              "shifts": [ { "from": "f2f", "share": 0.5, "to": "web" } ],
              "appraisal": { "years": 2, "priceBaseYear": 2026, "gdpDeflator": { "rate": 0.025 } } }
            """, null));
        var plain = Appraiser.UnitCostsOf(Read(Simple("{ \"from\": \"f2f\", \"share\": 0.5, \"to\": \"web\" }")));

        var f2f = rebased.Single(u => u.Channel == Channel.FaceToFace);
        (f2f.Amount, f2f.PriceYear, f2f.PriceBaseYear, f2f.Digital).Should().Be((7.40m, 2010, 2026, false));
        ((double)f2f.Used).Should().BeApproximately(10.985341, 0.000001);
        ((double)rebased.Single(u => u.Channel == Channel.Web).Used).Should().BeApproximately(0.475042, 0.000001);
        rebased.Single(u => u.Channel == Channel.Web).Digital.Should().BeTrue();
        plain.Should().OnlyContain(u => u.Used == u.Amount && u.PriceBaseYear == u.PriceYear);
    }

    [Fact]
    public void AppraiseOption_BdoClaimOverFiveYears_IsTheGreenBookAnnuity()
    {
        // fixtures §2: 2,220,000 a year in years 1–5 has present value 2,220,000 × 4.5150524 = 10,023,416.27.
        var scenario = Read(Simple("{ \"from\": \"f2f\", \"share\": 0.5, \"to\": \"avoided\" }", volumes: "\"face-to-face\": 600000"));

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years.Skip(1).Should().OnlyContain(y => y.Saving == 2_220_000.00m);
        result.Npv.Should().Be(10_023_416.27m);
        result.PresentValueCosts.Should().Be(0m);
        result.BenefitCostRatio.Should().BeNull();
        result.Roi.Should().BeNull();
        result.PaybackYears.Should().Be(0);
        result.Irr.Should().BeNull();
        result.IrrNote.Should().Be("no sign change");
    }

    [Fact]
    public void AppraiseOption_WasteServices_FollowsTheHandCalculation()
    {
        // By hand (Socitm 2012: 8.62 / 2.83 / 0.15). 600,000 visits a year; half moved, linear over 3 years:
        // moved = 100,000, 200,000, 300,000, then 300,000. Per contact moved: 8.62 − 0.7 × 0.15 − 0.2 × 2.83
        // − failure 0.2 × 0.7 × 2.83 = 8.62 − 0.105 − 0.566 − 0.3962 = 7.5528.
        // Savings 755,280 / 1,510,560 / 2,265,840 …; costs 250,000 × 1.4 = 350,000 in year 0, 40,000 a year after.
        var scenario = ScenarioReader.Parse(ScenarioReaderTests.WasteServices, null);

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years.Select(y => y.Saving).Should().Equal(0m, 755_280m, 1_510_560m, 2_265_840m, 2_265_840m, 2_265_840m, 2_265_840m, 2_265_840m, 2_265_840m, 2_265_840m, 2_265_840m);
        result.Years[0].Costs.Should().Be(350_000m);
        result.Years[0].CostsBeforeOptimismBias.Should().Be(250_000m);
        result.Years[1].Costs.Should().Be(40_000m);
        result.Years[1].Net.Should().Be(715_280m);
        result.Years[3].Contacts["face-to-face"].Should().Be(300_000m);
        result.Years[3].Contacts["telephone"].Should().Be(1_440_000m + (300_000m * 0.2m) + (300_000m * 0.14m));
        result.Years[3].ContactsMoved.Should().Be(300_000m);

        var npv = -350_000.0;
        for (var t = 1; t <= 10; t++)
        {
            npv += ((755_280.0 * Math.Min(t, 3)) - 40_000.0) / Math.Pow(1.035, t);
        }

        Tolerance.Absolute(npv, (double)result.Npv, 0.01, "NPV");
        var pvc = 350_000.0 + Enumerable.Range(1, 10).Sum(t => 40_000.0 / Math.Pow(1.035, t));
        Tolerance.Absolute(pvc, (double)result.PresentValueCosts, 0.01, "PVC");
        Tolerance.Absolute((npv + pvc) / pvc, result.BenefitCostRatio!.Value, 1e-9, "BCR");
        Tolerance.Absolute(npv / pvc, result.Roi!.Value, 1e-9, "ROI");
        Tolerance.Absolute(350_000.0 / 715_280.0, result.PaybackYears!.Value, 1e-12, "payback: C0 = −350,000 recovered within year 1");
        Tolerance.Absolute(350_000.0 / (715_280.0 / 1.035), result.DiscountedPaybackYears!.Value, 1e-9, "discounted payback");
    }

    [Fact]
    public void AppraiseOption_WithoutCostBehaviour_CashableEqualsSaving()
    {
        var scenario = ScenarioReader.Parse(ScenarioReaderTests.WasteServices, null);

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years.Should().OnlyContain(y => y.CashableSaving == y.Saving && y.NonCashableSaving == 0m);
        result.Cashable.Should().BeNull("without cost behaviour there is no cashable case to show");
    }

    [Fact]
    public void AppraiseOption_SCurve_FollowsFixtureTakeUp()
    {
        // fixtures §2a: start 0.2, target 0.8, years 4 → a(1..6) = 0.2, 0.386488, 0.613512, 0.8, 0.909742, 0.962119.
        // 100,000 visits at 6.56 (Socitm 2008) all avoided at full take-up: saving = 656,000 × a(t).
        var scenario = Read(Simple("{ \"from\": \"f2f\", \"share\": 1, \"to\": \"avoided\", \"adoption\": { \"curve\": \"s-curve\", \"start\": 0.2, \"target\": 0.8, \"years\": 4 } }", "\"unitCosts\": { \"catalogue\": \"socitm-2008\" },", "\"years\": 6"));

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        double[] a = [0, 0.2, 0.386488, 0.613512, 0.8, 0.909742, 0.962119];
        for (var t = 0; t <= 6; t++)
        {
            Tolerance.Absolute(656_000 * a[t], (double)result.Years[t].Saving, 656_000 * 0.0000005 + 0.005, $"saving in year {t}");
        }
    }

    [Fact]
    public void AppraiseOption_DemandGrowth_AppliesFromYearTwo()
    {
        // Volumes in year t ≥ 1 are baseline × (1 + g)^(t − 1): 100,000 × 1.02² = 104,040 in year 3.
        var scenario = Read(Simple("{ \"from\": \"f2f\", \"share\": 0.5, \"to\": \"web\" }", "\"demandGrowth\": 0.02,"));

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years[1].Contacts["face-to-face"].Should().Be(50_000m);
        result.Years[3].Contacts["face-to-face"].Should().Be(52_020m);
        result.Years[3].ContactsMoved.Should().Be(52_020m);
        result.Years[3].Saving.Should().Be(52_020m * (7.40m - 0.32m));
    }

    [Fact]
    public void AppraiseOption_OptimismBiasPresetAndHaircut_ApplyToCostsAndSavings()
    {
        // equipment-development, upper bound: +200% on one-off costs; benefits haircut 10%; recurring +41% (explicit).
        // Year 1: saving 10,000 × 7.40 = 74,000; net = 74,000 × 0.9 − 5,000 × 1.41 = 66,600 − 7,050 = 59,550.
        var scenario = Read(Simple(
            "{ \"from\": \"f2f\", \"share\": 1, \"to\": \"avoided\" }",
            "\"costs\": [ { \"name\": \"Build\", \"type\": \"one-off\", \"year\": 0, \"amount\": 100000 }, { \"name\": \"Run\", \"type\": \"recurring\", \"amount\": 5000 } ],",
            "\"years\": 2, \"optimismBias\": { \"preset\": \"equipment-development\", \"recurring\": 0.41, \"benefits\": 0.1 }",
            "\"face-to-face\": 10000"));

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years[0].Costs.Should().Be(300_000m);
        result.Years[0].CostsBeforeOptimismBias.Should().Be(100_000m);
        result.Years[1].Costs.Should().Be(7_050m);
        result.Years[1].Saving.Should().Be(74_000m);
        result.Years[1].Net.Should().Be(59_550m);
    }

    [Fact]
    public void AppraiseOption_GdpDeflator_RebasesUnitCostsToThePriceBaseYear()
    {
        // An own cost of 10.00 at 2024 prices, rebased to 2026 with a 2% deflator: 10 × 1.02² = 10.404 a visit;
        // 1,000 visits no longer needed save 10,404.00 a year.
        var scenario = Read(Simple(
            "{ \"from\": \"f2f\", \"share\": 1, \"to\": \"avoided\" }",
            "\"unitCosts\": { \"overrides\": { \"face-to-face\": 10.00 }, \"priceYear\": 2024 },",
            "\"years\": 1, \"priceBaseYear\": 2026, \"gdpDeflator\": { \"rate\": 0.02 }",
            "\"face-to-face\": 1000"));

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years[1].Saving.Should().Be(10_404.00m);
    }

    [Fact]
    public void Appraise_Options_AreRankedByNpv()
    {
        var json = """
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "options": [
                { "name": "Small", "shifts": [ { "from": "f2f", "share": 0.1, "to": "web" } ] },
                { "name": "Large", "shifts": [ { "from": "f2f", "share": 0.5, "to": "web" } ] },
                { "name": "Costly", "shifts": [ { "from": "f2f", "share": 0.5, "to": "web" } ], "costs": [ { "name": "x", "type": "one-off", "year": 0, "amount": 100000 } ] }
              ],
              "appraisal": { "years": 3 } }
            """;

        var appraisal = Appraiser.Appraise(Read(json));

        appraisal.Options.Select(o => o.OptionName).Should().Equal("Large", "Costly", "Small");
    }

    [Fact]
    public void AppraiseOption_ZeroShift_NpvIsMinusPvc()
    {
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 500_000], Gen.Int[1, 20]).Sample(t =>
        {
            var (oneOff, recurring, years) = t;
            var scenario = Read(Simple(
                "{ \"from\": \"f2f\", \"share\": 0, \"to\": \"web\" }",
                $"\"costs\": [ {{ \"name\": \"a\", \"type\": \"one-off\", \"year\": 0, \"amount\": {oneOff} }}, {{ \"name\": \"b\", \"type\": \"recurring\", \"amount\": {recurring} }} ],",
                $"\"years\": {years}, \"optimismBias\": {{ \"oneOff\": 0.4 }}"));
            var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]).Unrounded;
            result.Npv.Should().Be(-result.PresentValueCosts);
        });
    }

    [Fact]
    public void AppraiseOption_DoublingEveryVolume_DoublesTheSaving()
    {
        Gen.Select(Gen.Int[0, 2_000_000], Gen.Int[0, 100], Gen.Int[0, 5]).Sample(t =>
        {
            var (volume, percent, growthPercent) = t;
            string Json(long v) => Simple(
                $"{{ \"from\": \"f2f\", \"share\": {percent / 100.0:R}, \"to\": {{ \"web\": 0.6, \"telephone\": 0.4 }}, \"adoption\": {{ \"curve\": \"linear\", \"years\": 3 }}, \"failureDemand\": {{ \"share\": 0.2, \"returnsTo\": \"telephone\" }} }}",
                $"\"demandGrowth\": {growthPercent / 100.0:R},",
                "\"years\": 6",
                $"\"face-to-face\": {v}, \"telephone\": {v}");
            var one = Appraiser.AppraiseOption(Read(Json(volume)), Read(Json(volume)).Options[0]).Unrounded;
            var two = Appraiser.AppraiseOption(Read(Json(2L * volume)), Read(Json(2L * volume)).Options[0]).Unrounded;
            for (var y = 0; y <= 6; y++)
            {
                two.Years[y].Saving.Should().BeApproximately(2m * one.Years[y].Saving, 0.0000001m);
            }
        });
    }

    [Fact]
    public void AppraiseOption_FactorsHeldToTwelvePlaces_AreWithinTheStatedBoundOfTheExactFactors()
    {
        // docs/methodology.md, "Precision": the appraisal discounts with factors held to 12 places, so each present value
        // is within 5e-13 × |net| of DF × net at the 28-digit factor, and the NPV within 5e-13 × Σ|net|.
        Gen.Select(Gen.Int[0, 5_000_000], Gen.Int[0, 100], Gen.Int[0, 5], Gen.Int[1, 60], Gen.Int[0, 3]).Sample(t =>
        {
            var (volume, percent, growthPercent, years, discounting) = t;
            var rate = discounting switch { 0 => "\"green-book\"", 1 => "\"green-book-health\"", 2 => "{ \"rate\": 0.07 }", _ => "{ \"rate\": 0.5 }" };
            var scenario = Read(Simple(
                string.Create(CultureInfo.InvariantCulture, $"{{ \"from\": \"f2f\", \"share\": {percent / 100.0:R}, \"to\": {{ \"web\": 0.6, \"telephone\": 0.4 }}, \"adoption\": {{ \"curve\": \"s-curve\", \"start\": 0.2, \"target\": 0.8, \"years\": 4 }} }}"),
                string.Create(CultureInfo.InvariantCulture, $"\"demandGrowth\": {growthPercent / 100.0:R}, \"costs\": [ {{ \"name\": \"a\", \"type\": \"one-off\", \"year\": 0, \"amount\": 750000 }}, {{ \"name\": \"b\", \"type\": \"recurring\", \"amount\": 33333.33 }} ],"),
                $"\"years\": {years}, \"discounting\": {rate}",
                $"\"face-to-face\": {volume}, \"telephone\": {volume}"));
            var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]).Unrounded;
            var exact = scenario.Appraisal.Discounting.Factors(years);

            var exactNpv = 0m;
            var sumOfNets = 0m;
            for (var y = 0; y <= years; y++)
            {
                var year = result.Years[y];
                Math.Abs(year.PresentValue - (exact[y] * year.Net)).Should().BeLessThanOrEqualTo((0.0000000000005m * Math.Abs(year.Net)) + 0.000000000000000001m);
                exactNpv += exact[y] * year.Net;
                sumOfNets += Math.Abs(year.Net);
            }

            Math.Abs(result.Npv - exactNpv).Should().BeLessThanOrEqualTo((0.0000000000005m * sumOfNets) + 0.000000000000000001m);
        });
    }

    [Fact]
    public void AppraiseOption_NpvFallsAsTheDiscountRateRises()
    {
        // For net ≥ 0 after year 0, every discount factor falls as the rate rises, so NPV does too.
        Gen.Select(Gen.Int[0, 250], Gen.Int[1, 250], Gen.Int[0, 100]).Sample(t =>
        {
            var (low, step, percent) = t;
            string Json(int permille) => Simple(
                $"{{ \"from\": \"f2f\", \"share\": {percent / 100.0:R}, \"to\": \"web\" }}",
                "\"costs\": [ { \"name\": \"a\", \"type\": \"one-off\", \"year\": 0, \"amount\": 50000 } ],",
                string.Create(CultureInfo.InvariantCulture, $"\"years\": 10, \"discounting\": {{ \"rate\": {permille / 1000.0:R} }}"));
            var at = (int p) => Appraiser.AppraiseOption(Read(Json(p)), Read(Json(p)).Options[0]).Unrounded.Npv;
            var higher = at(low + step);
            var lower = at(low);
            if (percent == 0)
            {
                higher.Should().Be(lower);
            }
            else
            {
                higher.Should().BeLessThan(lower);
            }
        });
    }
}
