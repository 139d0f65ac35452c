namespace ChannelShift;

/// <summary>
/// How a cost is funded in a council's budget (CIPFA, <i>Prudential Code</i>; the medium-term financial plan keeps
/// capital apart from revenue): a cost of the change, a release cost or a closure cost is one or the other. The
/// financial view never nets capital against revenue.
/// </summary>
public enum Funding
{
    /// <summary>Day-to-day spending, met from the revenue budget (the default).</summary>
    Revenue = 0,

    /// <summary>Spending on assets, met from the capital programme (borrowing, receipts, grants).</summary>
    Capital = 1,
}
