using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Tests.Appraisal;

public class FinancialViewTests
{
    // 100,000 visits a year, half no longer needed at once (the council's own 7.40, at 2024 prices): saving 370,000 a
    // year, 333,000 after a 10% benefits haircut. A platform of 100,000 in year 1 (capital, +40% optimism bias =
    // 140,000, of which 40,000 contingency) and a licence of 20,000 a year from year 1 (revenue, +10% = 22,000, of
    // which 2,000 contingency).
    // Real prices of 2024; year 0 is 2026/27; inflation 2% a year.
    private const string Json = """
        { "unitCosts": { "catalogue": "socitm-2010", "overrides": { "face-to-face": 7.40 }, "priceYear": 2024 },
          "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
          "shifts": [ { "from": "f2f", "share": 0.5, "to": "avoided" } ],
          "costs": [ { "name": "Platform", "type": "one-off", "year": 1, "amount": 100000, "funding": "capital" },
                     { "name": "Licence", "type": "recurring", "fromYear": 1, "amount": 20000 } ],
          "appraisal": { "years": 2, "firstYear": 2026, "priceBaseYear": 2024, "inflation": { "rate": 0.02 },
                         "optimismBias": { "oneOff": 0.4, "recurring": 0.1, "benefits": 0.1 } } }
        """;

    [Fact]
    public void Of_OneYear_IsTheHandCalculation()
    {
        // Year 1 is 2027/28, 3 years after the 2024 price base: cash factor 1.02³ = 1.061208.
        // Capital 140,000 × 1.061208 = 148,569.12; revenue 22,000 × 1.061208 = 23,346.576 → 23,346.58;
        // contingency 42,000 × 1.061208 = 44,570.736 → 44,570.74; cashable saving 333,000 × 1.061208 = 353,382.264
        // → 353,382.26; revenue net 353,382.264 − 23,346.576 = 330,035.688 → 330,035.69; net 330,035.688
        // − 148,569.12 = 181,466.568 → 181,466.57 (year 0 is all zero, so the cumulative net is the same).
        var view = FinancialView.Of(ScenarioReader.Parse(Json, null));

        var year = view.Options.Single().Years[1];
        year.Label.Should().Be("2027/28");
        year.CashFactor.Should().Be(1.061208m);
        year.CapitalCosts.Should().Be(148_569.12m);
        year.RevenueCosts.Should().Be(23_346.58m);
        year.OptimismBias.Should().Be(44_570.74m);
        year.Saving.Should().Be(353_382.26m);
        year.RevenueNet.Should().Be(330_035.69m);
        year.Net.Should().Be(181_466.57m);
        year.CumulativeNet.Should().Be(181_466.57m);
        view.Options.Single().Years[0].Net.Should().Be(0m);
        view.Inflation.Should().Be(0.02m);
        view.InflationStated.Should().BeTrue();
        view.PriceBaseYear.Should().Be(2024);
    }

    [Fact]
    public void Of_ReleaseAndClosureCosts_FollowTheirFunding()
    {
        // A service point (annual 50,000, closure 20,000 funded from capital) closes in year 1 when 80% of 100,000
        // visits are avoided: variableShare 0, so the cashable saving is the 50,000 the step saves. Inflation from
        // the deflator's rate, 0 here, so cash = real: capital 20,000; revenue 0; revenue net 50,000; net 30,000.
        var json = """
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.8, "to": "avoided" } ],
              "costBehaviour": { "face-to-face": { "variableShare": 0, "fixed": [
                { "name": "Service point", "annualCost": 50000, "closesBelow": 65000, "closureCost": 20000, "closureFunding": "capital" } ] } },
              "appraisal": { "years": 1, "firstYear": 2026, "priceBaseYear": 2026, "gdpDeflator": { "rate": 0 } } }
            """;

        var year = FinancialView.Of(ScenarioReader.Parse(json, null)).Options.Single().Years[1];

        year.CapitalCosts.Should().Be(20_000m);
        year.RevenueCosts.Should().Be(0m);
        year.Saving.Should().Be(50_000m);
        year.RevenueNet.Should().Be(50_000m);
        year.Net.Should().Be(30_000m);
    }

    [Fact]
    public void Of_UnitCostsAtTheirOwnPrices_InflatesTheSavingFromThem()
    {
        // Socitm 2010 (7.40 at 2010 prices), no deflator, first year 2026, inflation 2%: the saving of 50,000 visits
        // avoided, 370,000 a year at 2010 prices, is inflated from 2010 (year 1: 1.02^17 = 1.400241419…, so
        // 370,000 × 1.400241419 = 518,089.33), and a cost of 10,000 stated at the 2026 price base from 2026
        // (1.02 → 10,200.00).
        var json = """
            { "unitCosts": { "catalogue": "socitm-2010" }, "baseline": { "period": "year", "volumes": { "f2f": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.5, "to": "avoided" } ],
              "costs": [ { "name": "Licence", "type": "recurring", "fromYear": 1, "amount": 10000 } ],
              "appraisal": { "years": 1, "firstYear": 2026, "inflation": { "rate": 0.02 } } }
            """;

        var view = FinancialView.Of(ScenarioReader.Parse(json, null));
        var year = view.Options.Single().Years[1];

        view.SavingsPriceYear.Should().Be(2010);
        year.Saving.Should().Be(518_089.33m);
        year.RevenueCosts.Should().Be(10_200.00m);
    }

    [Fact]
    public void Of_AverageBasis_LeavesReleaseAndClosureCostsOut()
    {
        // docs/cashable-savings.md's example, year 1: at average cost the saving is 740,000 and there are no costs of
        // the change; the 180,000 release cost belongs to the cashable case only. Deflator 2.5%, year 0 at 2010:
        // 740,000 × 1.025 = 758,500.00 and revenue costs 0.
        using var file = File.OpenRead(Docs.RepositoryRoot.File("docs", "examples", "bdo-2012-cashable.json"));
        var scenario = ScenarioReader.Read(file, "bdo-2012-cashable.json");

        var average = FinancialView.Of(scenario, basis: Basis.Average).Options.Single().Years[1];
        var cashable = FinancialView.Of(scenario).Options.Single().Years[1];

        (average.Saving, average.RevenueCosts).Should().Be((758_500.00m, 0m));
        (cashable.Saving, cashable.RevenueCosts).Should().Be((518_650.00m, 184_500.00m));
    }

    [Theory]
    [InlineData("{ \"catalogue\": \"socitm-2010\", \"overrides\": { \"web\": 0.5 }, \"priceYear\": 2012 }", "", "$.appraisal.gdpDeflator")]
    [InlineData("{ \"catalogue\": \"socitm-2010\" }", "\"costBehaviour\": { \"face-to-face\": { \"variableShare\": 0.5 } },", "$.appraisal.gdpDeflator")]
    public void Of_PricesThatCannotBeTurnedIntoCash_NamesTheDeflator(string unitCosts, string behaviour, string path)
    {
        // Unit costs at 2010 and 2012 prices with nothing to rebase them; or at 2010 prices beside staff and building
        // costs at the 2026 price base in a cashable saving.
        var json = "{ \"unitCosts\": " + unitCosts + ", \"baseline\": { \"period\": \"year\", \"volumes\": { \"f2f\": 100 } }, "
            + "\"shifts\": [ { \"from\": \"f2f\", \"share\": 0.5, \"to\": \"web\" } ], " + behaviour
            + " \"appraisal\": { \"years\": 1, \"firstYear\": 2026, \"inflation\": { \"rate\": 0.02 } } }";

        var act = () => FinancialView.Of(ScenarioReader.Parse(json, null));

        act.Should().Throw<InputValidationException>().Which.Problems.Single().Path.Should().Be(path);
    }

    [Fact]
    public void Of_CashTooLargeToCompute_IsAProblemNotACrash()
    {
        var act = () => FinancialView.Of(ScenarioReader.Parse(Json.Replace("\"years\": 2,", "\"years\": 900,", StringComparison.Ordinal).Replace("\"rate\": 0.02", "\"rate\": 0.3", StringComparison.Ordinal), null));

        act.Should().Throw<InputValidationException>().Which.Problems.Single().Path.Should().Be("$.appraisal.inflation");
    }

    [Fact]
    public void Of_NoInflation_NamesWhatToGive()
    {
        var act = () => FinancialView.Of(ScenarioReader.Parse(Json.Replace("\"inflation\": { \"rate\": 0.02 },", "", StringComparison.Ordinal), null));

        act.Should().Throw<InputValidationException>().Which.Problems.Single().Path.Should().Be("$.appraisal.inflation");
    }

    [Fact]
    public void Parse_UnknownFunding_IsAProblemWithASuggestion()
    {
        var act = () => ScenarioReader.Parse(Json.Replace("\"funding\": \"capital\"", "\"funding\": \"capitol\"", StringComparison.Ordinal), null);

        act.Should().Throw<InputValidationException>().Which.Problems.Single().ToString()
            .Should().Contain("$.costs[0].funding: \"capitol\" is not a kind of funding (did you mean \"capital\"?); expected capital or revenue");
    }
}
