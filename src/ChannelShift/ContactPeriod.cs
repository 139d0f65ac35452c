using System.Globalization;

namespace ChannelShift;

/// <summary>
/// The period a contact volume is counted in, and how many of them make a year: day (365 unless a number of days a year
/// is given, e.g. 253 working days), week (52), month (12), quarter (4), year (1).
/// </summary>
/// <remarks><c>default(ContactPeriod)</c> is a year.</remarks>
public readonly struct ContactPeriod : IEquatable<ContactPeriod>
{
    private readonly decimal _daysPerYear;

    private ContactPeriod(PeriodUnit unit, decimal daysPerYear)
    {
        Unit = unit;
        _daysPerYear = daysPerYear;
    }

    /// <summary>The unit of the period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Days in a year when the unit is a day (365 by default); 0 for other units.</summary>
    public decimal DaysPerYear => Unit == PeriodUnit.Day ? _daysPerYear : 0m;

    /// <summary>How many periods make a year: 365 (or the days given), 52, 12, 4 or 1.</summary>
    public decimal PeriodsPerYear => Unit switch
    {
        PeriodUnit.Day => _daysPerYear,
        PeriodUnit.Week => 52m,
        PeriodUnit.Month => 12m,
        PeriodUnit.Quarter => 4m,
        _ => 1m,
    };

    /// <summary>A year.</summary>
    public static ContactPeriod Year => new(PeriodUnit.Year, 0m);

    /// <summary>A quarter (4 a year).</summary>
    public static ContactPeriod Quarter => new(PeriodUnit.Quarter, 0m);

    /// <summary>A month (12 a year).</summary>
    public static ContactPeriod Month => new(PeriodUnit.Month, 0m);

    /// <summary>A week (52 a year).</summary>
    public static ContactPeriod Week => new(PeriodUnit.Week, 0m);

    /// <summary>A day, with the number of days counted in a year.</summary>
    /// <param name="daysPerYear">Days a year, from 1 to 366 (365 by default; 253 for working days, for instance).</param>
    /// <returns>The period.</returns>
    public static ContactPeriod Day(decimal daysPerYear = 365m)
    {
        return new ContactPeriod(PeriodUnit.Day, Rules.DaysPerYear.Check(daysPerYear, nameof(daysPerYear)));
    }

    /// <summary>Parses <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c> or <c>year</c> (case-insensitive; plurals and
    /// <c>daily</c>/<c>weekly</c>/<c>monthly</c>/<c>quarterly</c>/<c>annual</c>/<c>yearly</c> accepted).</summary>
    /// <param name="text">The period's name.</param>
    /// <param name="daysPerYear">Days a year when the period is a day.</param>
    /// <returns>The period.</returns>
    /// <exception cref="InputValidationException">An unknown period (the problem's path is <c>period</c>; it lists the
    /// known ones).</exception>
    public static ContactPeriod Parse(string text, decimal daysPerYear = 365m)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "day" or "days" or "daily" or "per-day" => Day(daysPerYear),
            "week" or "weeks" or "weekly" or "per-week" => Week,
            "month" or "months" or "monthly" or "per-month" => Month,
            "quarter" or "quarters" or "quarterly" or "per-quarter" => Quarter,
            "year" or "years" or "yearly" or "annual" or "annually" or "per-year" => Year,
            _ => throw new InputValidationException([Unknown(text)]),
        };
    }

    private static InputProblem Unknown(string text)
    {
        string[] known = ["day", "week", "month", "quarter", "year"];
        var suggestion = Suggestions.Closest(text.Trim(), known);
        var hint = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
        return new InputProblem("period", ProblemCodes.UnknownName, $"\"{text}\" is not a period{hint}", "one of day, week, month, quarter, year", text);
    }

    /// <summary>The annual volume of a volume counted in this period: volume × <see cref="PeriodsPerYear"/>.</summary>
    /// <param name="volumePerPeriod">Contacts in one period.</param>
    /// <returns>Contacts a year.</returns>
    public decimal Annualise(decimal volumePerPeriod) => volumePerPeriod * PeriodsPerYear;

    /// <summary>The amount in one period of an annual amount: annual ÷ <see cref="PeriodsPerYear"/>.</summary>
    /// <param name="annual">An annual amount.</param>
    /// <returns>The amount per period.</returns>
    public decimal PerPeriod(decimal annual) => annual / PeriodsPerYear;

    /// <summary>The period's key: <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c> or <c>year</c>.</summary>
    public string Key => Unit.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public bool Equals(ContactPeriod other) => Unit == other.Unit && DaysPerYear == other.DaysPerYear;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContactPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, DaysPerYear);

    /// <summary>The period's key, with the days a year for a day other than 365.</summary>
    /// <returns>E.g. <c>month</c> or <c>day (253 a year)</c>.</returns>
    public override string ToString() =>
        Unit == PeriodUnit.Day && _daysPerYear != 365m
            ? string.Create(CultureInfo.InvariantCulture, $"day ({_daysPerYear} a year)")
            : Key;

    /// <summary>Equality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ContactPeriod left, ContactPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">Another period.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ContactPeriod left, ContactPeriod right) => !left.Equals(right);
}
