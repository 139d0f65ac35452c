using System.Globalization;
using System.Text;
using ChannelShift.Serialization;
using CsCheck;

namespace ChannelShift.Tests.Support;

/// <summary>
/// Random scenario files for property tests, written as JSON and read by <see cref="ScenarioReader"/>, so every path a
/// file can take is exercised: several options (listed or at the top), shifts with mixes, the three adoption curves,
/// failure demand, assisted digital, digital exclusion, one-off and recurring costs, demand growth, Green Book or
/// constant-rate discounting, optimism bias, unit costs of several price years rebased by a GDP deflator (a rate or an
/// index), cost behaviour with a variable share, Erlang C staffing with a handling-time rise, fixed steps, and uncertain
/// inputs of every kind with correlations. Each scenario is built from one seed, which a failing sample reports.
/// </summary>
public static class GeneratedScenarios
{
    /// <summary>Which features a generated scenario may use.</summary>
    public enum Features
    {
        /// <summary>Everything, including cost behaviour and uncertain growth, discount rate and adoption years.</summary>
        All,

        /// <summary>Everything the Monte Carlo fast path takes: no cost behaviour and no digital exclusion, and growth,
        /// the discount rate and linear curves' years fixed (everything else may be uncertain).</summary>
        FastPath,
    }

    /// <summary>Scenarios with the given features, as (seed, scenario).</summary>
    public static Gen<(int Seed, Scenario Scenario)> Of(Features features) =>
        Gen.Int.Select(seed => (seed, ScenarioReader.Parse(Json(seed, features), $"generated-{seed}.json")));

    /// <summary>The scenario file of a seed.</summary>
    public static string Json(int seed, Features features)
    {
        var random = new Random(seed);
        var all = features == Features.All;
        var w = new StringBuilder();
        string N(double value, int places = 4) => Math.Round(value, places).ToString("0.####", CultureInfo.InvariantCulture);
        double Between(double low, double high) => low + (random.NextDouble() * (high - low));
        bool Chance(double p) => random.NextDouble() < p;

        // Uncertain numbers: each appears as a distribution whose mean is near the value, or as the value itself.
        var uncertain = new List<string>();
        string Maybe(double value, string path, double spread, bool allowed = true, double? floor = null, double? ceiling = null)
        {
            if (!allowed || !Chance(0.35))
            {
                return N(value);
            }

            uncertain.Add(path);
            var low = Math.Max(floor ?? double.MinValue, value * (1 - spread));
            var high = Math.Min(ceiling ?? double.MaxValue, value * (1 + spread));
            if (value < 0)
            {
                (low, high) = (value * (1 + spread), value * (1 - spread));
            }

            low = Math.Round(low, 6);
            high = Math.Round(high, 6);
            if (high < low + 0.001)
            {
                high = low + 0.001;
            }

            return random.Next(3) switch
            {
                0 => $"{{ \"uniform\": [{N(low, 6)}, {N(high, 6)}] }}",
                1 => $"{{ \"triangular\": [{N(low, 6)}, {N(Between(low, high), 6)}, {N(high, 6)}] }}",
                _ => $"{{ \"pert\": [{N(low, 6)}, {N(Between(low, high), 6)}, {N(high, 6)}] }}",
            };
        }

        var priceYear = random.Next(3) switch { 0 => 2011, 1 => 2015, _ => 2020 };
        w.Append("{ \"name\": \"Generated ").Append(seed).Append("\",\n");
        w.Append("  \"unitCosts\": { \"catalogue\": \"socitm-2012\", \"priceYear\": ").Append(priceYear).Append(", \"overrides\": {");
        w.Append(" \"email\": ").Append(Maybe(Between(1, 4), "$.unitCosts.overrides.email", 0.3));
        w.Append(", \"webchat\": ").Append(Maybe(Between(0.8, 3), "$.unitCosts.overrides.webchat", 0.3));
        if (Chance(0.5))
        {
            w.Append(", \"face-to-face\": ").Append(Maybe(Between(5, 12), "$.unitCosts.overrides.face-to-face", 0.3));
        }

        if (Chance(0.5))
        {
            w.Append(", \"telephone\": ").Append(Maybe(Between(2, 6), "$.unitCosts.overrides.telephone", 0.3));
        }

        // Now and then a council says email is not digital for it (handled by a person, say).
        var emailDigital = !Chance(0.15);
        w.Append(" }").Append(emailDigital ? "" : ", \"digital\": { \"email\": false }").Append(" },\n");

        var period = random.Next(4) switch { 0 => ("month", 12.0), 1 => ("week", 52.0), 2 => ("quarter", 4.0), _ => ("year", 1.0) };
        var annual = new Dictionary<string, double>
        {
            ["face-to-face"] = Math.Round(Between(20_000, 300_000)),
            ["telephone"] = Math.Round(Between(40_000, 500_000)),
            ["web"] = Math.Round(Between(50_000, 2_000_000)),
        };
        if (Chance(0.4))
        {
            annual["email"] = Math.Round(Between(5_000, 80_000));
        }

        w.Append("  \"baseline\": { \"period\": \"").Append(period.Item1).Append("\", \"volumes\": {");
        w.AppendJoin(",", annual.Select(p => $" \"{p.Key}\": {Maybe(p.Value / period.Item2, "$.baseline.volumes." + p.Key, 0.2)}"));
        w.Append(" } },\n");
        if (Chance(0.7))
        {
            w.Append("  \"demandGrowth\": ").Append(Maybe(Between(-0.03, 0.05), "$.demandGrowth", 0.5, all, -0.5, 0.5)).Append(",\n");
        }

        var years = random.Next(3, 16);
        var constantRate = Chance(0.4);
        var optionCount = random.Next(1, 4);
        var listed = optionCount > 1 || Chance(0.5);
        var options = new List<string>();
        for (var o = 0; o < optionCount; o++)
        {
            var prefix = listed ? $"$.options[{o}]" : "$";
            var shifts = new List<string>();
            var sources = random.Next(2) == 0 ? new[] { "face-to-face" } : new[] { "face-to-face", "telephone" };
            var shiftCount = random.Next(1, 3);
            for (var s = 0; s < shiftCount; s++)
            {
                var from = sources[s % sources.Length];
                var at = $"{prefix}.shifts[{s}]";
                var pool = new List<string> { "web", "email", "webchat", "avoided" };
                if (from != "telephone")
                {
                    pool.Add("telephone");
                }

                var picks = pool.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                var tenths = Split(random, picks.Count);
                var to = picks.Count == 1
                    ? $"\"{picks[0]}\""
                    : "{ " + string.Join(", ", picks.Select((p, i) => $"\"{p}\": {N(tenths[i] / 10.0)}")) + " }";
                var shift = new StringBuilder();
                shift.Append("{ \"name\": \"Shift ").Append(o).Append('.').Append(s).Append("\", \"from\": \"").Append(from).Append('"');
                shift.Append(", \"share\": ").Append(Maybe(Between(0.05, 0.45), at + ".share", 0.3, true, 0, 0.49));
                shift.Append(", \"to\": ").Append(to);
                switch (random.Next(3))
                {
                    case 0:
                        break;
                    case 1:
                        shift.Append(", \"adoption\": { \"curve\": \"linear\", \"years\": ").Append(Maybe(random.Next(1, 9) / 2.0, at + ".adoption.years", 0.4, all, 0.5)).Append(" }");
                        break;
                    default:
                        var start = Between(0.1, 0.3);
                        shift.Append(", \"adoption\": { \"curve\": \"s-curve\", \"start\": ").Append(N(start)).Append(", \"target\": ").Append(N(Between(0.6, 0.9))).Append(", \"years\": ").Append(random.Next(3, 7)).Append(" }");
                        break;
                }

                // Failure demand, assisted digital and digital exclusion act on the contacts moved to digital channels.
                var digital = picks.Any(p => p is "web" or "webchat" || (p == "email" && emailDigital));
                if (digital && Chance(0.5))
                {
                    var returns = Chance(0.3)
                        ? "{ \"telephone\": " + N(0.7) + ", \"face-to-face\": " + N(0.3) + " }"
                        : from == "telephone" || Chance(0.3) ? "\"face-to-face\"" : "\"telephone\"";
                    shift.Append(", \"failureDemand\": { \"share\": ").Append(Maybe(Between(0.05, 0.3), at + ".failureDemand.share", 0.3, true, 0, 1)).Append(", \"returnsTo\": ").Append(returns).Append(" }");
                }

                if (digital && Chance(0.5))
                {
                    shift.Append(", \"assistedDigital\": { \"share\": ").Append(Maybe(Between(0.05, 0.5), at + ".assistedDigital.share", 0.3, true, 0, 1))
                        .Append(", \"cost\": ").Append(Maybe(Between(1, 5), at + ".assistedDigital.cost", 0.3, true, 0)).Append(" }");
                }

                // Digital exclusion makes the fractions depend on the share, which the fast path does not model.
                if (all && digital && Chance(0.3))
                {
                    shift.Append(", \"digitalExclusion\": ").Append(N(Between(0.5, 0.9)));
                }

                shift.Append(" }");
                shifts.Add(shift.ToString());
            }

            var costs = new List<string>();
            var costCount = random.Next(1, 4);
            for (var c = 0; c < costCount; c++)
            {
                var amountPath = $"{prefix}.costs[{c}].amount";
                costs.Add(Chance(0.5)
                    ? $"{{ \"name\": \"Build {c}\", \"type\": \"one-off\", \"year\": {random.Next(0, Math.Min(3, years + 1))}, \"amount\": {Maybe(Between(10_000, 500_000), amountPath, 0.3, true, 0)} }}"
                    : $"{{ \"name\": \"Run {c}\", \"type\": \"recurring\", \"fromYear\": {random.Next(0, 3)}{(Chance(0.5) ? $", \"toYear\": {random.Next(2, years + 1)}" : string.Empty)}, \"amount\": {Maybe(Between(5_000, 100_000), amountPath, 0.3, true, 0)} }}");
            }

            var body = $"\"shifts\": [\n    {string.Join(",\n    ", shifts)} ],\n  \"costs\": [ {string.Join(", ", costs)} ]";
            options.Add(listed ? $"{{ \"name\": \"Option {o}\", {body} }}" : body);
        }

        w.Append(listed ? "  \"options\": [\n  " + string.Join(",\n  ", options) + " ],\n" : "  " + options[0] + ",\n");

        if (all && Chance(0.6))
        {
            var behaviours = new List<string>();
            foreach (var channel in new[] { "face-to-face", "telephone" }.Where(_ => Chance(0.7)))
            {
                var parts = new List<string>();
                if (Chance(0.5))
                {
                    parts.Add($"\"variableShare\": {N(Between(0, 1))}");
                }

                if (Chance(0.6))
                {
                    // A week of three long intervals keeps Erlang C quick; shares sum to 1 exactly.
                    var tenths = Split(random, 3);
                    var intervals = string.Join(", ", Enumerable.Range(0, 3).Select(i => $"{{ \"hours\": {random.Next(8, 17)}, \"share\": {N(tenths[i] / 10.0)} }}"));
                    var at = "$.costBehaviour." + channel;
                    parts.Add($"\"staffing\": {{ \"handlingTimeSeconds\": {Maybe(random.Next(120, 601), at + ".staffing.handlingTimeSeconds", 0.2, true, 1)}, \"serviceLevel\": 0.8, \"answerWithinSeconds\": {random.Next(20, 301)}, \"shrinkage\": {Maybe(Between(0, 0.35), at + ".staffing.shrinkage", 0.3, true, 0, 0.9)}, \"openingHours\": {{ \"intervals\": [ {intervals} ], \"weeksPerYear\": 52 }}, \"hoursPerFte\": 1650, \"costPerFte\": {Maybe(Math.Round(Between(25_000, 40_000)), at + ".staffing.costPerFte", 0.2, true, 0)}, \"releaseCostPerFte\": {Maybe(Math.Round(Between(0, 20_000)), at + ".staffing.releaseCostPerFte", 0.3, true, 0)} }}");
                    if (Chance(0.5))
                    {
                        parts.Add($"\"handlingTimeRise\": {Maybe(Between(0, 0.2), at + ".handlingTimeRise", 0.5, true, 0, 2)}");
                    }
                }

                if (Chance(0.6))
                {
                    var steps = Enumerable.Range(0, random.Next(1, 3)).Select(i =>
                        $"{{ \"name\": \"{channel} step {i}\", \"annualCost\": {Maybe(Math.Round(Between(50_000, 300_000)), $"$.costBehaviour.{channel}.fixed[{i}].annualCost", 0.3, true, 0)}, \"closesBelow\": {Math.Round(annual[channel] * Between(0.4, 1.05))}, \"earliestYear\": {random.Next(1, 5)}, \"closureCost\": {Maybe(Math.Round(Between(0, 100_000)), $"$.costBehaviour.{channel}.fixed[{i}].closureCost", 0.3, true, 0)} }}");
                    parts.Add($"\"fixed\": [ {string.Join(", ", steps)} ]");
                }

                behaviours.Add($"\"{channel}\": {{ {string.Join(", ", parts)} }}");
            }

            if (behaviours.Count > 0)
            {
                w.Append("  \"costBehaviour\": { ").AppendJoin(", ", behaviours).Append(" },\n");
            }
        }

        w.Append("  \"appraisal\": { \"years\": ").Append(years).Append(", \"firstYear\": 2025");
        w.Append(", \"discounting\": ").Append(constantRate
            ? $"{{ \"rate\": {Maybe(Between(0, 0.08), "$.appraisal.discounting.rate", 0.5, all, 0, 0.2)} }}"
            : Chance(0.5) ? "\"green-book\"" : "\"green-book-health\"");
        if (Chance(0.6))
        {
            w.Append(", \"optimismBias\": { \"oneOff\": ").Append(N(Between(0, 0.6))).Append(", \"recurring\": ").Append(N(Between(0, 0.3))).Append(", \"benefits\": ").Append(N(Chance(0.5) ? 0 : Between(0, 0.3))).Append(" }");
        }

        if (Chance(0.6))
        {
            w.Append(", \"priceBaseYear\": 2025, \"gdpDeflator\": ").Append(Chance(0.5)
                ? $"{{ \"rate\": {N(Between(0.01, 0.04))} }}"
                : $"{{ \"index\": {{ \"2011\": {N(Between(70, 80))}, \"2015\": {N(Between(80, 85))}, \"2020\": {N(Between(88, 95))}, \"2025\": 100 }} }}");
        }

        w.Append(" }");
        if (uncertain.Count >= 2 && Chance(0.4))
        {
            var pair = uncertain.OrderBy(_ => random.Next()).Take(2).ToList();
            w.Append(",\n  \"correlations\": [ { \"between\": [\"").Append(pair[0]).Append("\", \"").Append(pair[1]).Append("\"], \"rank\": ").Append(N(Between(-0.6, 0.8))).Append(" } ]");
        }

        w.Append("\n}\n");
        return w.ToString();
    }

    /// <summary>Ten tenths split among <paramref name="parts"/> parts, each at least one.</summary>
    private static int[] Split(Random random, int parts)
    {
        var tenths = Enumerable.Repeat(1, parts).ToArray();
        for (var left = 10 - parts; left > 0; left--)
        {
            tenths[random.Next(parts)]++;
        }

        return tenths;
    }
}
