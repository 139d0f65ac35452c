using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChannelShift.Serialization;
using ChannelShift.Tracking;

namespace ChannelShift.Benchmarks;

/// <summary>Tracking 5 years of monthly actuals on 10 channels: reading the actuals CSV (built in memory) and
/// BenefitsTracker.Track, its least-squares re-forecast and re-appraisal included. Target: under 100 ms.</summary>
[MemoryDiagnoser]
public class TrackingBenchmarks
{
    private static readonly string[] Channels = ["face-to-face", "telephone", "post", "email", "web", "webchat", "social-media", "ivr", "app", "kiosk"];

    private Scenario _scenario = null!;
    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A council with 10 channels (its own kiosk among them) and three shifts on linear ramps, over 10 years from
        // April 2026; the actuals run 60 months from April 2027, the shifts reaching 80% of the plan's take-up, with
        // seeded noise of ±2%. The costs of the channels Socitm 2012 does not price are invented.
        _scenario = ScenarioReader.Parse("""
            { "name": "Ten channels",
              "unitCosts": { "catalogue": "socitm-2012", "overrides": { "kiosk": 1.10, "post": 2.50, "email": 3.10, "webchat": 1.80, "social-media": 1.00, "ivr": 0.45, "app": 0.15 }, "digital": { "kiosk": true } },
              "baseline": { "period": "month", "volumes": { "face-to-face": 9000, "telephone": 42000, "post": 3000,
                "email": 8000, "web": 110000, "webchat": 2000, "social-media": 1500, "ivr": 12000, "app": 5000, "kiosk": 800 } },
              "demandGrowth": 0.01,
              "shifts": [
                { "from": "face-to-face", "share": 0.4, "to": { "web": 0.6, "kiosk": 0.2, "telephone": 0.2 },
                  "adoption": { "curve": "linear", "years": 3 }, "failureDemand": { "share": 0.1, "returnsTo": "telephone" } },
                { "from": "telephone", "share": 0.25, "to": { "web": 0.5, "webchat": 0.3, "app": 0.2 },
                  "adoption": { "curve": "linear", "years": 4 } },
                { "from": "post", "share": 0.5, "to": { "email": 0.5, "web": 0.5 }, "adoption": { "curve": "linear", "years": 2 } } ],
              "costs": [ { "name": "Platform", "type": "one-off", "year": 0, "amount": 500000 } ],
              "appraisal": { "years": 10, "firstYear": 2026 } }
            """, "ten-channels.json");
        var random = new Random(60);
        var csv = new StringBuilder("month," + string.Join(',', Channels) + "\n");
        var baseline = _scenario.Baseline.Volumes.ToDictionary(p => p.Key.Key, p => (double)p.Value);
        for (var i = 0; i < 60; i++)
        {
            var month = new DateOnly(2027, 4, 1).AddMonths(i);
            var year = 1 + (i / 12);
            csv.Append(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            foreach (var channel in Channels)
            {
                var fall = channel switch
                {
                    "face-to-face" => -0.4 * 0.8 * Math.Min(year / 3.0, 1),
                    "telephone" => -0.25 * 0.8 * Math.Min(year / 4.0, 1),
                    "post" => -0.5 * 0.8 * Math.Min(year / 2.0, 1),
                    _ => 0.05 * Math.Min(year / 3.0, 1),
                };
                var volume = baseline[channel] * (1 + fall) * (0.98 + (0.04 * random.NextDouble()));
                csv.Append(',').Append(Math.Round(volume).ToString(CultureInfo.InvariantCulture));
            }

            csv.Append('\n');
        }

        _csv = csv.ToString();
        var check = Track();
        if (check.Months.Count != 60)
        {
            throw new InvalidOperationException($"The generated actuals gave {check.Months.Count} months; expected 60.");
        }
    }

    /// <summary>ActualsCsv.Read and BenefitsTracker.Track of 60 months on 10 channels.</summary>
    [Benchmark]
    public TrackingResult Track() => BenefitsTracker.Track(_scenario, ActualsCsv.Read(_scenario, new StringReader(_csv), "actuals.csv"));
}
