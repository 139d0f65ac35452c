using ChannelShift.Cli.Output;

namespace ChannelShift.Cli.Tests.Output;

public class MarkdownTableTests
{
    [Fact]
    public void Write_PipesAndLines_EscapedAndFiguresRightAligned()
    {
        var table = new TextTable("A|B", TextColumn.Text("Option"), TextColumn.Figure("NPV"))
            .AddRow("Web | phone", "£1.00")
            .AddRow("Two\nlines", "−£2.00");
        using var output = new StringWriter();

        MarkdownTable.Write(output, table);

        output.ToString().Split(Environment.NewLine).Should().Equal(
            "**A\\|B**",
            "",
            "| Option | NPV |",
            "|---|---:|",
            "| Web \\| phone | £1.00 |",
            "| Two<br>lines | −£2.00 |",
            "");
    }

    [Fact]
    public void Write_WithoutTitle_StartsWithTheHeader()
    {
        var table = new TextTable("Ignored", TextColumn.Label("Year"), TextColumn.Figure("Saving")).AddRow("2026/27", "£5.00");
        using var output = new StringWriter();

        MarkdownTable.Write(output, table, withTitle: false);

        output.ToString().Split(Environment.NewLine)[0].Should().Be("| Year | Saving |");
    }
}
