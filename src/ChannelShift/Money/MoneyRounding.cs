namespace ChannelShift.Money;

/// <summary>
/// The library's one rounding policy: money in results is rounded once, to the penny (two decimal places), half away
/// from zero, as a spreadsheet's <c>ROUND(x, 2)</c>. Calculations never round in the middle.
/// </summary>
public static class MoneyRounding
{
    /// <summary>Rounds an amount to the penny, half away from zero: 2.345 → 2.35, −2.345 → −2.35, 2.344 → 2.34.</summary>
    /// <param name="amount">An amount in the scenario's currency.</param>
    /// <returns>The amount rounded to two decimal places.</returns>
    public static decimal ToPenny(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
