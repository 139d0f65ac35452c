namespace ChannelShift.Cli.Tests;

public class TerminalWidthTests
{
    [Theory]
    [InlineData(false, 95, null, 95)]
    [InlineData(false, 95, "200", 95)]
    [InlineData(true, 95, "100", 100)]
    [InlineData(true, 95, null, 120)]
    [InlineData(true, 95, "0", 120)]
    [InlineData(true, 95, "-80", 120)]
    [InlineData(true, 95, "wide", 120)]
    [InlineData(false, 0, "72", 72)]
    public void Of_TerminalOrColumnsOr120_AsTheRuleSays(bool redirected, int window, string? columns, int expected)
    {
        TerminalWidth.Of(redirected, () => window, columns).Should().Be(expected);
    }

    [Fact]
    public void Of_TerminalWidthUnreadable_FallsBackOnColumns()
    {
        TerminalWidth.Of(false, () => throw new IOException("no console"), "90").Should().Be(90);
    }
}
