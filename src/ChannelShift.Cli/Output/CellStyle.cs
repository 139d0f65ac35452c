namespace ChannelShift.Cli.Output;

/// <summary>How a workbook cell is shown (the order is the order of the workbook's cell formats).</summary>
internal enum CellStyle
{
    /// <summary>General.</summary>
    Plain = 0,

    /// <summary>Bold text: headings.</summary>
    Heading = 1,

    /// <summary>Money in the scenario's currency, to the penny.</summary>
    Money = 2,

    /// <summary>A fraction shown as a percentage.</summary>
    Percent = 3,

    /// <summary>A count of contacts, without decimals.</summary>
    Count = 4,

    /// <summary>A discount factor or other ratio, to 12 places.</summary>
    Factor = 5,

    /// <summary>A value computed by ChannelShift (not a formula): italic, on a pale fill.</summary>
    Computed = 6,

    /// <summary>A whole number (a year, staff).</summary>
    Whole = 7,

    /// <summary>A summary figure: bold money.</summary>
    Total = 8,

    /// <summary>A ratio to two places (BCR).</summary>
    Ratio = 9,
}
