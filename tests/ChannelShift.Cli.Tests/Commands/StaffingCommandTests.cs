using System.Text.Json;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public class StaffingCommandTests
{
    // fixtures §4 E1 (CRAN package ErlangC, README): 100 calls per 30 min, AHT 180 s, answer within 20 s; A = 10.
    private static readonly string[] E1 = ["staffing", "--arrivals", "100", "--interval", "30m", "--aht", "180s", "--answer-within", "20s"];

    // fixtures §4 E3 ("Erlang uplift" worked example): 250 calls per hour, AHT 330 s, 80% answered within 30 s.
    private static readonly string[] E3 = ["staffing", "--arrivals", "250", "--interval", "1h", "--aht", "330s", "--answer-within", "30s", "--target", "80%"];

    [Theory]
    // fixtures §4 E1, CRAN ErlangC README: P(wait) to 7 places; SL to the places printed there.
    [InlineData("14", 0.1741319, 0.88835, 5)]
    [InlineData("11", 0.6821182, 0.3896138, 7)]
    public void Staffing_FixtureE1GivenAgents_JsonHasThePublishedWaitAndServiceLevel(string agents, double waiting, double serviceLevel, int places)
    {
        var run = AppRun.Of([.. E1, "--agents", agents, "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        var json = run.Json();
        json.GetProperty("trafficErlangs").GetDouble().Should().Be(10, "100 × 180 s / 1800 s");
        json.GetProperty("agents").GetInt32().Should().Be(int.Parse(agents, System.Globalization.CultureInfo.InvariantCulture));
        Places(json, "probabilityOfWaiting", waiting, 7);
        Places(json, "serviceLevel", serviceLevel, places);
    }

    [Fact]
    public void Staffing_FixtureE1With14Agents_JsonHasThePublishedSpeedOfAnswerOccupancyAndEchoedInputs()
    {
        var json = AppRun.Of([.. E1, "--agents", "14", "--format", "json"]).Json();

        // fixtures §4 E1: ASA 7.836 s, occupancy 0.7142857 (= 10/14).
        Places(json, "averageSpeedOfAnswerSeconds", 7.836, 3);
        Places(json, "occupancy", 0.7142857, 7);
        json.GetProperty("staffWithShrinkage").GetInt32().Should().Be(14, "--shrinkage defaults to 0%");
        json.GetProperty("shrinkage").GetDouble().Should().Be(0);
        json.GetProperty("target").ValueKind.Should().Be(JsonValueKind.Null, "no --target was given");
        json.GetProperty("maximumOccupancy").ValueKind.Should().Be(JsonValueKind.Null, "no cap unless asked");
        json.GetProperty("meetsTarget").ValueKind.Should().Be(JsonValueKind.Null);
        json.GetProperty("arrivals").GetDouble().Should().Be(100);
        json.GetProperty("intervalSeconds").GetDouble().Should().Be(1800);
        json.GetProperty("ahtSeconds").GetDouble().Should().Be(180);
        json.GetProperty("answerWithinSeconds").GetDouble().Should().Be(20);
        json.GetProperty("mode").GetString().Should().Be("given-agents");
    }

    [Theory]
    // fixtures §4 E2 (pyworkforce tutorial): E1 with 80% in 20 s, max occupancy 85%, shrinkage 30% → 14 agents, 20 staff
    // (14 / 0.7 = 20 exactly). The shares are accepted as percentages or as fractions.
    [InlineData("80%", "30%", "85%")]
    [InlineData("0.8", "0.3", "0.85")]
    public void Staffing_FixtureE2_Finds14AgentsAnd20Staff(string target, string shrinkage, string cap)
    {
        var run = AppRun.Of([.. E1, "--target", target, "--max-occupancy", cap, "--shrinkage", shrinkage, "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("agents").GetInt32().Should().Be(14);
        json.GetProperty("staffWithShrinkage").GetInt32().Should().Be(20);
        json.GetProperty("target").GetDouble().Should().Be(0.8);
        json.GetProperty("shrinkage").GetDouble().Should().Be(0.3);
        json.GetProperty("maximumOccupancy").GetDouble().Should().Be(0.85);
        json.GetProperty("meetsTarget").GetBoolean().Should().BeTrue();
        json.GetProperty("withinMaximumOccupancy").GetBoolean().Should().BeTrue();
        json.GetProperty("mode").GetString().Should().Be("fewest-agents");
    }

    [Fact]
    public void Staffing_FixtureE2With13Agents_IsBelowTheTarget()
    {
        // fixtures §4 E2: N = 13 gives SL 0.7956, below the 80% target.
        var json = AppRun.Of([.. E1, "--agents", "13", "--target", "80%", "--format", "json"]).Json();

        Places(json, "serviceLevel", 0.7956, 4);
        json.GetProperty("meetsTarget").GetBoolean().Should().BeFalse();
        json.GetProperty("target").GetDouble().Should().Be(0.8);
    }

    [Fact]
    public void Staffing_FixtureE3_Finds28Agents()
    {
        // fixtures §4 E3: A = 22.917; 28 agents needed (SL 0.857).
        var run = AppRun.Of([.. E3, "--format", "json"]);

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("agents").GetInt32().Should().Be(28);
        Places(json, "trafficErlangs", 22.917, 3);
        Places(json, "serviceLevel", 0.857, 3);
    }

    [Fact]
    public void Staffing_FixtureE3With27Agents_IsBelowTheTarget()
    {
        // fixtures §4 E3: N = 27 gives SL 0.782 (below 80%).
        var json = AppRun.Of([.. E3, "--agents", "27", "--format", "json"]).Json();

        Places(json, "serviceLevel", 0.782, 3);
        json.GetProperty("meetsTarget").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void Staffing_FixtureE4_21AgentsAt30PercentShrinkageAre30Staff()
    {
        // fixtures §4 E4: 21 / (1 − 0.3) = 30 exactly, not 31 (21 agents on E1's queue of 10 Erlangs is stable).
        var json = AppRun.Of([.. E1, "--agents", "21", "--shrinkage", "30%", "--format", "json"]).Json();

        json.GetProperty("agents").GetInt32().Should().Be(21);
        json.GetProperty("staffWithShrinkage").GetInt32().Should().Be(30);
    }

    [Fact]
    public void Staffing_OccupancyCap_AppliesOnlyWhenAsked()
    {
        // E1's 10 Erlangs with a 10% target: 11 agents (the fewest stable) answer 39% in 20 s (fixtures §4 E1), so 11
        // meet it without a cap; with --max-occupancy 85%, 10/11 = 90.9% is too busy and 10/12 = 83.3% is not: 12.
        var free = AppRun.Of([.. E1, "--target", "10%", "--format", "json"]).Json();
        var capped = AppRun.Of([.. E1, "--target", "10%", "--max-occupancy", "85%", "--format", "json"]).Json();

        free.GetProperty("agents").GetInt32().Should().Be(11);
        free.GetProperty("maximumOccupancy").ValueKind.Should().Be(JsonValueKind.Null);
        capped.GetProperty("agents").GetInt32().Should().Be(12);
        capped.GetProperty("maximumOccupancy").GetDouble().Should().Be(0.85);
    }

    [Fact]
    public void Staffing_OccupancyExactlyAtTheCap_MeetsIt()
    {
        // 110.5 arrivals × 180 s ÷ 1800 s = 11.05 Erlangs; 11.05 ÷ 13 = 0.85 exactly, which meets an 85% cap, and
        // 11.05 ÷ 12 = 92.1% does not. A 1% target in 20 s is met by any stable queue that size, so the cap decides: 13.
        var run = AppRun.Of("staffing", "--arrivals", "110.5", "--interval", "1800s", "--aht", "180s", "--answer-within", "20s", "--target", "1%", "--max-occupancy", "85%", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("agents").GetInt32().Should().Be(13);
        run.Json().GetProperty("withinMaximumOccupancy").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Staffing_Table_SaysTheResultInWords()
    {
        // fixtures §4 E1/E2: SL 0.88835 → 88.8%; 14 / 0.7 = 20 staff; A = 10.
        var run = AppRun.Of([.. E1, "--target", "80%", "--shrinkage", "30%"]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("14 agents answer 88.8% of contacts within 20 s (target 80%); 20 staff with 30% shrinkage.");
        run.Output.Should().Contain("100 contacts in 30 min, 180 s each: a traffic of 10 Erlangs.");
        run.Output.Should().Contain("17.41%", "P(wait) 0.1741319");
        run.Output.Should().NotContain("NaN").And.NotContain("∞").And.NotContain("Infinity");
    }

    [Fact]
    public void Staffing_Csv_HasAHeaderAndOneRow()
    {
        var lines = AppRun.Of([.. E1, "--target", "80%", "--shrinkage", "30%", "--format", "csv"])
            .Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        lines.Should().HaveCount(2);
        var header = lines[0].Split(',');
        var row = lines[1].Split(',');
        row.Should().HaveSameCount(header);
        var field = header.Zip(row).ToDictionary(p => p.First, p => p.Second);
        field["agents"].Should().Be("14");
        field["staffWithShrinkage"].Should().Be("20");
        field["trafficErlangs"].Should().Be("10");
        field["target"].Should().Be("0.8");
        field["shrinkage"].Should().Be("0.3");
        field["maximumOccupancy"].Should().BeEmpty("no cap unless asked");
        double.Parse(field["probabilityOfWaiting"], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(0.1741319, 0.5e-7);
    }

    [Theory]
    // fixtures §4 E1: A = 10, so 10 agents (or fewer) cannot keep up; the fewest stable is ⌊10⌋ + 1 = 11.
    [InlineData("10")]
    [InlineData("0")]
    [InlineData("3")]
    public void Staffing_UnstableQueue_OneLineSayingUnstableAndTheFewestStableAgentsExit2(string agents)
    {
        var run = AppRun.Of([.. E1, "--agents", agents, "--format", "json"]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        var line = run.ErrorLines.Should().ContainSingle().Subject;
        line.Should().Contain("unstable").And.Contain("11");
        run.Error.Should().NotContain("NaN").And.NotContain("Infinity").And.NotContain("∞");
    }

    [Fact]
    public void Staffing_NeitherTargetNorAgents_OneLineNamingTarget()
    {
        var run = AppRun.Of(E1);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--target").And.Contain("--agents");
    }

    // Careless inputs: each gets one line on stderr naming the option and the value, exit 2, nothing on stdout.
    [Theory]
    [InlineData("--arrivals=-5", "--arrivals: -5 is negative; expected a number of 0 or more.")]
    [InlineData("--arrivals=lots", "--arrivals: \"lots\" is not a finite number")]
    [InlineData("--arrivals=NaN", "--arrivals: \"NaN\" is not a finite number")]
    [InlineData("--arrivals=Infinity", "--arrivals: \"Infinity\" is not a finite number")]
    [InlineData("--arrivals=1e20", "--arrivals: 1E+20 gives a traffic of")]
    [InlineData("--interval=30", "--interval: \"30\" is not a duration; expected a number and a unit, s, m or h (e.g. 20s, 30m, 1.5h).")]
    [InlineData("--interval=30min", "--interval: \"30min\" is not a duration; expected a number and a unit, s, m or h")]
    [InlineData("--interval=0.5d", "--interval: \"0.5d\" is not a duration")]
    [InlineData("--interval=1e9h", "--interval: \"1e9h\" is not a duration")]
    [InlineData("--interval=9999999999h", "--interval: 9999999999h is too long")]
    [InlineData("--aht=0s", "--aht: 0s is zero; expected more than 0")]
    [InlineData("--aht=-180s", "--aht: -180s is negative")]
    [InlineData("--aht=NaNs", "--aht: \"NaNs\" is not a duration")]
    [InlineData("--aht=3,5m", "--aht: \"3,5m\" is not a duration")]
    [InlineData("--answer-within=20", "--answer-within: \"20\" is not a duration")]
    [InlineData("--answer-within=-1s", "--answer-within: -1s is negative; expected 0 or more")]
    [InlineData("--target=0%", "--target: 0% is out of range; expected a share above 0% and below 100%")]
    [InlineData("--target=100%", "--target: 100% is out of range")]
    [InlineData("--target=1", "--target: 1 is out of range")]
    [InlineData("--target=120%", "--target: 120% is not a share")]
    [InlineData("--target=high", "--target: \"high\" is not a share")]
    [InlineData("--target=NaN", "--target: \"NaN\" is not a share")]
    [InlineData("--shrinkage=100%", "--shrinkage: 100% leaves no time to answer contacts")]
    [InlineData("--shrinkage=-10%", "--shrinkage: -10% is not a share")]
    [InlineData("--max-occupancy=0", "--max-occupancy: 0 allows no work at all")]
    [InlineData("--max-occupancy=1e-9", "--max-occupancy: 1E-09 at a traffic of 10 Erlangs needs more than 2147483647 agents")]
    [InlineData("--format=xml", "--format: \"xml\" is not a format")]
    public void Staffing_CarelessInput_OneLineAndExit2(string change, string expected)
    {
        var args = new Dictionary<string, string>
        {
            ["--arrivals"] = "100",
            ["--interval"] = "30m",
            ["--aht"] = "180s",
            ["--answer-within"] = "20s",
            ["--target"] = "80%",
        };
        var eq = change.IndexOf('=', StringComparison.Ordinal);
        args[change[..eq]] = change[(eq + 1)..];

        var run = AppRun.Of(["staffing", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
        run.Error.Should().NotContain("   at ").And.NotContain("Usage:").And.NotContain("(Parameter");
    }

    [Theory]
    [InlineData("-1", "--agents: -1 is out of range; expected a whole number from 0 to 2147483647.")]
    [InlineData("2.5", "--agents: \"2.5\" is not a whole number")]
    [InlineData("many", "--agents: \"many\" is not a whole number")]
    public void Staffing_CarelessAgents_OneLineAndExit2(string agents, string expected)
    {
        var run = AppRun.Of([.. E1, "--agents", agents]);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void Staffing_SeveralMistakes_AllReportedAtOnce()
    {
        var run = AppRun.Of("staffing", "--arrivals", "-5", "--interval", "30", "--aht", "0s", "--answer-within", "20s", "--target", "100%", "--shrinkage", "100%");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().HaveCount(5);
        run.ErrorLines.Select(l => l.Split(':')[1].Trim()).Should().Equal("--arrivals", "--interval", "--aht", "--shrinkage", "--target");
    }

    [Fact]
    public void Staffing_MissingRequiredOptions_OneLineEach()
    {
        var run = AppRun.Of("staffing", "--target", "80%");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().HaveCount(4).And.OnlyContain(l => l.Contains("is required"));
    }

    [Theory]
    // 0.5h = 30m = 1800s, and 3m = 180s: the same queue as fixtures §4 E1 (A = 10), whatever the unit.
    [InlineData("0.5h", "3m")]
    [InlineData("1800s", "180s")]
    [InlineData("30 m", "0.05h")]
    public void Staffing_DurationsInAnyUnit_GiveTheSameQueue(string interval, string aht)
    {
        var run = AppRun.Of("staffing", "--arrivals", "100", "--interval", interval, "--aht", aht, "--answer-within", "20s", "--agents", "14", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("intervalSeconds").GetDouble().Should().Be(1800);
        json.GetProperty("ahtSeconds").GetDouble().Should().Be(180);
        json.GetProperty("trafficErlangs").GetDouble().Should().Be(10);
        Places(json, "probabilityOfWaiting", 0.1741319, 7);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Staffing_UnderGermanOrFrenchCulture_GivesIdenticalOutput(string format)
    {
        string[] args = ["staffing", "--arrivals", "250.5", "--interval", "1h", "--aht", "5.5m", "--answer-within", "30s", "--target", "0.8", "--shrinkage", "32.5%", "--format", format];

        var invariant = AppRun.Of(args);
        var german = AppRun.Under("de-DE", args);
        var french = AppRun.Under("fr-FR", args);

        invariant.ExitCode.Should().Be(0, invariant.Error);
        german.Output.Should().Be(invariant.Output);
        french.Output.Should().Be(invariant.Output);
        german.ExitCode.Should().Be(0);
        invariant.Output.Should().Contain("250.5");
    }

    private static void Places(JsonElement json, string name, double expected, int places) =>
        json.GetProperty(name).GetDouble().Should().BeApproximately(expected, 0.5 * Math.Pow(10, -places), $"{name} to {places} places");
}
