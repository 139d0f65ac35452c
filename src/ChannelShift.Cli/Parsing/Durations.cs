using System.Globalization;

namespace ChannelShift.Cli.Parsing;

/// <summary>
/// Parses durations written as a number and a unit, with the invariant culture: <c>180s</c>, <c>30m</c>, <c>1.5h</c>
/// (a space between them is allowed). A bare number or any other unit is refused, so that "30" is never silently read
/// as seconds when minutes were meant.
/// </summary>
internal static class Durations
{
    /// <summary>The accepted forms, as named in every message.</summary>
    internal const string Forms = "a number and a unit, s, m or h (e.g. 20s, 30m, 1.5h)";

    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Reads a duration, rounded to the nearest 100 ns tick.</summary>
    /// <param name="text">The text, e.g. "30m".</param>
    /// <param name="option">The option it came from, named in the message.</param>
    /// <param name="allowZero">Whether 0 is accepted (an answer time) or not (an interval, a handling time).</param>
    /// <returns>The duration.</returns>
    /// <exception cref="UserInputException">Not a number and a unit, negative, zero when not allowed, or too long.</exception>
    internal static TimeSpan Parse(string text, string option, bool allowZero)
    {
        var trimmed = text.Trim();
        long ticksPerUnit = trimmed.Length < 2 ? 0 : trimmed[^1] switch
        {
            's' => TimeSpan.TicksPerSecond,
            'm' => TimeSpan.TicksPerMinute,
            'h' => TimeSpan.TicksPerHour,
            _ => 0,
        };
        if (ticksPerUnit == 0 || !decimal.TryParse(trimmed[..^1].TrimEnd(), Number, CultureInfo.InvariantCulture, out var value))
        {
            throw new UserInputException($"{option}: \"{text}\" is not a duration; expected {Forms}.");
        }

        if (value < 0m)
        {
            throw new UserInputException($"{option}: {trimmed} is negative; expected {(allowZero ? "0 or more" : "more than 0")}, as {Forms}.");
        }

        if (value == 0m && !allowZero)
        {
            throw new UserInputException($"{option}: {trimmed} is zero; expected more than 0, as {Forms}.");
        }

        decimal ticks;
        try
        {
            ticks = Math.Round(value * ticksPerUnit, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            ticks = decimal.MaxValue;
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            throw new UserInputException($"{option}: {trimmed} is too long; expected at most {Math.Floor(TimeSpan.MaxValue.TotalHours).ToString("#,##0", CultureInfo.InvariantCulture)}h.");
        }

        if (ticks == 0m && !allowZero)
        {
            throw new UserInputException($"{option}: {trimmed} is shorter than 100 ns, the finest step a duration has; expected a longer duration, as {Forms}.");
        }

        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A duration in words for a table: whole hours as "1 h", whole minutes as "30 min", otherwise seconds.</summary>
    internal static string Describe(TimeSpan duration)
    {
        if (duration > TimeSpan.Zero && duration.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Seconds(duration.TotalHours) + " h";
        }

        if (duration > TimeSpan.Zero && duration.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return Seconds(duration.TotalMinutes) + " min";
        }

        return Seconds(duration.TotalSeconds) + " s";
    }

    /// <summary>A number of seconds (or other units) for prose, invariant culture, e.g. "180" or "7.5".</summary>
    internal static string Seconds(double value) => value.ToString("#,##0.###", CultureInfo.InvariantCulture);
}
