using System.CommandLine;
using System.Globalization;
using ChannelShift.Cli.Charts;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift sensitivity FILE</c>: tornado and switching values.</summary>
internal static class SensitivityCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The scenario file, or - to read standard input." };
        var option = new Option<string?>("--option") { Description = "The option to analyse (by name); the one the appraisal ranks first by default." };
        var range = new Option<string[]>("--range") { Description = "Swing a plain number over a stated range, PATH=LOW:HIGH, e.g. '$.demandGrowth=0:0.03' (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var tornado = new Option<string?>("--tornado") { Description = "Write a tornado chart to this .png or .svg file." };
        var force = new Option<bool>("--force") { Description = "Replace a chart file, or the -o file, that exists." };
        var title = new Option<string?>("--title") { Description = "The chart's title (default: the option's name and what is swung)." };
        var basis = BasisOption.Create();
        var format = FormatOption.Create(markdown: true);
        var summary = SummaryOption.Create("one row of headline figures: the option, the basis, the base-case NPV, the inputs swung and the one that swings the NPV most");
        var command = new Command("sensitivity", "Tornado (each uncertain input across its P10–P90, or a stated range) and switching values (where NPV is zero).")
        {
            file, option, range, tornado, force, title, basis, format, summary,
        };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format), markdown: true);
            var headline = SummaryOption.Parse(parse.GetValue(summary), output, parse.GetValue(format));
            if (parse.GetValue(tornado) is { } chart)
            {
                ChartFile.Check(chart, parse.GetValue(force));
            }

            var scenario = ScenarioFile.Load(parse.GetValue(file)!, context);
            var on = BasisOption.Resolve(scenario, parse.GetValue(basis));
            var index = ScenarioOptions.IndexOf(scenario, parse.GetValue(option), on);
            var ranges = new List<SwingRange>();
            var problems = new List<string>();
            foreach (var item in parse.GetValue(range) ?? [])
            {
                var eq = item.LastIndexOf('=');
                var colon = eq < 0 ? -1 : item.IndexOf(':', eq);
                if (eq <= 0 || colon < 0)
                {
                    problems.Add($"--range: \"{item}\" is not PATH=LOW:HIGH; expected e.g. $.demandGrowth=0:0.03.");
                    continue;
                }

                var path = item[..eq].Trim();
                path = path.StartsWith('$') ? path : "$." + path;
                InputDescription input;
                try
                {
                    input = scenario.FindInput(index, path);
                }
                catch (InputValidationException ex)
                {
                    problems.AddRange(Messages.Of(ex, "--range"));
                    continue;
                }

                try
                {
                    var low = Inputs.Double(item[(eq + 1)..colon], $"--range {path} low", count: false);
                    var high = Inputs.Double(item[(colon + 1)..], $"--range {path} high", count: false);
                    if (high <= low)
                    {
                        problems.Add($"--range {path}: high {high.ToString("R", CultureInfo.InvariantCulture)} is not above low {low.ToString("R", CultureInfo.InvariantCulture)}; expected LOW < HIGH.");
                        continue;
                    }

                    ranges.Add(new SwingRange(input.Input, low, high));
                }
                catch (UserInputException ex)
                {
                    problems.AddRange(ex.Lines);
                }
            }

            if (problems.Count > 0)
            {
                throw new UserInputException(problems);
            }

            var progress = context.OutputRedirected ? null : new ProgressLine(context.Error);
            var result = Sensitivity.Analyse(scenario, ranges, index, on, progress, context.Cancellation);
            progress?.Done();
            if (parse.GetValue(tornado) is { } path_)
            {
                var chartTitle = parse.GetValue(title) ?? $"{result.OptionName}\n{(result.Basis == Appraisal.Basis.Cashable ? "Sensitivity of cashable NPV" : "Sensitivity of NPV at average cost")}";
                ChartRenderer.SaveTornado(path_, parse.GetValue(force), result.Tornado.Select(b => new TornadoRow(b.Label, (double)b.NpvAtLow, (double)b.NpvAtHigh, Number(b.Low), Number(b.High))).ToList(), (double)result.BaseNpv, result.Currency, chartTitle);
            }

            if (headline)
            {
                WriteSummaryCsv(context, result);
            }
            else
            {
                Write(context, output, result);
            }
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>An input's value as the tornado writes it at a bar's end: whole numbers with thousands, else up to four decimals.</summary>
    internal static string Number(double value) => value.ToString(Math.Abs(value) >= 1000 ? "#,##0" : "0.####", CultureInfo.InvariantCulture);

    /// <summary>The headline as CSV: one row; the tornado lists its bars widest first, so the first is the input that
    /// swings the NPV most.</summary>
    private static void WriteSummaryCsv(CliContext context, SensitivityResult r)
    {
        var csv = new Csv(context.Output);
        csv.Row("option", "basis", "baseNpv", "inputs", "widestInputPath", "widestInputLabel", "widestSwing", "widestSwitchingValue");
        var widest = r.Tornado.Count > 0 ? r.Tornado[0] : null;
        var switching = r.SwitchingValues.Count > 0 ? r.SwitchingValues[0] : null;
        csv.Row(r.OptionName, ResultJson.KeyOf(r.Basis), r.BaseNpv, r.Tornado.Count, widest?.Path, widest?.Label, widest?.Swing, switching?.Value);
    }

    private static void Write(CliContext context, OutputFormat format, SensitivityResult r)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Output.WriteLine(ResultJson.Serialize(r));
                break;
            case OutputFormat.Csv:
                var csv = new Csv(context.Output);
                csv.Row("path", "label", "rangeSource", "low", "high", "npvAtLow", "npvAtHigh", "swing", "baseValue", "switchingValue", "note");
                foreach (var (b, s) in r.Tornado.Zip(r.SwitchingValues))
                {
                    csv.Row(b.Path, b.Label, b.RangeSource, b.Low, b.High, b.NpvAtLow, b.NpvAtHigh, b.Swing, s.BaseValue, s.Value, s.Note);
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
                o.WriteLine($"{r.OptionName}: sensitivity of {(r.Basis == Appraisal.Basis.Cashable ? "cashable NPV" : "NPV at average cost")} (base case {Show.Money(r.BaseNpv, c)}, every input at its mean)");
                if (md && r.Notes.Count > 0)
                {
                    o.WriteLine();
                }

                foreach (var note in r.Notes)
                {
                    o.WriteLine(md ? $"- {note}" : $"  {note}");
                }

                var table = new TextTable(null, [TextColumn.Text("Input"), .. new[] { "Low", "High", "NPV at low", "NPV at high", "Swing", "Switching value" }.Select(TextColumn.Figure)]);
                foreach (var (b, s) in r.Tornado.Zip(r.SwitchingValues))
                {
                    // The input in words, and under it the path that --range and correlations name it by.
                    table.AddRow(b.Label + "\n" + (md ? $"`{b.Path}`" : b.Path), Number(b.Low), Number(b.High), Show.Money(b.NpvAtLow, c), Show.Money(b.NpvAtHigh, c), Show.Money(b.Swing, c), s.Value is { } v ? Show.Number(v, "0.####") : "none in range");
                }

                context.Write(table, format);
                break;
        }
    }
}
