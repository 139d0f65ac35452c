using System.Globalization;
using System.Text;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;
using ChannelShift.Tests.Serialization;
using ChannelShift.Tests.Support;

namespace ChannelShift.Tests.Appraisal;

public class BatchAppraisalTests
{
    // Hand-checkable: face-to-face costs 10.00 and web 0.50 a contact; half of the face-to-face contacts move to the web
    // at once (immediate adoption) for 3 years, no costs, Green Book 3.5%. Volumes are a month, so a council with
    // F face-to-face contacts a month saves F × 12 × 0.5 × (10.00 − 0.50) = 57 × F a year.
    private const string CounterToWeb = """
        { "name": "Counter to web",
          "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
          "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 3 } }
        """;

    // Two options on a yearly baseline, one year, no optimism bias: "Web" saves 0.5 × F × (10.00 − 0.50) = 4.75 × F;
    // "Avoid" saves 0.5 × F × 10.00 = 5 × F but costs 1,000 in year 0.
    private const string TwoOptions = """
        { "name": "Two ways",
          "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
          "baseline": { "period": "year", "volumes": { "face-to-face": 10000, "web": 1000 } },
          "options": [
            { "name": "Web", "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ] },
            { "name": "Avoid", "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "avoided" } ],
              "costs": [ { "name": "Letters", "type": "one-off", "year": 0, "amount": 1000 } ] } ],
          "appraisal": { "years": 1, "optimismBias": { "oneOff": 0, "recurring": 0 } } }
        """;

    private const string WasteHeader = "council,face-to-face,telephone,web";

    private static Scenario Waste => ScenarioReader.Parse(ScenarioReaderTests.WasteServices, "waste.json");

    private static BatchResult Run(Scenario scenario, string csv) => BatchAppraisal.Run(scenario, CouncilsCsv.Read(scenario, new StringReader(csv), "councils.csv"));

    private static double GreenBookAnnuity(int years) => Enumerable.Range(1, years).Sum(t => 1 / Math.Pow(1.035, t));

    [Fact]
    public void Run_CouncilWithTheScenariosOwnVolumes_GetsExactlyTheScenariosOwnAppraisal()
    {
        var scenario = Waste;
        var own = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        var result = Run(scenario, WasteHeader + "\nSame as the scenario,50000,120000,300000\n");

        result.Problems.Should().BeEmpty();
        var row = result.Rows.Single();
        row.Council.Should().Be("Same as the scenario");
        row.Line.Should().Be(2);
        var r = row.Options.Single();
        r.Npv.Should().Be(own.Npv);
        r.Cashable?.Npv.Should().Be(own.Cashable?.Npv);
        r.PresentValueBenefits.Should().Be(own.PresentValueBenefits);
        r.PresentValueCosts.Should().Be(own.PresentValueCosts);
        r.BenefitCostRatio.Should().Be(own.BenefitCostRatio);
        r.PaybackYears.Should().Be(own.PaybackYears);
        r.Irr.Should().Be(own.Irr);
        r.Years.Select(y => y.Saving).Should().Equal(own.Years.Select(y => y.Saving));

        // And both follow the hand calculation of AppraiserTests (Socitm 2012): savings 755,280 × min(t, 3) less the
        // 40,000 licence, after 350,000 (250,000 with 40% optimism bias) in year 0.
        var npv = -350_000.0 + Enumerable.Range(1, 10).Sum(t => ((755_280.0 * Math.Min(t, 3)) - 40_000.0) / Math.Pow(1.035, t));
        Tolerance.Absolute(npv, (double)r.Npv, 0.01, "NPV");
    }

    [Fact]
    public void Run_DoubleVolumesWithoutCosts_DoublesTheSaving()
    {
        var result = Run(ScenarioReader.Parse(CounterToWeb, null), "council,face-to-face,web\nOne,1000,4000\nTwo,2000,8000\n");

        result.Problems.Should().BeEmpty();
        var one = result.Rows[0].Options[0];
        var two = result.Rows[1].Options[0];

        // 57 × 1,000 = 57,000 and 57 × 2,000 = 114,000 a year in years 1–3; nothing in year 0.
        one.Years.Select(y => y.Saving).Should().Equal(0m, 57_000m, 57_000m, 57_000m);
        two.Years.Select(y => y.Saving).Should().Equal(0m, 114_000m, 114_000m, 114_000m);
        two.Years[^1].Saving.Should().Be(2 * one.Years[^1].Saving);
        Tolerance.Absolute(57_000 * GreenBookAnnuity(3), (double)one.Npv, 0.005, "NPV of one (159,693.31)");
        Tolerance.Absolute(114_000 * GreenBookAnnuity(3), (double)two.Npv, 0.005, "NPV of two (319,386.62)");
        two.Npv.Should().BeInRange((2 * one.Npv) - 0.01m, (2 * one.Npv) + 0.01m, "each is rounded to the penny once");
        one.PresentValueCosts.Should().Be(0m);
        two.BenefitCostRatio.Should().BeNull("PVC = 0");
    }

    [Fact]
    public void Run_SeveralOptions_AppraisesEachInTheScenariosOrderAndNamesTheBest()
    {
        var result = Run(ScenarioReader.Parse(TwoOptions, null), "council,face-to-face\nSmall,2000\nLarge,20000\n");

        result.Problems.Should().BeEmpty();
        var small = result.Rows[0];
        var large = result.Rows[1];
        small.Options.Select(o => o.OptionName).Should().Equal("Web", "Avoid");
        large.Options.Select(o => o.OptionName).Should().Equal("Web", "Avoid");

        // Small: Web 9,500 / 1.035 = 9,178.74; Avoid 10,000 / 1.035 − 1,000 = 8,661.84. Large: ten times the savings,
        // Web 91,787.44; Avoid 96,618.36 − 1,000 = 95,618.36.
        small.Options[0].Npv.Should().Be(9_178.74m);
        small.Options[1].Npv.Should().Be(8_661.84m);
        large.Options[0].Npv.Should().Be(91_787.44m);
        large.Options[1].Npv.Should().Be(95_618.36m);
        small.Best.OptionName.Should().Be("Web");
        large.Best.OptionName.Should().Be("Avoid");
    }

    [Fact]
    public void Run_SourceChannelNotInTheHeader_MovesNothingAndLeavesOnlyTheCosts()
    {
        // Waste services without a face-to-face column: its volume is 0, so no saving; NPV = −PVC, where
        // PVC = 250,000 × 1.4 + Σ 40,000 / 1.035^t for t = 1…10 (AppraiserTests).
        var result = Run(Waste, "council,telephone,web\nNo counter,120000,300000\n");

        var row = result.Rows.Single();
        row.Volumes[Channel.FaceToFace].Should().Be(0m);
        row.Volumes[Channel.Telephone].Should().Be(120_000m);
        var r = row.Options.Single();
        r.Years.Should().OnlyContain(y => y.Saving == 0m);
        var pvc = 350_000.0 + (40_000 * GreenBookAnnuity(10));
        Tolerance.Absolute(-pvc, (double)r.Npv, 0.01, "NPV");
        r.PresentValueBenefits.Should().Be(0m);
    }

    [Fact]
    public void Run_AliasesInAnyOrderAndCase_ResolveToTheSameChannels()
    {
        var scenario = Waste;
        var own = Appraiser.AppraiseOption(scenario, scenario.Options[0]);

        var result = Run(scenario, "Name, Online ,PHONE,f2f\nAliased,300000,120000,50000\n");

        result.Channels.Should().Equal(Channel.Web, Channel.Telephone, Channel.FaceToFace);
        result.Rows.Single().Options[0].Npv.Should().Be(own.Npv);
        result.Period.Should().Be(scenario.Baseline.Period);
        result.Currency.Should().Be("GBP");
        result.ScenarioName.Should().Be("Digital first for waste services");
    }

    [Theory]
    // Each bad row sits on line 3 between two good rows, and must be reported there and skipped.
    [InlineData("X,1,2", "row", "has 3 fields; expected 4, as in the header: council,face-to-face,telephone,web")]
    [InlineData("X,1,2,3,4", "row", "has 5 fields; expected 4")]
    [InlineData(",1,2,3", "council", "is empty; expected the council's name")]
    [InlineData("   ,1,2,3", "council", "is empty; expected the council's name")]
    [InlineData("GOOD 1,1,2,3", "council", "\"GOOD 1\" is already on line 2; expected each council once")]
    [InlineData("X,abc,2,3", "face-to-face", "\"abc\" is not a number; expected contacts a month, a number of 0 or more")]
    [InlineData("X,\"1,5\",2,3", "face-to-face", "\"1,5\" is not a number")]
    [InlineData("X,\"1,500\",2,3", "face-to-face", "\"1,500\" is not a number")]
    [InlineData("X,1,-1,3", "telephone", "-1 is negative; expected contacts a month")]
    [InlineData("X,1,2,NaN", "web", "\"NaN\" is not a finite number")]
    [InlineData("X,Infinity,2,3", "face-to-face", "\"Infinity\" is not a finite number")]
    [InlineData("X,1e40,2,3", "face-to-face", "1e40 is too large")]
    [InlineData("X,,2,3", "face-to-face", "is empty (write 0 for none)")]
    [InlineData("X,79228162514264337593543950335,2,3", "row", "cannot be appraised: the amounts are too large to compute")]
    [InlineData("\"X\"Y,1,2,3", "row", "text follows a closing quote")]
    public void Run_BadRow_IsReportedWithItsLineAndSkipped(string row, string column, string message)
    {
        var result = Run(Waste, $"{WasteHeader}\nGood 1,100,200,300\n{row}\nGood 2,100,200,300\n");

        result.Rows.Select(r => (r.Council, r.Line)).Should().Equal(("Good 1", 2L), ("Good 2", 4L));
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Source.Should().Be("councils.csv");
        problem.Line.Should().Be(3);
        problem.Path.Should().Be(column);
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void Run_RowWithSeveralFaults_IsOneProblemThatNamesEach()
    {
        var result = Run(Waste, $"{WasteHeader}\ngood,1,2,3\nGood,x,-2,\n");

        result.Rows.Should().ContainSingle();
        result.Problems.Should().ContainSingle().Which.ToString().Should().Be(
            "councils.csv:3: council: \"Good\" is already on line 2, face-to-face: \"x\" is not a number, telephone: -2 is negative, web: is empty (write 0 for none); "
            + "expected each council once (names are compared ignoring case); and expected contacts a month, a number of 0 or more such as 12000 (a dot for decimals, no thousands separators)");
    }

    [Fact]
    public void Run_UnclosedQuote_IsReportedOnTheLineWhereItOpens()
    {
        var result = Run(Waste, $"{WasteHeader}\nGood,1,2,3\n\"Open,1,2,3\nNext,1,2,3\n");

        result.Rows.Should().ContainSingle().Which.Council.Should().Be("Good");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(3);
        problem.Message.Should().Contain("a quoted field is not closed");
    }

    [Fact]
    public void Run_QuotedNamesWithCommasQuotesAndLineBreaks_AreReadWholeAndLinesStillCount()
    {
        var csv = "\uFEFF" + WasteHeader + "\r\n"
            + "\"Example District 11, North and East\",1,2,3\r\n"
            + "\"The \"\"Quoted\"\" Council\",1,2,3\r\n"
            + "\"Two\r\nLines\",1,2,3\r\n"
            + "\r\n"
            + "After,1,2,3";

        var result = Run(Waste, csv);

        result.Problems.Should().BeEmpty();
        result.Rows.Select(r => (r.Council, r.Line)).Should().Equal(
            ("Example District 11, North and East", 2L),
            ("The \"Quoted\" Council", 3L),
            ("Two\r\nLines", 4L),
            ("After", 7L));
    }

    [Fact]
    public void Run_LoneCarriageReturnsAndLineFeeds_EndRecords()
    {
        var result = Run(Waste, WasteHeader + "\rA,1,2,3\nB,1,2,3\r\nC,1,2,3\r");

        result.Rows.Select(r => (r.Council, r.Line)).Should().Equal(("A", 2L), ("B", 3L), ("C", 4L));
    }

    [Theory]
    [InlineData("council,face-to-face,telephone,webb", "column 4", "\"webb\" is not a known channel (did you mean \"web\"?)")]
    [InlineData("council,f2f,face-to-face", "column 3", "\"face-to-face\" is face-to-face, already column 2 (\"f2f\"); expected each channel once")]
    [InlineData("council,web,avoided", "column 3", "\"avoided\" is not a channel here")]
    [InlineData("council,web,email", "column 3", "\"email\" has no cost per contact in the scenario's unit costs")]
    [InlineData("council,web,", "column 3", "has no name; expected a channel key")]
    [InlineData("region,web", "column 1", "\"region\" is not the council column; expected \"council\" (or \"name\") first")]
    [InlineData("web,telephone", "column 1", "\"web\" is not the council column (it is a channel: the council's name comes first)")]
    [InlineData("council", "header", "has no channel column")]
    [InlineData("council,\"web", "header", "a quoted field is not closed")]
    public void Run_BadHeader_RejectsTheWholeFile(string header, string path, string message)
    {
        var act = () => Run(Waste, header + "\nA,1,2,3\n");

        var problem = act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Source.Should().Be("councils.csv");
        problem.Line.Should().Be(1);
        problem.Path.Should().Be(path);
        problem.Message.Should().Contain(message);
    }

    [Fact]
    public void Run_HeaderWithSeveralProblems_ReportsEveryOneAtOnce()
    {
        var act = () => Run(Waste, "region,webb,f2f,face-to-face\nA,1,2,3\n");

        act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.Path)
            .Should().Equal("column 1", "column 2", "column 4");
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\n\r\n\n", "the file is empty")]
    [InlineData("\uFEFF", "the file is empty")]
    [InlineData(WasteHeader + "\n", "no council row follows the header")]
    [InlineData(WasteHeader + "\n\n\n", "no council row follows the header")]
    public void Run_NoCouncils_RejectsTheFile(string csv, string message)
    {
        var act = () => Run(Waste, csv);

        act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Run_Utf8StreamWithByteOrderMark_ReadsNamesAndVolumes()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(WasteHeader + "\nYnys Môn,1,2,3\n")).ToArray();

        var result = BatchAppraisal.Run(Waste, CouncilsCsv.Read(Waste, new MemoryStream(bytes), "councils.csv"), cancellationToken: TestContext.Current.CancellationToken);

        result.Rows.Single().Council.Should().Be("Ynys Môn");
    }

    [Fact]
    public void Run_StreamThatIsNotUtf8_IsOneProblem()
    {
        // "Ynys Môn" in Windows-1252: ô is the single byte 0xF4, not valid UTF-8.
        var bytes = Encoding.ASCII.GetBytes(WasteHeader + "\nYnys M").Concat(new byte[] { 0xF4 }).Concat(Encoding.ASCII.GetBytes("n,1,2,3\n")).ToArray();

        var act = () => BatchAppraisal.Run(Waste, CouncilsCsv.Read(Waste, new MemoryStream(bytes), "councils.csv"));

        act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Contain("is not UTF-8").And.Contain("save the file as UTF-8");
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    public void Run_UnderAnotherCulture_ReadsDotsAsDecimalPointsAndGivesTheSameResults(string culture)
    {
        const string csv = WasteHeader + "\nA,1234.5,2000,3000\nB,\"1,5\",2,3\n";
        var invariant = Run(Waste, csv);
        var saved = CultureInfo.CurrentCulture;
        BatchResult local;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            local = Run(Waste, csv);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        local.Rows.Single().Volumes[Channel.FaceToFace].Should().Be(1234.5m);
        local.Rows.Single().Options[0].Npv.Should().Be(invariant.Rows.Single().Options[0].Npv);
        local.Problems.Select(p => p.ToString()).Should().Equal(invariant.Problems.Select(p => p.ToString()));
        local.Problems.Single().Message.Should().StartWith("\"1,5\" is not a number");
    }

    [Fact]
    public void Run_NullArguments_Throw()
    {
        var nullScenario = () => BatchAppraisal.Run(null!, CouncilsCsv.Read(null!, new StringReader(WasteHeader), null));
        var nullReader = () => BatchAppraisal.Run(Waste, CouncilsCsv.Read(Waste, (TextReader)null!, null));
        var nullStream = () => BatchAppraisal.Run(Waste, CouncilsCsv.Read(Waste, (Stream)null!, null));

        nullScenario.Should().Throw<ArgumentNullException>();
        nullReader.Should().Throw<ArgumentNullException>();
        nullStream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Run_WithProgress_ReportsEachCouncilInTurnUpToOne()
    {
        // Three councils (the row with x is a problem, read but not appraised): after each one the fraction done is 1/3,
        // 2/3 and 3/3.
        var table = CouncilsCsv.Read(Waste, new StringReader(WasteHeader + "\nA,1,2,3\nB,4,5,6\nC,x,8,9\nD,10,11,12\n"), "councils.csv");
        var progress = new Recorded();

        BatchAppraisal.Run(Waste, table, progress: progress, cancellationToken: TestContext.Current.CancellationToken);

        table.Councils.Should().HaveCount(3, "the row with x is a problem, not a council");
        progress.Values.Should().Equal(1 / 3.0, 2 / 3.0, 1.0);
    }

    [Fact]
    public void Run_ListWithProgress_ReportsEachCouncilUpToOne()
    {
        var councils = new[] { 1000m, 2000m, 3000m, 4000m }
            .Select(f => new CouncilVolumes($"F{f}", new Dictionary<Channel, decimal> { [Channel.FaceToFace] = f }))
            .ToList();
        var progress = new Recorded();

        BatchAppraisal.Run(Waste, councils, progress, TestContext.Current.CancellationToken);

        progress.Values.Should().Equal(0.25, 0.5, 0.75, 1.0);
    }

    [Fact]
    public void Run_CancelledAfterTheFirstCouncil_ThrowsBeforeTheNext()
    {
        // Cancelled while the first of 1,000 councils is reported: the batch must stop at its next check, before the
        // second council, not at the end.
        var councils = Enumerable.Range(1, 1000)
            .Select(i => new CouncilVolumes($"Council {i}", new Dictionary<Channel, decimal> { [Channel.FaceToFace] = i }))
            .ToList();
        using var cancel = new CancellationTokenSource();
        var progress = new Recorded(cancel.Cancel);

        var run = () => BatchAppraisal.Run(Waste, councils, progress, cancel.Token);

        run.Should().Throw<OperationCanceledException>();
        progress.Values.Should().Equal(0.001);
    }

    [Fact]
    public void Run_TokenAlreadyCancelled_ThrowsWithoutAppraisingAnyCouncil()
    {
        var table = CouncilsCsv.Read(Waste, new StringReader(WasteHeader + "\nA,1,2,3\n"), "councils.csv");
        var progress = new Recorded();

        var run = () => BatchAppraisal.Run(Waste, table, progress: progress, cancellationToken: new CancellationToken(true));

        run.Should().Throw<OperationCanceledException>();
        progress.Values.Should().BeEmpty();
    }

    /// <summary>Records each report as it is made (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
    private sealed class Recorded(Action? onReport = null) : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value)
        {
            Values.Add(value);
            onReport?.Invoke();
        }
    }
}
