namespace ChannelShift;

/// <summary>The unit of a <see cref="ContactPeriod"/>.</summary>
public enum PeriodUnit
{
    /// <summary>A year (the default).</summary>
    Year = 0,

    /// <summary>A quarter: 4 a year.</summary>
    Quarter = 1,

    /// <summary>A month: 12 a year.</summary>
    Month = 2,

    /// <summary>A week: 52 a year.</summary>
    Week = 3,

    /// <summary>A day: 365 a year unless stated.</summary>
    Day = 4,
}
