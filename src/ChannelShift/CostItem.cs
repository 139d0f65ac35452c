using System.Globalization;

namespace ChannelShift;

/// <summary>A cost of the change itself, in real prices of the scenario's currency, before optimism bias.</summary>
public sealed class CostItem
{
    /// <summary>Creates a cost.</summary>
    /// <param name="name">What it is, e.g. "Online forms platform".</param>
    /// <param name="type">One-off or recurring.</param>
    /// <param name="fromYear">The year it is paid (one-off) or the first year it is paid (recurring); 0 or more.</param>
    /// <param name="toYear">The last year it is paid (recurring; null = the appraisal's last year); for a one-off,
    /// null or equal to <paramref name="fromYear"/>.</param>
    /// <param name="amount">The amount a year (recurring) or in total (one-off), 0 or more.</param>
    /// <param name="funding">Whether the budget meets it from capital or revenue (revenue by default).</param>
    public CostItem(string name, CostType type, int fromYear, int? toYear, decimal amount, Funding funding = Funding.Revenue)
    {
        ArgumentNullException.ThrowIfNull(name);
        var problems = new List<InputProblem>();
        if (fromYear < 0)
        {
            problems.Add(new InputProblem(nameof(fromYear), ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{fromYear} is too small"), "a whole number of 0 or more", fromYear.ToString(CultureInfo.InvariantCulture)));
        }

        if (toYear is { } last && last < fromYear)
        {
            problems.Add(new InputProblem(nameof(toYear), ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"{last} is before fromYear {fromYear}"), string.Create(CultureInfo.InvariantCulture, $"a year of {fromYear} or later"), last.ToString(CultureInfo.InvariantCulture)));
        }

        if (type == CostType.OneOff && toYear is { } end && end != fromYear)
        {
            problems.Add(new InputProblem(nameof(toYear), ProblemCodes.Inconsistent, "a one-off cost is paid in one year", "no toYear"));
        }

        Rules.Amount.Check(amount, nameof(amount), problems);
        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        Name = name;
        Type = type;
        FromYear = fromYear;
        ToYear = type == CostType.OneOff ? fromYear : toYear;
        Amount = amount;
        Funding = funding;
    }

    /// <summary>Whether the budget meets it from capital or revenue.</summary>
    public Funding Funding { get; }

    /// <summary>What the cost is.</summary>
    public string Name { get; }

    /// <summary>One-off or recurring.</summary>
    public CostType Type { get; }

    /// <summary>The (first) year it is paid.</summary>
    public int FromYear { get; }

    /// <summary>The last year it is paid; null = the appraisal's last year.</summary>
    public int? ToYear { get; }

    /// <summary>The amount (a year, for a recurring cost), before optimism bias.</summary>
    public decimal Amount { get; }

    /// <summary>Whether the cost is paid in a year of an appraisal of <paramref name="lastYear"/> years.</summary>
    /// <param name="year">The year (0 = implementation year).</param>
    /// <param name="lastYear">The appraisal's last year.</param>
    /// <returns>True when paid that year.</returns>
    public bool IsPaidIn(int year, int lastYear) => year >= FromYear && year <= (ToYear ?? lastYear);

    /// <summary>The same cost with another amount (for uncertainty and sensitivity).</summary>
    /// <param name="amount">The new amount.</param>
    /// <returns>The new cost.</returns>
    public CostItem WithAmount(decimal amount) => new(Name, Type, FromYear, ToYear, amount, Funding);
}
