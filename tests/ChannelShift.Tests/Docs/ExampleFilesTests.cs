using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// Every example in docs/examples states the prices it is in: a price base year and a GDP deflator that rebases its
/// published unit costs to it, so no example mixes a 2011 cost per contact with a 2026 project cost. The report's own
/// case (the bdo-2012 files) stays at the report's 2010 prices.
/// </summary>
public class ExampleFilesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryRoot.File("docs", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_StatesItsPriceBaseAndDeflator_AndRaisesNoPriceWarning(string name)
    {
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", name));
        var scenario = ScenarioReader.Read(file, name);

        scenario.Appraisal.PriceBaseYear.Should().NotBeNull(name + " should state its price base year");
        scenario.Appraisal.Deflator.Should().NotBeNull(name + " should state a GDP deflator");
        var notes = Appraiser.Appraise(scenario).Notes;
        notes.Should().NotContain(n => n is PriceYearDiffersNote || n is MixedPriceYearsNote, name + " should rebase its unit costs");
        if (name.StartsWith("bdo-2012", StringComparison.Ordinal))
        {
            scenario.Appraisal.PriceBaseYear.Should().Be(2010);
        }
    }
}
