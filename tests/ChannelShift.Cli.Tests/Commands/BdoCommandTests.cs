using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class BdoCommandTests
{
    [Fact]
    public void Bdo_Table_ExplainsTheClaimInPlainWords()
    {
        var run = AppRun.Of("bdo");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        // Sentences wrap to the width, so the words are read with the line breaks taken out.
        System.Text.RegularExpressions.Regex.Replace(run.Output, "\\s+", " ").Should().Contain("50,000 face-to-face visits a month × 12 = 600,000 visits a year")
            .And.Contain("300,000 × £7.40 = £2,220,000 a year")
            .And.Contain("states no cost per visit")
            .And.Contain("an assumption, not a quotation")
            .And.Contain("£2,124,000 a year").And.Contain("£1,350,000 a year").And.Contain("£2,586,000 a year")
            .And.Contain("£1,968,000 a year").And.Contain("£185,000 a month").And.Contain("£6.67");
    }

    // fixtures.md §1, through the app's JSON.
    [Theory]
    [InlineData("avoided-socitm-2010", 2220000.00, true)]
    [InlineData("web-socitm-2010", 2124000.00, true)]
    [InlineData("telephone-socitm-2010", 1350000.00, false)]
    [InlineData("avoided-socitm-2012", 2586000.00, true)]
    [InlineData("web-socitm-2012", 2541000.00, true)]
    [InlineData("avoided-socitm-2008", 1968000.00, false)]
    [InlineData("avoided-socitm-2010-per-month", 185000.00, false)]
    public void Bdo_Json_HasEachFixtureRow(string key, double saving, bool over)
    {
        var json = AppRun.Of("bdo", "--format", "json").Json();

        var row = json.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key);
        row.GetProperty("saving").GetDecimal().Should().Be((decimal)saving);
        row.GetProperty("overClaim").GetBoolean().Should().Be(over);
        json.GetProperty("breakEvenCostPerContact").GetDecimal().Should().Be(6.67m);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Bdo_AnyCulture_PrintsTheSameInEveryFormat(string culture)
    {
        foreach (var format in new[] { "table", "json", "csv" })
        {
            AppRun.Under(culture, "bdo", "--format", format).Output.Should().Be(AppRun.Of("bdo", "--format", format).Output);
        }
    }

    [Fact]
    public void Bdo_Csv_HasAHeaderAndOneRowPerReading()
    {
        var lines = AppRun.Of("bdo", "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("key,description,catalogue,to,annualContactsMoved,costPerContactFrom,costPerContactTo,per,saving,overClaim");
        lines.Should().HaveCount(8);
        lines[1].Should().StartWith("avoided-socitm-2010,").And.EndWith(",year,2220000.00,true");
    }
}
