using System.Globalization;
using System.Text;
using ChannelShift.Serialization;
using ChannelShift.Tracking;

namespace ChannelShift.Tests.Serialization;

public class ActualsCsvTests
{
    // A plan of years 0 to 2 from 2027: year 0 is April 2027 to March 2028, year 2 ends in March 2030, so the plan's
    // months are 2027-04 to 2030-03. The baseline has contacts on face-to-face, telephone and web; one-stop-shop is the
    // council's own channel (it has a cost); webchat has no cost in Socitm 2012.
    private const string PlanJson = """
        { "name": "Counter to web",
          "unitCosts": { "catalogue": "socitm-2012",
                         "overrides": { "face-to-face": 10.00, "telephone": 3.00, "web": 0.50, "one-stop-shop": 4.00 } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "telephone": 2000, "web": 4000 } },
          "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 2, "firstYear": 2027 } }
        """;

    // The same without a first year: months are not checked against a plan.
    private const string UndatedJson = """
        { "unitCosts": { "catalogue": "socitm-2012" },
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "telephone": 2000, "web": 4000 } },
          "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 2 } }
        """;

    private const string LongTwoMonths = """
        month,channel,volume
        2027-04,face-to-face,1000
        2027-04,telephone,2000
        2027-04,web,4000
        2027-05,face-to-face,900
        2027-05,telephone,1950.5
        2027-05,web,4400
        """;

    private const string WideTwoMonths = """
        month,face-to-face,telephone,web
        2027-04,1000,2000,4000
        2027-05,900,1950.5,4400
        """;

    private const string WideHeader = "month,face-to-face,telephone,web";

    private static readonly Scenario PlanScenario = ScenarioReader.Parse(PlanJson, "plan.json");

    private static Actuals Read(string csv, Scenario? scenario = null) =>
        ActualsCsv.Read(scenario ?? PlanScenario, new StringReader(csv), "actuals.csv");

    private static IReadOnlyList<InputProblem> Problems(string csv, Scenario? scenario = null)
    {
        var act = () => Read(csv, scenario);
        return act.Should().Throw<InputValidationException>().Which.Problems;
    }

    private static InputProblem OneProblem(string csv, Scenario? scenario = null) =>
        Problems(csv, scenario).Should().ContainSingle().Subject;

    private static Dictionary<Channel, decimal> Volumes(decimal faceToFace, decimal telephone, decimal web) =>
        new() { [Channel.FaceToFace] = faceToFace, [Channel.Telephone] = telephone, [Channel.Web] = web };

    [Fact]
    public void Read_LongFile_ReadsEveryMonthAndChannel()
    {
        var actuals = Read(LongTwoMonths);

        actuals.SourceName.Should().Be("actuals.csv");
        actuals.Months.Select(m => m.Month).Should().Equal(new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 1));
        actuals.Months[0].Volumes.Should().BeEquivalentTo(Volumes(1000m, 2000m, 4000m));
        actuals.Months[1].Volumes.Should().BeEquivalentTo(Volumes(900m, 1950.5m, 4400m));
        actuals.Months.Select(m => m.Line).Should().Equal(2L, 5L);
        actuals.Months.Should().AllSatisfy(m => m.Fte.Should().BeEmpty());
    }

    [Fact]
    public void Read_WideFileWithTheSameData_EqualsTheLongFile()
    {
        var wide = Read(WideTwoMonths);
        var longer = Read(LongTwoMonths);

        wide.Months.Should().HaveCount(2);
        wide.Months.Select(m => m.Month).Should().Equal(longer.Months.Select(m => m.Month));
        for (var i = 0; i < 2; i++)
        {
            wide.Months[i].Volumes.Should().BeEquivalentTo(longer.Months[i].Volumes);
            wide.Months[i].Fte.Should().BeEquivalentTo(longer.Months[i].Fte);
        }

        wide.Months[1].Volumes.Should().BeEquivalentTo(Volumes(900m, 1950.5m, 4400m));
        wide.Months.Select(m => m.Line).Should().Equal(2L, 3L);
    }

    [Fact]
    public void Read_WideWithAliasesAndTheCouncilsOwnChannel_ResolvesThem()
    {
        var actuals = Read("month,f2f,Phone,online,one-stop-shop\n2027-04,1000,2000,4000,300\n");

        actuals.Months.Single().Volumes.Should().BeEquivalentTo(new Dictionary<Channel, decimal>
        {
            [Channel.FaceToFace] = 1000m,
            [Channel.Telephone] = 2000m,
            [Channel.Web] = 4000m,
            [Channel.Custom("one-stop-shop")] = 300m,
        });
    }

    [Fact]
    public void Read_LongWithAliasesAndColumnsInAnotherOrder_ResolvesThem()
    {
        var actuals = Read("Volume,CHANNEL,Month\n1000,counter,2027-04\n2000,calls,2027-04\n4000,website,2027-04\n");

        actuals.Months.Single().Volumes.Should().BeEquivalentTo(Volumes(1000m, 2000m, 4000m));
    }

    [Fact]
    public void Read_LongWithFte_ReadsTheStaffGivenAndLeavesEmptyCellsOut()
    {
        const string csv = """
            month,channel,volume,fte
            2027-04,face-to-face,1000,12.5
            2027-04,telephone,2000,30
            2027-04,web,4000,
            2027-05,face-to-face,900,11
            2027-05,telephone,1950,
            2027-05,web,4400,
            """;

        var actuals = Read(csv);

        actuals.Months[0].Fte.Should().BeEquivalentTo(new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 12.5m, [Channel.Telephone] = 30m });
        actuals.Months[1].Fte.Should().BeEquivalentTo(new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 11m });
        actuals.Months[1].Volumes.Should().BeEquivalentTo(Volumes(900m, 1950m, 4400m));
    }

    [Fact]
    public void Read_WideWithFteColumns_ReadsTheSameStaffAsTheLongLayout()
    {
        const string csv = """
            month,face-to-face,telephone,web,fte:face-to-face,fte:phone
            2027-04,1000,2000,4000,12.5,30
            2027-05,900,1950,4400,11,
            """;

        var actuals = Read(csv);

        actuals.Months[0].Fte.Should().BeEquivalentTo(new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 12.5m, [Channel.Telephone] = 30m });
        actuals.Months[1].Fte.Should().BeEquivalentTo(new Dictionary<Channel, decimal> { [Channel.FaceToFace] = 11m });
        actuals.Months[0].Volumes.Should().BeEquivalentTo(Volumes(1000m, 2000m, 4000m));
    }

    [Fact]
    public void Read_MonthsOutOfOrder_SortsThemAndKeepsTheLineOfEachMonthsFirstRow()
    {
        const string csv = """
            month,channel,volume
            2027-05,web,4400
            2027-04,web,4000
            2027-04,face-to-face,1000
            2027-05,face-to-face,900
            2027-04,telephone,2000
            2027-05,telephone,1950
            """;

        var actuals = Read(csv);

        actuals.Months.Select(m => m.ToString()).Should().Equal("2027-04", "2027-05");
        actuals.Months.Select(m => m.Line).Should().Equal(3L, 2L);
        actuals.First.Should().Be(new DateOnly(2027, 4, 1));
        actuals.Last.Should().Be(new DateOnly(2027, 5, 1));
    }

    [Fact]
    public void Read_ExponentsAndSpacesAroundNumbers_AreRead()
    {
        var actuals = Read(WideHeader + "\n 2027-04 , 1e3 ,2000.0, 4000 \n");

        actuals.Months.Single().Volumes.Should().BeEquivalentTo(Volumes(1000m, 2000m, 4000m));
    }

    [Fact]
    public void Read_UnknownChannelInTheWideHeader_SuggestsTheClosest()
    {
        var problem = OneProblem("month,face-to-face,telephon,web\n2027-04,1000,2000,4000\n");

        problem.Path.Should().Be("telephon");
        problem.Line.Should().Be(1);
        problem.Source.Should().Be("actuals.csv");
        problem.Code.Should().Be(ProblemCodes.UnknownName);
        problem.What.Should().Be("\"telephon\" is not a known channel (did you mean \"telephone\"?)");
    }

    [Fact]
    public void Read_UnknownChannelInALongRow_IsAProblemAtItsLine()
    {
        const string csv = """
            month,channel,volume
            2027-04,face-to-face,1000
            2027-04,telephone,2000
            2027-04,wbe,4000
            """;

        var problem = OneProblem(csv);

        problem.Path.Should().Be("channel");
        problem.Line.Should().Be(4);
        problem.Value.Should().Be("wbe");
        problem.What.Should().Contain("\"wbe\" is not a known channel (did you mean \"web\"?)");
    }

    [Fact]
    public void Read_AvoidedInTheWideHeader_IsNotAChannel()
    {
        var problem = OneProblem(WideHeader + ",avoided\n2027-04,1000,2000,4000,50\n");

        problem.Path.Should().Be("avoided");
        problem.Line.Should().Be(1);
        problem.What.Should().Contain("\"avoided\" is not a channel here");
    }

    [Fact]
    public void Read_AvoidedInALongRow_IsNotAChannel()
    {
        var problem = OneProblem("month,channel,volume\n2027-04,face-to-face,1000\n2027-04,telephone,2000\n2027-04,web,4000\n2027-04,avoided,50\n");

        problem.Path.Should().Be("channel");
        problem.Line.Should().Be(5);
        problem.What.Should().Contain("\"avoided\" is not a channel here");
    }

    [Fact]
    public void Read_ChannelWithoutACost_IsAProblemNamingIt()
    {
        var problem = OneProblem(WideHeader + ",webchat\n2027-04,1000,2000,4000,50\n");

        problem.Path.Should().Be("webchat");
        problem.Code.Should().Be(ProblemCodes.Inconsistent);
        problem.What.Should().Contain("\"webchat\" has no cost per contact");
    }

    [Fact]
    public void Read_ChannelTwiceInTheWideHeader_IsADuplicateAtTheSecond()
    {
        var problem = OneProblem(WideHeader + ",phone\n2027-04,1000,2000,4000,2000\n");

        problem.Path.Should().Be("phone");
        problem.Line.Should().Be(1);
        problem.Code.Should().Be(ProblemCodes.Duplicate);
        problem.What.Should().Be("\"phone\" is telephone, already column 3 (\"telephone\")");
    }

    [Fact]
    public void Read_FteColumnTwiceInTheWideHeader_IsADuplicate()
    {
        var problem = OneProblem(WideHeader + ",fte:telephone,fte:phone\n2027-04,1000,2000,4000,30,31\n");

        problem.Path.Should().Be("fte:phone");
        problem.Code.Should().Be(ProblemCodes.Duplicate);
        problem.What.Should().Contain("already column 5");
    }

    [Fact]
    public void Read_UnknownColumnInTheLongHeader_IsAProblemNamingIt()
    {
        var problem = OneProblem("month,channel,volume,volumes\n2027-04,face-to-face,1000,1\n2027-04,telephone,2000,1\n2027-04,web,4000,1\n");

        problem.Path.Should().Be("volumes");
        problem.Line.Should().Be(1);
        problem.Code.Should().Be(ProblemCodes.UnknownProperty);
        problem.What.Should().Be("\"volumes\" is not a column of the long layout (did you mean \"volume\"?)");
    }

    [Fact]
    public void Read_MistypedMonthColumnInTheWideHeader_SuggestsMonth()
    {
        var problems = Problems("mnth,face-to-face,telephone,web\n2027-04,1000,2000,4000\n");

        problems.Select(p => p.Path).Should().Equal("mnth", "header");
        problems[0].What.Should().Be("\"mnth\" is not a known column (did you mean \"month\"?)");
        problems[1].What.Should().Be("has no month column");
    }

    [Fact]
    public void Read_LongHeaderWithoutAVolumeColumn_SaysWhichColumnIsMissing()
    {
        var problem = OneProblem("month,channel\n2027-04,web\n");

        problem.Path.Should().Be("header");
        problem.Line.Should().Be(1);
        problem.What.Should().Be("has no volume column");
    }

    [Fact]
    public void Read_SameMonthAndChannelTwiceInTheLongLayout_IsADuplicateAtTheSecondRow()
    {
        const string csv = """
            month,channel,volume
            2027-04,face-to-face,1000
            2027-04,telephone,2000
            2027-04,web,4000
            2027-04,phone,2100
            """;

        var problem = OneProblem(csv);

        problem.Path.Should().Be("month");
        problem.Line.Should().Be(5);
        problem.Code.Should().Be(ProblemCodes.Duplicate);
        problem.What.Should().Be("2027-04 of telephone is already on line 3");
    }

    [Fact]
    public void Read_SameMonthTwiceInTheWideLayout_IsADuplicateAtTheSecondRow()
    {
        var problem = OneProblem(WideHeader + "\n2027-04,1000,2000,4000\n2027-05,900,1950,4400\n2027-04,1000,2000,4000\n");

        problem.Path.Should().Be("month");
        problem.Line.Should().Be(4);
        problem.What.Should().Be("2027-04 is already on line 2");
    }

    [Theory]
    [InlineData("2027-4", "\"2027-4\" is not a month written YYYY-MM (did you mean 2027-04?)")]
    [InlineData("04/2027", "\"04/2027\" is not a month written YYYY-MM (did you mean 2027-04?)")]
    [InlineData("2027/11", "\"2027/11\" is not a month written YYYY-MM (did you mean 2027-11?)")]
    [InlineData("April 2027", "\"April 2027\" is not a month written YYYY-MM")]
    [InlineData("2027-04-01", "\"2027-04-01\" is not a month written YYYY-MM")]
    [InlineData("2027-13", "\"2027-13\" is not a month: 13 is not from 01 to 12")]
    [InlineData("2027-00", "\"2027-00\" is not a month: 00 is not from 01 to 12")]
    public void Read_MonthNotWrittenYyyyMm_IsAProblemNamingIt(string month, string what)
    {
        var problem = OneProblem(WideHeader + $"\n{month},1000,2000,4000\n");

        problem.Path.Should().Be("month");
        problem.Line.Should().Be(2);
        problem.What.Should().Be(what);
        problem.Expected.Should().Contain("YYYY-MM");
    }

    [Fact]
    public void Read_EmptyMonth_IsAProblem()
    {
        var problem = OneProblem(WideHeader + "\n,1000,2000,4000\n");

        problem.Path.Should().Be("month");
        problem.Code.Should().Be(ProblemCodes.Missing);
        problem.What.Should().Be("is empty");
    }

    [Fact]
    public void Read_MonthBeforeThePlan_NamesThePlansFirstAndLastMonths()
    {
        var problem = OneProblem(WideHeader + "\n2027-03,1000,2000,4000\n2027-04,1000,2000,4000\n");

        problem.Path.Should().Be("month");
        problem.Line.Should().Be(2);
        problem.Code.Should().Be(ProblemCodes.OutOfRange);
        problem.What.Should().Be("2027-03 is before the plan, which runs from 2027-04 to 2030-03");
        problem.Expected.Should().Contain("2027/28").And.Contain("2029/30");
    }

    [Fact]
    public void Read_MonthAfterThePlan_IsAProblemOncePerMonth()
    {
        // 2030-03 is the plan's last month (March of 2029/30, year 2); 2030-04 is after it, on three rows.
        const string csv = """
            month,channel,volume
            2030-03,face-to-face,1000
            2030-03,telephone,2000
            2030-03,web,4000
            2030-04,face-to-face,1000
            2030-04,telephone,2000
            2030-04,web,4000
            """;

        var problem = OneProblem(csv);

        problem.Line.Should().Be(5);
        problem.Value.Should().Be("2030-04");
        problem.What.Should().Be("2030-04 is after the plan, which runs from 2027-04 to 2030-03");
    }

    [Fact]
    public void Read_ScenarioWithoutAFirstYear_AcceptsAnyMonth()
    {
        var actuals = Read(WideHeader + "\n1999-12,1,2,3\n2000-01,4,5,6\n", ScenarioReader.Parse(UndatedJson, "undated.json"));

        actuals.Months.Select(m => m.ToString()).Should().Equal("1999-12", "2000-01");
        actuals.Months[1].Volumes.Should().BeEquivalentTo(Volumes(4m, 5m, 6m));
    }

    [Fact]
    public void Read_GapInTheWideMonths_NamesTheMissingMonth()
    {
        var problem = OneProblem(WideHeader + "\n2027-04,1,2,3\n2027-05,1,2,3\n2027-07,1,2,3\n");

        problem.Path.Should().Be("month");
        problem.Line.Should().Be(4);
        problem.Code.Should().Be(ProblemCodes.Missing);
        problem.What.Should().Be("no row for 2027-06: 2027-05 is followed by 2027-07");
    }

    [Fact]
    public void Read_GapOfSeveralMonths_NamesThemAsARun()
    {
        var problem = OneProblem(WideHeader + "\n2027-04,1,2,3\n2027-08,1,2,3\n");

        problem.What.Should().Be("no row for 2027-05 to 2027-07: 2027-04 is followed by 2027-08");
    }

    [Fact]
    public void Read_GapInOneChannelOfTheLongLayout_NamesTheChannelAndTheMonth()
    {
        const string csv = """
            month,channel,volume
            2027-04,face-to-face,1
            2027-04,telephone,2
            2027-04,web,3
            2027-05,face-to-face,1
            2027-05,web,3
            2027-06,face-to-face,1
            2027-06,telephone,2
            2027-06,web,3
            """;

        var problem = OneProblem(csv);

        problem.Path.Should().Be("month");
        problem.Line.Should().Be(8);
        problem.What.Should().Be("telephone has no row for 2027-05: its 2027-04 is followed by 2027-06");
    }

    [Fact]
    public void Read_ChannelEndingBeforeTheOthers_NamesTheMonthsItLacks()
    {
        const string csv = """
            month,channel,volume
            2027-04,face-to-face,1
            2027-04,telephone,2
            2027-04,web,3
            2027-05,face-to-face,1
            2027-05,telephone,2
            """;

        var problem = OneProblem(csv);

        problem.Path.Should().Be("channel");
        problem.Line.Should().Be(4);
        problem.Value.Should().Be("web");
        problem.What.Should().Be("web has no row for 2027-05, which other channels have");
    }

    [Fact]
    public void Read_WideFileWithoutAPlanChannel_NamesIt()
    {
        var problem = OneProblem("month,face-to-face,web\n2027-04,1000,4000\n");

        problem.Path.Should().Be("header");
        problem.Line.Should().Be(1);
        problem.Value.Should().Be("telephone");
        problem.What.Should().Be("has no column for telephone, which has 2000 contacts a month in the scenario's baseline");
    }

    [Fact]
    public void Read_LongFileWithoutAPlanChannel_NamesIt()
    {
        var problem = OneProblem("month,channel,volume\n2027-04,face-to-face,1000\n2027-04,web,4000\n");

        problem.Path.Should().Be("channel");
        problem.Value.Should().Be("telephone");
        problem.What.Should().Be("telephone has no row, but it has 2000 contacts a month in the scenario's baseline");
    }

    [Theory]
    [InlineData("-5", ProblemCodes.OutOfRange, "-5 is negative")]
    [InlineData("", ProblemCodes.Missing, "is empty (write 0 for none)")]
    [InlineData("lots", ProblemCodes.WrongType, "\"lots\" is not a number")]
    [InlineData("\"2,000\"", ProblemCodes.WrongType, "\"2,000\" is not a number")]
    [InlineData("1e30", ProblemCodes.TooLarge, "1e30 is too large (above the largest decimal, about 7.9e28)")]
    [InlineData("NaN", ProblemCodes.NotFinite, "\"NaN\" is not a finite number")]
    [InlineData("Infinity", ProblemCodes.NotFinite, "\"Infinity\" is not a finite number")]
    public void Read_BadVolumeInTheWideLayout_IsAProblemAtItsColumn(string volume, string code, string what)
    {
        var problem = OneProblem(WideHeader + $"\n2027-04,1000,{volume},4000\n");

        problem.Path.Should().Be("telephone");
        problem.Line.Should().Be(2);
        problem.Code.Should().Be(code);
        problem.What.Should().Be(what);
        problem.Expected.Should().Contain("a number of 0 or more");
    }

    [Theory]
    [InlineData("-5", "-5 is negative")]
    [InlineData("", "is empty (write 0 for none)")]
    [InlineData("n/a", "\"n/a\" is not a number")]
    public void Read_BadVolumeInTheLongLayout_IsAProblemAtTheVolumeColumn(string volume, string what)
    {
        var problem = OneProblem($"month,channel,volume\n2027-04,face-to-face,1000\n2027-04,telephone,{volume}\n2027-04,web,4000\n");

        problem.Path.Should().Be("volume");
        problem.Line.Should().Be(3);
        problem.What.Should().Be(what);
    }

    [Theory]
    [InlineData("-1.5", "-1.5 is negative")]
    [InlineData("ten", "\"ten\" is not a number")]
    public void Read_BadFte_IsAProblemAtItsColumnInBothLayouts(string fte, string what)
    {
        var wide = OneProblem(WideHeader + $",fte:telephone\n2027-04,1000,2000,4000,{fte}\n");
        var longer = OneProblem($"month,channel,volume,fte\n2027-04,face-to-face,1000,\n2027-04,telephone,2000,{fte}\n2027-04,web,4000,\n");

        wide.Path.Should().Be("fte:telephone");
        wide.Line.Should().Be(2);
        wide.What.Should().Be(what);
        wide.Expected.Should().StartWith("staff in post in FTE");
        longer.Path.Should().Be("fte");
        longer.Line.Should().Be(3);
        longer.What.Should().Be(what);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n\n")]
    [InlineData("\uFEFF")]
    public void Read_EmptyFile_IsOneProblem(string csv)
    {
        var problem = OneProblem(csv);

        problem.Path.Should().Be("header");
        problem.Line.Should().BeNull();
        problem.What.Should().Be("the file is empty");
    }

    [Theory]
    [InlineData(WideHeader + "\n")]
    [InlineData("month,channel,volume\n\n\n")]
    public void Read_HeaderWithoutRows_IsOneProblem(string csv)
    {
        var problem = OneProblem(csv);

        problem.Path.Should().Be("header");
        problem.Line.Should().Be(1);
        problem.What.Should().Be("no month row follows the header");
    }

    [Fact]
    public void Read_RowWithTheWrongNumberOfFields_IsAProblemAtItsLine()
    {
        var problem = OneProblem(WideHeader + "\n2027-04,1000,2000,4000\n2027-05,900,1950\n2027-06,1,2,3\n");

        problem.Path.Should().Be("row");
        problem.Line.Should().Be(3);
        problem.What.Should().Be("has 3 fields");
        problem.Expected.Should().Be("4, as in the header: month,face-to-face,telephone,web");
    }

    [Fact]
    public void Read_SeveralProblems_ReportsEveryOneAtOnceInLineOrder()
    {
        const string csv = """
            month,face-to-face,phone,wbe,fte:telephone
            2027-04,1000,-2000,4000,30
            2027-4,900,1950,4400,thirty
            2027-06,900,1950
            """;

        var problems = Problems(csv);

        problems.Select(p => (p.Path, p.Line)).Should().Equal(
            ("wbe", 1L),
            ("phone", 2L),
            ("month", 3L),
            ("fte:telephone", 3L),
            ("row", 4L));
        problems[1].What.Should().Be("-2000 is negative");
        problems[2].Value.Should().Be("2027-4");
        problems[3].Value.Should().Be("thirty");
        problems.Should().AllSatisfy(p => p.Source.Should().Be("actuals.csv"));
    }

    [Fact]
    public void Read_ByteOrderMarkAndCrlfLineEnds_AreReadAndLinesCounted()
    {
        var actuals = Read("\uFEFF" + WideHeader + "\r\n2027-04,1000,2000,4000\r\n2027-05,900,1950,4400\r\n");

        actuals.Months.Select(m => m.Line).Should().Equal(2L, 3L);
        actuals.Months[1].Volumes.Should().BeEquivalentTo(Volumes(900m, 1950m, 4400m));
    }

    [Fact]
    public void Read_CrlfLineEnds_ProblemsGiveTheRightLine()
    {
        var problem = OneProblem("month,channel,volume\r\n2027-04,face-to-face,1000\r\n2027-04,telephone,x\r\n2027-04,web,4000\r\n");

        problem.Line.Should().Be(3);
        problem.Path.Should().Be("volume");
    }

    [Fact]
    public void Read_Utf8StreamWithByteOrderMark_ReadsTheFile()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(WideTwoMonths)).ToArray();

        var actuals = ActualsCsv.Read(PlanScenario, new MemoryStream(bytes), "actuals.csv");

        actuals.Months.Should().HaveCount(2);
        actuals.Months[0].Volumes.Should().BeEquivalentTo(Volumes(1000m, 2000m, 4000m));
    }

    [Fact]
    public void Read_StreamThatIsNotUtf8_IsOneEncodingProblem()
    {
        // "ñ" in Windows-1252 is the single byte 0xF1, not valid UTF-8, on line 2.
        var bytes = Encoding.ASCII.GetBytes(WideHeader + "\n2027-04,1000,2000,4000,Espa").Concat(new byte[] { 0xF1 }).Concat(Encoding.ASCII.GetBytes("a\n")).ToArray();

        var act = () => ActualsCsv.Read(PlanScenario, new MemoryStream(bytes), "actuals.csv");

        var problem = act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.Encoding);
        problem.Line.Should().Be(2);
        problem.What.Should().Contain("byte 0xF1 is not UTF-8");
    }

    [Fact]
    public void Read_UnderAnotherCulture_ReadsDotsAsDecimalPoints()
    {
        var saved = CultureInfo.CurrentCulture;
        Actuals actuals;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            actuals = Read(WideHeader + "\n2027-04,1000.5,2000,4000\n");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        actuals.Months.Single().Volumes[Channel.FaceToFace].Should().Be(1000.5m);
    }

    [Fact]
    public void Read_NullArguments_Throw()
    {
        var nullScenario = () => ActualsCsv.Read(null!, new StringReader(WideTwoMonths), null);
        var nullReader = () => ActualsCsv.Read(PlanScenario, (TextReader)null!, null);
        var nullStream = () => ActualsCsv.Read(PlanScenario, (Stream)null!, null);

        nullScenario.Should().Throw<ArgumentNullException>();
        nullReader.Should().Throw<ArgumentNullException>();
        nullStream.Should().Throw<ArgumentNullException>();
    }
}
