namespace ChannelShift;

/// <summary>
/// The library's one rounding policy for money: to the penny (2 decimal places), half away from zero, as a
/// spreadsheet's <c>ROUND(x, 2)</c> does. It is applied once, where results are presented, never in the middle of
/// a calculation.
/// </summary>
/// <remarks>
/// .NET's default for <see cref="Math.Round(decimal, int)"/> is banker's rounding (half to even), which differs from
/// what a council officer checking a figure in Excel expects: 2.345 rounds to 2.35 here, not 2.34.
/// </remarks>
public static class MoneyRounding
{
    /// <summary>
    /// Rounds an amount of money to the penny (2 decimal places), half away from zero: 2.345 → 2.35,
    /// −2.345 → −2.35, 2.344 → 2.34.
    /// </summary>
    /// <param name="amount">An amount in the scenario's currency (any sign).</param>
    /// <returns><c>Math.Round(amount, 2, MidpointRounding.AwayFromZero)</c>, always carrying two decimal places (so
    /// 350000 is written 350000.00 in JSON and CSV).</returns>
    public static decimal ToPenny(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
