using ChannelShift.Appraisal;

namespace ChannelShift.Tests.Appraisal;

public class BdoClaimTests
{
    // fixtures.md §1: every reading of the claim with its published saving and whether it is over £2m.
    [Theory]
    [InlineData("avoided-socitm-2010", 2_220_000.00, true)]
    [InlineData("web-socitm-2010", 2_124_000.00, true)]
    [InlineData("telephone-socitm-2010", 1_350_000.00, false)]
    [InlineData("avoided-socitm-2012", 2_586_000.00, true)]
    [InlineData("web-socitm-2012", 2_541_000.00, true)]
    [InlineData("avoided-socitm-2008", 1_968_000.00, false)]
    [InlineData("avoided-socitm-2010-per-month", 185_000.00, false)]
    public void Reproduce_EachReading_GivesTheFixtureSaving(string key, double saving, bool over)
    {
        var reading = BdoClaim.Reproduce().Cases.Single(c => c.Key == key);

        reading.Saving.Should().Be((decimal)saving);
        reading.MeetsClaim.Should().Be(over);
    }

    [Fact]
    public void Reproduce_Headline_Is300000VisitsAt740()
    {
        var r = BdoClaim.Reproduce();

        r.Headline.AnnualVolume.Should().Be(600_000m);
        r.Headline.AnnualContactsMoved.Should().Be(300_000m);
        r.Headline.Flows.Single().CostPerContactFrom.Should().Be(7.40m);
        r.Cases[0].Key.Should().Be("avoided-socitm-2010");
        MoneyRounding.ToPenny(r.BreakEvenCostPerVisit).Should().Be(6.67m);
    }
}
