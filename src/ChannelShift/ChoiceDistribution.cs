using System.Globalization;
using System.Text;

namespace ChannelShift;

/// <summary>A discrete distribution over weighted values (see <see cref="Distribution.Choice"/>).</summary>
internal sealed class ChoiceDistribution : Distribution
{
    private readonly string description;

    /// <summary>The values of positive weight, ascending.</summary>
    private readonly double[] values;

    /// <summary>cumulative[i] = P(X ≤ values[i]); the last is exactly 1.</summary>
    private readonly double[] cumulative;

    private readonly double mean;
    private readonly double standardDeviation;

    private ChoiceDistribution(double[] values, double[] cumulative, double mean, double standardDeviation, string description)
    {
        this.values = values;
        this.cumulative = cumulative;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
        this.description = description;
    }

    public override double Mean => mean;

    public override double StandardDeviation => standardDeviation;

    public override double Minimum => values[0];

    public override double Maximum => values[^1];

    public override string ToString() => description;

    internal static ChoiceDistribution Create(ReadOnlySpan<double> values, ReadOnlySpan<double> weights)
    {
        if (values.IsEmpty)
        {
            throw Preconditions.Fail("values", ProblemCodes.Missing, "none given", "at least one value", null);
        }

        if (weights.Length != values.Length)
        {
            throw Preconditions.Fail("weights", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"{weights.Length} given for {values.Length} values"), "one weight per value", null);
        }

        var total = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            Preconditions.Finite(values[i], string.Create(CultureInfo.InvariantCulture, $"values[{i}]"));
            total += Preconditions.NonNegative(weights[i], string.Create(CultureInfo.InvariantCulture, $"weights[{i}]"));
        }

        if (!(total > 0) || double.IsInfinity(total))
        {
            throw Preconditions.Fail("weights", ProblemCodes.Inconsistent, $"they sum to {Preconditions.Show(total)}", "at least one positive weight and a finite sum", null);
        }

        // Keep the values of positive weight, sorted ascending (stable, so equal values keep their order).
        var order = new List<int>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (weights[i] > 0)
            {
                order.Add(i);
            }
        }

        var valueCopy = values.ToArray();
        order.Sort((x, y) => valueCopy[x] != valueCopy[y] ? valueCopy[x].CompareTo(valueCopy[y]) : x.CompareTo(y));
        var sortedValues = new double[order.Count];
        var cumulative = new double[order.Count];
        var running = 0.0;
        var mean = 0.0;
        for (var k = 0; k < order.Count; k++)
        {
            var w = weights[order[k]];
            sortedValues[k] = valueCopy[order[k]];
            running += w;
            cumulative[k] = running / total;
            mean += w * sortedValues[k];
        }

        cumulative[^1] = 1.0;
        mean /= total;
        var variance = 0.0;
        for (var k = 0; k < order.Count; k++)
        {
            var d = sortedValues[k] - mean;
            variance += weights[order[k]] * d * d;
        }

        var text = new StringBuilder("choice(values [");
        for (var i = 0; i < values.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Preconditions.Show(values[i]));
        }

        text.Append("], weights [");
        for (var i = 0; i < weights.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Preconditions.Show(weights[i]));
        }

        text.Append("])");
        return new ChoiceDistribution(sortedValues, cumulative, mean, Math.Sqrt(variance / total), text.ToString());
    }

    internal override double QuantileCore(double p) => FromUniform(p);

    /// <summary>The smallest value whose cumulative probability is at least <paramref name="u"/> (exact inversion).</summary>
    internal override double FromUniform(double u)
    {
        var c = cumulative;
        if (c.Length <= 8)
        {
            var i = 0;
            while (i < c.Length - 1 && c[i] < u)
            {
                i++;
            }

            return values[i];
        }

        var lo = 0;
        var hi = c.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (c[mid] < u)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return values[lo];
    }

    internal override void FromUniform(Span<double> draws)
    {
        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = FromUniform(draws[i]);
        }
    }
}
