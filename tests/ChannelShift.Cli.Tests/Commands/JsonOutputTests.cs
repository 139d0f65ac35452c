using ChannelShift.Appraisal;
using ChannelShift.Cli.Tests.Support;
using ChannelShift.Serialization;
using ChannelShift.Staffing;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// The app's JSON is the library's: for every command, <c>--format json</c> prints exactly what
/// <see cref="ResultJson"/> writes for the result the library computes (so a .NET user gets the same bytes).
/// </summary>
public class JsonOutputTests
{
    public static TheoryData<string> Examples() => new(ExampleFiles());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Appraise_EveryExample_PrintsTheLibrarysJson(string file)
    {
        var path = Path.Combine(Repository.Root, "docs", "examples", file);
        var library = ResultJson.Serialize(Appraiser.Appraise(Load(path)));

        AppRun.Of("appraise", path, "--format", "json").Output.Should().Be(library + Environment.NewLine);
    }

    [Fact]
    public void Appraise_EveryExample_HasOneShapeWhateverTheNumberOfOptions()
    {
        foreach (var file in ExampleFiles())
        {
            var json = AppRun.Of("appraise", Path.Combine(Repository.Root, "docs", "examples", file), "--format", "json").Json();
            json.TryGetProperty("npv", out _).Should().BeFalse(file);
            json.GetProperty("options")[0].GetProperty("rank").GetInt32().Should().Be(1, file);
            json.GetProperty("options")[0].GetProperty("name").GetString().Should().NotBeNullOrEmpty(file);
        }
    }

    [Fact]
    public void Simulate_PrintsTheLibrarysJson()
    {
        var path = Path.Combine(Repository.Root, "docs", "examples", "waste-services-uncertain.json");
        var library = ResultJson.Serialize(MonteCarlo.Run(Load(path), new MonteCarloOptions(5_000, 11, savingTarget: 500_000m), cancellationToken: TestContext.Current.CancellationToken));

        AppRun.Of("simulate", path, "--iterations", "5000", "--seed", "11", "--saving-target", "500000", "--format", "json").Output.Should().Be(library + Environment.NewLine);
    }

    [Fact]
    public void Sensitivity_PrintsTheLibrarysJson()
    {
        var path = Path.Combine(Repository.Root, "docs", "examples", "northshire-options.json");
        var scenario = Load(path);
        var library = ResultJson.Serialize(Sensitivity.Analyse(scenario, option: scenario.FindOption("Webchat first"), cancellationToken: TestContext.Current.CancellationToken));

        AppRun.Of("sensitivity", path, "--option", "webchat first", "--format", "json").Output.Should().Be(library + Environment.NewLine);
    }

    [Fact]
    public void Batch_PrintsTheLibrarysJson()
    {
        var path = Path.Combine(Repository.Root, "docs", "examples", "waste-services.json");
        var councils = Path.Combine(Repository.Root, "docs", "examples", "councils.csv");
        var scenario = Load(path);
        using var csv = File.OpenRead(councils);
        var library = ResultJson.Serialize(BatchAppraisal.Run(scenario, CouncilsCsv.Read(scenario, csv, councils), cancellationToken: TestContext.Current.CancellationToken));

        AppRun.Of("batch", path, "--councils", councils, "--format", "json").Output.Should().Be(library + Environment.NewLine);
    }

    [Fact]
    public void EstimateBdoCostsSurveyStaffing_PrintTheLibrarysJson()
    {
        var shift = new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.To(Channel.Web));
        var estimate = HeadlineEstimate.Calculate(50_000m, ContactPeriod.Month, shift, UnitCostCatalogue.Get(UnitCostCatalogue.DefaultKey));
        AppRun.Of("estimate", "--from", "f2f", "--volume", "50000", "--per", "month", "--shift", "50%", "--to", "web", "--format", "json").Output
            .Should().Be(ResultJson.Serialize(estimate) + Environment.NewLine);

        AppRun.Of("bdo", "--format", "json").Output.Should().Be(ResultJson.Serialize(BdoClaim.Reproduce()) + Environment.NewLine);
        AppRun.Of("costs", "--format", "json").Output.Should().Be(ResultJson.Serialize(UnitCostCatalogue.Sets) + Environment.NewLine);
        AppRun.Of("survey", "--yes", "16", "--of", "67", "--format", "json").Output.Should().Be(ResultJson.Serialize(SurveyProportion.Wilson(16, 67)) + Environment.NewLine);

        var demand = new QueueDemand(100, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180));
        var outcome = ErlangC.FewestAgents(demand, new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)), 0, 1);
        AppRun.Of("staffing", "--arrivals", "100", "--interval", "30m", "--aht", "180s", "--answer-within", "20s", "--target", "80%", "--format", "json").Output
            .Should().Be(ResultJson.Serialize(new IntervalStaffing(demand, outcome, 0.8)) + Environment.NewLine);
    }

    [Fact]
    public void Write_ToAStream_IsTheTextAndALineBreakInUtf8()
    {
        var appraisal = Appraiser.Appraise(Load(Path.Combine(Repository.Root, "docs", "examples", "bdo-2012-cashable.json")));
        using var stream = new MemoryStream();

        ResultJson.Write(stream, appraisal);

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ResultJson.Serialize(appraisal) + "\n");
        System.Text.Json.JsonSerializer.Serialize(appraisal, ResultJson.Options).Should().Be(ResultJson.Serialize(appraisal));
    }

    private static IEnumerable<string> ExampleFiles() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static Scenario Load(string path)
    {
        using var stream = File.OpenRead(path);
        return ScenarioReader.Read(stream, Path.GetFileName(path));
    }
}
