using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Staffing;
using ChannelShift.Tests.Serialization;
using ChannelShift.Tests.Staffing;
using CsCheck;

namespace ChannelShift.Tests.Appraisal;

/// <summary>
/// Cashable and non-cashable savings (issue 4 parts 3 and 4), each figure from a hand calculation shown beside it.
/// Unit costs are the default catalogue's (Socitm 2010: face-to-face 7.40, telephone 2.90, web 0.32).
/// </summary>
/// <remarks>
/// The staffed channels use one half-hour interval a week with all the week's contacts, 52 weeks a year, a handling
/// time of 180 s, 80% answered within 20 s, 30% shrinkage and 26 contracted hours per FTE, so that
/// FTE(V) = agents × 0.5 h × 52 / (1 − 0.3) / 26 = agents / 0.7, with V / 52 arrivals in the interval
/// (5,200 a year = 100 arrivals = 10 Erlangs = 14 agents, fixtures §4 E1/E2, = 20 FTE).
/// The other agent counts are in <see cref="AgentsAt"/>, derived there by the exact Erlang B recursion.
/// </remarks>
public class CashableSavingsTests
{
    private const decimal CostPerFte = 30_000m;
    private const decimal ReleaseCost = 10_000m;

    // Agents for a number of arrivals in the half hour at 180 s (and the risen handling times used below), target 80%
    // within 20 s. Found by hand with the exact Erlang B recursion (A = arrivals × AHT / 1800 s); the service levels at
    // N − 1 and N show that the target lies between them (SL = 1 − P(wait)·e^(−(N − A)·20/AHT)):
    //  arrivals  AHT   A     N   SL(N − 1)  SL(N)
    //   100     180  10     14   0.7956     0.8884   (fixtures §4 E1/E2)
    //   130     180  13     17   0.7605     0.8599
    //    75     180   7.5   11   0.7678     0.8808
    //    60     180   6      9   0.7142     0.8596
    //    50     180   5      8   0.7404     0.8801
    //    20     180   2      4   0.6023     0.8607
    //    75     198   8.25  12   0.7839     0.8861
    //    50     216   6      9   0.7034     0.8516
    public static TheoryData<int, int, int> AgentsAt => new()
    {
        { 100, 180, 14 },
        { 130, 180, 17 },
        { 75, 180, 11 },
        { 60, 180, 9 },
        { 50, 180, 8 },
        { 20, 180, 4 },
        { 75, 198, 12 },
        { 50, 216, 9 },
    };

    [Theory]
    [MemberData(nameof(AgentsAt))]
    public void AgentsAt_ExactErlangB_MatchesTheTableAboveAndTheModel(int arrivals, int handlingSeconds, int agents)
    {
        // The table is checked against an independent exact recursion (ExactErlang), and the staffing model used by the
        // ledger must agree with it, so that the figures below rest on checked agent counts.
        FewestAgentsExactly(arrivals, handlingSeconds).Should().Be(agents);
        var staffing = Staffing(handlingSeconds);
        staffing.AgentsInInterval(0, arrivals * 52.0).Should().Be(agents);
    }

    [Fact]
    public void AppraiseOption_NoCostBehaviour_CashableIsExactlyTheSaving()
    {
        // Issue 4 part 3: a channel without cost behaviour counts as wholly variable, so a scenario without any gives
        // exactly the appraisal's numbers: cashable saving = saving in every year, before and after rounding.
        var scenario = ScenarioReader.Parse(ScenarioReaderTests.WasteServices, null);

        var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        result.Years.Should().OnlyContain(y => y.CashableSaving == y.Saving && y.NonCashableSaving == 0m && y.CashableNet == y.Net && y.ReleaseCosts == 0m && y.ClosureCosts == 0m);
        result.Cashable.Should().BeNull();
        result.Unrounded.Years.Should().OnlyContain(y => y.CashableSaving == y.Saving && y.CashablePresentValue == y.PresentValue);
        result.Notes.Should().BeEmpty();
    }

    [Fact]
    public void AppraiseOption_RandomScenariosWithoutCostBehaviour_CashableIsExactlyTheSavingUnrounded()
    {
        // The same identity to the last digit of the decimal, for s-curves (adoption with many digits), mixed
        // destinations, failure demand, assisted digital, digital exclusion and growth.
        Gen.Select(Gen.Int[1, 3_000_000], Gen.Int[1, 100], Gen.Int[1, 99], Gen.Int[0, 50], Gen.Int[-5, 5], Gen.Int[0, 40]).Sample((volume, percent, webPercent, failurePercent, growthPercent, exclusionPercent) =>
        {
            var json = Inv($$"""
                { "baseline": { "period": "year", "volumes": { "face-to-face": {{volume}}, "telephone": {{volume / 3}} } },
                  "demandGrowth": {{growthPercent / 100m}},
                  "shifts": [ { "from": "f2f", "share": {{percent / 100m}}, "digitalExclusion": {{exclusionPercent / 100m}},
                                "to": { "web": {{webPercent / 100m}}, "telephone": {{(100 - webPercent) / 100m}} },
                                "adoption": { "curve": "s-curve", "start": 0.2, "target": 0.8, "years": 4 },
                                "failureDemand": { "share": {{failurePercent / 100m}}, "returnsTo": "telephone" }, "assistedDigital": { "share": 0.15, "cost": 2.47 } } ],
                  "appraisal": { "years": 8 } }
                """);
            var scenario = ScenarioReader.Parse(json, null);
            var result = Appraiser.AppraiseOption(scenario, scenario.Options[0]).Unrounded;
            return result.Years.All(y => y.CashableSaving == y.Saving && y.CashableNet == y.Net) && result.Cashable is null;
        }, iter: 200);
    }

    [Fact]
    public void AppraiseOption_VariableShare_GivesThatShareOfTheSavingOnTheChannel()
    {
        // 100,000 visits a year, half moved to the web at once. Saving = 50,000 × (7.40 − 0.32) = 354,000.
        // Face-to-face has variableShare 0.3; the web has no cost behaviour (wholly variable):
        // cashable = 0.3 × 7.40 × 50,000 − 1 × 0.32 × 50,000 = 111,000 − 16,000 = 95,000 (30% of the face-to-face
        // cost removed, 370,000); non-cashable = 354,000 − 95,000 = 259,000.
        var scenario = Read(Inv($$"""
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.5, "to": "web" } ],
              "costBehaviour": { "face-to-face": { "variableShare": 0.3 } },
              "appraisal": { "years": 2 } }
            """));

        var result = Appraise(scenario);

        result.Years[1].Saving.Should().Be(354_000m);
        result.Years[1].CashableSaving.Should().Be(95_000m);
        result.Years[1].NonCashableSaving.Should().Be(259_000m);
        result.Years[0].CashableSaving.Should().Be(0m);
        result.Years[1].StaffChange.Should().Be(0);
    }

    [Fact]
    public void AppraiseOption_AssistedDigital_IsACashableCost()
    {
        // As above with variableShare 0.3 on face-to-face and assisted digital for a fifth of the 50,000 contacts moved
        // to the web, at 2.50 each (0.2 × 50,000 × 2.50 = 25,000): cashable = 111,000 − 16,000 − 25,000 = 70,000;
        // saving = 354,000 − 25,000 = 329,000.
        var scenario = Read(Inv($$"""
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.5, "to": "web", "assistedDigital": { "share": 0.2, "cost": 2.50 } } ],
              "costBehaviour": { "face-to-face": { "variableShare": 0.3 } },
              "appraisal": { "years": 1 } }
            """));

        var result = Appraise(scenario);

        result.Years[1].Saving.Should().Be(329_000m);
        result.Years[1].CashableSaving.Should().Be(70_000m);
    }

    [Fact]
    public void AppraiseOption_StaffedChannelHalved_ReleasesWholeFtesAndPaysTheReleaseCostOnce()
    {
        // Telephone 5,200 calls a year (100 arrivals → 14 agents → 14/0.7 = 20 FTE); half moved to the web at once:
        // 2,600 calls (50 arrivals → 8 agents → 8/0.7 = 11.43 FTE). FTE(V_BAU) − FTE(V) = 20 − 11.43 = 8.57 → ⌊⌋ = 8.
        // Staff are counted by the model (variableShare defaults to 0); the web is wholly variable:
        // cashable saving = 8 × 30,000 − 0.32 × 2,600 = 240,000 − 832 = 239,168 in both years; the release cost
        // 8 × 10,000 = 80,000 is a cost of year 1 (none in year 2), so the cashable net is 159,168 and 239,168.
        // Saving = 2,600 × (2.90 − 0.32) = 6,708, so non-cashable is negative (−232,460) and a note says why.
        var scenario = Read(StaffedTelephone("{ \"from\": \"telephone\", \"share\": 0.5, \"to\": \"web\" }", years: 2));

        var result = Appraise(scenario);

        result.Years[1].StaffChange.Should().Be(8);
        result.Years[1].CashableSaving.Should().Be(239_168m);
        result.Years[1].ReleaseCosts.Should().Be(80_000m);
        result.Years[1].CashableNet.Should().Be(159_168m);
        result.Years[2].StaffChange.Should().Be(8);
        result.Years[2].CashableSaving.Should().Be(239_168m);
        result.Years[2].ReleaseCosts.Should().Be(0m);
        result.Years[2].CashableNet.Should().Be(239_168m);
        result.Years[1].Saving.Should().Be(6_708m);
        result.Years[1].NonCashableSaving.Should().Be(-232_460m);
        result.Notes.Select(n => n.Message).Should().Contain("Year 1: 8 FTE released on telephone (8 fewer than business as usual), release cost 80,000.00 GBP.");
        result.Notes.Select(n => n.Message).Should().Contain(n => n.StartsWith("Non-cashable saving is negative", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void AppraiseOption_NotesInAnyCulture_AreInvariant(string culture)
    {
        // The release cost in a note is written with the invariant culture whatever the current one (design: no
        // ambient state): 8 FTE × 10,000 = 80,000.00, not "80.000,00" or "80 000,00".
        var scenario = Read(StaffedTelephone("{ \"from\": \"telephone\", \"share\": 0.5, \"to\": \"web\" }", years: 1));
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

            Appraise(scenario).Notes.Select(n => n.Message).Should().Contain("Year 1: 8 FTE released on telephone (8 fewer than business as usual), release cost 80,000.00 GBP.");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void AppraiseOption_StaffReleasedOverTwoYears_PaysEachYearsReleaseInThatYear()
    {
        // 80% of the calls moved to the web, linear over 2 years. Year 1: 40% moved → 3,120 calls (60 arrivals →
        // 9 agents → 12.857 FTE); 20 − 12.857 = 7.14 → 7 FTE. Year 2: 80% moved → 1,040 calls (20 arrivals → 4 agents
        // → 5.714 FTE); 20 − 5.714 = 14.29 → 14 FTE, so 7 more are released in year 2. Year 3: 14, none released.
        // Cashable saving = staff × 30,000 − web 0.32 × calls moved: year 1: 210,000 − 0.32 × 2,080 = 209,334.40;
        // year 2: 420,000 − 0.32 × 4,160 = 418,668.80; year 3: 418,668.80. Release costs, newly released × 10,000:
        // 70,000 in year 1 and in year 2, none in year 3.
        var scenario = Read(StaffedTelephone("{ \"from\": \"telephone\", \"share\": 0.8, \"to\": \"web\", \"adoption\": { \"curve\": \"linear\", \"years\": 2 } }", years: 3));

        var result = Appraise(scenario);

        result.Years.Select(y => y.StaffChange).Should().Equal(0, 7, 14, 14);
        result.Years.Select(y => y.CashableSaving).Should().Equal(0m, 209_334.40m, 418_668.80m, 418_668.80m);
        result.Years.Select(y => y.ReleaseCosts).Should().Equal(0m, 70_000m, 70_000m, 0m);
        result.Notes.Select(n => n.Message).Should().Contain("Year 2: 7 FTE released on telephone (14 fewer than business as usual), release cost 70,000.00 GBP.");
    }

    [Fact]
    public void AppraiseOption_RisingLoad_CostsTheCeilingOfTheExtraFtes()
    {
        // Face-to-face 1,560 visits moved to the telephone at once: 5,200 + 1,560 = 6,760 calls (130 arrivals →
        // 17 agents → 24.29 FTE); 24.29 − 20 = 4.29 → −⌈4.29⌉ = −5 FTE = −150,000; no release cost.
        // Face-to-face has no cost behaviour: + 7.40 × 1,560 = 11,544. Cashable = 11,544 − 150,000 = −138,456.
        var scenario = Read(StaffedTelephone("{ \"from\": \"f2f\", \"share\": 1, \"to\": \"telephone\" }", years: 1, faceToFace: 1560));

        var result = Appraise(scenario);

        result.Years[1].StaffChange.Should().Be(-5);
        result.Years[1].CashableSaving.Should().Be(-138_456m);
        result.Years[1].Saving.Should().Be(1_560m * (7.40m - 2.90m));
    }

    [Fact]
    public void AppraiseOption_FailureDemand_AddsStaffingLoadOnTheReturnChannel()
    {
        // Issue 4 part 4: 5,200 visits all moved to the web, 30% of them fail and come back as calls: 1,560 more calls
        // on the staffed telephone, as in the rising-load case: 6,760 calls → −5 FTE = −150,000.
        // Variable: face-to-face 7.40 × 5,200 = 38,480; web −0.32 × 5,200 = −1,664. Cashable = −113,184.
        // Saving = 5,200 × (7.40 − 0.32 − 0.3 × 2.90) = 5,200 × 6.21 = 32,292.
        var scenario = Read(StaffedTelephone("{ \"from\": \"f2f\", \"share\": 1, \"to\": \"web\", \"failureDemand\": { \"share\": 0.3, \"returnsTo\": \"telephone\" } }", years: 1, faceToFace: 5200));

        var result = Appraise(scenario);

        result.Years[1].Contacts["telephone"].Should().Be(6_760m);
        result.Years[1].StaffChange.Should().Be(-5);
        result.Years[1].CashableSaving.Should().Be(-113_184m);
        result.Years[1].Saving.Should().Be(32_292m);
    }

    [Fact]
    public void AppraiseOption_HandlingTimeRise_IsPhasedWithTakeUp()
    {
        // Issue 4 part 4: half the calls moved to the web, linear over 2 years, and the calls that stay take 20% longer
        // at full take-up (the harder cases remain).
        // Year 1: take-up 0.5 → 3,900 calls (75 arrivals) at 180 × (1 + 0.2 × 0.5) = 198 s → 12 agents → 17.14 FTE;
        //   20 − 17.14 = 2.86 → 2 FTE (without the rise: 11 agents → 15.71 FTE → 4). Cashable saving = 2 × 30,000
        //   − 0.32 × 1,300 = 59,584; release costs 2 × 10,000 = 20,000.
        // Year 2: take-up 1 → 2,600 calls (50 arrivals) at 216 s → 9 agents → 12.86 FTE; 20 − 12.86 = 7.14 → 7 FTE
        //   (without the rise: 8). Cashable saving = 7 × 30,000 − 0.32 × 2,600 = 209,168; release costs 5 × 10,000.
        var scenario = Read(StaffedTelephone("{ \"from\": \"telephone\", \"share\": 0.5, \"to\": \"web\", \"adoption\": { \"curve\": \"linear\", \"years\": 2 } }", years: 2, handlingTimeRise: 0.2m));

        var result = Appraise(scenario);

        result.Years.Select(y => y.StaffChange).Should().Equal(0, 2, 7);
        result.Years[1].CashableSaving.Should().Be(59_584m);
        result.Years[2].CashableSaving.Should().Be(209_168m);
        result.Years.Select(y => y.ReleaseCosts).Should().Equal(0m, 20_000m, 50_000m);
    }

    [Fact]
    public void AppraiseOption_DigitalExclusion_CapsTheShareMovedAndKeepsTheStepOpen()
    {
        // 90% of 100,000 visits would go to the web, but 30% of users cannot use it: min(0.9 × 1, 1 − 0.3) = 0.7.
        // 70,000 visits move: saving = 70,000 × (7.40 − 0.32) = 495,600. 30,000 visits remain, not below the service
        // point's 25,000, so it stays open (at 0.9 it would close: 10,000 < 25,000). variableShare 1 (explicit):
        // cashable = 495,600.
        string Json(decimal exclusion) => Inv($$"""
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.9, "to": "web", "digitalExclusion": {{exclusion}} } ],
              "costBehaviour": { "face-to-face": { "variableShare": 1, "fixed": [ { "name": "Service point", "annualCost": 40000, "closesBelow": 25000 } ] } },
              "appraisal": { "years": 1 } }
            """);

        var excluded = Appraise(Read(Json(0.3m)));
        var open = Appraise(Read(Json(0m)));

        excluded.Years[1].ContactsMoved.Should().Be(70_000m);
        excluded.Years[1].Saving.Should().Be(495_600m);
        excluded.Years[1].CashableSaving.Should().Be(495_600m);
        excluded.Notes.Should().BeEmpty();
        open.Years[1].CashableSaving.Should().Be((90_000m * 7.08m) + 40_000m);
    }

    [Theory]
    [InlineData(0.7, 30_000, 45_000, 414_900)] // digital part min(0.9 × 0.5, 0.3) = 0.3; telephone 0.9 × 0.5 = 0.45
    [InlineData(0.5, 45_000, 45_000, 521_100)] // min(0.45, 0.5) = 0.45: the cap does not bind
    [InlineData(1.0, 0, 45_000, 202_500)] // nobody can use the web; the telephone part still moves
    public void AppraiseOption_DigitalExclusion_CapsOnlyTheDigitalPart(double exclusion, int web, int telephone, int saving)
    {
        // 90% of 100,000 visits would go half to the web and half to the telephone. Exclusion caps only the web part;
        // what it removes stays at the counter. Saving = web × (7.40 − 0.32) + telephone × (7.40 − 2.90):
        // 30,000 × 7.08 + 45,000 × 4.50 = 212,400 + 202,500 = 414,900; 45,000 × 7.08 + 202,500 = 521,100.
        var result = Appraise(Read(Inv($$"""
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.9, "to": { "web": 0.5, "telephone": 0.5 }, "digitalExclusion": {{exclusion}} } ],
              "appraisal": { "years": 1 } }
            """)));

        result.Years[1].Contacts["web"].Should().Be(web);
        result.Years[1].Contacts["telephone"].Should().Be(telephone);
        result.Years[1].Contacts["face-to-face"].Should().Be(100_000 - web - telephone);
        result.Years[1].Saving.Should().Be(saving);
    }

    [Fact]
    public void AppraiseOption_FixedStep_ClosesInTheFirstYearBelowTheThresholdAndPaysClosureOnce()
    {
        // 100,000 visits, 80% avoided linearly over 4 years: 80,000, 60,000, 40,000, 20,000, 20,000 visits in years 1–5.
        // A service point (50,000 a year, closes below 65,000, closure 20,000) first qualifies in year 2 (60,000).
        // variableShare 0, so only the step is cashable: 0, then 50,000 a year from year 2; the closure cost 20,000 is a
        // cost of year 2, so the cashable net is 30,000 that year. With earliestYear 3 all of it moves a year later.
        var early = Appraise(Read(SteppedCounter("\"earliestYear\": 1")));
        var late = Appraise(Read(SteppedCounter("\"earliestYear\": 3")));

        early.Years.Select(y => y.CashableSaving).Should().Equal(0m, 0m, 50_000m, 50_000m, 50_000m, 50_000m);
        early.Years.Select(y => y.ClosureCosts).Should().Equal(0m, 0m, 20_000m, 0m, 0m, 0m);
        early.Years.Select(y => y.CashableNet).Should().Equal(0m, 0m, 30_000m, 50_000m, 50_000m, 50_000m);
        early.Years.Select(y => y.StepsTaken).Should().Equal(0, 0, 1, 1, 1, 1);
        late.Years.Select(y => y.CashableSaving).Should().Equal(0m, 0m, 0m, 50_000m, 50_000m, 50_000m);
        late.Years.Select(y => y.ClosureCosts).Should().Equal(0m, 0m, 0m, 20_000m, 0m, 0m);
        early.Notes.Select(n => n.Message).Should().ContainSingle().Which.Should().Be("Year 2: \"Service point\" on face-to-face can close (volume 60,000 a year is below 65,000): saves 50,000.00 GBP a year from then; closure cost 20,000.00.");
    }

    [Fact]
    public void AppraiseOption_StepThatBusinessAsUsualAlsoCloses_SavesNothing()
    {
        // The threshold 120,000 is above the BAU volume of 100,000, so BAU closes the service point in year 1 too:
        // both pay the closure cost in the same year and neither pays the annual cost after, so the option saves nothing.
        var result = Appraise(Read(SteppedCounter("\"earliestYear\": 1", closesBelow: 120_000)));

        result.Years.Should().OnlyContain(y => y.CashableSaving == 0m);
        result.Notes.Select(n => n.Message).Should().Equal("Year 1: \"Service point\" on face-to-face can close (volume 80,000 a year is below 120,000), as business as usual does (Year 1): from then it saves nothing beyond business as usual.");
    }

    [Fact]
    public void AppraiseOption_StepThatBusinessAsUsualClosesFirst_CostsItsAnnualCostUntilTheOptionClosesIt()
    {
        // Against business as usual (issue 4 part 3). Telephone 100,000 calls falling 10% a year: BAU 100,000, 90,000,
        // 81,000 in years 1–3. A contact-centre floor (60,000 a year, closes below 95,000, closure 15,000) closes in
        // BAU in year 2. The option moves 10,000 visits a year (falling likewise) to the telephone: 110,000, 99,000,
        // 89,100 calls, so it closes the floor only in year 3. variableShare 0 everywhere, so only the step counts:
        // year 1: 0; year 2: the option pays the 60,000 BAU no longer pays (cashable saving −60,000) but not the 15,000
        // closure BAU pays (closure costs −15,000); year 3: both closed (saving 0), the option pays its closure (15,000).
        var json = """
            { "baseline": { "period": "year", "volumes": { "face-to-face": 10000, "telephone": 100000 } },
              "demandGrowth": -0.1,
              "shifts": [ { "from": "f2f", "share": 1, "to": "telephone" } ],
              "costBehaviour": { "face-to-face": { "variableShare": 0 },
                                 "telephone": { "variableShare": 0, "fixed": [ { "name": "Floor", "annualCost": 60000, "closesBelow": 95000, "closureCost": 15000 } ] } },
              "appraisal": { "years": 3 } }
            """;

        var result = Appraise(Read(json));

        result.Years.Select(y => y.CashableSaving).Should().Equal(0m, 0m, -60_000m, 0m);
        result.Years.Select(y => y.ClosureCosts).Should().Equal(0m, 0m, -15_000m, 15_000m);
        result.Years.Select(y => y.CashableNet).Should().Equal(0m, 0m, -45_000m, -15_000m);
        result.Notes.Select(n => n.Message).Should().Contain(n => n.StartsWith("Year 2: business as usual would close \"Floor\" on telephone", StringComparison.Ordinal));
    }

    [Fact]
    public void AppraiseOption_TwoStepsOfTheSameName_CloseEachAtItsOwnThreshold()
    {
        // Two service points both named "Service point": one closes below 65,000 (year 2), the other below 30,000
        // (year 4, at 20,000). Each is its own step: cashable saving 50,000 from year 2 and 58,000 from year 4;
        // closure costs 20,000 in year 2 and 1,000 in year 4.
        var json = """
            { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
              "shifts": [ { "from": "f2f", "share": 0.8, "to": "avoided", "adoption": { "curve": "linear", "years": 4 } } ],
              "costBehaviour": { "face-to-face": { "variableShare": 0, "fixed": [
                { "name": "Service point", "annualCost": 50000, "closesBelow": 65000, "closureCost": 20000 },
                { "name": "Service point", "annualCost": 8000, "closesBelow": 30000, "closureCost": 1000 } ] } },
              "appraisal": { "years": 5 } }
            """;

        var result = Appraise(Read(json));

        result.Years.Select(y => y.CashableSaving).Should().Equal(0m, 0m, 50_000m, 50_000m, 58_000m, 58_000m);
        result.Years.Select(y => y.ClosureCosts).Should().Equal(0m, 0m, 20_000m, 0m, 1_000m, 0m);
        result.Years.Select(y => y.StepsTaken).Should().Equal(0, 0, 1, 1, 2, 2);
    }

    [Fact]
    public void AppraiseOption_BenefitsHaircut_AppliesToTheCashableSaving()
    {
        // The staffed case halved (cashable saving 239,168 in years 1 and 2, release costs 80,000 in year 1) with a 10%
        // benefits haircut and a recurring cost of 5,000. The haircut applies to the saving, not to the release cost:
        // cashable net = 0.9 × 239,168 − 5,000 − 80,000 = 130,251.20 in year 1 and 0.9 × 239,168 − 5,000 = 210,251.20
        // in year 2; cashable NPV = 130,251.20 / 1.035 + 210,251.20 / 1.035² − 5,000 (the cost is paid from year 0).
        var scenario = Read(StaffedTelephone(
            "{ \"from\": \"telephone\", \"share\": 0.5, \"to\": \"web\" }",
            years: 2,
            extra: "\"costs\": [ { \"name\": \"Run\", \"type\": \"recurring\", \"fromYear\": 0, \"amount\": 5000 } ],",
            appraisalExtra: ", \"optimismBias\": { \"benefits\": 0.1 }"));

        var result = Appraise(scenario);

        result.Years[1].CashableNet.Should().Be(130_251.20m);
        result.Years[2].CashableNet.Should().Be(210_251.20m);
        var expected = (130_251.20 / 1.035) + (210_251.20 / (1.035 * 1.035)) - 5_000;
        ((double)result.Cashable!.Npv).Should().BeApproximately(expected, 0.01);
        ((double)result.Cashable!.PresentValueBenefits).Should().BeApproximately((0.9 * 239_168 / 1.035) + (0.9 * 239_168 / (1.035 * 1.035)), 0.01);
        ((double)result.Cashable!.PresentValueCosts).Should().BeApproximately(5_000 + (85_000 / 1.035) + (5_000 / (1.035 * 1.035)), 0.01);
    }

    private static int FewestAgentsExactly(int arrivals, int handlingSeconds)
    {
        // A = arrivals × AHT / 1800 exactly; the fewest N > A with 1 − P(wait)·e^(−(N − A)·20/AHT) ≥ 0.8.
        var erlang = new ExactErlang(arrivals * handlingSeconds, 1800);
        var traffic = arrivals * handlingSeconds / 1800.0;
        var agents = (int)Math.Floor(traffic) + 1;
        erlang.AdvanceTo(agents);
        while (1 - (erlang.ProbabilityOfWaiting() * Math.Exp(-(agents - traffic) * 20.0 / handlingSeconds)) < 0.8)
        {
            erlang.AddAgent();
            agents++;
        }

        return agents;
    }

    private static ChannelStaffing Staffing(int handlingSeconds) =>
        new(
            TimeSpan.FromSeconds(handlingSeconds),
            new ServiceLevelTarget(0.8, TimeSpan.FromSeconds(20)),
            0.3,
            new OpeningHoursProfile([new OpeningInterval(TimeSpan.FromMinutes(30), 1)], 52),
            26,
            CostPerFte,
            ReleaseCost);

    private static string StaffedTelephone(string shift, int years, int faceToFace = 0, decimal handlingTimeRise = 0m, string extra = "", string appraisalExtra = "") => Inv($$"""
        { "baseline": { "period": "year", "volumes": { "telephone": 5200, "face-to-face": {{faceToFace}} } },
          "shifts": [ {{shift}} ], {{extra}}
          "costBehaviour": { "telephone": { "handlingTimeRise": {{handlingTimeRise}}, "staffing": {
              "handlingTimeSeconds": 180, "serviceLevel": 0.8, "answerWithinSeconds": 20, "shrinkage": 0.3,
              "openingHours": { "intervals": [ { "hours": 0.5, "share": 1 } ], "weeksPerYear": 52 },
              "hoursPerFte": 26, "costPerFte": {{CostPerFte}}, "releaseCostPerFte": {{ReleaseCost}} } } },
          "appraisal": { "years": {{years}}{{appraisalExtra}} } }
        """);

    private static string SteppedCounter(string earliest, int closesBelow = 65_000) => Inv($$"""
        { "baseline": { "period": "year", "volumes": { "face-to-face": 100000 } },
          "shifts": [ { "from": "f2f", "share": 0.8, "to": "avoided", "adoption": { "curve": "linear", "years": 4 } } ],
          "costBehaviour": { "face-to-face": { "variableShare": 0, "fixed": [
            { "name": "Service point", "annualCost": 50000, "closesBelow": {{closesBelow}}, "closureCost": 20000, {{earliest}} } ] } },
          "appraisal": { "years": 5 } }
        """);

    private static Scenario Read(string json) => ScenarioReader.Parse(json, "test.json");

    private static AppraisalResult Appraise(Scenario scenario) => Appraiser.AppraiseOption(scenario, scenario.Options[0]);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
