using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ChannelShift.Tracking;

/// <summary>
/// Fits the shifts' adoption to the take-up observed in actuals by least squares: minimises Σ over months of
/// (observed take-up − the curve's take-up)², the curve's take-up of a month being the plan's contacts at full take-up
/// on the source channels × a(t) of its year, over those at full take-up. What is fitted is what the months can
/// identify: with fewer than 12 months, a delay d (a(t − d)); otherwise a linear curve's years or an s-curve's growth
/// rate and midpoint (target held at the plan's), scaled or shifted together when there are several shifts; curves
/// of mixed kinds, and immediate ones, get a delay.
/// </summary>
internal static class AdoptionFitter
{
    /// <summary>The search ranges, wide enough for any plausible programme: a linear curve's years or an s-curve's
    /// growth rate scaled by 0.1 to 10, a delay from 3 years early to 10 years late, a midpoint moved by up to 5 years.
    /// A fit at an end of its range says so.</summary>
    private const double MinScale = 0.1;
    private const double MaxScale = 10;
    private const double EarliestDelay = -3;
    private const double LatestDelay = 10;
    private const double MidpointShift = 5;

    /// <summary>The plan's curve is kept when its sum of squares is within this relative margin (or this absolute
    /// amount, for a perfect fit) of the fitted one's: the optimiser's own tolerance, so that actuals equal to the plan
    /// give the plan back exactly rather than a curve a rounding error away.</summary>
    private const double SameFitRelative = 1e-9;
    private const double SameFitAbsolute = 1e-18;

    /// <summary>One month's observation: its year, the take-up observed, and each shift's weight (contacts at full
    /// take-up leaving the source that month, over the month's total).</summary>
    internal readonly record struct Observation(int Year, double TakeUp, double[] Weights);

    internal static (AdoptionFit Fit, AdoptionCurve[] Curves) Fit(AdoptionCurve[] plan, IReadOnlyList<Observation> months)
    {
        if (months.Count == 0 || plan.Length == 0)
        {
            return (new AdoptionFit { Kind = "none", Parameters = new Dictionary<string, double>(), Description = "no month with a shift under way: the plan stands", MonthsFitted = 0, RootMeanSquareError = 0, IsThePlan = true }, plan);
        }

        double Sse(AdoptionCurve[] curves)
        {
            var sum = 0.0;
            foreach (var m in months)
            {
                var model = 0.0;
                for (var s = 0; s < curves.Length; s++)
                {
                    model += m.Weights[s] * curves[s].Fraction(m.Year);
                }

                sum += (m.TakeUp - model) * (m.TakeUp - model);
            }

            return sum;
        }

        var planSse = Sse(plan);
        string kind;
        Dictionary<string, double> parameters;
        AdoptionCurve[] fitted;
        string description;
        var atLimit = false;
        var allLinear = plan.All(c => c.IsLinear);
        var allS = plan.All(c => c.IsSCurve);
        if (months.Count >= 12 && allLinear)
        {
            var scale = Minimise1(x => Sse(Linear(plan, Math.Exp(x))), Math.Log(MinScale), Math.Log(MaxScale));
            atLimit = Math.Abs(scale - Math.Log(MinScale)) < 1e-6 || Math.Abs(scale - Math.Log(MaxScale)) < 1e-6;
            fitted = Linear(plan, Math.Exp(scale));
            kind = "linear";
            parameters = plan.Length == 1 ? new() { ["years"] = plan[0].Years * Math.Exp(scale) } : new() { ["yearsScale"] = Math.Exp(scale) };
            description = plan.Length == 1
                ? $"linear over {Show(plan[0].Years * Math.Exp(scale))} years (plan: {Show(plan[0].Years)})"
                : $"linear, each shift's years × {Show(Math.Exp(scale))}";
        }
        else if (months.Count >= 12 && allS)
        {
            var best = Minimise2(p => Sse(Logistic(plan, Math.Exp(p[0]), p[1])), (Math.Log(MinScale), Math.Log(MaxScale)), (-MidpointShift, MidpointShift));
            atLimit = Math.Abs(Math.Abs(best.X) - Math.Log(MaxScale)) < 1e-6 || Math.Abs(Math.Abs(best.Y) - MidpointShift) < 1e-6;
            fitted = Logistic(plan, Math.Exp(best.X), best.Y);
            kind = "s-curve";
            if (plan.Length == 1)
            {
                parameters = new() { ["growthRate"] = fitted[0].GrowthRate, ["midpoint"] = fitted[0].Midpoint };
                description = $"s-curve with growth rate {Show(fitted[0].GrowthRate)} a year and midpoint in year {Show(fitted[0].Midpoint)} (plan: {Show(plan[0].GrowthRate)} and {Show(plan[0].Midpoint)})";
            }
            else
            {
                parameters = new() { ["growthRateScale"] = Math.Exp(best.X), ["midpointShift"] = best.Y };
                description = $"s-curves, each growth rate × {Show(Math.Exp(best.X))} and midpoint {(best.Y >= 0 ? "later" : "earlier")} by {Show(Math.Abs(best.Y))} years";
            }
        }
        else
        {
            var delay = Minimise1(d => Sse(Delayed(plan, d)), EarliestDelay, LatestDelay);
            atLimit = Math.Abs(delay - EarliestDelay) < 1e-6 || Math.Abs(delay - LatestDelay) < 1e-6;
            fitted = Delayed(plan, delay);
            kind = "delay";
            parameters = new() { ["delayYears"] = delay };
            description = $"the plan's curve{(plan.Length == 1 ? string.Empty : "s")} {(delay >= 0 ? "delayed" : "brought forward")} by {(Math.Abs(delay) * 12).ToString("0.0", CultureInfo.InvariantCulture)} months";
        }

        if (atLimit)
        {
            description += " (at the end of the range searched: the actuals show little or no take-up of the plan's kind)";
        }

        var fittedSse = Sse(fitted);
        var isThePlan = planSse <= (fittedSse * (1 + SameFitRelative)) + SameFitAbsolute;
        if (isThePlan)
        {
            fitted = plan;
            fittedSse = planSse;
            description = "the plan's curve: the actuals follow it (" + description + " fits no better)";
        }

        return (new AdoptionFit { Kind = kind, Parameters = parameters, Description = description, MonthsFitted = months.Count, RootMeanSquareError = Math.Sqrt(fittedSse / months.Count), IsThePlan = isThePlan }, fitted);
    }

    private static AdoptionCurve[] Linear(AdoptionCurve[] plan, double scale) =>
        Array.ConvertAll(plan, c => AdoptionCurve.Linear(c.Years * scale));

    private static AdoptionCurve[] Delayed(AdoptionCurve[] plan, double delay) =>
        Array.ConvertAll(plan, c => c.Delayed(delay));

    /// <summary>Each s-curve with its growth rate × <paramref name="scale"/> and its midpoint later by
    /// <paramref name="shift"/> years: k' = scale × k, m' = m + shift, a'(1) = σ(k'(1 − m')).</summary>
    private static AdoptionCurve[] Logistic(AdoptionCurve[] plan, double scale, double shift) =>
        Array.ConvertAll(plan, c =>
        {
            var midpoint = c.Midpoint + shift;
            var k2 = c.GrowthRate * scale;
            var target = c.Target;
            var years = midpoint + (Math.Log(target / (1 - target)) / k2);
            return AdoptionCurve.Logistic(k2, k2 * (1 - midpoint), $"s-curve from {Show(1.0 / (1.0 + Math.Exp(-(k2 * (1 - midpoint)))))} to {Show(target)} over {Show(years)} years");
        });

    /// <summary>A one-dimensional minimum: the best of 200 points across [lower, upper], refined by golden-section
    /// search between its neighbours to 1e-10.</summary>
    private static double Minimise1(Func<double, double> f, double lower, double upper)
    {
        const int Points = 200;
        var step = (upper - lower) / Points;
        var best = lower;
        var bestValue = f(lower);
        for (var i = 1; i <= Points; i++)
        {
            var x = lower + (i * step);
            var v = f(x);
            if (v < bestValue)
            {
                best = x;
                bestValue = v;
            }
        }

        var a = Math.Max(lower, best - step);
        var b = Math.Min(upper, best + step);
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var c = b - (ratio * (b - a));
        var d = a + (ratio * (b - a));
        var fc = f(c);
        var fd = f(d);
        for (var i = 0; i < 200 && b - a > 1e-10; i++)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (ratio * (b - a));
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (ratio * (b - a));
                fd = f(d);
            }
        }

        var mid = (a + b) / 2;
        return f(mid) <= bestValue ? mid : best;
    }

    /// <summary>A two-dimensional minimum: the best of a 41 × 41 grid, refined by Nelder–Mead (MathNet.Numerics).</summary>
    private static (double X, double Y) Minimise2(Func<double[], double> f, (double Lower, double Upper) x, (double Lower, double Upper) y)
    {
        const int Points = 40;
        var best = (X: x.Lower, Y: y.Lower);
        var bestValue = double.PositiveInfinity;
        for (var i = 0; i <= Points; i++)
        {
            for (var j = 0; j <= Points; j++)
            {
                var px = x.Lower + ((x.Upper - x.Lower) * i / Points);
                var py = y.Lower + ((y.Upper - y.Lower) * j / Points);
                var v = f([px, py]);
                if (v < bestValue)
                {
                    best = (px, py);
                    bestValue = v;
                }
            }
        }

        try
        {
            var objective = ObjectiveFunction.Value(p => f([p[0], p[1]]));
            var result = NelderMeadSimplex.Minimum(objective, Vector<double>.Build.DenseOfArray([best.X, best.Y]), 1e-14, 5000);
            var point = result.MinimizingPoint;
            return f([point[0], point[1]]) <= bestValue ? (point[0], point[1]) : best;
        }
        catch (MaximumIterationsException)
        {
            return best;
        }
    }

    private static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
