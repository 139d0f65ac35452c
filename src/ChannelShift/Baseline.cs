namespace ChannelShift;

/// <summary>The contacts a council receives today, by channel, in one period (before any shift).</summary>
public sealed class Baseline
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="period">The period the volumes are counted in.</param>
    /// <param name="volumes">Contacts per period by channel (0 or more; not avoided).</param>
    public Baseline(ContactPeriod period, IReadOnlyDictionary<Channel, decimal> volumes)
        : this(period, volumes, null)
    {
    }

    /// <summary>Creates a baseline with a seasonal profile on some channels.</summary>
    /// <param name="period">The period the volumes are counted in.</param>
    /// <param name="volumes">Contacts per period by channel (0 or more; not avoided).</param>
    /// <param name="seasonality">For each channel with a seasonal profile, 12 weights, January to December, each 0 or
    /// more, with a mean of 1 (within 0.000001): month m of a year gets the year's contacts × weight_m ÷ Σ weights.
    /// Channels left out are spread evenly. Null for none. Used to plan months when tracking actuals; the appraisal
    /// itself is by year.</param>
    /// <exception cref="InputValidationException">A profile has not 12 weights, a negative or non-finite weight, or a
    /// mean other than 1.</exception>
    public Baseline(ContactPeriod period, IReadOnlyDictionary<Channel, decimal> volumes, IReadOnlyDictionary<Channel, IReadOnlyList<decimal>>? seasonality)
    {
        ArgumentNullException.ThrowIfNull(volumes);
        var profiles = new Dictionary<Channel, IReadOnlyList<decimal>>();
        foreach (var (channel, weights) in seasonality ?? new Dictionary<Channel, IReadOnlyList<decimal>>())
        {
            if (SeasonalityProblem(weights) is { } problem)
            {
                throw Preconditions.Fail("seasonality." + channel.Key, ProblemCodes.OutOfRange, problem, "12 weights, January to December, each 0 or more, with a mean of 1", null);
            }

            profiles[channel] = weights.ToArray().AsReadOnly();
        }

        Seasonality = profiles.AsReadOnly();
        foreach (var (channel, volume) in volumes)
        {
            if (channel.IsAvoided)
            {
                throw Preconditions.Fail("volumes", ProblemCodes.Inconsistent, "\"avoided\" has no volume", "channels only", null);
            }

            Rules.Volume.Check(volume, channel.Key);
        }

        Period = period;
        Volumes = new Dictionary<Channel, decimal>(volumes).AsReadOnly();
    }

    /// <summary>The period of <see cref="Volumes"/>.</summary>
    public ContactPeriod Period { get; }

    /// <summary>Contacts per period by channel.</summary>
    public IReadOnlyDictionary<Channel, decimal> Volumes { get; }

    /// <summary>The seasonal profiles: for a channel, 12 weights, January to December, with a mean of 1; channels
    /// without one are spread evenly over the months.</summary>
    public IReadOnlyDictionary<Channel, IReadOnlyList<decimal>> Seasonality { get; }

    /// <summary>The part of a year's figure on a channel that falls in a calendar month: the figure × the month's
    /// weight ÷ the sum of the channel's 12 weights, or the figure ÷ 12 without a profile (divided last, so that
    /// 600,000 a year is 50,000 a month exactly). The 12 parts of a year add up to the year's figure.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="calendarMonth">The month of the year, 1 (January) to 12 (December).</param>
    /// <param name="yearly">The year's figure (contacts, or contacts moved).</param>
    /// <returns>The month's part.</returns>
    public decimal MonthlyPart(Channel channel, int calendarMonth, decimal yearly)
    {
        Preconditions.InRange(calendarMonth, 1, 12, nameof(calendarMonth));
        return Seasonality.TryGetValue(channel, out var weights) ? yearly * weights[calendarMonth - 1] / weights.Sum() : yearly / 12m;
    }

    /// <summary>What is wrong with a seasonal profile, or null: not 12 weights, a negative weight, or a mean other than
    /// 1 within 0.000001.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The fault in words, or null.</returns>
    internal static string? SeasonalityProblem(IReadOnlyList<decimal> weights)
    {
        if (weights.Count != 12)
        {
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{weights.Count} weights are given");
        }

        if (weights.FirstOrDefault(w => w < 0) is var negative && negative < 0)
        {
            return $"the weight {Preconditions.Show(negative)} is negative";
        }

        var mean = weights.Sum() / 12m;
        return Math.Abs(mean - 1m) > 0.000001m ? $"the weights' mean is {Preconditions.Show(mean)}" : null;
    }

    /// <summary>A channel's contacts a year (0 when the baseline has none).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Volume per period × periods a year.</returns>
    public decimal AnnualVolume(Channel channel) => Period.Annualise(Volumes.GetValueOrDefault(channel));

    /// <summary>A copy with other volumes in the same period (e.g. another council's, in a batch).</summary>
    /// <param name="volumes">Contacts per period by channel.</param>
    /// <returns>The new baseline.</returns>
    public Baseline WithVolumes(IReadOnlyDictionary<Channel, decimal> volumes) => new(Period, volumes, Seasonality);
}
