using ChannelShift.Serialization;
using ChannelShift.Tests.Support;
using ChannelShift.Uncertainty;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// docs/uncertainty.md answers the report's question with its uncertainty: given the spread of published face-to-face
/// costs, how likely is "over £2 million"? docs/examples/bdo-2012-uncertain.json halves 50,000 face-to-face visits a
/// month (300,000 visits a year no longer needed) at a cost per visit of triangular(4.83, 7.40, 9.56): the Socitm
/// 2008–09 minimum and maximum across councils (shared reference unit-costs.md, "Ranges worth knowing") around the
/// Socitm 2010 figure (fixtures.md §1). The doc derives the probability by hand; these tests hold a seeded Monte Carlo
/// run of the file to that derivation, within a bound taken from the binomial standard error.
/// </summary>
public class UncertaintyExampleTests
{
    // The triangular distribution of the cost per visit (lowest, most likely, highest).
    private const double A = 4.83;
    private const double M = 7.40;
    private const double B = 9.56;

    // 50,000 visits a month × 12 × one half, all no longer needed: the final year's saving is 300,000 × cost.
    private const double VisitsRemovedPerYear = 300_000;
    private const decimal Target = 2_000_000m;

    private const long Iterations = 1_000_000;
    private const ulong Seed = 2012;

    private static readonly Lazy<Scenario> Example = new(() =>
    {
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "bdo-2012-uncertain.json"));
        return ScenarioReader.Read(file, "bdo-2012-uncertain.json");
    });

    private static readonly Lazy<SimulationResult> Simulated = new(() =>
        MonteCarlo.Run(Example.Value, new MonteCarloOptions(Iterations, Seed, threads: null, savingTarget: Target)));

    [Fact]
    public void Example_Input_IsTheTriangularCostPerVisit()
    {
        var input = Example.Value.Uncertainty.Inputs.Should().ContainSingle().Subject;

        Example.Value.Describe(input.Input).Path.Should().Be("$.unitCosts.overrides.face-to-face");
        input.Input.Should().Be(ScenarioInput.UnitCost(Channel.FaceToFace));
        input.Distribution.Minimum.Should().Be(A);
        input.Distribution.Maximum.Should().Be(B);
        Tolerance.Relative((A + M + B) / 3, input.Distribution.Mean, 1e-15, "mean (a + m + b)/3");
    }

    [Fact]
    public void AnalyticProbability_ByHand_Is790448Over1094049()
    {
        // Saving > 2,000,000 ⇔ 300,000 × cost > 2,000,000 ⇔ cost > x = 6.6666…, and a ≤ x ≤ m, so
        // P(cost > x) = 1 − (x − a)²/((b − a)(m − a)). In hundredths: x − a = 1.836666… = 551/300,
        // (b − a)(m − a) = 4.73 × 2.57 = 12.1561, so P = 1 − (551/300)²/12.1561 = 1 − 303,601/1,094,049
        // = 790,448/1,094,049 = 0.72249780…
        var p = AnalyticProbabilityAbove(2_000_000 / VisitsRemovedPerYear);

        Tolerance.Relative(790_448.0 / 1_094_049.0, p, 1e-14, "P(saving > £2m)");
        Tolerance.Absolute(0.7224978, p, 1e-7, "P(saving > £2m)");
    }

    [Fact]
    public void SimulatedProbability_SeededRun_AgreesWithTheAnalyticValueWithinFourStandardErrors()
    {
        var p = AnalyticProbabilityAbove((double)Target / VisitsRemovedPerYear);

        // The simulated share is a binomial proportion over n independent iterations: standard error √(p(1 − p)/n).
        var bound = 4 * Math.Sqrt(p * (1 - p) / Iterations);
        var simulated = Simulated.Value.ProbabilityFinalYearSavingAboveTarget;

        simulated.Should().NotBeNull("a saving target was given");
        Tolerance.Absolute(p, simulated!.Value, bound, "P(final-year saving > £2m)");
    }

    [Fact]
    public void SimulatedMeanSaving_SeededRun_AgreesWithTheAnalyticMeanWithinFourStandardErrors()
    {
        // Mean saving 300,000 × (a + m + b)/3 = 300,000 × 21.79/3 = 2,179,000; the standard deviation of a triangular
        // is √((a² + m² + b² − am − ab − mb)/18), so the standard error of the mean is 300,000 × that / √n.
        var mean = VisitsRemovedPerYear * (A + M + B) / 3;
        var sd = VisitsRemovedPerYear * Math.Sqrt(((A * A) + (M * M) + (B * B) - (A * M) - (A * B) - (M * B)) / 18);
        var bound = 4 * sd / Math.Sqrt(Iterations);

        Tolerance.Absolute(2_179_000, mean, 1e-6, "mean by hand");
        Tolerance.Absolute(mean, (double)Simulated.Value.FinalYearSaving.Mean, bound, "mean final-year saving");
    }

    /// <summary>P(X &gt; x) for X ~ triangular(a, m, b) and a ≤ x ≤ m: 1 − (x − a)²/((b − a)(m − a)).</summary>
    private static double AnalyticProbabilityAbove(double x)
    {
        x.Should().BeInRange(A, M, "the formula holds on the rising side of the triangle");
        return 1 - ((x - A) * (x - A) / ((B - A) * (M - A)));
    }
}
