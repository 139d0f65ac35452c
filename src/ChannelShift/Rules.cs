namespace ChannelShift;

/// <summary>The rules for the numbers of the model, declared once: the model's constructors, the scenario reader, a
/// sensitivity analysis and an application's flags all check numbers against these (docs/scenario-format.md lists
/// them).</summary>
public static class Rules
{
    /// <summary>A share: from 0 to 1.</summary>
    public static readonly NumberRule Share = new("a share", "is not a share", "a number from 0 to 1", 0m, true, 1m, true, mayBeUncertain: true, percentageTrap: true, percentFrom: 2m);
    /// <summary>A share strictly between 0 and 1.</summary>
    public static readonly NumberRule OpenShare = new("a share", "is not strictly between 0 and 1", "a number greater than 0 and less than 1", 0m, false, 1m, false);
    /// <summary>An amount of money: 0 or more.</summary>
    public static readonly NumberRule Amount = new("an amount", "is negative", "an amount of 0 or more", 0m, true, null, false, mayBeUncertain: true);
    /// <summary>A number of contacts: 0 or more.</summary>
    public static readonly NumberRule Volume = new("a volume", "is negative", "a number of contacts of 0 or more", 0m, true, null, false, mayBeUncertain: true);
    /// <summary>Demand growth a year: greater than −1, at most 0.5 (a larger value is taken for a percentage).</summary>
    public static readonly NumberRule Growth = new("a growth rate", "is out of range", "a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%", -1m, false, 0.5m, true, mayBeUncertain: true, percentageTrap: true);
    /// <summary>A number of years greater than 0.</summary>
    public static readonly NumberRule PositiveYears = new("a number of years", "is not positive", "a number of years greater than 0", 0m, false, null, false, mayBeUncertain: true);
    /// <summary>The years of an s-curve: 2 or more.</summary>
    public static readonly NumberRule SCurveYears = new("a number of years", "is less than 2", "a number of years of 2 or more", 2m, true, null, false);
    /// <summary>A discount rate: greater than −1, at most 0.5 (a larger value is taken for a percentage).</summary>
    public static readonly NumberRule DiscountRate = new("a discount rate", "is out of range", "a rate as a fraction greater than -1 and at most 0.5, e.g. 0.035 for 3.5%", -1m, false, 0.5m, true, mayBeUncertain: true, percentageTrap: true);
    /// <summary>An optimism-bias uplift: from 0 to 2 (a larger value is taken for a percentage; above 1 is warned
    /// of).</summary>
    public static readonly NumberRule Uplift = new("an uplift", "is out of range", "an uplift as a fraction from 0 to 2, e.g. 0.4 for 40%", 0m, true, 2m, true, percentageTrap: true, warnAbove: 1m);
    /// <summary>A benefits haircut: from 0 to 1.</summary>
    public static readonly NumberRule Haircut = new("a haircut", "is not a share", "a fraction from 0 to 1", 0m, true, 1m, true, percentageTrap: true, percentFrom: 2m);
    /// <summary>A rise in handling time: from 0 to 2 (a larger value is taken for a percentage; above 1 is warned
    /// of).</summary>
    public static readonly NumberRule Rise = new("a rise", "is out of range", "a fraction from 0 to 2, e.g. 0.1 for 10%", 0m, true, 2m, true, mayBeUncertain: true, percentageTrap: true, warnAbove: 1m);
    /// <summary>A rank correlation: from −1 to 1.</summary>
    public static readonly NumberRule Correlation = new("a correlation", "is out of range", "a rank correlation from -1 to 1", -1m, true, 1m, true);
    /// <summary>Days a year: from 1 to 366.</summary>
    public static readonly NumberRule DaysPerYear = new("a number of days", "is out of range", "a number of days from 1 to 366", 1m, true, 366m, true);
    /// <summary>A GDP deflator rate: greater than −1, at most 0.5 (a larger value is taken for a percentage).</summary>
    public static readonly NumberRule DeflatorRate = new("a deflator rate", "is out of range", "a rate as a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%", -1m, false, 0.5m, true, percentageTrap: true);
    /// <summary>An inflation rate for cash prices: greater than −1, at most 0.5 (a larger value is taken for a
    /// percentage).</summary>
    public static readonly NumberRule InflationRate = new("an inflation rate", "is out of range", "a rate as a fraction greater than -1 and at most 0.5, e.g. 0.025 for 2.5%", -1m, false, 0.5m, true, percentageTrap: true);

    /// <summary>An index value: greater than 0.</summary>
    public static readonly NumberRule PositiveIndex = new("an index value", "is not positive", "an index value greater than 0", 0m, false, null, false);
    /// <summary>A duration in seconds: greater than 0.</summary>
    public static readonly NumberRule PositiveSeconds = new("a duration", "is not positive", "a number of seconds greater than 0", 0m, false, null, false, mayBeUncertain: true);
    /// <summary>A duration in seconds: 0 or more.</summary>
    public static readonly NumberRule NonNegativeSeconds = new("a duration", "is negative", "a number of seconds of 0 or more", 0m, true, null, false);
    /// <summary>A number of hours: greater than 0, at most 10,000.</summary>
    public static readonly NumberRule PositiveHours = new("a number of hours", "is out of range", "a number of hours greater than 0 and at most 10000", 0m, false, 10_000m, true);
    /// <summary>Hours open a day: greater than 0, at most 24.</summary>
    public static readonly NumberRule HoursPerDay = new("a number of hours", "is out of range", "a number of hours a day greater than 0 and at most 24", 0m, false, 24m, true);
    /// <summary>A shrinkage: 0 or more and less than 1.</summary>
    public static readonly NumberRule Shrinkage = new("a shrinkage", "is out of range", "a fraction of 0 or more and less than 1, e.g. 0.3", 0m, true, 1m, false, mayBeUncertain: true, searchHigh: 0.99);
    /// <summary>An occupancy: greater than 0, at most 1.</summary>
    public static readonly NumberRule Occupancy = new("an occupancy", "is out of range", "a fraction greater than 0 and at most 1, e.g. 0.85", 0m, false, 1m, true);
    /// <summary>Weeks a year: greater than 0, at most 53.</summary>
    public static readonly NumberRule Weeks = new("a number of weeks", "is out of range", "a number of weeks greater than 0 and at most 53", 0m, false, 53m, true);

    /// <summary>The rule of an input of a scenario.</summary>
    internal static NumberRule Of(InputKind kind) => kind switch
    {
        InputKind.ShiftShare or InputKind.FailureShare or InputKind.AssistedDigitalShare => Share,
        InputKind.DemandGrowth => Growth,
        InputKind.DiscountRate => DiscountRate,
        InputKind.AdoptionYears => PositiveYears,
        InputKind.Volume => Volume,
        InputKind.HandlingTime => PositiveSeconds,
        InputKind.HandlingTimeRise => Rise,
        InputKind.Shrinkage => Shrinkage,
        _ => Amount,
    };
}
