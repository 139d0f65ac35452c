using System.Globalization;
using ChannelShift.Tests.Support;

namespace ChannelShift.Tests;

public class GdpDeflatorTests
{
    // fixtures.md §2, Green Book worked table: with a 2% GDP deflator, nominal 1,000 in each of years 0–5 is, in year-0
    // prices, 1,000 / 980 / 961 / 942 / 924 / 906 rounded to the pound (1,000 / 1.02^t).
    [Theory]
    [InlineData(0, 1000)]
    [InlineData(1, 980)]
    [InlineData(2, 961)]
    [InlineData(3, 942)]
    [InlineData(4, 924)]
    [InlineData(5, 906)]
    public void Rebase_TwoPercentRate_MatchesTheGreenBookWorkedTable(int year, int expectedPounds)
    {
        var real = GdpDeflator.Rate(0.02).Rebase(1_000m, year, 0);
        Math.Round(real, 0, MidpointRounding.AwayFromZero).Should().Be(expectedPounds);
    }

    [Fact]
    public void Rebase_TwoPercentRate_IsExactInDecimal()
    {
        var deflator = GdpDeflator.Rate(0.02);

        deflator.Rebase(1_000m, 1, 0).Should().Be(1_000m / 1.02m);
        deflator.Rebase(1_000m, 0, 2).Should().Be(1_040.4m); // 1,000 × 1.02² = 1,000 × 1.0404
        deflator.Rebase(1_000m, 2026, 2029).Should().Be(1_061.208m); // 1.02³ = 1.061208
        deflator.Rebase(123.45m, 2020, 2020).Should().Be(123.45m);
    }

    [Fact]
    public void Rebase_Index_ScalesByTheRatioOfTheYears()
    {
        // £7.40 at 2010 prices in 2012 prices with index {2010: 87.1, 2012: 91.3}: 7.40 × 91.3 = 675.62, and
        // 675.62 / 87.1 = 7.7568312… (87.1 × 7.7568 = 675.61728, remainder 0.00272 / 87.1 = 0.0000312), £7.76 to the penny.
        var deflator = GdpDeflator.Index(new Dictionary<int, decimal> { [2010] = 87.1m, [2012] = 91.3m });
        var rebased = deflator.Rebase(7.40m, 2010, 2012);

        rebased.Should().Be(675.62m / 87.1m);
        Tolerance.Places(7.7568312, (double)rebased, 7);
        Math.Round(rebased, 2, MidpointRounding.AwayFromZero).Should().Be(7.76m);

        // And back again: 7.7568312… × 87.1 / 91.3 = 7.40.
        Math.Abs(deflator.Rebase(rebased, 2012, 2010) - 7.40m).Should().BeLessThan(1e-20m);
    }

    [Fact]
    public void Rebase_IndexSameYear_IsTheAmount() =>
        GdpDeflator.Index(new Dictionary<int, decimal> { [2010] = 87.1m }).Rebase(5m, 2010, 2010).Should().Be(5m);

    [Theory]
    [InlineData(2011, 2012, "fromPriceYear")]
    [InlineData(2010, 2013, "toPriceYear")]
    public void Rebase_IndexMissingAYear_ThrowsNamingTheYearAndTheYearsPresent(int from, int to, string param)
    {
        var deflator = GdpDeflator.Index(new Dictionary<int, decimal> { [2012] = 91.3m, [2010] = 87.1m });
        var act = () => deflator.Rebase(1m, from, to);
        var error = act.Should().Throw<ArgumentException>().Which;

        error.ParamName.Should().Be(param);
        var missing = param == "fromPriceYear" ? from : to;
        error.Message.Should().Contain(missing.ToString(CultureInfo.InvariantCulture)).And.Contain("2010, 2012");
    }

    [Fact]
    public void Index_Invalid_Throws()
    {
        FluentActions.Invoking(() => GdpDeflator.Index(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GdpDeflator.Index(new Dictionary<int, decimal>())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GdpDeflator.Index(new Dictionary<int, decimal> { [2010] = 87.1m, [2011] = 0m }))
            .Should().Throw<InputValidationException>().Where(e => e.Message.StartsWith("index[2011]: 0 "));
    }

    [Fact]
    public void Index_IsCopied_SoLaterChangesDoNotLeakIn()
    {
        var source = new Dictionary<int, decimal> { [2010] = 100m, [2011] = 110m };
        var deflator = GdpDeflator.Index(source);
        source[2011] = 200m;

        deflator.Rebase(10m, 2010, 2011).Should().Be(11m);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(10.5)]
    public void Rate_Invalid_Throws(double rate)
    {
        var act = () => GdpDeflator.Rate(rate);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "rate");
    }

    [Fact]
    public void Description_InTheInvariantCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            GdpDeflator.Rate(0.02).Description.Should().Be("rate 0.02");
            GdpDeflator.Index(new Dictionary<int, decimal> { [2012] = 91.3m, [2010] = 87.1m }).ToString().Should().Be("index 2010–2012 (2 years)");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
