using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Staffing;
using ChannelShift.Tests.Docs;
using ChannelShift.Tests.Staffing;

namespace ChannelShift.Tests.Appraisal;

/// <summary>
/// The worked example of docs/cashable-savings.md (docs/examples/bdo-2012-cashable.json): the BDO report's 50,000 visits
/// a month halved over three years, on an invented counter. The staff numbers and the years the steps close are derived
/// here by hand from the inputs the document states, not copied from the app's output.
/// </summary>
public class CashableWorkedExampleTests
{
    // The inputs as docs/cashable-savings.md states them.
    private const int AnnualVisits = 600_000;           // 50,000 a month × 12
    private const decimal CostPerVisit = 7.40m;         // Socitm 2010
    private const int Intervals = 80;                   // 8 hours × 2 half hours × 5 days
    private const int Weeks = 52;
    private const int HandlingSeconds = 600;            // 10 minutes
    private const int AnswerWithinSeconds = 300;        // 80% seen within 5 minutes
    private const double Target = 0.8;
    private const decimal CostPerFte = 36_000m;
    private const decimal ReleaseCostPerFte = 15_000m;
    private const decimal VariableShare = 0.1m;

    // The figures the document states (its year-by-year table and its NPVs).
    private static readonly decimal[] DocumentSavings = [0m, 740_000m, 1_480_000m, 2_220_000m, 2_220_000m, 2_220_000m];
    private static readonly decimal[] DocumentCashable = [0m, 506_000m, 1_198_000m, 1_776_000m, 2_026_000m, 2_026_000m];
    private static readonly decimal[] DocumentReleaseAndClosure = [0m, 180_000m, 245_000m, 210_000m, 100_000m, 0m];
    private static readonly decimal[] DocumentCashableNet = [0m, 326_000m, 953_000m, 1_566_000m, 1_926_000m, 2_026_000m];
    private static readonly int[] DocumentStaffChange = [0, 12, 25, 39, 39, 39];
    private const decimal DocumentNpv = 7_902_666.66m;
    private const decimal DocumentCashableNpv = 6_001_289.19m;
    private const decimal DocumentCashablePvb = 6_680_464.54m;
    private const decimal DocumentCashablePvc = 679_175.36m;

    [Fact]
    public void ExampleFile_StatesTheInputsTheDocumentUses()
    {
        var scenario = Load();
        var behaviour = scenario.CostBehaviour[Channel.FaceToFace];
        var staffing = behaviour.Staffing!;

        scenario.Baseline.AnnualVolume(Channel.FaceToFace).Should().Be(AnnualVisits);
        scenario.UnitCosts.CostOf(Channel.FaceToFace).Should().Be(CostPerVisit);
        scenario.Options.Single().Shifts.Single().Shift.Share.Fraction.Should().Be(0.5m);
        scenario.Options.Single().Shifts.Single().Adoption.Description.Should().Be("linear over 3 years");
        behaviour.VariableShare.Should().Be(VariableShare);
        behaviour.HandlingTimeRise.Should().Be(0.1);
        staffing.HandlingTime.Should().Be(TimeSpan.FromSeconds(HandlingSeconds));
        staffing.Target.Fraction.Should().Be(Target);
        staffing.Target.AnswerWithin.Should().Be(TimeSpan.FromSeconds(AnswerWithinSeconds));
        staffing.Shrinkage.Should().Be(0.3);
        staffing.OpeningHours.Intervals.Should().HaveCount(Intervals).And.OnlyContain(i => i.Length == TimeSpan.FromMinutes(30));
        staffing.OpeningHours.WeeksPerYear.Should().Be(Weeks);
        staffing.ContractedHoursPerFtePerYear.Should().Be(1650);
        staffing.CostPerFtePerYear.Should().Be(CostPerFte);
        staffing.ReleaseCostPerFte.Should().Be(ReleaseCostPerFte);
        behaviour.FixedSteps.Select(s => (s.Name, s.AnnualCost, s.ClosesBelowAnnualVolume, s.EarliestYear, s.ClosureCost)).Should().Equal(
            ("Satellite service point", 150_000m, 450_000m, 1, 50_000m),
            ("Second floor of the customer service centre", 250_000m, 350_000m, 4, 100_000m));
    }

    [Theory]
    // Year, visits left (600,000 − 300,000 × min(t/3, 1)), handling time 600 s × (1 + 0.1 × take-up t/3), agents.
    // Arrivals per half hour = visits / 52 / 80; traffic A = arrivals × AHT / 1800 s; the fewest agents with
    // SL = 1 − P(wait)·e^(−(N − A)·300/AHT) ≥ 0.8, by the exact Erlang B recursion (ExactErlang):
    //   year 0: 144.23 arrivals, A = 48.08 → 51 agents (SL 0.865; 50 give 0.731)
    //   year 1: 120.19 arrivals at 620 s, A = 41.40 → 44 agents (SL 0.831; 43 give 0.662)
    //   year 2:  96.15 arrivals at 640 s, A = 34.19 → 37 agents (SL 0.856; 36 give 0.710)
    //   year 3:  72.12 arrivals at 660 s, A = 26.44 → 29 agents (SL 0.835; 28 give 0.662)
    [InlineData(0, 600_000, 600, 51)]
    [InlineData(1, 500_000, 620, 44)]
    [InlineData(2, 400_000, 640, 37)]
    [InlineData(3, 300_000, 660, 29)]
    public void AgentsPerInterval_ByErlangC_AreTheDocumentsFigures(int year, int visits, int handlingSeconds, int agents)
    {
        // Independent check: exact rational traffic A = visits × AHT / (52 × 80 × 1800).
        var exact = new ExactErlang(visits * (long)handlingSeconds, Weeks * Intervals * 1800L);
        var traffic = visits * (double)handlingSeconds / (Weeks * Intervals * 1800.0);
        var n = (int)Math.Floor(traffic) + 1;
        exact.AdvanceTo(n);
        while (1 - (exact.ProbabilityOfWaiting() * Math.Exp(-(n - traffic) * AnswerWithinSeconds / handlingSeconds)) < Target)
        {
            exact.AddAgent();
            n++;
        }

        n.Should().Be(agents, $"year {year}");

        // The library's Erlang C, as the appraisal uses it.
        var demand = new QueueDemand(visits / (double)Weeks / Intervals, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(handlingSeconds));
        ErlangC.FewestAgents(demand, new ServiceLevelTarget(Target, TimeSpan.FromSeconds(AnswerWithinSeconds))).Agents.Should().Be(agents);
    }

    [Fact]
    public void Appraisal_ReproducesTheWorkedFiguresDerivedByHand()
    {
        // Agents per half hour from the theory above: business as usual 51 every year; the option 44, 37, 29, 29, 29.
        const int agentsBau = 51;
        int[] agents = [51, 44, 37, 29, 29, 29];

        // FTE = agents × (0.5 h × 80 intervals) × 52 weeks / (1 − 0.3) / 1,650 h = agents × 2,080 / 1,155
        //     = agents × 416/231 (1.8009 FTE per agent on the counter at every moment it is open).
        // Whole FTE released = ⌊(51 − agents) × 416/231⌋ (integer division is the floor here):
        //   year 1: ⌊7 × 416/231⌋ = ⌊12.61⌋ = 12; year 2: ⌊14 × 416/231⌋ = ⌊25.21⌋ = 25; year 3: ⌊22 × 416/231⌋ = ⌊39.62⌋ = 39.
        var staff = agents.Select(a => (agentsBau - a) * 416 / 231).ToArray();
        staff.Should().Equal(0, 12, 25, 39, 39, 39);

        // The years the steps close: the first year t ≥ earliest with visits(t) below the threshold, where
        // visits(t) = 600,000 − 300,000 × min(t/3, 1) = 500,000, 400,000, 300,000, 300,000, 300,000 in years 1–5.
        // Business as usual stays at 600,000, above both thresholds, so it never closes them.
        static int Visits(int t) => AnnualVisits - (300_000 * Math.Min(t, 3) / 3);
        static int ClosesIn(int threshold, int earliest) => Enumerable.Range(earliest, 5 - earliest + 1).First(t => Visits(t) < threshold);
        var servicePoint = ClosesIn(450_000, 1);
        var secondFloor = ClosesIn(350_000, 4);
        servicePoint.Should().Be(2, "400,000 < 450,000 in year 2 (500,000 in year 1 is not)");
        secondFloor.Should().Be(4, "below 350,000 from year 3 (300,000), but its lease breaks in year 4");

        // Cashable saving(t) = 10% × 7.40 × visits moved + staff × 36,000
        //                    + 150,000 from the service point's year + 250,000 from the second floor's year;
        // release and closure costs(t) = newly released × 15,000 + 50,000 in the service point's year
        //                    + 100,000 in the second floor's year; cashable net = the one less the other.
        var result = Appraiser.AppraiseOption(Load(), Load().Options[0]);
        var releasedSoFar = 0;
        for (var t = 0; t <= 5; t++)
        {
            var moved = AnnualVisits - Visits(t);
            var released = Math.Max(staff[t] - releasedSoFar, 0);
            releasedSoFar = Math.Max(releasedSoFar, staff[t]);
            var cashable = (VariableShare * CostPerVisit * moved)
                + (staff[t] * CostPerFte)
                + (t >= servicePoint ? 150_000m : 0m)
                + (t >= secondFloor ? 250_000m : 0m);
            var releaseAndClosure = (released * ReleaseCostPerFte) + (t == servicePoint ? 50_000m : 0m) + (t == secondFloor ? 100_000m : 0m);

            cashable.Should().Be(DocumentCashable[t], $"the document's cashable saving in year {t}");
            releaseAndClosure.Should().Be(DocumentReleaseAndClosure[t], $"the document's release and closure costs in year {t}");
            (cashable - releaseAndClosure).Should().Be(DocumentCashableNet[t], $"the document's cashable net in year {t}");
            (moved * CostPerVisit).Should().Be(DocumentSavings[t], $"the document's saving in year {t}");
            result.Years[t].CashableSaving.Should().Be(cashable, $"year {t}");
            (result.Years[t].ReleaseCosts + result.Years[t].ClosureCosts).Should().Be(releaseAndClosure, $"year {t}");
            result.Years[t].CashableNet.Should().Be(cashable - releaseAndClosure, $"year {t}");
            result.Years[t].Saving.Should().Be(moved * CostPerVisit, $"year {t}");
            result.Years[t].NonCashableSaving.Should().Be(DocumentSavings[t] - DocumentCashable[t], $"year {t}");
            result.Years[t].StaffChange.Should().Be(DocumentStaffChange[t], $"year {t}");
        }

        // NPVs: Σ flow(t) / 1.035^t over years 0–5 (Green Book 3.5%); no project costs, no optimism bias. On the
        // cashable basis PV benefits = Σ cashable saving / 1.035^t and PV costs = Σ release and closure / 1.035^t.
        static double Pv(decimal[] flows) => Enumerable.Range(0, 6).Sum(t => (double)flows[t] / Math.Pow(1.035, t));
        Pv(DocumentSavings).Should().BeApproximately((double)DocumentNpv, 0.01);
        Pv(DocumentCashableNet).Should().BeApproximately((double)DocumentCashableNpv, 0.01);
        Pv(DocumentCashable).Should().BeApproximately((double)DocumentCashablePvb, 0.01);
        Pv(DocumentReleaseAndClosure).Should().BeApproximately((double)DocumentCashablePvc, 0.01);
        result.Npv.Should().Be(DocumentNpv);
        result.Cashable!.Npv.Should().Be(DocumentCashableNpv);
        result.Cashable.PresentValueBenefits.Should().Be(DocumentCashablePvb);
        result.Cashable.PresentValueCosts.Should().Be(DocumentCashablePvc);
        result.Cashable.BenefitCostRatio.Should().BeApproximately(6_680_464.54 / 679_175.36, 1e-6, "the document's BCR, 9.84");
        result.Cashable.PaybackYears.Should().Be(0, "the cumulative cashable net is never negative");
        result.Average.BenefitCostRatio.Should().BeNull("there are no costs at average cost");
    }

    [Fact]
    public void Appraisal_NotesSayWhichStepsWereTakenAndWhen()
    {
        var result = Appraiser.AppraiseOption(Load(), Load().Options[0]);

        result.Notes.Select(n => n.Message).Should().Equal(
            "Year 1: 12 FTE released on face-to-face (12 fewer than business as usual), release cost 180,000.00 GBP.",
            "Year 2: 13 FTE released on face-to-face (25 fewer than business as usual), release cost 195,000.00 GBP.",
            "Year 2: \"Satellite service point\" on face-to-face can close (volume 400,000 a year is below 450,000): saves 150,000.00 GBP a year from then; closure cost 50,000.00.",
            "Year 3: 14 FTE released on face-to-face (39 fewer than business as usual), release cost 210,000.00 GBP.",
            "Year 4: \"Second floor of the customer service centre\" on face-to-face can close (volume 300,000 a year is below 350,000): saves 250,000.00 GBP a year from then; closure cost 100,000.00.");
        var released = result.Notes[0].Should().BeOfType<StaffReleasedNote>().Subject;
        (released.Year, released.Channel, released.Released, released.Fewer, released.ReleaseCost).Should().Be((1, Channel.FaceToFace, 12, 12, 180_000m));
        var closed = result.Notes[2].Should().BeOfType<FixedStepClosedNote>().Subject;
        (closed.Year, closed.Step.Name, closed.Volume, closed.BusinessAsUsualYear).Should().Be((2, "Satellite service point", 400_000m, (int?)null));
    }

    /// <summary>The example file, found by walking up from the test's folder to the repository root (ChannelShift.sln).</summary>
    [Fact]
    public void StaffingOf_Counter_GivesTheWholeStaffTheDocumentStates()
    {
        // One staffed channel: its FTE in years 1 to 5, floored as the ledger floors them, are the document's staff
        // released (12, 25, 39, 39, 39), and none is computed for the implementation year.
        var staffing = Appraiser.StaffingOf(Load(), 0);

        staffing.Select(s => s.Year).Should().Equal(1, 2, 3, 4, 5);
        staffing.Should().OnlyContain(s => s.Channel == Channel.FaceToFace);
        staffing.Select(s => (int)Math.Floor(s.FteBusinessAsUsual - s.Fte + 1e-9)).Should().Equal(DocumentStaffChange.Skip(1));
    }

    internal static string ExamplePath() => RepositoryRoot.File("docs", "examples", "bdo-2012-cashable.json");

    private static Scenario Load() => ScenarioReader.Parse(File.ReadAllText(ExamplePath()), "bdo-2012-cashable.json");
}
