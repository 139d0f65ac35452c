namespace ChannelShift.Tracking;

/// <summary>What the actuals say about the take-up: the adoption curve fitted by least squares to the take-up
/// observed month by month, and the months it rests on. Immutable.</summary>
public sealed class AdoptionFit
{
    /// <summary>What was fitted: <c>delay</c> (a(t − d), with fewer than 12 months or curves that differ in kind),
    /// <c>linear</c> (the linear curves' years, scaled together), <c>s-curve</c> (growth rate and midpoint, the
    /// target held at the plan's), or <c>none</c> (no month with a shift under way).</summary>
    public required string Kind { get; init; }

    /// <summary>The fitted parameters by name: <c>delayYears</c>; <c>years</c> (or <c>yearsScale</c> with several
    /// shifts); <c>growthRate</c> and <c>midpoint</c> (years, or <c>growthRateScale</c> and <c>midpointShift</c>
    /// with several shifts).</summary>
    public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    /// <summary>The fit in words, e.g. <c>linear over 4.2 years (plan: 3)</c>.</summary>
    public required string Description { get; init; }

    /// <summary>The months the fit rests on (months of actuals from year 1 on).</summary>
    public required int MonthsFitted { get; init; }

    /// <summary>The root mean square of the differences between the take-up observed and the fitted curve's, over
    /// the months fitted.</summary>
    public required double RootMeanSquareError { get; init; }

    /// <summary>Whether the plan's own curve fits as well as any: the re-forecast is then the plan.</summary>
    public required bool IsThePlan { get; init; }
}
