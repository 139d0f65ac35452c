using ChannelShift.Cli.Output;

namespace ChannelShift.Cli.Tests.Output;

public class TerminalTableTests
{
    private static TextTable Channels(string title = "T") =>
        new TextTable(title, TextColumn.Text("Name"), TextColumn.Figure("Amount"))
            .AddRow("Web", "£1.00")
            .AddRow("Face to face", "£12.50");

    /// <summary>A year and eight money columns of 13 characters each ("£1,000,000.01" to "…08").</summary>
    private static TextTable EightMoneyColumns()
    {
        var columns = new List<TextColumn> { TextColumn.Label("Year") };
        columns.AddRange("ABCDEFGH".Select(c => TextColumn.Figure(c.ToString())));
        var table = new TextTable("Costs", columns);
        table.AddRow(["2026/27", .. Enumerable.Range(1, 8).Select(i => $"£1,000,000.0{i}")]);
        return table;
    }

    [Fact]
    public void Lines_WideEnough_EachColumnAsWideAsItsWidestLine()
    {
        // Widths 12 ("Face to face") and 6 ("Amount", "£12.50"): 12 + 6 + 3 × 2 + 1 = 25; the title centred at (25 − 1) / 2.
        TerminalTable.Lines(Channels(), 140).Should().Equal(
            "            T",
            "┌──────────────┬────────┐",
            "│ Name         │ Amount │",
            "├──────────────┼────────┤",
            "│ Web          │  £1.00 │",
            "│ Face to face │ £12.50 │",
            "└──────────────┴────────┘");
    }

    [Fact]
    public void Lines_TooNarrow_TextWrapsBetweenWordsAndFiguresStayWhole()
    {
        // 20 columns: the text column gives 5 of its 12 characters (20 = 7 + 6 + 7), so "Face to face" wraps after "to".
        TerminalTable.Lines(Channels(), 20).Should().Equal(
            "         T",
            "┌─────────┬────────┐",
            "│ Name    │ Amount │",
            "├─────────┼────────┤",
            "│ Web     │  £1.00 │",
            "│ Face to │ £12.50 │",
            "│ face    │        │",
            "└─────────┴────────┘");
    }

    [Fact]
    public void Lines_EightMoneyColumnsAt140_OneTable()
    {
        // 7 + 8 × 13 + 3 × 9 + 1 = 139 characters: fits in 140.
        var lines = TerminalTable.Lines(EightMoneyColumns(), 140);

        lines[0].Trim().Should().Be("Costs");
        lines.Skip(1).Should().OnlyContain(l => l.Length == 139);
        lines.Count(l => l.StartsWith('┌')).Should().Be(1);
    }

    [Fact]
    public void Lines_EightMoneyColumnsAt80_TwoGroupsRepeatingTheYear()
    {
        // The year takes 7 + 3 + 1 = 11, each money column 13 + 3 = 16: 11 + 4 × 16 = 75 fits in 80, 11 + 5 × 16 = 91 not.
        var lines = TerminalTable.Lines(EightMoneyColumns(), 80);

        lines.Should().OnlyContain(l => l.Length <= 80);
        lines.Where(l => l.StartsWith('┌')).Should().OnlyContain(l => l.Length == 75).And.HaveCount(2);
        lines.Where(l => !l.StartsWith('│') && !l.StartsWith('┌') && !l.StartsWith('├') && !l.StartsWith('└')).Select(l => l.Trim())
            .Should().Equal("Costs (columns 1–4 of 8)", "Costs (columns 5–8 of 8)");
        lines.Where(l => l.StartsWith("│ Year", StringComparison.Ordinal)).Should().HaveCount(2);
        lines.Where(l => l.StartsWith("│ 2026/27", StringComparison.Ordinal)).Should().Equal(
            "│ 2026/27 │ £1,000,000.01 │ £1,000,000.02 │ £1,000,000.03 │ £1,000,000.04 │",
            "│ 2026/27 │ £1,000,000.05 │ £1,000,000.06 │ £1,000,000.07 │ £1,000,000.08 │");
    }

    [Fact]
    public void Lines_NoTitleInGroups_TitleSaysTheColumns()
    {
        var table = new TextTable(null, TextColumn.Label("Year"), TextColumn.Figure("A"), TextColumn.Figure("B"))
            .AddRow("2026/27", "£1,000,000.01", "£1,000,000.02");

        // 11 + 16 = 27 fits in 40, 11 + 2 × 16 = 43 not: a group a column.
        TerminalTable.Lines(table, 40).Select(l => l.Trim()).Where(l => l.StartsWith('C'))
            .Should().Equal("Column 1 of 2", "Column 2 of 2");
    }

    [Fact]
    public void Lines_FigureWiderThanTheWidth_NeverBroken()
    {
        var table = new TextTable(null, TextColumn.Label("Input"), TextColumn.Figure("NPV at low")).AddRow("Take-up", "£12,345,678.90");

        TerminalTable.Lines(table, 10).Should().Contain("│ Take-up │ £12,345,678.90 │");
    }

    [Fact]
    public void Lines_FigureColumnNarrowed_HeaderWrapsBetweenWords()
    {
        // 7 + 24 + 7 = 38 wide; 30 leaves the header column 16, no narrower than its figure (14): "Net present" over
        // "value at low".
        var table = new TextTable(null, TextColumn.Label("Input"), TextColumn.Figure("Net present value at low")).AddRow("Take-up", "£12,345,678.90");

        TerminalTable.Lines(table, 30).Should().Equal(
            "┌─────────┬──────────────────┐",
            "│ Input   │      Net present │",
            "│         │     value at low │",
            "├─────────┼──────────────────┤",
            "│ Take-up │   £12,345,678.90 │",
            "└─────────┴──────────────────┘");
    }

    [Fact]
    public void Lines_MultiLineCell_EachLineOnItsOwnRow()
    {
        var table = new TextTable(null, TextColumn.Text("Input"), TextColumn.Figure("Low")).AddRow("Take-up\n$.take", "0.3");

        TerminalTable.Lines(table, 80).Should().Equal(
            "┌─────────┬─────┐",
            "│ Input   │ Low │",
            "├─────────┼─────┤",
            "│ Take-up │ 0.3 │",
            "│ $.take  │     │",
            "└─────────┴─────┘");
    }

    [Fact]
    public void Lines_SevenColumnsFittingSixInOrder_SharedFourAndThree()
    {
        // The year takes 11, each money column 16: 11 + 6 × 16 = 107 fits in 110, 11 + 7 × 16 = 123 not. Two groups, as
        // even as they go: 4 and 3 columns (75 and 59 wide), not 6 and 1.
        var columns = new List<TextColumn> { TextColumn.Label("Year") };
        columns.AddRange("ABCDEFG".Select(c => TextColumn.Figure(c.ToString())));
        var table = new TextTable("Costs", columns);
        table.AddRow(["2026/27", .. Enumerable.Range(1, 7).Select(i => $"£1,000,000.0{i}")]);

        var lines = TerminalTable.Lines(table, 110);

        lines.Where(l => l.StartsWith('┌')).Select(l => l.Length).Should().Equal(75, 59);
        lines.Select(l => l.Trim()).Where(l => l.StartsWith("Costs", StringComparison.Ordinal))
            .Should().Equal("Costs (columns 1–4 of 7)", "Costs (columns 5–7 of 7)");
    }

    [Fact]
    public void Wrap_PathLongerThanTheWidth_BrokenAfterADotOrHyphen()
    {
        TerminalTable.Wrap("$.unitCosts.overrides.face-to-face", 31).Should().Equal("$.unitCosts.overrides.face-to-", "face");
    }

    [Fact]
    public void Wrap_WordLongerThanTheWidth_BrokenWhereItMust()
    {
        TerminalTable.Wrap("see $.options[0].shifts[1].share here", 10)
            .Should().Equal("see", "$.options[", "0].shifts[", "1].share", "here");
    }
}
