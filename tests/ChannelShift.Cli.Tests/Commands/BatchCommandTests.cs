using System.Globalization;
using System.Text.Json;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

public sealed class BatchCommandTests : IDisposable
{
    private const string Header = "council,option,npv,cashableNpv,presentValueBenefits,presentValueCosts,benefitCostRatio,paybackYears,discountedPaybackYears,irr,finalYearSaving";

    // Hand-checkable: face-to-face 10.00 and web 0.50 a contact; half of face-to-face moves to the web at once for 3
    // years, no costs, Green Book 3.5%; volumes a month, so F face-to-face contacts a month save 57 × F a year.
    private const string CounterToWeb = """
        { "name": "Counter to web",
          "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
          "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 3 } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("channelshift-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Scenario() => Write("scenario.json", CounterToWeb);

    // 57,000 × (1/1.035 + 1/1.035² + 1/1.035³) = 57,000 × 2.8016370 = 159,693.31; twice the volume, twice the saving.
    private static double Npv(double faceToFacePerMonth) =>
        Math.Round(57 * faceToFacePerMonth * Enumerable.Range(1, 3).Sum(t => 1 / Math.Pow(1.035, t)), 2);

    private static decimal Number(string field) => decimal.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Batch_AllRowsGood_WritesOneCsvRowPerCouncilAndExits0()
    {
        var councils = Write("councils.csv", "council,face-to-face,web\nOne,1000,4000\n\"Two, Greater\",2000,8000\n");

        var run = AppRun.Of("batch", Scenario(), "--councils", councils);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        var lines = run.Output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines.Should().HaveCount(3);
        lines[0].Should().Be(Header);
        var one = lines[1].Split(',');
        one[0].Should().Be("One");
        one[1].Should().Be("Counter to web");
        Number(one[2]).Should().Be((decimal)Npv(1000), "npv");
        one[3].Should().BeEmpty("no cashable NPV without cost behaviour");
        Number(one[4]).Should().Be((decimal)Npv(1000), "presentValueBenefits: no costs");
        Number(one[5]).Should().Be(0m, "presentValueCosts");
        one[6].Should().BeEmpty("no BCR without costs");
        Number(one[7]).Should().Be(0m, "paid back at once: there is nothing to pay back");
        one[9].Should().BeEmpty("no IRR: the flows never change sign");
        Number(one[10]).Should().Be(57_000m, "final-year saving 57 × 1,000");
        lines[2].Should().StartWith("\"Two, Greater\",Counter to web,");
        var two = lines[2][("\"Two, Greater\",".Length)..].Split(',');
        Number(two[1]).Should().Be((decimal)Npv(2000));
        Number(two[9]).Should().Be(114_000m);
    }

    [Fact]
    public void Batch_SomeRowsBad_PrintsTheGoodOnesAndOneStderrLinePerBadRowAndExits2()
    {
        var councils = Write("councils.csv", "council,face-to-face,web\nOne,1000,4000\nBad,abc,1\nShort,1\nTwo,2000,8000\n");

        var run = AppRun.Of("batch", Scenario(), "--councils", councils);

        run.ExitCode.Should().Be(2);
        var lines = run.Output.TrimEnd().Split('\n');
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith("One,");
        lines[2].Should().StartWith("Two,");
        run.ErrorLines.Should().HaveCount(2);
        run.ErrorLines[0].Should().StartWith($"error: {councils}:3: face-to-face: \"abc\" is not a number; expected contacts a month");
        run.ErrorLines[1].Should().StartWith($"error: {councils}:4: row: has 2 fields; expected 3");
    }

    [Fact]
    public void Batch_Json_WritesTheRowsWithNullsForNone()
    {
        var councils = Write("councils.csv", "council,f2f\n\"One, the first\",1000\n");

        var run = AppRun.Of("batch", Scenario(), "--councils", councils, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("scenario").GetString().Should().Be("Counter to web");
        json.GetProperty("currency").GetString().Should().Be("GBP");
        json.GetProperty("period").GetString().Should().Be("month");
        json.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).Should().Equal("face-to-face");
        var row = json.GetProperty("rows").EnumerateArray().Should().ContainSingle().Subject;
        row.GetProperty("council").GetString().Should().Be("One, the first");
        row.GetProperty("option").GetString().Should().Be("Counter to web");
        row.GetProperty("npv").GetDecimal().Should().Be((decimal)Npv(1000));
        row.GetProperty("presentValueCosts").GetDecimal().Should().Be(0m);
        row.GetProperty("benefitCostRatio").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("irr").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("finalYearSaving").GetDecimal().Should().Be(57_000m);
    }

    [Fact]
    public void Batch_SeveralOptions_WritesOneRowPerCouncilAndOption()
    {
        // "Web" saves 4.75 a face-to-face contact, "Avoid" 5.00 but costs 1,000 in year 0 (no optimism bias); one year.
        // 20,000 contacts: Web 95,000 / 1.035 = 91,787.44; Avoid 100,000 / 1.035 − 1,000 = 95,618.36.
        var scenario = Write("options.json", """
            { "name": "Two ways",
              "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
              "baseline": { "period": "year", "volumes": { "face-to-face": 10000, "web": 1000 } },
              "options": [
                { "name": "Web", "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ] },
                { "name": "Avoid", "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "avoided" } ],
                  "costs": [ { "name": "Letters", "type": "one-off", "year": 0, "amount": 1000 } ] } ],
              "appraisal": { "years": 1, "optimismBias": { "oneOff": 0, "recurring": 0 } } }
            """);
        var councils = Write("councils.csv", "council,face-to-face\nLarge,20000\n");

        var run = AppRun.Of("batch", scenario, "--councils", councils);

        run.ExitCode.Should().Be(0, run.Error);
        var rows = run.Output.TrimEnd().Split('\n').Skip(1).Select(l => l.Split(',')).ToArray();
        rows.Select(r => (r[0], r[1], Number(r[2]))).Should().Equal(("Large", "Web", 91_787.44m), ("Large", "Avoid", 95_618.36m));
    }

    [Fact]
    public void Batch_UnderAnotherCulture_WritesTheSameBytes()
    {
        var councils = Write("councils.csv", "council,face-to-face,web\nOne,1000.5,4000\n");
        var scenario = Scenario();

        var invariant = AppRun.Of("batch", scenario, "--councils", councils);
        var german = AppRun.Under("de-DE", "batch", scenario, "--councils", councils);
        var french = AppRun.Under("fr-FR", "batch", scenario, "--councils", councils, "--format", "json");

        invariant.ExitCode.Should().Be(0, invariant.Error);
        german.Output.Should().Be(invariant.Output);
        french.Json().GetProperty("rows")[0].GetProperty("npv").GetDecimal().Should().Be((decimal)Npv(1000.5));
    }

    [Fact]
    public void Batch_Table_ShowsEachCouncil()
    {
        var councils = Write("councils.csv", "council,face-to-face\nOne,1000\n");

        var run = AppRun.Of("batch", Scenario(), "--councils", councils, "--format", "table");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("1 councils appraised").And.Contain("One").And.Contain("£159,693.31").And.Contain("£57,000.00");
    }

    [Fact]
    public void Batch_BadHeader_IsOneLineWithTheColumnAndNothingOnStdout()
    {
        var councils = Write("councils.csv", "council,webb\nOne,1000\n");

        var run = AppRun.Of("batch", Scenario(), "--councils", councils);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"error: {councils}:1: column 2: \"webb\" is not a known channel (did you mean \"web\"?)");
    }

    [Theory]
    [InlineData("missing.csv", null, "no such file")]
    [InlineData("empty.csv", "", "the file is empty")]
    [InlineData("blank.csv", "\n\n", "the file is empty")]
    [InlineData("header-only.csv", "council,web\n", "no council row follows the header")]
    public void Batch_CouncilsFileMissingOrEmpty_IsOneLineAndExit2(string name, string? content, string message)
    {
        var councils = content is null ? Path.Combine(_folder, name) : Write(name, content);

        var run = AppRun.Of("batch", Scenario(), "--councils", councils);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void Batch_CouncilsIsAFolder_IsOneLineAndExit2()
    {
        var run = AppRun.Of("batch", Scenario(), "--councils", _folder);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("is a folder");
    }

    [Fact]
    public void Batch_WithoutCouncilsOrWithAnUnknownFormat_IsAUsageError()
    {
        var scenario = Scenario();
        var councils = Write("councils.csv", "council,web\nOne,1\n");

        var withoutCouncils = AppRun.Of("batch", scenario);
        var unknown = AppRun.Of("batch", scenario, "--councils", councils, "--format", "xml");

        withoutCouncils.ExitCode.Should().Be(2);
        withoutCouncils.Error.Should().Contain("--councils");
        unknown.ExitCode.Should().Be(2);
        unknown.ErrorLines.Should().ContainSingle().Which.Should().Contain("--format: \"xml\" is not a format; expected one of table, json, csv, markdown");
    }

    [Fact]
    public void Batch_TheDocumentedExample_AppraisesTwelveCouncilsAndTheFirstMatchesAppraise()
    {
        // docs/examples/councils.csv: Example District 01 has the volumes of waste-services.json itself.
        var examples = Path.Combine(Repository.Root, "docs", "examples");
        var scenario = Path.Combine(examples, "waste-services.json");

        var batch = AppRun.Of("batch", scenario, "--councils", Path.Combine(examples, "councils.csv"), "--format", "json");
        var appraise = AppRun.Of("appraise", scenario, "--format", "json");

        batch.ExitCode.Should().Be(0, batch.Error);
        var rows = batch.Json().GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(12);
        rows[0].GetProperty("council").GetString().Should().Be("Example District 01");
        rows[0].GetProperty("npv").GetDecimal().Should().Be(appraise.Json().GetProperty("options")[0].GetProperty("npv").GetDecimal());
        rows.Should().OnlyContain(r => r.GetProperty("council").GetString()!.StartsWith("Example District ", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_OnATerminal_DrawsOneProgressLineFromTheStartAndWipesIt()
    {
        // ProgressLine's bar: 20 cells of 5% each, then the percentage in three places; wiped by 30 spaces between
        // carriage returns before the output is written.
        var scenario = Scenario();
        var councils = Write("councils.csv", "council,face-to-face\nA,1000\nB,2000\nC,3000\nD,4000\n");
        var redirected = AppRun.Of("batch", scenario, "--councils", councils);

        var run = AppRun.OnATerminal("batch", scenario, "--councils", councils);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(redirected.Output);
        redirected.Error.Should().BeEmpty("no progress when the output is redirected");
        run.Error.Should().StartWith("\r[....................]   0%")
            .And.Contain("\r[#####...............]  25%")
            .And.Contain("\r[####################] 100%")
            .And.EndWith("\r" + new string(' ', 30) + "\r");
    }

    [Fact]
    public void Batch_OnATerminalWithAMissingCouncilsFile_WipesTheProgressBeforeTheError()
    {
        var run = AppRun.OnATerminal("batch", Scenario(), "--councils", Path.Combine(_folder, "missing.csv"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(new string(' ', 30) + "\rerror: --councils", "the error starts on a clean line");
    }
}
