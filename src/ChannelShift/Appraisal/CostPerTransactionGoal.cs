namespace ChannelShift.Appraisal;

/// <summary>
/// The Government Digital Service's cost-per-transaction goal: the average cost per transaction a service reaches when
/// its digital take-up rises from today's to a target, every digital transaction costing the digital cost.
/// </summary>
/// <remarks>
/// Source: GDS, <i>Government Service Design Manual</i>, "Cost per transaction" (2013–2014):
/// <c>CPT_goal = A + ((B − A) / (1 − X)) × (Y − X)</c>, where A is today's average cost per transaction, B the cost of
/// a digital transaction, X today's digital take-up and Y the target take-up (example: A = 2.00, B = 0.50,
/// X = 40%, Y = 80% gives 1.00). The non-digital transactions are assumed to keep their average cost; a Y below X
/// gives the cost if take-up fell.
/// </remarks>
public static class CostPerTransactionGoal
{
    /// <summary>
    /// <c>A + ((B − A) / (1 − X)) × (Y − X)</c> (GDS service manual), computed in decimal as
    /// <c>A + (B − A) × (Y − X) / (1 − X)</c> so that exact inputs give exact results, unrounded.
    /// </summary>
    /// <param name="currentAverageCost">A: today's average cost per transaction across all channels, 0 or more.</param>
    /// <param name="digitalCost">B: the cost of one digital transaction, 0 or more.</param>
    /// <param name="currentDigitalTakeUp">X: today's digital take-up, a fraction from 0 up to but not including 1.</param>
    /// <param name="targetDigitalTakeUp">Y: the target digital take-up, a fraction from 0 to 1.</param>
    /// <returns>The goal cost per transaction, in the currency of the costs.</returns>
    /// <exception cref="InputValidationException">A cost is negative, X is outside [0, 1) or Y outside [0, 1].</exception>
    public static decimal Calculate(decimal currentAverageCost, decimal digitalCost, decimal currentDigitalTakeUp, decimal targetDigitalTakeUp)
    {
        Preconditions.NonNegative(currentAverageCost, nameof(currentAverageCost));
        Preconditions.NonNegative(digitalCost, nameof(digitalCost));
        if (currentDigitalTakeUp < 0m || currentDigitalTakeUp >= 1m)
        {
            throw Preconditions.Fail("currentDigitalTakeUp", ProblemCodes.OutOfRange, $"{Preconditions.Show(currentDigitalTakeUp)} is out of range", "a fraction from 0 up to but not including 1", currentDigitalTakeUp);
        }

        Preconditions.InRange(targetDigitalTakeUp, 0m, 1m, nameof(targetDigitalTakeUp));
        return currentAverageCost
            + ((digitalCost - currentAverageCost) * (targetDigitalTakeUp - currentDigitalTakeUp) / (1m - currentDigitalTakeUp));
    }
}
