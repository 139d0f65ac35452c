using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class FinancialViewCommandTests
{
    public static TheoryData<string> Examples => new(Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Appraise_FinancialViewOfEveryExample_Runs(string file)
    {
        foreach (var format in new[] { "table", "json", "csv", "markdown" })
        {
            var run = AppRun.Of("appraise", Repository.Example(file), "--view", "financial", "--format", format);

            run.ExitCode.Should().Be(0, $"{file} {format}: {run.Error}");
            run.Output.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Appraise_FinancialViewOfTheCashableExample_IsTheWorkedCashInflated()
    {
        // docs/cashable-savings.md: cashable saving 506,000 and release costs 180,000 in year 1, at 2010 prices with
        // year 0 taken at 2010; the deflator's 2.5% makes year 1 cash × 1.025: 518,650.00 and 184,500.00, revenue
        // net 334,150.00 (no capital costs).
        var json = AppRun.Of("appraise", Repository.Example("bdo-2012-cashable.json"), "--view", "financial", "--format", "json").Json();

        json.GetProperty("view").GetString().Should().Be("financial");
        json.GetProperty("inflationFrom").GetString().Should().Be("gdpDeflator");
        var year = json.GetProperty("options")[0].GetProperty("years")[1];
        year.GetProperty("cashableSaving").GetDecimal().Should().Be(518_650.00m);
        year.GetProperty("revenueCosts").GetDecimal().Should().Be(184_500.00m);
        year.GetProperty("capitalCosts").GetDecimal().Should().Be(0m);
        year.GetProperty("revenueNet").GetDecimal().Should().Be(334_150.00m);
        year.GetProperty("net").GetDecimal().Should().Be(334_150.00m);
    }

    [Fact]
    public void Appraise_FinancialViewWithoutInflation_Exit2NamingTheField()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("channelshift-fin-").FullName, "c.json");
        File.WriteAllText(path, """
            { "baseline": { "period": "year", "volumes": { "face-to-face": 1000 } },
              "shifts": [ { "from": "f2f", "share": 0.5, "to": "web" } ], "appraisal": { "years": 2 } }
            """);

        var run = AppRun.Of("appraise", path, "--view", "financial");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("$.appraisal.inflation").And.Contain("\"inflation\": { \"rate\": 0.025 }");
    }

    [Fact]
    public void Appraise_UnknownView_Exit2()
    {
        var run = AppRun.Of("appraise", Repository.Example("bdo-2012.json"), "--view", "cash");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--view: \"cash\" is not a view; expected economic or financial.");
    }
}
