namespace ChannelShift;

/// <summary>The rules for the numbers of a scenario file (docs/scenario-format.md).</summary>
internal static class Rules
{
    internal static readonly NumberRule Share = new("a share", "is not a share", "a number from 0 to 1", v => v is >= 0m and <= 1m, MayBeUncertain: true) { Holds = (lo, hi) => lo >= 0 && hi <= 1 };
    internal static readonly NumberRule OpenShare = new("a share", "is not strictly between 0 and 1", "a number greater than 0 and less than 1", v => v is > 0m and < 1m);
    internal static readonly NumberRule Amount = new("an amount", "is negative", "an amount of 0 or more", v => v >= 0m, MayBeUncertain: true) { Holds = (lo, _) => lo >= 0 };
    internal static readonly NumberRule Volume = new("a volume", "is negative", "a number of contacts of 0 or more", v => v >= 0m, MayBeUncertain: true) { Holds = (lo, _) => lo >= 0 };
    internal static readonly NumberRule Growth = new("a growth rate", "is out of range", "a fraction greater than -1 and at most 1, e.g. 0.02", v => v is > -1m and <= 1m, MayBeUncertain: true) { Holds = (lo, hi) => lo > -1 && hi <= 1 };
    internal static readonly NumberRule PositiveYears = new("a number of years", "is not positive", "a number of years greater than 0", v => v > 0m, MayBeUncertain: true) { Holds = (lo, _) => lo > 0 };
    internal static readonly NumberRule SCurveYears = new("a number of years", "is less than 2", "a number of years of 2 or more", v => v >= 2m);
    internal static readonly NumberRule DiscountRate = new("a discount rate", "is out of range", "a rate as a fraction greater than -1, e.g. 0.035", v => v is > -1m and <= 1000m, MayBeUncertain: true) { Holds = (lo, hi) => lo > -1 && hi <= 1000 };
    internal static readonly NumberRule Uplift = new("an uplift", "is negative", "an uplift as a fraction of 0 or more, e.g. 0.4", v => v >= 0m);
    internal static readonly NumberRule Haircut = new("a haircut", "is not a share", "a fraction from 0 to 1", v => v is >= 0m and <= 1m);
    internal static readonly NumberRule Rise = new("a rise", "is negative", "a fraction of 0 or more, e.g. 0.1", v => v >= 0m);
    internal static readonly NumberRule Correlation = new("a correlation", "is out of range", "a rank correlation from -1 to 1", v => v is >= -1m and <= 1m);
    internal static readonly NumberRule DaysPerYear = new("a number of days", "is out of range", "a number of days from 1 to 366", v => v is >= 1m and <= 366m);
    internal static readonly NumberRule DeflatorRate = new("a deflator rate", "is out of range", "a rate as a fraction greater than -1 and at most 10, e.g. 0.02", v => v is > -1m and <= 10m);
    internal static readonly NumberRule PositiveIndex = new("an index value", "is not positive", "an index value greater than 0", v => v > 0m);
    internal static readonly NumberRule PositiveSeconds = new("a duration", "is not positive", "a number of seconds greater than 0", v => v > 0m);
    internal static readonly NumberRule NonNegativeSeconds = new("a duration", "is negative", "a number of seconds of 0 or more", v => v >= 0m);
    internal static readonly NumberRule PositiveHours = new("a number of hours", "is not positive", "a number of hours greater than 0", v => v is > 0m and <= 10_000m);
    internal static readonly NumberRule HoursPerDay = new("a number of hours", "is out of range", "a number of hours a day greater than 0 and at most 24", v => v is > 0m and <= 24m);
    internal static readonly NumberRule Shrinkage = new("a shrinkage", "is out of range", "a fraction of 0 or more and less than 1, e.g. 0.3", v => v is >= 0m and < 1m);
    internal static readonly NumberRule Occupancy = new("an occupancy", "is out of range", "a fraction greater than 0 and at most 1, e.g. 0.85", v => v is > 0m and <= 1m);
    internal static readonly NumberRule Weeks = new("a number of weeks", "is out of range", "a number of weeks greater than 0 and at most 53", v => v is > 0m and <= 53m);
}
