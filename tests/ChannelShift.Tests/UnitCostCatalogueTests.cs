namespace ChannelShift.Tests;

public class UnitCostCatalogueTests
{
    // shared/reference/unit-costs.md, copied: every published figure by key and channel.
    [Theory]
    [InlineData("nwegg-2006", "face-to-face", 7.81)]
    [InlineData("nwegg-2006", "telephone", 4.00)]
    [InlineData("nwegg-2006", "web", 0.17)]
    [InlineData("nwegg-2006", "ivr", 0.09)]
    [InlineData("esd-2008", "face-to-face", 10.53)]
    [InlineData("esd-2008", "telephone", 3.39)]
    [InlineData("esd-2008", "web", 0.08)]
    [InlineData("esd-2008", "post", 12.10)]
    [InlineData("socitm-2008", "face-to-face", 6.56)]
    [InlineData("socitm-2008", "telephone", 3.22)]
    [InlineData("socitm-2008", "web", 0.27)]
    [InlineData("socitm-2010", "face-to-face", 7.40)]
    [InlineData("socitm-2010", "telephone", 2.90)]
    [InlineData("socitm-2010", "web", 0.32)]
    [InlineData("socitm-2012", "face-to-face", 8.62)]
    [InlineData("socitm-2012", "telephone", 2.83)]
    [InlineData("socitm-2012", "web", 0.15)]
    [InlineData("dsa-2012", "telephone", 4.11)]
    [InlineData("dsa-2012", "web", 0.22)]
    [InlineData("dsa-2012", "post", 6.62)]
    [InlineData("west-dunbartonshire-2017", "face-to-face", 8.21)]
    [InlineData("west-dunbartonshire-2017", "telephone", 2.59)]
    [InlineData("west-dunbartonshire-2017", "web", 0.09)]
    [InlineData("deloitte-au-2015", "face-to-face", 16.90)]
    [InlineData("deloitte-au-2015", "telephone", 6.60)]
    [InlineData("deloitte-au-2015", "web", 0.40)]
    [InlineData("deloitte-au-2015", "post", 12.79)]
    public void Get_PublishedSet_HasThePublishedFigure(string key, string channel, double amount) =>
        UnitCostCatalogue.Get(key).CostOf(Channel.Parse(channel)).Should().Be((decimal)amount);

    [Fact]
    public void Sets_EachFigureCarriesProvenance()
    {
        UnitCostCatalogue.Keys.Should().Equal("nwegg-2006", "esd-2008", "socitm-2008", "socitm-2010", "socitm-2012", "dsa-2012", "west-dunbartonshire-2017", "deloitte-au-2015");
        foreach (var cost in UnitCostCatalogue.Sets.SelectMany(s => s.Costs))
        {
            cost.Provenance.Publisher.Should().NotBeNullOrWhiteSpace();
            cost.Provenance.PriceYear.Should().BeInRange(2006, 2017);
        }

        UnitCostCatalogue.Get("deloitte-au-2015").Currency.Should().Be("AUD");
        UnitCostCatalogue.Get("socitm-2012").Costs[0].Provenance.PriceYear.Should().Be(2011);
    }

    [Fact]
    public void Get_UnknownKey_ListsKeysAndSuggests() =>
        ((Action)(() => UnitCostCatalogue.Get("socitm-2011"))).Should().Throw<ArgumentException>()
            .WithMessage("catalogue: \"socitm-2011\" is not a unit-cost set (did you mean \"socitm-2010\"?); expected one of nwegg-2006, *");

    [Fact]
    public void WithCost_AnotherCurrency_IsAnError()
    {
        var gbp = UnitCostCatalogue.Get("socitm-2010");
        var aud = new Provenance("x", "x", "2015", 2015, "AUD", CostBasis.PerTransaction, "x");

        var act = () => gbp.WithCost(Channel.Web, 0.40m, aud);

        act.Should().Throw<ArgumentException>().WithMessage("web: the cost is in AUD but the set is in GBP*");
    }

    [Fact]
    public void WithCost_Override_ReplacesOneChannelOnly()
    {
        var set = UnitCostCatalogue.Get("socitm-2010").WithCost(Channel.FaceToFace, 9.10m);

        set.CostOf(Channel.FaceToFace).Should().Be(9.10m);
        set.CostOf(Channel.Web).Should().Be(0.32m);
        UnitCostCatalogue.Get("socitm-2010").CostOf(Channel.FaceToFace).Should().Be(7.40m);
    }

    [Fact]
    public void WithCost_Negative_Throws() =>
        ((Action)(() => UnitCostCatalogue.Get("socitm-2010").WithCost(Channel.Web, -0.01m))).Should().Throw<InputValidationException>();
}
