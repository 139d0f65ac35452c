using ChannelShift.Appraisal;
using ChannelShift.Uncertainty;

namespace ChannelShift.Tests;

/// <summary>The model is immutable: a scenario built in code keeps copies of every collection given to it, so
/// changing a list afterwards changes no result.</summary>
public class ScenarioTests
{
    [Fact]
    public void Constructor_EveryCollectionMutatedAfterwards_ResultsUnchanged()
    {
        var volumes = new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 50_000m, [Channel.Telephone] = 100_000m };
        var parts = new List<KeyValuePair<Channel, Share>> { new(Channel.Web, Share.FromPercent(80)), new(Channel.Avoided, Share.FromPercent(20)) };
        var shifts = new List<PlannedShift>
        {
            new(new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.Of(parts), new FailureDemand(Share.FromPercent(20), Channel.Telephone), new AssistedDigital(Share.FromPercent(10), 5m)), AdoptionCurve.Linear(3), name: "Counter to online"),
        };
        var costs = new List<CostItem> { new("Platform", CostType.OneOff, 0, null, 250_000m), new("Licence", CostType.Recurring, 1, null, 40_000m) };
        var options = new List<ScenarioOption> { new("Online", shifts, costs) };
        var intervals = new List<OpeningInterval> { new(TimeSpan.FromHours(20), 0.5), new(TimeSpan.FromHours(20), 0.5) };
        var steps = new List<FixedStep> { new("Service point", 150_000m, 450_000m, closureCost: 50_000m) };
        var staffing = new ChannelStaffing(TimeSpan.FromMinutes(10), new ServiceLevelTarget(0.8, TimeSpan.FromMinutes(5)), 0.3, new OpeningHoursProfile(intervals, 52), 1650, 36_000m, 15_000m);
        var behaviour = new Dictionary<Channel, CostBehaviour> { [Channel.FaceToFace] = new(0.1m, staffing, steps, 0.1) };
        var index = new Dictionary<int, decimal> { [2011] = 90m, [2025] = 100m };
        var settings = new AppraisalSettings(5, DiscountSchedule.GreenBook, OptimismBias.Create(0.4m), 2025, 2025, GdpDeflator.Index(index));
        var uncertain = new List<UncertainInput> { new(ScenarioInput.UnitCost(Channel.FaceToFace), Distribution.Triangular(4.83, 8.62, 9.56)) };
        var scenario = new Scenario("Immutable", UnitCostCatalogue.Get("socitm-2012"), new Baseline(ContactPeriod.Month, volumes), 0.01m, options, settings, behaviour, new ScenarioUncertainty(uncertain, null));

        var before = Run(scenario);

        volumes[Channel.FaceToFace] = 1m;
        volumes[Channel.Web] = 7m;
        parts.Clear();
        shifts.Clear();
        costs.Add(new CostItem("Surprise", CostType.OneOff, 0, null, 9_999_999m));
        options.Add(new ScenarioOption("Another", [], []));
        intervals[0] = new OpeningInterval(TimeSpan.FromHours(1), 0.5);
        steps.Clear();
        behaviour.Clear();
        index[2011] = 1m;
        uncertain.Clear();

        Run(scenario).Should().Be(before);
        scenario.Options.Should().ContainSingle();
        scenario.Uncertainty.Inputs.Should().ContainSingle();
        scenario.Baseline.Volumes.Should().HaveCount(2);
    }

    [Fact]
    public void Collections_CastBackToTheirTypes_CannotBeChanged()
    {
        var scenario = new Scenario("Read-only", UnitCostCatalogue.Get("socitm-2012"), new Baseline(ContactPeriod.Year, new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 1000m }), 0m, [new ScenarioOption("A", [], [])], new AppraisalSettings(3));

        (scenario.Options is IList<ScenarioOption> { IsReadOnly: true }).Should().BeTrue();
        (scenario.Baseline.Volumes is IDictionary<Channel, decimal> { IsReadOnly: true }).Should().BeTrue();
        (Appraiser.Appraise(scenario).Options[0].Years is IList<YearResult> { IsReadOnly: true }).Should().BeTrue();
    }

    [Fact]
    public void Constructor_ChannelWithoutUnitCost_ProblemNamesTheChannelAndTheOption()
    {
        // socitm-2010 has no cost for webchat; the option moves visits to it.
        var baseline = new Baseline(ContactPeriod.Year, new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 1000m });
        var shift = new PlannedShift(new Shift(Channel.FaceToFace, Share.FromPercent(50), DestinationMix.To(Channel.Webchat)), AdoptionCurve.Immediate);
        var act = () => new Scenario("Missing", UnitCostCatalogue.Get("socitm-2010"), baseline, 0m, [new ScenarioOption("Chat", [shift], [])], new AppraisalSettings(3));

        var problem = act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("unitCosts");
        problem.Code.Should().Be(ProblemCodes.Missing);
        problem.Value.Should().Be("webchat");
        problem.What.Should().Contain("\"webchat\"").And.Contain("option \"Chat\"");
    }

    [Fact]
    public void FindOption_NamesDifferingOnlyInCase_ExactMatchFirstThenIgnoringCase()
    {
        var scenario = Small().WithOptions([new ScenarioOption("Web", [], []), new ScenarioOption("WEB", [], []), new ScenarioOption("Phone", [], [])]);

        scenario.FindOption("WEB").Should().Be(1);
        scenario.FindOption("Web").Should().Be(0);
        scenario.FindOption("phone").Should().Be(2);
    }

    [Fact]
    public void Describe_VolumeOfAChannelNoOptionUses_IsNotANumberOfTheScenario()
    {
        var act = () => Small().Describe(ScenarioInput.Volume(Channel.Email));

        act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.UnknownName);
    }

    private static Scenario Small() =>
        new("Small", UnitCostCatalogue.Get("socitm-2012"), new Baseline(ContactPeriod.Year, new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 1000m }), 0m, [new ScenarioOption("A", [], [])], new AppraisalSettings(3));

    /// <summary>NPV, cashable NPV, each year's saving and cashable saving, and a small Monte Carlo's percentiles, as text.</summary>
    private static string Run(Scenario scenario)
    {
        var appraisal = Appraiser.AppraiseOption(scenario, scenario.Options[0]);
        var simulation = MonteCarlo.Run(scenario, new MonteCarloOptions(2_000, 7, threads: 1));
        return string.Join(
            "; ",
            appraisal.Npv,
            appraisal.Cashable?.Npv,
            string.Join(",", appraisal.Years.Select(y => $"{y.Saving}/{y.CashableSaving}")),
            simulation.Npv.P10,
            simulation.Npv.P90,
            simulation.Basis);
    }
}
