namespace ChannelShift.Uncertainty;

/// <summary>How a <see cref="SurveyProportion"/>'s confidence interval is computed.</summary>
public enum ProportionIntervalMethod
{
    /// <summary>
    /// The Wilson score interval (E. B. Wilson, "Probable inference, the law of succession, and statistical
    /// inference", JASA 22, 1927): close to nominal coverage even for small samples and shares near 0 or 1; the default.
    /// </summary>
    Wilson = 0,

    /// <summary>
    /// The Clopper–Pearson "exact" interval (C. J. Clopper and E. S. Pearson, "The use of confidence or fiducial
    /// limits illustrated in the case of the binomial", Biometrika 26, 1934): never below nominal coverage, wider.
    /// </summary>
    ClopperPearson = 1,
}
