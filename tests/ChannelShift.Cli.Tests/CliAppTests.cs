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

        foreach (var command in new[] { "bdo", "estimate", "costs", "appraise", "init", "staffing", "simulate", "sensitivity", "survey", "batch" })
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
}
