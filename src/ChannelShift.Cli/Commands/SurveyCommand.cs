using System.CommandLine;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Parsing;
using ChannelShift.Serialization;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift survey --yes 16 --of 67</c>: a survey proportion with its confidence interval.</summary>
internal static class SurveyCommand
{
    internal static Command Create(CliContext context)
    {
        var yes = new Option<string>("--yes") { Description = "How many answered yes (the numerator).", Required = true };
        var of = new Option<string>("--of") { Description = "How many answered (the denominator).", Required = true };
        var confidence = new Option<string>("--confidence") { Description = "The confidence level, e.g. 95% or 0.9.", DefaultValueFactory = _ => "95%" };
        var method = new Option<string>("--method") { Description = "wilson (default) or exact (Clopper–Pearson).", DefaultValueFactory = _ => "wilson" };
        var format = FormatOption.Create();
        var command = new Command("survey", "A proportion from a survey with its confidence interval (Wilson score or Clopper–Pearson exact).") { yes, of, confidence, method, format };
        command.SetAction(parse =>
        {
            var output = FormatOption.Parse(parse.GetValue(format));
            var problems = new Problems();
            var x = problems.Try(() => (int?)Inputs.Integer(parse.GetValue(yes)!, "--yes", 0, 100_000));
            var n = problems.Try(() => (int?)Inputs.Integer(parse.GetValue(of)!, "--of", 1, 100_000));
            var c = problems.Try(() => (double?)Inputs.Share(parse.GetValue(confidence)!, "--confidence").Fraction);
            if (c is 0.0 or 1.0)
            {
                problems.Add($"--confidence: {parse.GetValue(confidence)} is out of range; expected a level between 0% and 100%, e.g. 95%.");
            }

            var m = (parse.GetValue(method) ?? "wilson").Trim().ToLowerInvariant();
            if (m is not ("wilson" or "exact" or "clopper-pearson"))
            {
                problems.Add($"--method: \"{parse.GetValue(method)}\" is not a method; expected wilson or exact.");
            }

            if (x is { } a && n is { } b && a > b)
            {
                problems.Add($"--yes: {a} is more than --of {b}; expected a number from 0 to {b}.");
            }

            problems.ThrowIfAny();
            var result = m == "wilson" ? SurveyProportion.Wilson(x!.Value, n!.Value, c!.Value) : SurveyProportion.ClopperPearson(x!.Value, n!.Value, c!.Value);
            var methodKey = ResultJson.KeyOf(result.Method);
            switch (output)
            {
                case OutputFormat.Json:
                    context.Output.WriteLine(ResultJson.Serialize(result));
                    break;
                case OutputFormat.Csv:
                    var csv = new Csv(context.Output);
                    csv.Row("yes", "of", "proportion", "lower", "upper", "confidence", "method");
                    csv.Row(result.Yes, result.Of, result.Proportion, result.Lower, result.Upper, result.Confidence, methodKey);
                    break;
                default:
                    context.Output.WriteLine($"{result.Yes} of {result.Of} = {Show.Percent(result.Proportion, "0.0")}; {Show.Percent(result.Confidence, "0.#")} confidence interval {Show.Percent(result.Lower, "0.0")} to {Show.Percent(result.Upper, "0.0")} ({(methodKey == "wilson" ? "Wilson score" : "Clopper–Pearson exact")}).");
                    break;
            }

            return CliApp.Ok;
        });
        return command;
    }
}
