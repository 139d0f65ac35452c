using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests;

public class CliAppTests
{
    // The usage lines name the command as users type it (the apphost copied as `channelshift`), not the assembly.
    [Theory]
    [InlineData(new[] { "--help" }, "  channelshift [command] [options]")]
    [InlineData(new[] { "bdo", "--help" }, "  channelshift bdo [options]")]
    [InlineData(new[] { "simulate", "--help" }, "  channelshift simulate <file> [options]")]
    public void Help_UsageLine_NamesTheCommandAsTyped(string[] args, string usage)
    {
        var run = AppRun.Of(args);

        run.ExitCode.Should().Be(0);
        run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Should().Contain(usage);
        run.Output.Should().NotContain("ChannelShift.Cli");
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var run = AppRun.Of("--help");

        foreach (var command in new[] { "bdo", "estimate", "costs", "appraise", "init", "staffing", "simulate", "sensitivity", "survey", "batch", "track" })
        {
            run.Output.Should().MatchRegex($@"(?m)^  {command}\b", "every command is listed");
        }
    }

    [Fact]
    public void Version_PrintsTheAssemblyVersion()
    {
        var run = AppRun.Of("--version");

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().StartWith(typeof(CliApp).Assembly.GetName().Version!.ToString(3));
    }
    [Fact]
    public void NoCommand_ListsTheCommandsAndExits2()
    {
        var run = AppRun.Of();

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("error: no command given");
        run.Error.Should().MatchRegex(@"(?m)^  appraise +Appraise").And.MatchRegex(@"(?m)^  track +Track");
    }

    [Theory]
    [InlineData(new[] { "apprase", "x.json" }, "error: \"apprase\" is not a command (did you mean appraise?)")]
    [InlineData(new[] { "simulte" }, "error: \"simulte\" is not a command (did you mean simulate?)")]
    [InlineData(new[] { "appraise", "--formt", "json", "x.json" }, "error: --formt is not an option of appraise (did you mean --format?)")]
    [InlineData(new[] { "bdo", "--fromat=json" }, "error: --fromat is not an option of bdo (did you mean --format?)")]
    [InlineData(new[] { "track", "x.json", "--actual", "a.csv" }, "error: --actual is not an option of track (did you mean --actuals?)")]
    public void Typo_GetsOneLineWithDidYouMean(string[] args, string line)
    {
        var run = AppRun.Of(args);

        run.ExitCode.Should().Be(2);
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().StartWith(line);
        run.Output.Should().BeEmpty();
    }
    [Fact]
    public void Typo_AnOptionsValueStartingWithDashes_IsTheUsersToChoose()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"channelshift-title-{Guid.NewGuid():N}.svg");
        try
        {
            var run = AppRun.Of("simulate", Path.Combine(Support.Repository.Root, "benchmarks", "anchor.json"), "--iterations", "100", "--histogram", chart, "--title", "--Q3 draft");

            run.ExitCode.Should().Be(0, run.Error);
            File.ReadAllText(chart).Should().Contain("--Q3 draft");
        }
        finally
        {
            File.Delete(chart);
        }
    }
}
