using System.Globalization;

namespace ChannelShift;

/// <summary>
/// What a number of the model must be (one of <see cref="Rules"/>), declared once (<see cref="Rules"/>) and used wherever the number is met: the
/// model's constructors, the scenario reader, the range a sensitivity analysis searches, and an application's
/// command-line flags. A range with open or closed ends, and the words used when a value falls outside it.
/// </summary>
public sealed class NumberRule
{
    internal NumberRule(string what, string failure, string expected, decimal? minimum, bool minimumInclusive, decimal? maximum, bool maximumInclusive, bool mayBeUncertain = false, double? searchHigh = null, bool percentageTrap = false, decimal? warnAbove = null, decimal percentFrom = 1m)
    {
        PercentageTrap = percentageTrap;
        this.percentFrom = percentFrom;
        WarnAbove = warnAbove;
        What = what;
        Failure = failure;
        Expected = expected;
        Minimum = minimum;
        MinimumInclusive = minimumInclusive;
        Maximum = maximum;
        MaximumInclusive = maximumInclusive;
        MayBeUncertain = mayBeUncertain;
        this.searchHigh = searchHigh;
    }

    private readonly double? searchHigh;
    private readonly decimal percentFrom;

    /// <summary>What the number is, e.g. "a share".</summary>
    public string What { get; }

    /// <summary>What is wrong with a value outside the range, e.g. "is not a share".</summary>
    public string Failure { get; }

    /// <summary>What is expected, e.g. "a number from 0 to 1".</summary>
    public string Expected { get; }

    /// <summary>The lowest value, or null for none.</summary>
    public decimal? Minimum { get; }

    /// <summary>Whether <see cref="Minimum"/> itself is allowed.</summary>
    public bool MinimumInclusive { get; }

    /// <summary>The highest value, or null for none.</summary>
    public decimal? Maximum { get; }

    /// <summary>Whether <see cref="Maximum"/> itself is allowed.</summary>
    public bool MaximumInclusive { get; }

    /// <summary>Whether a scenario file may give the number as a distribution.</summary>
    public bool MayBeUncertain { get; }

    /// <summary>Whether a value out of range that looks like a percentage written where a fraction is expected (3.5
    /// for 0.035; 50 for a share of 0.5) has a problem that says "did you mean" the value ÷ 100: its size is at least 1
    /// (2 for a share), and the value ÷ 100 is in range.</summary>
    public bool PercentageTrap { get; }

    /// <summary>A value above which a valid number is unusual enough to be warned of (e.g. an uplift above 1, which is
    /// more than 100%), or null for none.</summary>
    public decimal? WarnAbove { get; }

    /// <summary>Whether a valid value is above <see cref="WarnAbove"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when an application should warn of it.</returns>
    public bool IsUnusual(decimal value) => WarnAbove is { } w && value > w;

    /// <summary>Whether a value is in the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it is.</returns>
    public bool Holds(decimal value) =>
        (Minimum is not { } low || (MinimumInclusive ? value >= low : value > low))
        && (Maximum is not { } high || (MaximumInclusive ? value <= high : value < high));

    /// <summary>Whether a value is finite and in the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it is.</returns>
    public bool Holds(double value) => double.IsFinite(value) && Within(value);

    /// <summary>Whether every value from <paramref name="low"/> to <paramref name="high"/> is in the range (a
    /// distribution's support).</summary>
    internal bool HoldsBetween(double low, double high) => Within(low) && Within(high);

    private bool Within(double value) =>
        !double.IsNaN(value)
        && (Minimum is not { } low || (MinimumInclusive ? value >= (double)low : value > (double)low))
        && (Maximum is not { } high || (MaximumInclusive ? value <= (double)high : value < (double)high));

    /// <summary>The problem of a value outside the range, at a path, the value as written.</summary>
    internal InputProblem Problem(string path, string written) =>
        new(path, ProblemCodes.OutOfRange, $"{written} {Failure}{Suggestion(written)}", Expected, written);

    /// <summary>"; did you mean 0.035?" when the rule takes an out-of-range value of size 1 or more (2 for a share)
    /// for a percentage and the value ÷ 100 would hold; otherwise empty. A value just above the maximum (a growth of
    /// 0.6) is not a percentage, and gets no suggestion.</summary>
    private string Suggestion(string written)
    {
        if (!PercentageTrap
            || !decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || Holds(value) || Math.Abs(value) < percentFrom)
        {
            return "";
        }

        var fraction = value / 100m;
        return Holds(fraction) ? $"; did you mean {fraction.ToString(CultureInfo.InvariantCulture)}?" : "";
    }

    /// <summary>The value, or an <see cref="InputValidationException"/> naming <paramref name="path"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Where it is: an argument's name, a JSON path, a command-line flag.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InputValidationException">The value is outside the range.</exception>
    public decimal Check(decimal value, string path) =>
        Holds(value) ? value : throw new InputValidationException([Problem(path, value.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>The value, or an <see cref="InputValidationException"/> naming <paramref name="path"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Where it is: an argument's name, a JSON path, a command-line flag.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InputValidationException">The value is not finite or outside the range.</exception>
    public double Check(double value, string path) =>
        Holds(value) ? value : throw new InputValidationException([Problem(path, Preconditions.Show(value))]);

    /// <summary>Adds the problem of a value outside the range to a list.</summary>
    internal void Check(decimal value, string path, List<InputProblem> problems)
    {
        if (!Holds(value))
        {
            problems.Add(Problem(path, value.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>Adds the problem of a value outside the range to a list.</summary>
    internal void Check(double value, string path, List<InputProblem> problems)
    {
        if (!Holds(value))
        {
            problems.Add(Problem(path, Preconditions.Show(value)));
        }
    }

    /// <summary>The range a sensitivity analysis searches for a switching value: the rule's own (an open end moved in
    /// by 0.01), up to 10 × the value (at least 1) where the rule has no maximum.</summary>
    internal (double Low, double High) SearchRange(double value)
    {
        var low = Minimum is { } min ? (double)min + (MinimumInclusive ? 0 : 0.01) : -Math.Max(1, 10 * Math.Abs(value));
        var high = searchHigh ?? (Maximum is { } max ? (double)max : Math.Max(1, 10 * Math.Abs(value)));
        return (low, high);
    }
}
