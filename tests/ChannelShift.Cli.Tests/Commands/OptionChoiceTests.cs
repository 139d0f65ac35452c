using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// The option a command acts on is the same in every command: by name with <c>--option</c> (a near miss gets "did you
/// mean"), else the one the appraisal ranks first, named in the output. northshire-options.json lists "Do minimum: better
/// web content" first, but "Online accounts and forms" has the highest NPV.
/// </summary>
public class OptionChoiceTests
{
    private static readonly string Northshire = Path.Combine(Repository.Root, "docs", "examples", "northshire-options.json");

    [Theory]
    [InlineData("simulate", "Online accounts and forms: Monte Carlo over 200 iterations")]
    [InlineData("sensitivity", "Online accounts and forms: sensitivity of NPV")]
    public void Command_WithoutOption_RunsTheOptionTheAppraisalRanksFirstAndNamesIt(string command, string firstLine)
    {
        var args = command == "simulate" ? new[] { command, Northshire, "-n", "200" } : [command, Northshire];

        var run = AppRun.Of(args);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n')[0].Should().StartWith(firstLine);
    }

    [Theory]
    [InlineData("appraise")]
    [InlineData("simulate")]
    [InlineData("sensitivity")]
    [InlineData("batch")]
    public void Command_OptionMisspelt_DidYouMeanAndExit2(string command)
    {
        var args = new List<string> { command, Northshire, "--option", "webchat frist" };
        if (command == "batch")
        {
            args.AddRange(["--councils", Path.Combine(Repository.Root, "docs", "examples", "councils.csv")]);
        }

        var run = AppRun.Of([.. args]);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().Be("error: --option: \"webchat frist\" is not an option of the scenario (did you mean \"Webchat first\"?); expected one of \"Do minimum: better web content\", \"Online accounts and forms\", \"Webchat first\".");
    }

    [Fact]
    public void Batch_WithOption_OneRowPerCouncilForThatOptionOnly()
    {
        var councils = Path.Combine(Repository.Root, "docs", "examples", "councils.csv");
        var councilCount = File.ReadAllLines(councils).Count(l => l.Trim().Length > 0) - 1;

        var run = AppRun.Of("batch", Northshire, "--councils", councils, "--option", "Webchat first", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var rows = run.Json().GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(councilCount);
        rows.Select(r => r.GetProperty("option").GetString()).Should().OnlyContain(n => n == "Webchat first");
    }

    [Fact]
    public void Appraise_WithOption_ShowsThatOptionOnly()
    {
        var json = AppRun.Of("appraise", Northshire, "--option", "webchat first", "--format", "json").Json();

        json.GetProperty("options").GetArrayLength().Should().Be(1);
        json.GetProperty("options")[0].GetProperty("name").GetString().Should().Be("Webchat first");
    }

    [Fact]
    public void Sensitivity_RangeWithAnEarlierSpelling_DidYouMean()
    {
        var run = AppRun.Of("sensitivity", Path.Combine(Repository.Root, "docs", "examples", "bdo-2012.json"), "--range", "$.unitCosts.face-to-face=5:9");

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: --range: \"$.unitCosts.face-to-face\" is not a number of option \"BDO 2012: halving 50,000 visits a month\" (did you mean \"$.unitCosts.overrides.face-to-face\"?)");
    }
}
