using System.Collections.ObjectModel;
using System.Globalization;

namespace ChannelShift;

/// <summary>
/// When a channel is open and how its contacts spread over the week: the intervals of one typical week, each with its
/// share of the week's contacts, and how many such weeks there are in a year.
/// </summary>
/// <remarks>
/// A year's volume V puts V / <see cref="WeeksPerYear"/> × share contacts into each interval
/// (docs/cashable-savings.md). Intervals need not be contiguous or of equal length; closed hours are simply left out.
/// </remarks>
public sealed class OpeningHoursProfile
{
    /// <summary>How far the shares may sum from 1: 10⁻⁶.</summary>
    public const double ShareTolerance = 1e-6;

    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>Creates a profile.</summary>
    /// <param name="intervals">The week's open intervals; at least one. Their shares sum to 1 within
    /// <see cref="ShareTolerance"/>, and their lengths to at most a week (168 hours).</param>
    /// <param name="weeksPerYear">Weeks a year the channel runs this week; greater than 0 and at most 53 (52, or less
    /// for bank-holiday closures; 52.18 for every week of an average year).</param>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> or one of its items is null.</exception>
    /// <exception cref="InputValidationException">There are no intervals, the shares do not sum to 1 or the intervals are
    /// longer than a week.</exception>
    /// <exception cref="InputValidationException"><paramref name="weeksPerYear"/> is out of range.</exception>
    public OpeningHoursProfile(IEnumerable<OpeningInterval> intervals, double weeksPerYear)
    {
        Preconditions.NotNull(intervals);
        WeeksPerYear = Rules.Weeks.Check(weeksPerYear, nameof(weeksPerYear));
        OpeningInterval[] copy = [.. intervals];
        if (copy.Length == 0)
        {
            throw Preconditions.Fail(nameof(intervals), ProblemCodes.Missing, "the profile has no intervals", "at least one open interval", null);
        }

        double shareSum = 0;
        TimeSpan open = TimeSpan.Zero;
        for (int i = 0; i < copy.Length; i++)
        {
            OpeningInterval interval = copy[i] ?? throw new ArgumentNullException(nameof(intervals), string.Create(CultureInfo.InvariantCulture, $"{nameof(intervals)}[{i}]: is null; expected an interval."));
            shareSum += interval.Share;
            open += interval.Length;
        }

        if (!(Math.Abs(shareSum - 1) <= ShareTolerance))
        {
            throw Preconditions.Fail(nameof(intervals), ProblemCodes.Inconsistent, $"the shares sum to {Preconditions.Show(shareSum)}", $"1 (within {Preconditions.Show(ShareTolerance)})", null);
        }

        if (open > Week)
        {
            throw Preconditions.Fail(nameof(intervals), ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"the intervals last {open.TotalHours:R} hours"), "at most a week (168 hours)", null);
        }

        Intervals = new ReadOnlyCollection<OpeningInterval>(copy);
        OpenHoursPerWeek = open.TotalHours;
    }

    /// <summary>The week's open intervals, in the order given.</summary>
    public IReadOnlyList<OpeningInterval> Intervals { get; }

    /// <summary>Weeks a year the channel runs this week, in (0, 53].</summary>
    public double WeeksPerYear { get; }

    /// <summary>Total length of the intervals, in hours a week.</summary>
    public double OpenHoursPerWeek { get; }

    /// <summary>
    /// A typical office: open <paramref name="hoursPerDay"/> hours on each of <paramref name="daysPerWeek"/> days, in
    /// half-hour intervals that share the week's contacts equally.
    /// </summary>
    /// <param name="hoursPerDay">Open hours a day, a whole number of half hours from 0.5 to 24.</param>
    /// <param name="daysPerWeek">Open days a week, from 1 to 7.</param>
    /// <param name="weeksPerYear">Weeks a year, greater than 0 and at most 53.</param>
    /// <returns>A profile of hoursPerDay × 2 × daysPerWeek half-hour intervals (336 for 24 hours, 7 days), each with
    /// share 1/count.</returns>
    /// <exception cref="InputValidationException">An argument is out of range, or the hours are not whole half
    /// hours.</exception>
    public static OpeningHoursProfile HalfHourly(double hoursPerDay, int daysPerWeek, double weeksPerYear)
    {
        Preconditions.InRange(hoursPerDay, 0.5, 24);
        Preconditions.InRange(daysPerWeek, 1, 7);
        double halfHours = hoursPerDay * 2;
        if (halfHours != Math.Floor(halfHours))
        {
            throw Preconditions.Fail(nameof(hoursPerDay), ProblemCodes.Inconsistent, $"{Preconditions.Show(hoursPerDay)} is not a whole number of half hours", "a multiple of 0.5", hoursPerDay);
        }

        int count = (int)halfHours * daysPerWeek;
        double share = 1.0 / count;
        var intervals = new OpeningInterval[count];
        for (int i = 0; i < count; i++)
        {
            intervals[i] = new OpeningInterval(TimeSpan.FromMinutes(30), share);
        }

        return new OpeningHoursProfile(intervals, weeksPerYear);
    }
}
