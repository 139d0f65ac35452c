using System.Globalization;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Tests.Support;
using ChannelShift.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// <c>channelshift workbook</c>. The oracle for a recalculated workbook is the library's own appraisal of the same
/// scenario (Appraiser.Appraise): after LibreOffice recalculates the formulas, every summary figure and every year's
/// saving, costs, net and present value must equal it within a penny, and an input changed in the workbook must move the
/// NPV as the same change in the scenario file moves the library's.
/// </summary>
public class WorkbookCommandTests
{
    private const decimal Penny = 0.01m;

    private static string Example(string name) => Path.Combine(Repository.Root, "docs", "examples", name);

    private static string NewFolder() => Directory.CreateTempSubdirectory("channelshift-workbook-").FullName;

    private static Scenario Load(string path) => ScenarioReader.Parse(File.ReadAllText(path), Path.GetFileName(path));

    private static string Write(string scenario, params string[] more)
    {
        var path = Path.Combine(NewFolder(), "case.xlsx");
        var run = AppRun.Of(["workbook", scenario, "-o", path, .. more]);
        run.ExitCode.Should().Be(0, run.Error);
        return path;
    }

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void Workbook_WasteServices_HasNamedAssumptionsAndFormulasWithoutCachedValues()
    {
        var cells = WorkbookCells.Read(Write(Example("waste-services.json")));

        cells.SheetNames.Should().Equal("Summary", "Assumptions", "Volumes", "Saving", "Costs", "Discounting");
        cells.FullCalculationOnLoad.Should().BeTrue();
        cells.Names.Should().ContainKeys("Periods", "Growth", "Haircut", "OneOffUplift", "Cost_face_to_face", "Annual_face_to_face", "Opt1_S1_Share", "Opt1_C1_Amount", "BandFrom", "BandRate");
        cells.Names["Opt1_S1_Share"].Should().StartWith("Assumptions!$B$");

        // The NPV is a formula over the year rows' present values, and a year's saving is a formula over the assumptions.
        cells.Formula("Summary", "E3").Should().StartWith("ROUND(SUM(Discounting!");
        var saving = cells.ColumnOf("Saving", "Saving");
        cells.Formula("Saving", saving + "5").Should().NotBeNull();
        cells.Formula("Volumes", "C5").Should().Contain("Annual_face_to_face").And.Contain("Growth");
        cells.Formula("Discounting", "E5").Should().Be("ROUND(D5,12)");

        // No formula carries a cached value: the spreadsheet computes every one on opening.
        var formulas = cells.All.Where(c => c.Value.CellFormula is not null).ToList();
        formulas.Should().HaveCountGreaterThan(100);
        formulas.Should().OnlyContain(c => c.Value.CellValue == null);

        cells.Frozen["Summary"].Should().Be("A3");
        cells.Frozen["Volumes"].Should().Be("C4");
        cells.Frozen["Assumptions"].Should().Be("A2");
    }

    [Fact]
    public void Workbook_Cashable_WritesErlangCAsLabelledValues()
    {
        var cells = WorkbookCells.Read(Write(Example("bdo-2012-cashable.json")));

        cells.SheetNames.Should().Contain("Cashable");
        var fte = cells.ColumnOf("Cashable", "Face-to-face: FTE, business as usual (computed by ChannelShift, Erlang C)");
        cells.Formula("Cashable", fte + "5").Should().BeNull("Erlang C is no spreadsheet formula");
        cells.Text("Cashable", fte + "5").Should().NotBeNull();
        var whole = cells.ColumnOf("Cashable", "Face-to-face: whole staff fewer");
        cells.Formula("Cashable", whole + "5").Should().StartWith("INT(");
    }

    [Theory]
    [InlineData("bdo-2012.json")]
    [InlineData("waste-services.json")]
    [InlineData("northshire-options.json")]
    [InlineData("bdo-2012-cashable.json")]
    [InlineData("riverside-counter.json")]
    public async Task Workbook_Recalculated_EqualsTheLibrarysAppraisal(string example)
    {
        var cells = WorkbookCells.Read(await LibreOffice.RecalculateAsync(Write(Example(example)), TestContext.Current.CancellationToken));
        var appraisal = Appraiser.Appraise(Load(Example(example)));

        var row = 3;
        foreach (var option in appraisal.Options)
        {
            foreach (var basis in new[] { option.Average, option.Cashable }.OfType<BasisSummary>())
            {
                var at = row.ToString(CultureInfo.InvariantCulture);
                cells.Text("Summary", "A" + at).Should().Be(option.OptionName);
                cells.Number("Summary", "C" + at).Should().BeApproximately(basis.PresentValueBenefits, Penny, $"{option.OptionName} {basis.Basis} PVB");
                cells.Number("Summary", "D" + at).Should().BeApproximately(basis.PresentValueCosts, Penny, $"{option.OptionName} {basis.Basis} PVC");
                cells.Number("Summary", "E" + at).Should().BeApproximately(basis.Npv, Penny, $"{option.OptionName} {basis.Basis} NPV");
                if (basis.BenefitCostRatio is { } bcr)
                {
                    ((double)cells.Number("Summary", "F" + at)).Should().BeApproximately(bcr, 1e-9, $"{option.OptionName} {basis.Basis} BCR");
                }
                else
                {
                    cells.Text("Summary", "F" + at).Should().StartWith("none");
                }

                row++;
            }

            var saving = cells.ColumnOf("Saving", "Saving", option.OptionName);
            var costs = cells.ColumnOf("Costs", "Costs", option.OptionName);
            var net = cells.ColumnOf("Costs", "Net", option.OptionName);
            var pv = cells.ColumnOf("Discounting", "Present value", option.OptionName);
            foreach (var year in option.Years)
            {
                var r = (4 + year.Year).ToString(CultureInfo.InvariantCulture);
                cells.Number("Saving", saving + r).Should().BeApproximately(year.Saving, Penny, $"{option.OptionName} saving, year {year.Year}");
                cells.Number("Costs", costs + r).Should().BeApproximately(year.Costs, Penny, $"{option.OptionName} costs, year {year.Year}");
                cells.Number("Costs", net + r).Should().BeApproximately(year.Net, Penny, $"{option.OptionName} net, year {year.Year}");
                cells.Number("Discounting", pv + r).Should().BeApproximately(year.PresentValue, Penny, $"{option.OptionName} PV, year {year.Year}");
                if (option.Cashable is not null)
                {
                    var cashable = cells.ColumnOf("Cashable", "Cashable saving", option.OptionName);
                    var cashablePv = cells.ColumnOf("Discounting", "Cashable PV", option.OptionName);
                    cells.Number("Cashable", cashable + r).Should().BeApproximately(year.CashableSaving, Penny, $"{option.OptionName} cashable saving, year {year.Year}");
                    cells.Number("Discounting", cashablePv + r).Should().BeApproximately(year.CashablePresentValue, Penny, $"{option.OptionName} cashable PV, year {year.Year}");
                }
            }
        }
    }

    [Theory]
    [InlineData("riverside-counter.json", "CostAt2010_telephone", "\"telephone\": 3.40", "\"telephone\": 3.90", 3.90)]
    [InlineData("northshire-options.json", "Opt2_C1_Amount", "\"amount\": 420000", "\"amount\": 500000", 500000)]
    [InlineData("bdo-2012-cashable.json", "CostAt2010_face_to_face", "\"catalogue\": \"socitm-2010\"", "\"catalogue\": \"socitm-2010\", \"overrides\": { \"face-to-face\": 8.10 }", 8.10)]
    public async Task Workbook_AssumptionChanged_MovesTheNpvAsTheScenarioFileDoes(string example, string name, string before, string after, double value)
    {
        var workbook = Write(Example(example));
        SetNamedCell(workbook, name, value);
        var cells = WorkbookCells.Read(await LibreOffice.RecalculateAsync(workbook, TestContext.Current.CancellationToken));

        var json = File.ReadAllText(Example(example));
        json.Should().Contain(before);
        var changed = Appraiser.Appraise(ScenarioReader.Parse(json.Replace(before, after, StringComparison.Ordinal), example));
        var original = Appraiser.Appraise(Load(Example(example)));

        var row = 3;
        foreach (var option in changed.Options)
        {
            foreach (var basis in new[] { option.Average, option.Cashable }.OfType<BasisSummary>())
            {
                var at = row++.ToString(CultureInfo.InvariantCulture);
                var shown = cells.Text("Summary", "A" + at);
                var originalNpv = original.Options.Single(o => o.OptionName == shown).On(basis.Basis).Npv;
                var expected = changed.Options.Single(o => o.OptionName == shown).On(basis.Basis).Npv;
                cells.Number("Summary", "E" + at).Should().BeApproximately(expected, Penny, $"{shown} {basis.Basis}: the NPV moves from {originalNpv} as the scenario's does");
            }
        }

        changed.Options.Select(o => o.Npv).Should().NotEqual(original.Options.Select(o => o.Npv), "the change matters");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Workbook_EveryExample_IsWritten(string example)
    {
        var path = Write(Example(example));

        var cells = WorkbookCells.Read(path);
        cells.SheetNames.Should().Contain(["Summary", "Assumptions", "Discounting"]);
        cells.Formula("Summary", "E3").Should().StartWith("ROUND(SUM(");
    }

    [Fact]
    public void Workbook_ExistingFileWithoutForce_IsRefusedAndLeftAsItWas()
    {
        var path = Path.Combine(NewFolder(), "case.xlsx");
        File.WriteAllText(path, "keep me");

        var run = AppRun.Of("workbook", Example("waste-services.json"), "-o", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle(l => l.StartsWith("error: -o:", StringComparison.Ordinal) && l.Contains(path, StringComparison.Ordinal) && l.Contains("--force", StringComparison.Ordinal));
        File.ReadAllText(path).Should().Be("keep me");
        AppRun.Of("workbook", Example("waste-services.json"), "-o", path, "--force").ExitCode.Should().Be(0);
        WorkbookCells.Read(path).SheetNames.Should().Contain("Summary");
    }

    [Fact]
    public void Workbook_UnknownOption_IsRefusedAndWritesNothing()
    {
        var path = Path.Combine(NewFolder(), "case.xlsx");

        var run = AppRun.Of("workbook", Example("northshire-options.json"), "--option", "Webchat frist", "-o", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines[0].Should().StartWith("error: --option").And.Contain("Webchat first");
        File.Exists(path).Should().BeFalse();
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().BeEmpty("no temporary file is left behind");
    }

    [Fact]
    public void Workbook_OneOption_HasOnlyThatOption()
    {
        var cells = WorkbookCells.Read(Write(Example("northshire-options.json"), "--option", "Webchat first"));

        cells.Text("Summary", "A3").Should().Be("Webchat first");
        cells.Text("Summary", "A4").Should().BeNull();
    }

    [Fact]
    public void Workbook_WithoutOutputFile_AsksForMinusO()
    {
        var run = AppRun.Of("workbook", Example("waste-services.json"));

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: -o:").And.Contain("FILE.xlsx");
    }

    /// <summary>Sets the number in the cell a defined name points to, as a user editing the workbook would.</summary>
    private static void SetNamedCell(string path, string name, double value)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var reference = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == name).Text;
        var sheetName = reference[..reference.IndexOf('!', StringComparison.Ordinal)];
        var cellReference = reference[(reference.IndexOf('!', StringComparison.Ordinal) + 1)..].Replace("$", string.Empty, StringComparison.Ordinal);
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var cell = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == cellReference);
        cell.CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture));
    }
}
