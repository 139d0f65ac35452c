using System.Globalization;

namespace ChannelShift;

/// <summary>
/// A share: a fraction from 0 to 1 inclusive, stored as a <see cref="decimal"/>. Create it with
/// <see cref="FromFraction"/> (0.5) or <see cref="FromPercent"/> (50); <see cref="Parse"/> reads "50%" or "0.5".
/// </summary>
/// <remarks><c>default(Share)</c> is 0.</remarks>
public readonly struct Share : IEquatable<Share>, IComparable<Share>
{
    private Share(decimal fraction) => Fraction = fraction;

    /// <summary>The share as a fraction from 0 to 1.</summary>
    public decimal Fraction { get; }

    /// <summary>The share as a percentage from 0 to 100.</summary>
    public decimal Percent => Fraction * 100m;

    /// <summary>No share.</summary>
    public static Share Zero => default;

    /// <summary>The whole.</summary>
    public static Share One => new(1m);

    /// <summary>A share from a fraction.</summary>
    /// <param name="fraction">A number from 0 to 1 inclusive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="InputValidationException">The fraction is outside 0–1 (the problem's path is
    /// <c>share</c>).</exception>
    public static Share FromFraction(decimal fraction) =>
        new(Rules.Share.Check(fraction, "share"));

    /// <summary>A share from a fraction given as a double (e.g. from a JSON number or a simulation); NaN and infinities are refused.</summary>
    /// <param name="fraction">A finite number from 0 to 1 inclusive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="InputValidationException">The fraction is not finite or outside 0–1.</exception>
    public static Share FromDouble(double fraction) =>
        FromFraction((decimal)Rules.Share.Check(fraction, "share"));

    /// <summary>A share from a percentage.</summary>
    /// <param name="percent">A number from 0 to 100 inclusive.</param>
    /// <returns>The share.</returns>
    /// <exception cref="InputValidationException">The percentage is outside 0–100.</exception>
    public static Share FromPercent(decimal percent)
    {
        if (percent < 0m || percent > 100m)
        {
            throw new InputValidationException([new InputProblem("share", ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{percent}% is not a share"), "a percentage from 0% to 100%", string.Create(CultureInfo.InvariantCulture, $"{percent}%"))]);
        }

        return new Share(percent / 100m);
    }

    /// <summary>Parses a share written as a percentage (<c>50%</c>) or a fraction (<c>0.5</c>), invariant culture.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The share.</returns>
    /// <exception cref="InputValidationException">Not a number, or outside 0–1 (0%–100%); the problem's path is
    /// <c>share</c>.</exception>
    public static Share Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        var number = percent ? trimmed[..^1].TrimEnd() : trimmed;
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            throw new InputValidationException([new InputProblem("share", ProblemCodes.WrongType, $"\"{text}\" is not a share", "a percentage such as 50% or a fraction such as 0.5", text)]);
        }

        if (!percent && !Rules.Share.Holds(value))
        {
            // 50 for 50% is the likeliest slip; say so.
            var hint = value is >= 2m and <= 100m ? string.Create(CultureInfo.InvariantCulture, $"; did you mean {value}%?") : "";
            throw new InputValidationException([new InputProblem("share", ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{value} is not a share{hint}"), "a number from 0 to 1 (or a percentage from 0% to 100%)", text)]);
        }

        return percent ? FromPercent(value) : FromFraction(value);
    }

    /// <inheritdoc />
    public bool Equals(Share other) => Fraction == other.Fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fraction.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Share other) => Fraction.CompareTo(other.Fraction);

    /// <summary>The share as a percentage, invariant culture, e.g. "50%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Fraction * 100m).ToString("0.######", CultureInfo.InvariantCulture) + "%";

    /// <summary>Equality.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>True when left is smaller.</returns>
    public static bool operator <(Share left, Share right) => left.Fraction < right.Fraction;

    /// <summary>Greater than.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>True when left is larger.</returns>
    public static bool operator >(Share left, Share right) => left.Fraction > right.Fraction;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>True when left is not larger.</returns>
    public static bool operator <=(Share left, Share right) => left.Fraction <= right.Fraction;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">A share.</param>
    /// <param name="right">Another share.</param>
    /// <returns>True when left is not smaller.</returns>
    public static bool operator >=(Share left, Share right) => left.Fraction >= right.Fraction;
}
