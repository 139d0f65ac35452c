using System.CommandLine;
using ChannelShift.Cli.Parsing;

namespace ChannelShift.Cli.Commands;

/// <summary><c>channelshift init FILE</c>: writes a commented starter scenario (refuses an existing file unless --force).</summary>
internal static class InitCommand
{
    internal const string Starter = """
        {
          // A starter ChannelShift scenario. Every field is explained in docs/scenario-format.md.
          // Appraise it with:  channelshift appraise THIS-FILE
          // For completion in an editor, add "$schema" pointing at docs/scenario.schema.json of ChannelShift.
          "name": "My council: digital first for waste services",

          // Costs per contact: a published set (`channelshift costs` lists them) and your own figures.
          "unitCosts": {
            "catalogue": "socitm-2012",
            "overrides": { "webchat": 1.20 }      // a channel of your own needs a cost too, e.g. "one-stop-shop": 9.50
          },

          // Contacts today, per period (day, week, month, quarter or year).
          "baseline": { "period": "month", "volumes": { "face-to-face": 50000, "telephone": 120000, "web": 300000 } },
          "demandGrowth": 0.0,                      // a year, as a fraction: 0.02 is 2% a year

          // What moves where. Shares are fractions (0.5 = 50%); a mix sums to 1; "avoided" = no longer needed.
          "shifts": [
            { "from": "face-to-face", "share": 0.5,
              "to": { "web": 0.7, "telephone": 0.2, "avoided": 0.1 },
              "adoption": { "curve": "linear", "years": 3 },          // or immediate, or s-curve with start/target/years
              "failureDemand": { "share": 0.2, "returnsTo": "telephone" },
              "assistedDigital": { "share": 0.1, "cost": 2.90 } }      // 10% of those moved online need help, at 2.90 each
          ],

          // What the change costs, before optimism bias.
          "costs": [
            { "name": "Online forms platform", "type": "one-off", "year": 0, "amount": 250000 },
            { "name": "Platform licence", "type": "recurring", "fromYear": 1, "amount": 40000 }
          ],

          // Green Book appraisal: years 0 (implementation) to 10, labelled 2026/27 onwards.
          "appraisal": {
            "years": 10,
            "firstYear": 2026,
            "discounting": "green-book",            // or green-book-health, or { "rate": 0.05 }
            "priceBaseYear": 2026,                  // real prices of this year; unit costs are rebased to it by:
            "gdpDeflator": { "rate": 0.025 },       // an ASSUMED 2.5% a year (ChannelShift ships no index; use the ONS series)
            "optimismBias": { "oneOff": 0.4, "recurring": 0.0, "benefits": 0.0 }
          }
        }

        """;

    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Where to write the starter scenario." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("init", "Write a commented starter scenario file to edit.") { file, force };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            ScenarioFile.CheckWritable(path, parse.GetValue(force), "init");
            File.WriteAllText(path, Starter);
            context.Output.WriteLine($"Wrote {path}. Edit it, then run: channelshift appraise {path}");
            return CliApp.Ok;
        });
        return command;
    }
}
