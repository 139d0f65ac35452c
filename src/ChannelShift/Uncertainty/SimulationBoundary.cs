namespace ChannelShift.Uncertainty;

/// <summary>
/// The one place where the simulation's doubles become money: <see cref="ToMoney"/> converts to decimal and rounds to
/// the penny (half away from zero). A double carries about 15–16 significant digits, so amounts up to about
/// 10,000,000,000,000 keep their pennies.
/// </summary>
public static class SimulationBoundary
{
    /// <summary>Converts a double amount to money rounded to the penny.</summary>
    /// <param name="amount">A finite amount.</param>
    /// <returns>The amount as a decimal rounded to the penny.</returns>
    /// <exception cref="InputValidationException">The amount is not finite or does not fit a decimal.</exception>
    public static decimal ToMoney(double amount)
    {
        if (!double.IsFinite(amount) || Math.Abs(amount) > 7.9e27)
        {
            throw Preconditions.Fail("amount", ProblemCodes.OutOfRange, $"{Preconditions.Show(amount)} cannot be money", "a finite amount within the range of a decimal", amount);
        }

        return MoneyRounding.ToPenny((decimal)amount);
    }
}
