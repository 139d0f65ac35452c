using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChannelShift;

/// <summary>
/// The one place where single arguments are checked. Every message names the parameter, the value (formatted with the
/// invariant culture) and what was expected, and every exception is the BCL type a caller already catches
/// (after NodaTime's <c>Preconditions</c>).
/// </summary>
internal static class Preconditions
{
    internal static string Show(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsInfinity(value) ? (value > 0 ? "Infinity" : "-Infinity") : value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    internal static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is not a finite number; expected a finite number.");
        }

        return value;
    }

    internal static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is out of range; expected a number from {Show(min)} to {Show(max)}.");
        }

        return value;
    }

    internal static double InOpenRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= min || value >= max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is out of range; expected a number greater than {Show(min)} and less than {Show(max)}.");
        }

        return value;
    }

    /// <summary>Checks that <paramref name="value"/> lies between two other arguments (inclusive), naming them in the message.</summary>
    internal static double Between(double value, double lower, string lowerName, double upper, string upperName, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < lower || value > upper)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is out of range; expected a number from {lowerName} ({Show(lower)}) to {upperName} ({Show(upper)}).");
        }

        return value;
    }

    /// <summary>Checks that <paramref name="value"/> is strictly greater than another argument, naming it in the message.</summary>
    internal static double GreaterThan(double value, double bound, string boundName, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= bound)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is not greater than {boundName} ({Show(bound)}); expected a number greater than {Show(bound)}.");
        }

        return value;
    }

    internal static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is negative; expected a number of 0 or more.");
        }

        return value;
    }

    internal static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is not positive; expected a number greater than 0.");
        }

        return value;
    }

    internal static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is negative; expected an amount of 0 or more.");
        }

        return value;
    }

    internal static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName}: {value} is out of range; expected a whole number from {min} to {max}."));
        }

        return value;
    }

    internal static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName}: {value} is too small; expected a whole number of {min} or more."));
        }

        return value;
    }

    internal static double AboveAndAtMost(double value, double exclusiveMin, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= exclusiveMin || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is out of range; expected a number greater than {Show(exclusiveMin)} and at most {Show(max)}.");
        }

        return value;
    }

    internal static decimal InRange(decimal value, decimal min, decimal max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is out of range; expected a number from {Show(min)} to {Show(max)}.");
        }

        return value;
    }

    internal static T[] NotEmpty<T>(T[] values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        if (values.Length == 0)
        {
            throw new ArgumentException($"{paramName}: the sequence is empty; expected at least one value.", paramName);
        }

        return values;
    }

    /// <summary>
    /// Checks <paramref name="value"/> against a range whose ends may each be open or closed, e.g. a fraction in
    /// (0, 1) or a shrinkage in [0, 1).
    /// </summary>
    internal static double InRange(double value, double min, bool minInclusive, double max, bool maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        bool aboveMin = minInclusive ? value >= min : value > min;
        bool belowMax = maxInclusive ? value <= max : value < max;
        if (!aboveMin || !belowMax)
        {
            string lower = minInclusive ? $"at least {Show(min)}" : $"greater than {Show(min)}";
            string upper = maxInclusive ? $"at most {Show(max)}" : $"less than {Show(max)}";
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is out of range; expected a number {lower} and {upper}.");
        }

        return value;
    }

    internal static string Show(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    internal static TimeSpan Positive(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is not positive; expected a duration greater than 0.");
        }

        return value;
    }

    internal static TimeSpan NonNegative(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName}: {Show(value)} is negative; expected a duration of 0 or more.");
        }

        return value;
    }
}
