namespace ChannelShift;

/// <summary>
/// A fixed or step cost of a channel (e.g. a service point, a building): its annual cost is saved every year from the
/// first year (not before <see cref="EarliestYear"/>) in which the channel's annual volume is below
/// <see cref="ClosesBelowAnnualVolume"/>, and <see cref="ClosureCost"/> is paid once that year.
/// </summary>
public sealed class FixedStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="name">What it is, e.g. "Town hall service point".</param>
    /// <param name="annualCost">Its cost a year (0 or more).</param>
    /// <param name="closesBelowAnnualVolume">The channel's annual volume below which it can close (0 or more).</param>
    /// <param name="earliestYear">The earliest year it can close (1 or more).</param>
    /// <param name="closureCost">A one-off cost of closing it (0 or more).</param>
    /// <param name="closureFunding">Whether the budget meets the closure cost from capital or revenue (revenue by
    /// default).</param>
    public FixedStep(string name, decimal annualCost, decimal closesBelowAnnualVolume, int earliestYear = 1, decimal closureCost = 0m, Funding closureFunding = Funding.Revenue)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        var problems = new List<InputProblem>();
        Rules.Amount.Check(annualCost, nameof(annualCost), problems);
        Rules.Volume.Check(closesBelowAnnualVolume, nameof(closesBelowAnnualVolume), problems);
        Rules.Amount.Check(closureCost, nameof(closureCost), problems);
        if (earliestYear < 1)
        {
            problems.Add(new InputProblem(nameof(earliestYear), ProblemCodes.OutOfRange, FormattableString.Invariant($"{earliestYear} is too small"), "a whole number of 1 or more", FormattableString.Invariant($"{earliestYear}")));
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        AnnualCost = annualCost;
        ClosesBelowAnnualVolume = closesBelowAnnualVolume;
        EarliestYear = earliestYear;
        ClosureCost = closureCost;
        ClosureFunding = closureFunding;
    }

    /// <summary>Whether the budget meets the closure cost from capital or revenue.</summary>
    public Funding ClosureFunding { get; }

    /// <summary>What the step is.</summary>
    public string Name { get; }

    /// <summary>Its cost a year.</summary>
    public decimal AnnualCost { get; }

    /// <summary>The annual volume below which it can close.</summary>
    public decimal ClosesBelowAnnualVolume { get; }

    /// <summary>The earliest year it can close.</summary>
    public int EarliestYear { get; }

    /// <summary>The one-off cost of closing it.</summary>
    public decimal ClosureCost { get; }
}
