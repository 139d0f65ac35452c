using System.Globalization;

namespace ChannelShift;

/// <summary>
/// How fast a shift takes hold: the adoption <c>a(t)</c>, the fraction (0 to 1) of a shift's full effect reached in
/// year <c>t</c> of the appraisal. Year 0 is the implementation year, so <c>a(0) = 0</c> for every curve.
/// </summary>
/// <remarks>
/// The S-curve follows the Cabinet Office's <i>Digital Efficiency Report</i> (2012), in which digital take-up grows
/// along an S-curve from about 20% to about 80% over 3–5 years; the logistic form and its calibration are ChannelShift's
/// (docs/methodology.md). Instances are immutable and thread-safe.
/// </remarks>
public sealed class AdoptionCurve
{
    private readonly Kind kind;
    private readonly double years;
    private readonly double k;
    private readonly double logitStart;
    private readonly AdoptionCurve? inner;
    private readonly double delay;

    private AdoptionCurve(Kind kind, string name, string description, double years, double k, double logitStart, AdoptionCurve? inner = null, double delay = 0)
    {
        this.inner = inner;
        this.delay = delay;
        this.kind = kind;
        Name = name;
        Description = description;
        this.years = years;
        this.k = k;
        this.logitStart = logitStart;
    }

    private enum Kind
    {
        Immediate,
        Linear,
        SCurve,
        Delayed,
    }

    /// <summary>The whole effect from year 1: <c>a(0) = 0</c>, <c>a(t) = 1</c> for <c>t ≥ 1</c>. Name <c>immediate</c>.</summary>
    public static AdoptionCurve Immediate { get; } = new(Kind.Immediate, "immediate", "immediate", 0, 0, 0);

    /// <summary>The curve's kind as a scenario file names it: <c>immediate</c>, <c>linear</c> or <c>s-curve</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// A one-line description with the parameters (invariant culture), e.g. <c>linear over 2.5 years</c> or
    /// <c>s-curve from 0.2 to 0.8 over 4 years</c>.
    /// </summary>
    public string Description { get; }

    /// <summary>A straight ramp to the whole effect: <c>a(t) = min(t / years, 1)</c>, so <c>a(0) = 0</c>. Name <c>linear</c>.</summary>
    /// <param name="years">The years to reach the whole effect; finite and greater than 0, and may be fractional
    /// (2.5 gives 0.4, 0.8, 1, …).</param>
    /// <exception cref="InputValidationException"><paramref name="years"/> is not finite or not greater than 0.</exception>
    public static AdoptionCurve Linear(double years)
    {
        Rules.PositiveYears.Check(years, nameof(years));
        return new AdoptionCurve(Kind.Linear, "linear", "linear over " + Show(years) + " years", years, 0, 0);
    }

    /// <summary>
    /// A logistic S-curve through <c>a(1) = start</c> and <c>a(years) = target</c>, continuing towards 1 beyond
    /// <paramref name="years"/>: <c>a(t) = 1 / (1 + e^(−k(t − m)))</c> for <c>t ≥ 1</c> and <c>a(0) = 0</c>, with
    /// <c>k = (logit(target) − logit(start)) / (years − 1)</c>, <c>m = 1 − logit(start) / k</c> and
    /// <c>logit(x) = ln(x / (1 − x))</c> (shape after the Cabinet Office <i>Digital Efficiency
    /// Report</i>, 2012: about 20% to about 80% in 3–5 years). Name <c>s-curve</c>.
    /// </summary>
    /// <param name="start">Adoption in year 1, a fraction strictly between 0 and <paramref name="target"/>.</param>
    /// <param name="target">Adoption in year <paramref name="years"/>, a fraction strictly between
    /// <paramref name="start"/> and 1.</param>
    /// <param name="years">The year in which <paramref name="target"/> is reached; finite and at least 2 (may be
    /// fractional).</param>
    /// <exception cref="InputValidationException">Unless 0 &lt; start &lt; target &lt; 1 and years ≥ 2; the message
    /// names the value and the rule.</exception>
    public static AdoptionCurve SCurve(double start, double target, double years)
    {
        const string rule = "an s-curve needs 0 < start < target < 1 and years >= 2";
        Preconditions.Finite(start, nameof(start));
        Preconditions.Finite(target, nameof(target));
        Preconditions.Finite(years, nameof(years));
        if (start <= 0 || start >= 1)
        {
            throw Preconditions.Fail("start", ProblemCodes.OutOfRange, $"{Preconditions.Show(start)} is not a fraction strictly between 0 and 1", $"0 < start < target < 1 ({rule})", start);
        }

        if (target <= 0 || target >= 1)
        {
            throw Preconditions.Fail("target", ProblemCodes.OutOfRange, $"{Preconditions.Show(target)} is not a fraction strictly between 0 and 1", $"0 < start < target < 1 ({rule})", target);
        }

        if (target <= start)
        {
            throw Preconditions.Fail("target", ProblemCodes.Inconsistent, $"{Preconditions.Show(target)} is not above start {Preconditions.Show(start)}", $"0 < start < target < 1 ({rule})", target);
        }

        if (years < 2)
        {
            throw Preconditions.Fail("years", ProblemCodes.OutOfRange, $"{Preconditions.Show(years)} is less than 2", $"years >= 2 ({rule})", years);
        }

        var logitStart = Logit(start);
        var k = (Logit(target) - logitStart) / (years - 1);
        return new AdoptionCurve(
            Kind.SCurve,
            "s-curve",
            "s-curve from " + Show(start) + " to " + Show(target) + " over " + Show(years) + " years",
            years,
            k,
            logitStart);
    }

    /// <summary>The adoption <c>a(year)</c>: the fraction of the whole effect reached in <paramref name="year"/>.</summary>
    /// <param name="year">A year of the appraisal, 0 or more (0 is the implementation year).</param>
    /// <returns>A fraction from 0 to 1; 0 in year 0.</returns>
    /// <exception cref="InputValidationException"><paramref name="year"/> is negative.</exception>
    public double Fraction(int year)
    {
        Preconditions.AtLeast(year, 0, nameof(year));
        if (year == 0)
        {
            return 0.0;
        }

        // For the s-curve, k(t − m) = logit(start) + k(t − 1): the same value, without the cancellation that
        // m = 1 − logit(start)/k suffers when target is close to start (k small, m large).
        return kind switch
        {
            Kind.Linear => Math.Min(year / years, 1.0),
            Kind.SCurve => 1.0 / (1.0 + Math.Exp(-(logitStart + (k * (year - 1))))),
            Kind.Delayed => inner!.At(year - delay),
            _ => 1.0,
        };
    }

    /// <summary>
    /// The same curve, later by <paramref name="years"/> (earlier when negative): <c>a'(t) = a(t − d)</c> for
    /// <c>t ≥ 1</c> and <c>a'(0) = 0</c>, with the curve read between whole years as its formula gives it (linear:
    /// <c>min(max(t, 0) / years, 1)</c>; s-curve: the logistic for <c>t &gt; 0</c>, 0 before; immediate: a ramp
    /// <c>min(max(t, 0), 1)</c> over the first year). Used to re-forecast a shift that starts late. Name as the curve's.
    /// </summary>
    /// <param name="years">The delay d in years, finite, from −10 to 100 (may be fractional: 0.5 is six months).</param>
    /// <returns>The delayed curve (this curve when d is 0).</returns>
    /// <exception cref="InputValidationException"><paramref name="years"/> is not finite or out of range.</exception>
    public AdoptionCurve Delayed(double years)
    {
        Preconditions.InRange(years, -10, 100, nameof(years));
        if (years == 0)
        {
            return this;
        }

        var root = kind == Kind.Delayed ? inner! : this;
        var d = kind == Kind.Delayed ? delay + years : years;
        return d == 0 ? root : new AdoptionCurve(Kind.Delayed, root.Name, root.Description + (d > 0 ? ", delayed by " : ", brought forward by ") + Show(Math.Abs(d)) + " years", root.years, root.k, root.logitStart, root, d);
    }

    /// <summary>A logistic s-curve given by its growth rate and its value in year 1 (any k &gt; 0, any start), for
    /// a re-forecast fitted to actuals: <c>a(t) = 1 / (1 + e^−(logit(start) + k(t − 1)))</c>, <c>a(0) = 0</c>.</summary>
    /// <param name="k">The growth rate a year, greater than 0.</param>
    /// <param name="logitStart">logit(a(1)).</param>
    /// <param name="description">The description.</param>
    /// <returns>The curve.</returns>
    internal static AdoptionCurve Logistic(double k, double logitStart, string description) =>
        new(Kind.SCurve, "s-curve", description, 0, k, logitStart);

    /// <summary>The growth rate k of an s-curve (0 for the other kinds).</summary>
    internal double GrowthRate => kind == Kind.SCurve ? k : 0;

    /// <summary>logit(a(1)) of an s-curve (0 for the other kinds).</summary>
    internal double LogitStart => kind == Kind.SCurve ? logitStart : 0;

    /// <summary>The year in which an s-curve reaches its target, or a linear curve its whole effect (0 otherwise).</summary>
    internal double Years => kind is Kind.SCurve or Kind.Linear ? years : 0;

    /// <summary>The midpoint m of an s-curve, where a(m) = ½: m = 1 − logit(start) / k (0 for the other kinds).</summary>
    internal double Midpoint => kind == Kind.SCurve ? 1 - (logitStart / k) : 0;

    /// <summary>The target of an s-curve made by <see cref="SCurve"/>: its adoption in the year it names,
    /// a(years) = σ(logit(start) + k(years − 1)) (0 for the other kinds).</summary>
    internal double Target => kind == Kind.SCurve ? At(years) : 0;

    /// <summary>Whether the curve is an s-curve.</summary>
    internal bool IsSCurve => kind == Kind.SCurve;

    /// <summary>The curve read at any time t in years (t ≤ 0 gives 0), as <see cref="Delayed"/> describes.</summary>
    private double At(double t)
    {
        if (t <= 0)
        {
            return 0.0;
        }

        return kind switch
        {
            Kind.Linear => Math.Min(t / years, 1.0),
            Kind.SCurve => 1.0 / (1.0 + Math.Exp(-(logitStart + (k * (t - 1))))),
            Kind.Delayed => inner!.At(t - delay),
            _ => Math.Min(t, 1.0),
        };
    }

    /// <summary>The years of a linear curve (0 for the other kinds).</summary>
    internal double LinearYears => kind == Kind.Linear ? years : 0;

    /// <summary>Whether the curve is linear (its years are then an input of the scenario).</summary>
    internal bool IsLinear => kind == Kind.Linear;

    /// <summary>Whether the curve is immediate (the whole effect from year 1).</summary>
    internal bool IsImmediate => kind == Kind.Immediate;

    /// <summary>The adoption of years 0 to <paramref name="lastYear"/> (index = year), each as <see cref="Fraction"/>.</summary>
    /// <param name="lastYear">The last year of the appraisal, 0 or more.</param>
    /// <returns>A new array of <paramref name="lastYear"/> + 1 fractions.</returns>
    /// <exception cref="InputValidationException"><paramref name="lastYear"/> is negative.</exception>
    public double[] Fractions(int lastYear)
    {
        Preconditions.AtLeast(lastYear, 0, nameof(lastYear));
        var fractions = new double[lastYear + 1];
        for (var t = 0; t <= lastYear; t++)
        {
            fractions[t] = Fraction(t);
        }

        return fractions;
    }

    /// <summary>The <see cref="Description"/>.</summary>
    public override string ToString() => Description;

    private static double Logit(double x) => Math.Log(x / (1 - x));

    private static string Show(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
