using System.Text.RegularExpressions;
using ChannelShift.Appraisal;
using ChannelShift.Cli.Output;
using ChannelShift.Cli.Tests.Support;
using ChannelShift.Serialization;

namespace ChannelShift.Cli.Tests.Commands;

public sealed partial class ReportCommandTests : IDisposable
{
    // Hand-checkable: face-to-face 10.00 and web 0.50 a contact (2011 prices, no deflator), half of 1,000 visits a
    // month move to the web at once from year 1: 500 × 12 × (10 − 0.5) = 57,000 a year for 3 years, discounted at 3.5%:
    // 57,000 × (1/1.035 + 1/1.035² + 1/1.035³) = 57,000 × 2.8016370 = 159,693.31. Less a £150,000 portal in year 0 (no
    // optimism bias): NPV 9,693.31. NPV is zero when the portal costs 159,693.31, or when the share moved is
    // 150,000 / (1,000 × 12 × 9.5 × 2.8016370) = 0.46965.
    private const string CounterToWeb = """
        { "name": "Counter to web",
          "description": "Should the counter's routine visits move to the web?",
          "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
          "shifts": [ { "name": "Counter to web", "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "costs": [ { "name": "Portal", "type": "one-off", "year": 0, "amount": 150000 } ],
          "appraisal": { "years": 3 } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("channelshift-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Scenario Read(string path)
    {
        using var stream = File.OpenRead(path);
        return ScenarioReader.Read(stream, Path.GetFileName(path));
    }

    private static AppRun Report(params string[] args) => AppRun.Of(["report", .. args]);

    [Fact]
    public void Help_ListsReport()
    {
        var run = AppRun.Of("--help");

        run.Output.Should().MatchRegex(@"(?m)^  report\b", "every command is listed");
    }

    [Fact]
    public void Report_OptionOfTwoShifts_ListsEachShiftAsItsOwnItem()
    {
        // A shift's words use semicolons (its failure demand, its assisted digital), so several shifts joined by them
        // would read as one: each is an item of its own.
        var path = Write("two-shifts.json", """
            { "name": "Counter to web and phone",
              "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
              "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
              "shifts": [
                { "name": "Counter to web", "from": "face-to-face", "share": 0.5, "to": "web", "failureDemand": { "share": 0.1, "returnsTo": "face-to-face" } },
                { "name": "Counter to phone", "from": "face-to-face", "share": 0.1, "to": "telephone" } ],
              "costs": [ { "name": "Portal", "type": "one-off", "year": 0, "amount": 150000 } ],
              "appraisal": { "years": 3 } }
            """);
        var run = Report(path);

        run.ExitCode.Should().Be(0, run.Error);
        var items = Regex.Match(run.Output, "<ul>(<li>[^<]*</li>)+</ul></li>").Value;
        Regex.Count(items, "<li>").Should().Be(2, items);
        items.Should().Contain("50% of face-to-face contacts to web").And.Contain("10% of face-to-face contacts to telephone");
    }

    [Fact]
    public void Report_OptionOfOneShift_SaysItInTheLine()
    {
        var run = Report(Write("one-shift.json", CounterToWeb));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("50% of face-to-face contacts to web").And.NotContain("<ul><li>50%");
    }

    [Fact]
    public void Report_AnyScenario_IsSelfContained()
    {
        var run = Report(Repository.Example("eastbrook-tracking.json"));

        run.ExitCode.Should().Be(0, run.Error);
        var html = run.Output;
        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().NotContainEquivalentOf("<script");
        html.Should().NotContainEquivalentOf("<link").And.NotContainEquivalentOf("<img").And.NotContainEquivalentOf("<iframe").And.NotContainEquivalentOf("@import");
        // No attribute or CSS url() that points outside the file: only data: URLs and #fragments.
        ExternalReference().Matches(html).Select(m => m.Value).Should().BeEmpty();
        CssUrl().Matches(html).Select(m => m.Groups[1].Value).Should().OnlyContain(u => u.StartsWith("data:", StringComparison.Ordinal) || u.StartsWith('#'));
        // The font the app ships, byte for byte, regular and bold, and the page's text and charts use it.
        foreach (var font in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, "src", "ChannelShift.Cli", "Charts", "Fonts", font));
            html.Should().Contain("url(data:font/ttf;base64," + Convert.ToBase64String(bytes) + ")", font);
        }

        html.Should().Contain("html { font-family: \"ChannelShift DejaVu Sans\"").And.Contain("svg text { font-family: \"ChannelShift DejaVu Sans\"; }");
        html.Should().Contain("@page { size: A4;");
        Regex.Count(html, "<svg ").Should().BeGreaterThanOrEqualTo(2, "the bridge and the tornado are inline charts");
    }

    [Theory]
    [InlineData("eastbrook-tracking.json")]
    [InlineData("northshire-options.json")]
    [InlineData("waste-services.json")]
    public void Report_Figures_AreThoseAppraisePrints(string example)
    {
        var path = Repository.Example(example);
        var html = Report(path).Output;

        // What `appraise` prints, figure by figure: NPV, PV benefits, PV costs and BCR of each option on each basis.
        var printed = AppRun.Of("appraise", path).Output;
        var figures = AppraiseFigure().Matches(printed).Select(m => m.Groups["value"].Value).ToList();
        figures.Should().NotBeEmpty();
        figures.Should().OnlyContain(f => html.Contains(f, StringComparison.Ordinal));

        // And the library's results, formatted as the app formats them, on both bases where there are two.
        var appraisal = Appraiser.Appraise(Read(path));
        foreach (var option in appraisal.Options)
        {
            html.Should().Contain(Html.Escape(option.OptionName));
            foreach (var s in new[] { option.Average, option.Cashable }.OfType<BasisSummary>())
            {
                html.Should().Contain(Show.Money(s.Npv, appraisal.Currency)).And.Contain(Show.Money(s.PresentValueBenefits, appraisal.Currency)).And.Contain(Show.Money(s.PresentValueCosts, appraisal.Currency));
            }

            foreach (var year in option.Years)
            {
                html.Should().Contain($"<td>{year.Label}</td><td class=\"n\">");
                html.Should().Contain(Show.Money(year.Saving, appraisal.Currency));
            }
        }
    }

    [Fact]
    public void Report_WorkedExample_ShowsTheHandWorkedFigures()
    {
        // docs/methodology.md, "A worked appraisal: waste services", works these out by hand.
        var html = Report(Repository.Example("waste-services.json")).Output;

        html.Should().Contain("£23,474,307.29").And.Contain("£24,156,971.50").And.Contain("£682,664.21").And.Contain("£1,093,870.64");
    }

    [Fact]
    public void Report_HandScenario_SaysTheFiguresAndSwitchingValuesInWords()
    {
        var html = Report(Write("counter.json", CounterToWeb)).Output;

        html.Should().Contain("<h1>Counter to web</h1>").And.Contain("Should the counter&#39;s routine visits move to the web?");
        html.Should().Contain("£159,693.31", "PV benefits: 57,000 × 2.8016370").And.Contain("£150,000.00").And.Contain("£9,693.31", "NPV");
        html.Should().Contain("would be zero if portal (GBP) were 159,693 instead of 150,000.");
        html.Should().Contain("would be zero if counter to web: share moved (a fraction) were 0.4697 instead of 0.5.");
        html.Should().NotContain("id=\"bridge\"", "the scenario has no cost behaviour, so no cashable case");
        html.Should().NotContain("id=\"monte-carlo\"").And.NotContain("id=\"tracking\"");
    }

    [Fact]
    public void Report_Example_NamesTheShiftsAndCostsOfTheFile()
    {
        var html = Report(Repository.Example("eastbrook-tracking.json")).Output;

        foreach (var name in new[] { "Counter to online", "Calls to online", "Online forms and accounts", "Platform licence", "Market Street office" })
        {
            html.Should().Contain(name);
        }

        // Every unit cost with its provenance and its rebasing to the 2026 price base, as `appraise` prints it.
        html.Should().Contain("£8.62").And.Contain("£12.48 (2026 prices)").And.Contain("Socitm");
        html.Should().Contain("$.costBehaviour.telephone.staffing.costPerFte").And.Contain("£34,000.00");
        html.Should().Contain("Staffing before and after").And.Contain("From the saving at average cost to the cashable saving");
    }

    [Fact]
    public void Report_Bridge_GoesFromTheAverageCostCaseToTheCashableOne()
    {
        var path = Repository.Example("eastbrook-tracking.json");
        var html = Report(path).Output;
        var option = Appraiser.Appraise(Read(path)).Options[0];
        var pv = option.PresentValues;
        string Row(string label, string value) => $"<td>{label}</td><td class=\"n\">{value}</td>";

        // The bars are the library's present values of each flow, deductions shown negative, ending at the cashable NPV.
        html.Should().Contain(Row("Saving at average cost", Show.Money(pv.Saving, "GBP")));
        html.Should().Contain(Row("Non-cashable", Show.Money(-pv.NonCashableSaving, "GBP")));
        html.Should().Contain(Row("PV benefits, cashable", Show.Money(option.Cashable!.PresentValueBenefits, "GBP")));
        html.Should().Contain(Row("Costs of the change", Show.Money(-pv.CostsBeforeOptimismBias, "GBP")));
        html.Should().Contain(Row("Release of staff", Show.Money(-pv.ReleaseCosts, "GBP")));
        html.Should().Contain(Row("Cashable NPV", Show.Money(option.Cashable.Npv, "GBP")));
        pv.NonCashableSaving.Should().BeGreaterThan(0m, "the example's staffing and fixed steps bank less than the average cost");
    }

    [Fact]
    public void Report_YearByYear_IsTheTableThatAddsUp()
    {
        // realistic-uncertain.json: a 10% haircut and a 25% uplift on the £361,110.19 one-off cost (the mean of its
        // lognormal), −£90,277.55; the totals row's present value is the cashable NPV.
        var path = Repository.Example("realistic-uncertain.json");
        var html = Report(path).Output;
        var option = Appraiser.Appraise(Read(path)).Options[0];
        var profile = html[html.IndexOf("id=\"profile\"", StringComparison.Ordinal)..html.IndexOf("id=\"bridge\"", StringComparison.Ordinal)];

        profile.Should().Contain("<th class=\"n\">Benefits haircut</th>").And.Contain("<th class=\"n\">Optimism bias</th>").And.Contain("Each row adds up");
        profile.Should().Contain("<td class=\"n\">−£90,277.55</td>");
        profile.Should().Contain($"<td>Total</td>").And.Contain($"<td class=\"n\">{Show.Money(option.Cashable!.Npv, "GBP")}</td></tr>");
    }

    [Fact]
    public void Report_NamesWithMarkup_AreEscaped()
    {
        var json = CounterToWeb
            .Replace("\"name\": \"Counter to web\",\n", "\"name\": \"Riverside <b>& Co</b>\",\n", StringComparison.Ordinal)
            .Replace("\"name\": \"Counter to web\", \"from\"", "\"name\": \"Visits <&> web\", \"from\"", StringComparison.Ordinal)
            .Replace("\"Portal\"", "\"Portal <script>alert(1)</script>\"", StringComparison.Ordinal);
        json.Should().Contain("<&>").And.Contain("<script>");

        var run = Report(Write("markup.json", json));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Riverside &lt;b&gt;&amp; Co&lt;/b&gt;").And.Contain("Visits &lt;&amp;&gt; web").And.Contain("Portal &lt;script&gt;alert(1)&lt;/script&gt;");
        run.Output.Should().NotContain("<b>&").And.NotContain("<&>").And.NotContainEquivalentOf("<script");
    }

    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Report_EveryExample_Succeeds(string example)
    {
        var path = Repository.Example(example);
        var scenario = Read(path);
        var uncertain = scenario.Uncertainty.Inputs.Count > 0;
        var args = new List<string> { path };
        if (uncertain)
        {
            args.AddRange(["--iterations", "200", "--seed", "7"]);
        }

        if (example == "eastbrook-tracking.json")
        {
            args.AddRange(["--actuals", Repository.Example("eastbrook-actuals.csv"), "--closed", "Market Street office=2028-06"]);
        }

        var run = Report([.. args]);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n").And.Contain(Html.Escape(scenario.Name));
        run.Output.Contains("id=\"monte-carlo\"", StringComparison.Ordinal).Should().Be(uncertain);
        if (uncertain)
        {
            run.Output.Should().Contain("200 iterations, seed 7").And.Contain("Probability that");
        }

        run.Output.Contains("id=\"tracking\"", StringComparison.Ordinal).Should().Be(example == "eastbrook-tracking.json");
    }

    [Fact]
    public void Report_Iterations_ShowsTheSimulationOfTheSameSeed()
    {
        var path = Repository.Example("waste-services-uncertain.json");
        var scenario = Read(path);

        var html = Report(path, "--iterations", "5000", "--seed", "3").Output;

        // The library's run with the same seed and option (whatever the threads: chunk k draws from its own stream).
        var index = Appraiser.FirstRanked(scenario);
        var m = ChannelShift.Uncertainty.MonteCarlo.Run(scenario, new ChannelShift.Uncertainty.MonteCarloOptions(5000, 3, option: index), cancellationToken: TestContext.Current.CancellationToken);
        foreach (var figure in new[] { m.Npv.Mean, m.Npv.StdDev, m.Npv.P5, m.Npv.P10, m.Npv.P50, m.Npv.P90, m.Npv.P95, m.FinalYearSaving.P50 })
        {
            html.Should().Contain(Show.Money(figure, "GBP"));
        }

        html.Should().Contain($"Probability that NPV at average cost &gt; 0: {Show.Percent(m.ProbabilityNpvPositive, "0.0")}");
        html.Should().Contain("5,000 iterations, seed 3");
    }

    [Fact]
    public void Report_Actuals_ShowsWhatTrackPrints()
    {
        string[] args = [Repository.Example("eastbrook-tracking.json"), "--actuals", Repository.Example("eastbrook-actuals.csv"), "--closed", "Market Street office=2028-06"];
        var tracked = AppRun.Of(["track", .. args]).Output;

        var html = Report(args).Output;

        // The saving and cashable saving realised to date, and the re-forecast NPVs with the approved ones.
        var figures = TrackFigure().Matches(tracked).Select(m => m.Groups["value"].Value).ToList();
        figures.Should().HaveCountGreaterThanOrEqualTo(6);
        figures.Should().OnlyContain(f => html.Contains(f, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_IterationsWithoutUncertainInputs_SaysNoSimulationWasRun()
    {
        var html = Report(Write("counter.json", CounterToWeb), "--iterations", "100").Output;

        html.Should().Contain("No input of the scenario has a distribution").And.NotContain("Probability that");
    }

    [Fact]
    public void Report_ExistingOutputWithoutForce_IsRefused()
    {
        var target = Write("case.html", "keep me");

        var run = Report(Write("counter.json", CounterToWeb), "-o", target);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().Contain($"error: -o: {target} exists; expected a new file, or --force to replace it.");
        File.ReadAllText(target).Should().Be("keep me");
    }

    [Fact]
    public void Report_OutputWithForce_WritesTheHtmlFile()
    {
        var target = Write("case.html", "old");

        var run = Report(Write("counter.json", CounterToWeb), "-o", target, "--force");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        File.ReadAllText(target).Should().StartWith("<!DOCTYPE html>").And.Contain("£9,693.31");
    }

    [Fact]
    public void Report_MissingActuals_NamesTheFlagAndTheFile()
    {
        var missing = Path.Combine(_folder, "no-such-actuals.csv");

        var run = Report(Repository.Example("eastbrook-tracking.json"), "--actuals", missing);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"error: --actuals: {missing}: no such file; expected an actuals CSV file");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--iterations", "lots", "--iterations")]
    [InlineData("--iterations", "1", "--iterations")]
    [InlineData("--seed", "x3", "--seed: \"x3\"")]
    [InlineData("--closed", "Market Street office=2028-06", "--closed and --baseline-fte: given without --actuals")]
    public void Report_BadFlag_NamesTheFlagAndTheValue(string flag, string value, string expected)
    {
        var run = Report(Repository.Example("eastbrook-tracking.json"), flag, value);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: " + expected);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Report_InterruptedWithIterations_StopsWithExit130AndWritesNoFile()
    {
        Interrupt.SkipUnlessTheAppCanBeInterrupted();

        var target = Path.Combine(_folder, "case.html");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ChannelShift.Cli.dll"), "report", Repository.Example("waste-services-uncertain.json"), "--iterations", "100000000", "-o", target })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Interrupt.WhenAtWorkAsync(process, TestContext.Current.CancellationToken);

        process.WaitForExit(10_000).Should().BeTrue("Ctrl-C should stop the report at its next check (a sensitivity input or a simulation chunk)");
        process.ExitCode.Should().Be(130);
        (await error).Should().Contain("error: interrupted (Ctrl-C).").And.Contain("error: the -o file was not written.");
        Directory.GetFiles(_folder).Should().BeEmpty("neither the paper nor its temporary file is left");
    }

    [Fact]
    public async Task Report_PrintedByChromium_IsAnA4PaperWithTheFiguresAndTheFont()
    {
        var browser = Chromium.RequireTools();
        var path = Repository.Example("eastbrook-tracking.json");
        var html = Path.Combine(_folder, "case.html");
        var pdf = Path.Combine(_folder, "case.pdf");
        var run = Report(path, "--actuals", Repository.Example("eastbrook-actuals.csv"), "--closed", "Market Street office=2028-06", "-o", html);
        run.ExitCode.Should().Be(0, run.Error);
        var token = TestContext.Current.CancellationToken;

        await Chromium.PrintToPdfAsync(browser, html, pdf, token);

        var pages = await Chromium.PagesAsync(pdf, token);
        pages.Should().BeInRange(6, 20, "a one-page summary, the assumptions, profile, bridge, staffing, sensitivity, tracking, caveats and the file");
        var text = await Chromium.TextAsync(pdf, token);
        var appraisal = Appraiser.Appraise(Read(path)).Options[0];
        foreach (var s in new[] { appraisal.Average, appraisal.Cashable! })
        {
            text.Should().Contain(Show.Money(s.Npv, "GBP")).And.Contain(Show.Money(s.PresentValueBenefits, "GBP")).And.Contain(Show.Money(s.PresentValueCosts, "GBP"));
        }

        text.Should().Contain("Page 1 of " + pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var fonts = await Chromium.FontsAsync(pdf, token);
        fonts.Should().NotBeEmpty().And.OnlyContain(f => f.Contains("DejaVuSans", StringComparison.Ordinal), "every piece of text, the charts' too, is in the embedded DejaVu Sans");
        fonts.Should().Contain(f => f.Contains("DejaVuSans-Bold", StringComparison.Ordinal));
        // pdffonts' columns end "emb sub uni object-ID generation": every font is embedded (as a subset).
        fonts.Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]).Should().OnlyContain(emb => emb == "yes");
    }

    [GeneratedRegex(@"\b(?:src|href|xlink:href|action|poster|srcset)\s*=\s*[""']?\s*(?!#|data:)[a-z][a-z0-9+.\-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"url\(\s*[""']?([^)""']*)")]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"(?<value>realised −?£[0-9,]+\.[0-9]{2} of −?£[0-9,]+\.[0-9]{2} planned \([0-9.]+% of plan\))|(?:NPV at average cost|Cashable NPV): (?<value>−?£[0-9,]+\.[0-9]{2})|(?<value>approved −?£[0-9,]+\.[0-9]{2})")]
    private static partial Regex TrackFigure();

    [GeneratedRegex(@"(?:NPV|PV benefits|PV costs|BCR) (?<value>−?£[0-9,]+\.[0-9]{2}|[0-9]+\.[0-9]{2})")]
    private static partial Regex AppraiseFigure();

    [Fact]
    public void Report_OnATerminalWithASimulation_DrawsOneProgressLineFromTheStartToTheEnd()
    {
        // One bar over the sensitivity analysis and the simulation: it starts at 0%, only rises, reaches 100% and is
        // wiped (30 spaces between carriage returns) before the paper is written.
        var path = Repository.Example("waste-services-uncertain.json");

        var run = AppRun.OnATerminal("report", path, "--iterations", "2000");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().StartWith("\r[....................]   0%").And.EndWith("\r[####################] 100%\r" + new string(' ', 30) + "\r");
        var percents = Percent().Matches(run.Error).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        percents.Should().BeInAscendingOrder().And.Contain(10, "the sensitivity analysis ends at a tenth of the bar");
        Report(path, "--iterations", "2000").Error.Should().BeEmpty("no progress when the output is redirected");
    }

    [GeneratedRegex(@"\] +(\d+)%")]
    private static partial Regex Percent();
}
