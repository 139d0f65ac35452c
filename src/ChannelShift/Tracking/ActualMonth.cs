namespace ChannelShift.Tracking;

/// <summary>One month of actuals: the contacts handled on each channel that month, and, where given, the staff in post
/// (the funded establishment, in FTE) on a staffed channel. Immutable.</summary>
public sealed class ActualMonth
{
    /// <summary>Creates a month of actuals.</summary>
    /// <param name="month">The month, as its first day (any other day is read as its month's first).</param>
    /// <param name="volumes">Contacts that month by channel, each 0 or more.</param>
    /// <param name="fte">Staff in post that month by channel, in FTE, each 0 or more; channels without a figure are
    /// left out. Null for none.</param>
    /// <param name="line">The 1-based line of the month's first row in a file, or 0 when built in code.</param>
    /// <exception cref="InputValidationException">A volume or an FTE is negative; every one is listed.</exception>
    public ActualMonth(DateOnly month, IReadOnlyDictionary<Channel, decimal> volumes, IReadOnlyDictionary<Channel, decimal>? fte = null, long line = 0)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        var problems = new List<InputProblem>();
        foreach (var (channel, volume) in volumes)
        {
            Rules.Volume.Check(volume, channel.Key, problems);
        }

        foreach (var (channel, staff) in fte ?? new Dictionary<Channel, decimal>())
        {
            if (staff < 0)
            {
                problems.Add(new InputProblem("fte:" + channel.Key, ProblemCodes.OutOfRange, $"{Preconditions.Show(staff)} is negative", "staff in post in FTE, 0 or more", Preconditions.Show(staff)));
            }
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        Month = new DateOnly(month.Year, month.Month, 1);
        Volumes = new Dictionary<Channel, decimal>(volumes).AsReadOnly();
        Fte = new Dictionary<Channel, decimal>(fte ?? new Dictionary<Channel, decimal>()).AsReadOnly();
        Line = line;
    }

    /// <summary>The month, as its first day.</summary>
    public DateOnly Month { get; }

    /// <summary>Contacts that month by channel.</summary>
    public IReadOnlyDictionary<Channel, decimal> Volumes { get; }

    /// <summary>Staff in post that month by channel, in FTE, for the channels given (empty when none).</summary>
    public IReadOnlyDictionary<Channel, decimal> Fte { get; }

    /// <summary>The 1-based line of the month's first row in a file, or 0.</summary>
    public long Line { get; }

    /// <summary>The month as <c>YYYY-MM</c> (invariant culture).</summary>
    /// <returns>For example <c>2027-04</c>.</returns>
    public override string ToString() => Label(Month);

    /// <summary>A month as <c>YYYY-MM</c>.</summary>
    /// <param name="month">Any day of the month.</param>
    /// <returns>For example <c>2027-04</c>.</returns>
    public static string Label(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
