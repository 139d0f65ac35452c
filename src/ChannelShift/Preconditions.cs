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
    /// <summary>The exception for one argument that breaks a rule: an <see cref="InputValidationException"/> with one
    /// problem at the argument's name.</summary>
    internal static InputValidationException Fail(string? paramName, string code, string what, string expected, object? value) =>
        new([new InputProblem(paramName ?? "value", code, what, expected, value switch
        {
            null => null,
            double d => Show(d),
            decimal m => Show(m),
            TimeSpan s => Show(s),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        })]);

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
            throw Fail(paramName, "not-finite", $"{Show(value)} is not a finite number", $"a finite number", value);
        }

        return value;
    }

    internal static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < min || value > max)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is out of range", $"a number from {Show(min)} to {Show(max)}", value);
        }

        return value;
    }

    internal static double InOpenRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= min || value >= max)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is out of range", $"a number greater than {Show(min)} and less than {Show(max)}", value);
        }

        return value;
    }

    /// <summary>Checks that <paramref name="value"/> lies between two other arguments (inclusive), naming them in the message.</summary>
    internal static double Between(double value, double lower, string lowerName, double upper, string upperName, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < lower || value > upper)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is out of range", $"a number from {lowerName} ({Show(lower)}) to {upperName} ({Show(upper)})", value);
        }

        return value;
    }

    /// <summary>Checks that <paramref name="value"/> is strictly greater than another argument, naming it in the message.</summary>
    internal static double GreaterThan(double value, double bound, string boundName, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= bound)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is not greater than {boundName} ({Show(bound)})", $"a number greater than {Show(bound)}", value);
        }

        return value;
    }

    internal static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value < 0)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is negative", $"a number of 0 or more", value);
        }

        return value;
    }

    internal static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= 0)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is not positive", $"a number greater than 0", value);
        }

        return value;
    }

    internal static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is negative", $"an amount of 0 or more", value);
        }

        return value;
    }

    internal static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw Fail(paramName, "out-of-range", string.Create(CultureInfo.InvariantCulture, $"{value} is out of range"), string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"), value);
        }

        return value;
    }

    internal static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min)
        {
            throw Fail(paramName, "out-of-range", string.Create(CultureInfo.InvariantCulture, $"{value} is too small"), string.Create(CultureInfo.InvariantCulture, $"a whole number of {min} or more"), value);
        }

        return value;
    }

    internal static double AboveAndAtMost(double value, double exclusiveMin, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= exclusiveMin || value > max)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is out of range", $"a number greater than {Show(exclusiveMin)} and at most {Show(max)}", value);
        }

        return value;
    }

    internal static decimal InRange(decimal value, decimal min, decimal max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is out of range", $"a number from {Show(min)} to {Show(max)}", value);
        }

        return value;
    }

    internal static T[] NotEmpty<T>(T[] values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
    {
        if (values.Length == 0)
        {
            throw Fail(paramName, "invalid", $"the sequence is empty", $"at least one value", null);
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
            throw Fail(paramName, "out-of-range", $"{Show(value)} is out of range", $"a number {lower} and {upper}", value);
        }

        return value;
    }

    internal static string Show(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    internal static TimeSpan Positive(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= TimeSpan.Zero)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is not positive", $"a duration greater than 0", value);
        }

        return value;
    }

    internal static TimeSpan NonNegative(TimeSpan value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < TimeSpan.Zero)
        {
            throw Fail(paramName, "out-of-range", $"{Show(value)} is negative", $"a duration of 0 or more", value);
        }

        return value;
    }
}
