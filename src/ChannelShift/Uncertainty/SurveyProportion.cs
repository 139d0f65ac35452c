using System.Globalization;
using ChannelShift.Numerics;

namespace ChannelShift.Uncertainty;

/// <summary>
/// A share estimated from a survey, with its confidence interval: <see cref="Yes"/> of <see cref="Of"/> respondents
/// said yes (e.g. 16 of 67 councils: 24%, 95% interval 15% to 35%).
/// </summary>
/// <remarks>Proportions, bounds and confidence are fractions from 0 to 1. Build one with <see cref="Wilson"/> or
/// <see cref="ClopperPearson"/>.</remarks>
public sealed record SurveyProportion
{
    private SurveyProportion(int yes, int of, double lower, double upper, double confidence, ProportionIntervalMethod method)
    {
        Yes = yes;
        Of = of;
        Lower = lower;
        Upper = upper;
        Confidence = confidence;
        Method = method;
    }

    /// <summary>How many respondents said yes.</summary>
    public int Yes { get; }

    /// <summary>How many respondents answered (the denominator).</summary>
    public int Of { get; }

    /// <summary>The observed share <see cref="Yes"/>/<see cref="Of"/>, from 0 to 1.</summary>
    public double Proportion => (double)Yes / Of;

    /// <summary>The lower bound of the confidence interval, from 0 to <see cref="Proportion"/>.</summary>
    public double Lower { get; }

    /// <summary>The upper bound of the confidence interval, from <see cref="Proportion"/> to 1.</summary>
    public double Upper { get; }

    /// <summary>The confidence level as a fraction (0.95 for a 95% interval).</summary>
    public double Confidence { get; }

    /// <summary>The method the interval was computed by.</summary>
    public ProportionIntervalMethod Method { get; }

    /// <summary>
    /// The Wilson score interval: with p̂ = yes/of, n = of and z = Φ⁻¹(1 − (1 − confidence)/2),
    /// centre (p̂ + z²/2n)/(1 + z²/n) and half-width z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²)
    /// (E. B. Wilson, JASA 22, 1927; A. Agresti and B. A. Coull, "Approximate is better than 'exact' for interval
    /// estimation of binomial proportions", The American Statistician 52, 1998). Exactly 0 below when yes = 0 and exactly
    /// 1 above when yes = of.
    /// </summary>
    /// <param name="yes">How many said yes, from 0 to <paramref name="of"/>.</param>
    /// <param name="of">How many answered, 1 or more.</param>
    /// <param name="confidence">The confidence level, greater than 0 and less than 1 (0.95 by default).</param>
    /// <returns>The proportion and its interval.</returns>
    /// <exception cref="InputValidationException">An argument is out of range.</exception>
    public static SurveyProportion Wilson(int yes, int of, double confidence = 0.95)
    {
        Validate(yes, of, confidence);
        var z = -StandardNormal.Quantile((1 - confidence) / 2);
        var n = (double)of;
        var p = yes / n;
        var z2n = z * z / n;
        var centre = (p + (z2n / 2)) / (1 + z2n);
        var halfWidth = z / (1 + z2n) * Math.Sqrt((p * (1 - p) / n) + (z2n / (4 * n)));
        var lower = yes == 0 ? 0 : Math.Clamp(centre - halfWidth, 0, 1);
        var upper = yes == of ? 1 : Math.Clamp(centre + halfWidth, 0, 1);
        return new SurveyProportion(yes, of, lower, upper, confidence, ProportionIntervalMethod.Wilson);
    }

    /// <summary>
    /// The Clopper–Pearson exact interval from Beta quantiles, with α = 1 − confidence: lower = B⁻¹(α/2; yes, of − yes + 1)
    /// (0 when yes = 0) and upper = B⁻¹(1 − α/2; yes + 1, of − yes) (1 when yes = of) (C. J. Clopper and E. S. Pearson,
    /// Biometrika 26, 1934), each solved by Newton's method on MathNet's regularised incomplete beta
    /// (relative accuracy about 1e-13 for a few hundred respondents).
    /// </summary>
    /// <param name="yes">How many said yes, from 0 to <paramref name="of"/>.</param>
    /// <param name="of">How many answered, from 1 to 100,000.</param>
    /// <param name="confidence">The confidence level, greater than 0 and less than 1 (0.95 by default).</param>
    /// <returns>The proportion and its interval.</returns>
    /// <exception cref="InputValidationException">An argument is out of range.</exception>
    public static SurveyProportion ClopperPearson(int yes, int of, double confidence = 0.95)
    {
        Validate(yes, of, confidence);
        Preconditions.InRange(of, 1, ScaledBetaDistribution.MaximumRespondents);
        var tail = (1 - confidence) / 2;
        var lower = yes == 0 ? 0 : BetaQuantile.LowerTail(yes, of - yes + 1, BetaQuantile.LogBeta(yes, of - yes + 1), tail, double.NaN);
        var upper = yes == of ? 1 : 1 - BetaQuantile.LowerTail(of - yes, yes + 1, BetaQuantile.LogBeta(of - yes, yes + 1), tail, double.NaN);
        return new SurveyProportion(yes, of, lower, upper, confidence, ProportionIntervalMethod.ClopperPearson);
    }

    /// <summary>
    /// The proportion and interval in invariant culture, round-trip precision, e.g.
    /// <c>16 of 67 = 0.23880597014925373, 95% Wilson interval [0.1527…, 0.3532…]</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Yes} of {Of} = {Preconditions.Show(Proportion)}, {Preconditions.Show(Confidence * 100)}% {(Method == ProportionIntervalMethod.Wilson ? "Wilson" : "Clopper–Pearson")} interval [{Preconditions.Show(Lower)}, {Preconditions.Show(Upper)}]");

    private static void Validate(int yes, int of, double confidence)
    {
        Preconditions.AtLeast(of, 1);
        Preconditions.InRange(yes, 0, of);
        Preconditions.InOpenRange(confidence, 0, 1);
    }
}
