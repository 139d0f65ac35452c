using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class CostsCommandTests
{
    [Fact]
    public void Costs_All_ListsEverySetWithProvenance()
    {
        var run = AppRun.Of("costs");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("socitm-2010").And.Contain("Socitm Insight").And.Contain("£7.40").And.Contain("A$16.90").And.Contain("deloitte-au-2015");
    }

    [Fact]
    public void Costs_OneSetAsJson_HasAmountsAndProvenance()
    {
        var json = AppRun.Of("costs", "socitm-2012", "--format", "json").Json();

        var set = json.GetProperty("sets").EnumerateArray().Single();
        set.GetProperty("key").GetString().Should().Be("socitm-2012");
        var f2f = set.GetProperty("costs")[0];
        f2f.GetProperty("channel").GetString().Should().Be("face-to-face");
        f2f.GetProperty("amount").GetDecimal().Should().Be(8.62m);
        f2f.GetProperty("priceYear").GetInt32().Should().Be(2011);
        f2f.GetProperty("publisher").GetString().Should().Be("Socitm Channel Value Benchmarking");
    }

    [Fact]
    public void Costs_Unknown_Exit2WithSuggestion()
    {
        var run = AppRun.Of("costs", "socitm2012");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("did you mean \"socitm-2012\"");
    }
}
