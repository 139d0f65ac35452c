using ChannelShift.Cli.Charts;

namespace ChannelShift.Cli.Tests.Charts;

/// <summary>
/// Plausible chart data for the tests: a seeded, roughly normal NPV sample with a right skew (a channel-shift case
/// whose face-to-face cost is uncertain), a fan over ten years and a tornado of six inputs. Shapes only; no values
/// here are asserted as model results.
/// </summary>
internal static class ChartSamples
{
    internal static double[] NpvSample(int count, int seed = 20250101)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Box–Muller standard normal, then a mild right skew.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            values[i] = 1_900_000 + (650_000 * z) + (90_000 * z * z);
        }

        return values;
    }

    /// <summary>Percentile by linear interpolation between order statistics (as numpy's default), for the marks.</summary>
    internal static NpvPercentiles PercentilesOf(double[] values)
    {
        var sorted = values.Order().ToArray();
        double At(double p)
        {
            var h = (sorted.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, sorted.Length - 1);
            return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
        }

        return new NpvPercentiles(At(0.05), At(0.10), At(0.50), At(0.90), At(0.95));
    }

    internal static (string[] Years, double[] P10, double[] P50, double[] P90) Fan(int years = 11)
    {
        var labels = Enumerable.Range(0, years).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var p10 = new double[years];
        var p50 = new double[years];
        var p90 = new double[years];
        var cumulative = 0.0;
        for (var y = 0; y < years; y++)
        {
            var discount = Math.Pow(1.035, -y);
            var net = y == 0 ? -420_000 : (y == 1 ? 90_000 : 310_000) * discount;
            cumulative += net;
            var spread = 60_000 * y;
            p50[y] = cumulative;
            p10[y] = cumulative - (1.1 * spread);
            p90[y] = cumulative + spread;
        }

        return (labels, p10, p50, p90);
    }

    internal static TornadoRow[] Tornado() =>
    [
        new("Telephone cost per contact", 1_650_000, 2_150_000, "£2.59", "£3.75"),
        new("Face-to-face cost per contact", 1_120_000, 2_790_000, "£4.83", "£9.56"),
        new("Web take-up (share moved)", 1_380_000, 2_420_000, "20%", "40%"),
        new("Discount rate", 2_010_000, 1_800_000, "1.5%", "5%"),
        new("Time to full adoption (years)", 2_060_000, 1_720_000, "1 yr", "4 yrs"),
        new("Web cost per transaction", 1_950_000, 1_860_000, "£0.09", "£0.40"),
    ];
}
