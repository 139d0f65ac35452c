namespace ChannelShift.Tracking;

/// <summary>
/// Monthly contact volumes by channel as a council records them after approval (from its CRM, telephony and web
/// analytics), and optionally the staff in post: consecutive months, each with a volume on the same channels.
/// Immutable.
/// </summary>
public sealed class Actuals
{
    /// <summary>Creates actuals from consecutive months.</summary>
    /// <param name="months">The months in calendar order, one for each month from the first to the last, each with a
    /// volume on the same channels.</param>
    /// <param name="sourceName">Where they were read from (a file name), or null.</param>
    /// <exception cref="InputValidationException">No month is given, a month repeats or is missing between the first
    /// and the last, or a month has other channels than the first; every problem is listed.</exception>
    public Actuals(IReadOnlyList<ActualMonth> months, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(months);
        var problems = new List<InputProblem>();
        if (months.Count == 0)
        {
            problems.Add(new InputProblem("months", ProblemCodes.Missing, "no month of actuals is given", "at least one month"));
        }
        else
        {
            var channels = months[0].Volumes.Keys.ToHashSet();
            for (var i = 1; i < months.Count; i++)
            {
                var expected = months[i - 1].Month.AddMonths(1);
                if (months[i].Month != expected)
                {
                    problems.Add(new InputProblem("month", ProblemCodes.OutOfRange, $"{months[i]} follows {months[i - 1]}", $"consecutive months ({ActualMonth.Label(expected)} next)", months[i].ToString()).At(sourceName, months[i].Line == 0 ? null : months[i].Line));
                }

                if (!channels.SetEquals(months[i].Volumes.Keys))
                {
                    problems.Add(new InputProblem("channel", ProblemCodes.Missing, $"{months[i]} has volumes on {string.Join(", ", months[i].Volumes.Keys.Select(c => c.Key))}", $"the channels of {months[0]}: {string.Join(", ", channels.Select(c => c.Key))}", months[i].ToString()).At(sourceName, months[i].Line == 0 ? null : months[i].Line));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        Months = months.ToArray().AsReadOnly();
        SourceName = sourceName;
    }

    /// <summary>The months, in calendar order, consecutive.</summary>
    public IReadOnlyList<ActualMonth> Months { get; }

    /// <summary>Where they were read from, or null.</summary>
    public string? SourceName { get; }

    /// <summary>The channels with volumes (those of every month).</summary>
    public IEnumerable<Channel> Channels => Months[0].Volumes.Keys;

    /// <summary>The first month.</summary>
    public DateOnly First => Months[0].Month;

    /// <summary>The last month.</summary>
    public DateOnly Last => Months[^1].Month;
}
