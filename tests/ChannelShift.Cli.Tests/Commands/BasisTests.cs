using System.Text.RegularExpressions;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>The basis a case is judged on, chosen with <c>--basis</c>, through the app.</summary>
public class BasisTests
{
    // docs/cashable-savings.md works these by hand: NPV at average cost Σ saving / 1.035^t = 7,902,666.66; cashable NPV
    // Σ (cashable saving − release and closure costs) / 1.035^t = 6,001,289.19, of which PV benefits 6,680,464.54 and
    // PV costs 679,175.36 (BCR 9.84). The example has no distributions, so every iteration of a simulation is the
    // appraisal.

    private static string Cashable => Repository.Example("bdo-2012-cashable.json");

    [Theory]
    [InlineData(null, "cashable", 6_001_289.19)]
    [InlineData("cashable", "cashable", 6_001_289.19)]
    [InlineData("average", "average", 7_902_666.66)]
    public void Simulate_Basis_ReportsThatBasisNpv(string? basis, string expected, double npv)
    {
        string[] args = ["simulate", Cashable, "--iterations", "200", "--seed", "1", "--format", "json"];
        var run = AppRun.Of(basis is null ? args : [.. args, "--basis", basis]);

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("basis").GetString().Should().Be(expected);
        json.GetProperty("npv").GetProperty("mean").GetDecimal().Should().Be((decimal)npv);
        json.GetProperty("npv").GetProperty("stdDev").GetDecimal().Should().Be(0m);
        json.GetProperty("fan")[5].GetProperty("p50").GetDecimal().Should().Be((decimal)npv, "the fan ends at the NPV of its basis");
    }

    [Fact]
    public void Simulate_CashableSavingTarget_IsJudgedOnTheCashableSaving()
    {
        // Final-year saving 2,220,000 at average cost, cashable saving 2,026,000: a target of 2,100,000 is met on one
        // basis and not on the other.
        var cashable = AppRun.Of("simulate", Cashable, "--iterations", "100", "--saving-target", "2100000", "--format", "json").Json();
        var average = AppRun.Of("simulate", Cashable, "--iterations", "100", "--saving-target", "2100000", "--basis", "average", "--format", "json").Json();

        cashable.GetProperty("probabilityFinalYearSavingAboveTarget").GetDouble().Should().Be(0);
        average.GetProperty("probabilityFinalYearSavingAboveTarget").GetDouble().Should().Be(1);
    }

    [Theory]
    [InlineData("cashable", 6_001_289.19)]
    [InlineData("average", 7_902_666.66)]
    public void Sensitivity_Basis_SwingsThatBasisNpv(string basis, double npv)
    {
        var run = AppRun.Of("sensitivity", Cashable, "--basis", basis, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("basis").GetString().Should().Be(basis);
        run.Json().GetProperty("baseNpv").GetDecimal().Should().Be((decimal)npv);
    }

    [Fact]
    public void Sensitivity_Table_SaysItsBasis()
    {
        var run = AppRun.Of("sensitivity", Cashable);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("sensitivity of cashable NPV (base case £6,001,289.19");
    }

    [Theory]
    [InlineData("simulate")]
    [InlineData("sensitivity")]
    [InlineData("appraise")]
    public void Command_CashableWithoutCostBehaviour_Exit2SayingWhy(string command)
    {
        var run = AppRun.Of(command, Repository.Example("bdo-2012.json"), "--basis", "cashable");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Be("error: --basis: cashable needs cost behaviour, and the scenario has none; expected average, or a costBehaviour section in the scenario (see docs/cashable-savings.md).");
    }

    [Fact]
    public void Appraise_UnknownBasis_Exit2()
    {
        var run = AppRun.Of("appraise", Cashable, "--basis", "cash");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("--basis: \"cash\" is not a basis; expected cashable or average.");
    }

    [Fact]
    public void Appraise_Table_ShowsBothBasesAndThePaybackInWords()
    {
        var run = AppRun.Of("appraise", Cashable);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("options ranked by cashable NPV")
            .And.Contain("Cashable:        NPV £6,001,289.19; PV benefits £6,680,464.54; PV costs £679,175.36; BCR 9.84")
            .And.Contain("At average cost: NPV £7,902,666.66; PV benefits £7,902,666.66; PV costs £0.00; BCR n/a")
            .And.Contain("BCR and ROI are a financial appraisal of the council's own costs");
    }

    [Fact]
    public void Appraise_AverageBasis_ShowsTheAverageCostColumnsAndPutsThatBasisFirst()
    {
        var run = AppRun.Of("appraise", Cashable, "--basis", "average");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("options ranked by NPV at average cost").And.Contain("Present value").And.NotContain("Cashable PV");
        run.Output.IndexOf("At average cost:", StringComparison.Ordinal).Should().BeLessThan(run.Output.IndexOf("Cashable:", StringComparison.Ordinal));
    }

    [Fact]
    public void Appraise_WasteServices_PaybackInWordsCountsFromTheStartOfYearZero()
    {
        // waste-services.json pays back 350,000 / 1,053,870.64 = 0.332 years after the end of 2026/27 (docs/methodology.md),
        // so during 2027/28, 1.332 ≈ 1.3 years after the start of 2026/27.
        var run = AppRun.Of("appraise", Repository.Example("waste-services.json"));
        var json = AppRun.Of("appraise", Repository.Example("waste-services.json"), "--format", "json").Json().GetProperty("options")[0];

        run.Output.Should().Contain("payback: repaid during 2027/28, 1.3 years after the start of 2026/27");
        json.GetProperty("paybackYears").GetDouble().Should().BeApproximately(0.332, 0.0005);
        json.GetProperty("paybackYearLabel").GetString().Should().Be("2027/28");
        json.GetProperty("cashable").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Appraise_SeveralOptions_RankingTableCountsPaybackAsTheWordsDo()
    {
        // The ranking table's payback and each option's "repaid during ..., N years after the start of 2026/27" must be
        // the same count (both from the start of year 0), option by option in rank order.
        var run = AppRun.Of("appraise", Repository.Example("northshire-options.json"));
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Payback (years from the start of 2026/27)");
        var table = Regex.Matches(run.Output, @"^│\s+\d+ │.*│\s+(\d+\.\d) │$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        var words = Regex.Matches(run.Output, @"^  payback: repaid during \S+, (\d+\.\d) years after the start of 2026/27", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        table.Should().HaveCount(3).And.Equal(words);
    }

    [Fact]
    public void Batch_Table_PaybackCountsFromTheStartOfYearZero()
    {
        // waste-services.json for Example District 01 pays back 0.332 years after the end of 2026/27 (as the appraisal
        // of the same volumes, docs/methodology.md), so 1.3 years from its start.
        var run = AppRun.Of("batch", Repository.Example("waste-services.json"), "--councils", Repository.Example("councils.csv"), "--format", "markdown");
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("| Payback at average cost (years from the start of 2026/27) |")
            .And.Contain("| Example District 01 | Digital first for waste services | £23,474,307.29 | n/a | 35.39 | 1.3 |");
        // Council 12 has no face-to-face visits: it moves nothing, pays the costs and never pays back.
        run.Output.Split('\n').Single(line => line.StartsWith("| Example District 12 |", StringComparison.Ordinal)).Should().Contain("| not repaid |");
    }

    [Fact]
    public void Appraise_OptionsThatNeedNoPaybackOrNeverPayBack_SayItInTheRankingTableAndTheReport()
    {
        // "Free" moves half of 1,000 visits a month to the web at no cost: the cumulative net is never negative, so no
        // payback is needed. "Dear" moves the same for a £100,000,000 portal that three years of savings (500 × 12 ×
        // (10 − 0.5) = £57,000 a year) never repay.
        var folder = Directory.CreateTempSubdirectory("channelshift-payback-").FullName;
        try
        {
            var path = Path.Combine(folder, "two-options.json");
            File.WriteAllText(path, """
                { "name": "Counter to web, two ways",
                  "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
                  "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
                  "options": [
                    { "name": "Free", "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ] },
                    { "name": "Dear", "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
                      "costs": [ { "name": "Portal", "type": "one-off", "year": 0, "amount": 100000000 } ] } ],
                  "appraisal": { "years": 3 } }
                """);
            var run = AppRun.Of("appraise", path, "--format", "markdown");
            run.ExitCode.Should().Be(0, run.Error);
            run.Output.Split('\n').Single(line => line.StartsWith("| 1 | Free |", StringComparison.Ordinal)).Should().EndWith("| none needed |");
            run.Output.Split('\n').Single(line => line.StartsWith("| 2 | Dear |", StringComparison.Ordinal)).Should().EndWith("| not repaid |");

            var report = AppRun.Of("report", path);
            report.ExitCode.Should().Be(0, report.Error);
            Regex.Count(report.Output, "<td[^>]*>none needed</td>").Should().Be(3, "Free's payback in the options table, and its payback and discounted payback in the figures");
            report.Output.Should().NotContain("during 2026/27", "a payback of 0 falls in no year");
            Regex.Count(report.Output, "<td[^>]*>not repaid</td>").Should().Be(3, "the same for Dear");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
