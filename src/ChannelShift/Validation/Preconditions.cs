using System.Globalization;
using System.Runtime.CompilerServices;

namespace ChannelShift.Validation;

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
}
