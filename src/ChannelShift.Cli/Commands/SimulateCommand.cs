using System.CommandLine;
using System.Globalization;
using ChannelShift.Cli.Charts;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift simulate FILE --iterations N --seed S</c>: Monte Carlo appraisal with charts.</summary>
internal static class SimulateCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The scenario file; numbers may be distributions (see docs/uncertainty.md), or - to read standard input." };
        var iterations = new Option<string>("--iterations", "-n") { Description = "Iterations, 2 to 100,000,000.", DefaultValueFactory = _ => "100000" };
        var seed = new Option<string>("--seed") { Description = "The seed: the same seed gives the same output, whatever --threads.", DefaultValueFactory = _ => "1" };
        var threads = new Option<string?>("--threads") { Description = "Threads to use (all cores by default); does not change the output." };
        var target = new Option<string?>("--saving-target") { Description = "A final-year saving to beat, e.g. 2000000: gives the probability of exceeding it." };
        var option = new Option<string?>("--option") { Description = "The option to simulate (by name); the one the appraisal ranks first by default." };
        var histogram = new Option<string?>("--histogram") { Description = "Write a histogram of NPV to this .png or .svg file." };
        var fan = new Option<string?>("--fan") { Description = "Write a fan chart of cumulative present value to this .png or .svg file." };
        var force = new Option<bool>("--force") { Description = "Replace a chart file, or the -o file, that exists." };
        var title = new Option<string?>("--title") { Description = "The charts' title (default: the option's name; the subtitle says what is drawn)." };
        var basis = BasisOption.Create();
        var format = FormatOption.Create(markdown: true);
        var command = new Command("simulate", "Monte Carlo appraisal of a scenario with uncertain inputs: NPV percentiles, probability of a positive NPV, a fan of cumulative present value.")
        {
            file, iterations, seed, threads, target, option, histogram, fan, force, title, basis, format,
        };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var problems = new Problems();
            var n = problems.Try(() => (long)Inputs.Integer(parse.GetValue(iterations)!, "--iterations", 2, (int)MonteCarloOptions.MaximumIterations));
            if (!ulong.TryParse(parse.GetValue(seed), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                problems.Add($"--seed: \"{parse.GetValue(seed)}\" is not a seed; expected a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}.");
            }

            var t = parse.GetValue(threads) is { } threadText ? problems.Try(() => (int?)Inputs.Integer(threadText, "--threads", 1, 1024)) : null;
            var goal = parse.GetValue(target) is { } targetText ? problems.Try(() => (decimal?)Inputs.Decimal(targetText, "--saving-target")) : null;
            var force_ = parse.GetValue(force);
            foreach (var path in new[] { parse.GetValue(histogram), parse.GetValue(fan) })
            {
                if (path is not null)
                {
                    problems.Try(() => ChartFile.Check(path, force_));
                }
            }

            problems.ThrowIfAny();
            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            var on = BasisOption.Resolve(scenario, parse.GetValue(basis));
            var index = ScenarioOptions.IndexOf(scenario, parse.GetValue(option), on);
            var options = new MonteCarloOptions(n, s, t, goal, index, on);
            var progress = context.OutputRedirected ? null : new ProgressLine(context.Error);
            var result = MonteCarlo.Run(scenario, options, progress, context.Cancellation);
            progress?.Done();
            if (parse.GetValue(histogram) is { } h)
            {
                ChartRenderer.SaveNpvHistogram(h, force_, result.NpvSample, new NpvPercentiles((double)result.Npv.P5, (double)result.Npv.P10, (double)result.Npv.P50, (double)result.Npv.P90, (double)result.Npv.P95), result.Currency, (parse.GetValue(title) ?? result.OptionName) + "\n" + (result.NpvSample.Count < result.Iterations ? $"{NpvName(result.Basis)}: the first {result.NpvSample.Count.ToString("#,##0", CultureInfo.InvariantCulture)} of {result.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations" : $"{NpvName(result.Basis)} over {result.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations"));
            }

            if (parse.GetValue(fan) is { } f)
            {
                ChartRenderer.SaveFan(f, force_, result.Fan.Select(y => y.Label).ToList(), result.Fan.Select(y => (double)y.P10).ToList(), result.Fan.Select(y => (double)y.P50).ToList(), result.Fan.Select(y => (double)y.P90).ToList(), result.Currency, (parse.GetValue(title) ?? result.OptionName) + "\n" + (result.FanIterations < result.Iterations
                    ? $"{FanName(result.Basis)}, P10 to P90: the first {result.FanIterations.ToString("#,##0", CultureInfo.InvariantCulture)} of {result.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations"
                    : $"{FanName(result.Basis)}, P10 to P90, over {result.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations"));
            }

            Write(context, output, result);
            return CliApp.Ok;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, SimulationResult r)
    {
        var fanNote = r.FanIterations < r.Iterations
            ? $"the fan is computed from the first {r.FanIterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations (a stored subsample)"
            : null;
        switch (format)
        {
            case OutputFormat.Json:
                context.Output.WriteLine(ResultJson.Serialize(r));
                break;
            case OutputFormat.Csv:
                var csv = new Csv(context.Output);
                csv.Row("basis", "measure", "mean", "stdDev", "p5", "p10", "p50", "p90", "p95");
                foreach (var (name, s) in new[] { ("npv", r.Npv), ("finalYearSaving", r.FinalYearSaving) })
                {
                    csv.Row(ResultJson.KeyOf(r.Basis), name, s.Mean, s.StdDev, s.P5, s.P10, s.P50, s.P90, s.P95);
                }

                break;
            default:
                if (format == OutputFormat.Table)
                {
                    context.WrapProse();
                }

                var o = context.Output;
                var c = r.Currency;
                var md = format == OutputFormat.Markdown;
                o.WriteLine($"{r.OptionName}: Monte Carlo over {r.Iterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations (seed {r.Seed.ToString(CultureInfo.InvariantCulture)}), {CaseText.Name(r.Basis)}");
                if (md)
                {
                    o.WriteLine();
                }

                var indent = md ? "- " : "  ";
                foreach (var input in r.Inputs)
                {
                    o.WriteLine($"{indent}uncertain: {input}");
                }

                if (r.Inputs.Count == 0)
                {
                    o.WriteLine($"{indent}No input has a distribution: every iteration is the appraisal.");
                }

                var table = new TextTable(null, [TextColumn.Text("Measure"), .. new[] { "Mean", "Std dev", "P5", "P10", "P50", "P90", "P95" }.Select(TextColumn.Figure)]);
                foreach (var (name, s) in new[] { (NpvName(r.Basis), r.Npv), (r.Basis == Appraisal.Basis.Cashable ? "Final-year cashable saving" : "Final-year saving", r.FinalYearSaving) })
                {
                    table.AddRow(name, Show.Money(s.Mean, c), Show.Money(s.StdDev, c), Show.Money(s.P5, c), Show.Money(s.P10, c), Show.Money(s.P50, c), Show.Money(s.P90, c), Show.Money(s.P95, c));
                }

                context.Write(table, format);
                o.WriteLine($"Probability that {NpvName(r.Basis)} > 0: {Show.Percent(r.ProbabilityNpvPositive, "0.0")}");
                if (r.ProbabilityFinalYearSavingAboveTarget is { } p)
                {
                    o.WriteLine($"Probability that the final year's {(r.Basis == Appraisal.Basis.Cashable ? "cashable saving" : "saving")} exceeds {Show.Money(r.SavingTarget!.Value, c)}: {Show.Percent(p, "0.0")}");
                }

                if (md)
                {
                    o.WriteLine();
                }

                var fanTable = new TextTable(FanName(r.Basis), TextColumn.Label("Year"), TextColumn.Figure("P10"), TextColumn.Figure("P50"), TextColumn.Figure("P90"));
                foreach (var y in r.Fan)
                {
                    fanTable.AddRow(y.Label, Show.Money(y.P10, c), Show.Money(y.P50, c), Show.Money(y.P90, c));
                }

                context.Write(fanTable, format);
                if (fanNote is not null)
                {
                    o.WriteLine($"Note: {fanNote}.");
                }

                break;
        }
    }

    private static string NpvName(Appraisal.Basis basis) => basis == Appraisal.Basis.Cashable ? "Cashable NPV" : "NPV";

    private static string FanName(Appraisal.Basis basis) => basis == Appraisal.Basis.Cashable ? "Cumulative cashable present value" : "Cumulative present value";
}
