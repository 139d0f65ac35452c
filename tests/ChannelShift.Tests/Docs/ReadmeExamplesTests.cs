using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// The C# of README.md's quick start, line for line (each <c>Console.WriteLine(x); // shown</c> of the README becomes an
/// assertion that x is what the README shows), so that the README's code compiles and its figures are true. Expected
/// figures are the report's case (fixtures §1: 300,000 × 7.40 = 2,220,000.00) and hand calculations written beside them.
/// </summary>
public class ReadmeExamplesTests
{
    [Fact]
    public void QuickStart_ReportsCase_SavesTwoPointTwoTwoMillion()
    {
        // README: "The report's case in C#"
        var costs = UnitCostCatalogue.Get("socitm-2010");
        var shift = new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.To(Channel.Avoided));
        var estimate = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, shift, costs);

        // 50,000 × 12 × 50% = 300,000 visits a year (fixtures §1)
        estimate.AnnualContactsMoved.ToString("N0", CultureInfo.InvariantCulture).Should().Be("300,000");

        // 300,000 × 7.40 = 2,220,000.00 (fixtures §1, first row)
        estimate.AnnualSaving.ToString("N2", CultureInfo.InvariantCulture).Should().Be("2,220,000.00");

        // 2,220,000 / 12 = 185,000.00 (fixtures §1, last row)
        estimate.SavingPerPeriod.ToString("N2", CultureInfo.InvariantCulture).Should().Be("185,000.00");
    }

    [Fact]
    public void QuickStart_MixWithFailureDemandAndAssistedDigital_SavesAsHandCalculated()
    {
        // README: "A mix, failure demand and assisted digital"
        var costs = UnitCostCatalogue.Get("socitm-2010");
        var mix = DestinationMix.Of(
            (Channel.Web, Share.FromPercent(70)),
            (Channel.Telephone, Share.FromPercent(20)),
            (Channel.Avoided, Share.FromPercent(10)));
        var digital = new Shift(
            Channel.FaceToFace,
            Share.FromPercent(50),
            mix,
            failureDemand: new FailureDemand(Share.FromPercent(20), Channel.Telephone),
            assistedDigital: new AssistedDigital(Share.FromPercent(10), 2.90m));
        var result = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, digital, costs);

        // Hand calculation: 300,000 moved; cost removed 300,000 × 7.40 = 2,220,000;
        // cost added = 210,000 × 0.32 + 60,000 × 2.90 + 0 (avoided) + 42,000 × 2.90 (20% of the 210,000 sent to the web
        // come back by phone) + 210,000 × 10% × 2.90 (help for a tenth of those moved to the web; none for the phone)
        // = 67,200 + 174,000 + 121,800 + 60,900 = 423,900; saving = 2,220,000 − 423,900 = 1,796,100.
        result.AnnualCostRemoved.ToString("N2", CultureInfo.InvariantCulture).Should().Be("2,220,000.00");
        result.AnnualCostAdded.ToString("N2", CultureInfo.InvariantCulture).Should().Be("423,900.00");
        result.AnnualSaving.ToString("N2", CultureInfo.InvariantCulture).Should().Be("1,796,100.00");

        var lines = result.Flows.Select(flow => FormattableString.Invariant($"{flow.Kind} {flow.To}: {flow.AnnualContacts:N0} contacts, saving {flow.AnnualSaving:N2}")).ToList();
        lines.Should().Equal(
            "Destination web: 210,000 contacts, saving 1,486,800.00",
            "Destination telephone: 60,000 contacts, saving 270,000.00",
            "Destination avoided: 30,000 contacts, saving 222,000.00",
            "FailureDemand telephone: 42,000 contacts, saving -121,800.00",
            "AssistedDigital assisted-digital: 21,000 contacts, saving -60,900.00");
    }

    [Fact]
    public void QuickStart_OwnFigure_ReplacesThePublishedCost()
    {
        // README: "Your own figures"
        var ours = UnitCostCatalogue.Get("socitm-2010").WithCost(Channel.FaceToFace, 9.10m);
        var shift = new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.To(Channel.Avoided));
        var estimate = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, shift, ours);

        // 300,000 × 9.10 = 2,730,000.00
        estimate.AnnualSaving.ToString("N2", CultureInfo.InvariantCulture).Should().Be("2,730,000.00");
        ours.Key.Should().Be("socitm-2010+overrides");
    }

    [Fact]
    public void QuickStart_AppraiseWasteServices_GivesTheWorkedFigures()
    {
        // README: "A business case from a scenario file" (the README opens docs/examples/waste-services.json relative to
        // the repository; the test finds the repository first). Figures: docs/methodology.md works them by hand, and
        // MethodologyWorkedExampleTests checks them line by line.
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "waste-services.json"));
        var scenario = ScenarioReader.Read(file, "waste-services.json");
        var appraisal = Appraiser.Appraise(scenario);
        var best = appraisal.Options[0];

        best.Years[1].Saving.ToString("N2", CultureInfo.InvariantCulture).Should().Be("1,093,870.64");
        best.Npv.ToString("N2", CultureInfo.InvariantCulture).Should().Be("23,474,307.29");
        (best.BenefitCostRatio?.ToString("0.00", CultureInfo.InvariantCulture)).Should().Be("35.39");
        (best.PaybackYears?.ToString("0.000", CultureInfo.InvariantCulture)).Should().Be("0.332");
    }

    [Fact]
    public void QuickStart_BrokenFile_ListsEveryProblemWithLineAndPath()
    {
        // README: "Every problem at once". The share is on line 7.
        const string json = """
            {
              "name": "A council",
              "baseline": { "period": "month",
                            "volumes": { "face-to-face": 50000 } },
              "shifts": [
                { "from": "face-to-face",
                  "share": 1.4, "to": "web" }
              ],
              "appraisal": { "years": 10, "discounting": "green-bok" }
            }
            """;
        var problems = new List<string>();
        try
        {
            ScenarioReader.Parse(json, "council.json");
        }
        catch (InputValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                problems.Add(problem.ToString());
            }
        }

        problems.Should().Equal(
            "council.json:7: $.shifts[0].share: 1.4 is not a share; expected a number from 0 to 1",
            "council.json:9: $.appraisal.discounting: \"green-bok\" is not a discounting schedule (did you mean \"green-book\"?); expected green-book, green-book-health or { \"rate\": 0.035 }");
    }
}
