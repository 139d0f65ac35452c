using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Tests.Serialization;

public class ScenarioReaderTests
{
    internal const string WasteServices = """
        {
          "$schema": "../scenario.schema.json",
          // the example of the appraisal issue
          "name": "Digital first for waste services",
          "currency": "GBP",
          "unitCosts": { "catalogue": "socitm-2012", "overrides": { "webchat": 1.20 } },
          "baseline": { "period": "month", "volumes": { "face-to-face": 50000, "telephone": 120000, "web": 300000 } },
          "demandGrowth": 0.0,
          "shifts": [
            { "from": "face-to-face", "share": 0.5, "to": { "web": 0.7, "telephone": 0.2, "avoided": 0.1 },
              "adoption": { "curve": "linear", "years": 3 },
              "failureDemand": { "share": 0.2, "returnsTo": "telephone" } }
          ],
          "costs": [
            { "name": "Online forms platform", "type": "one-off", "year": 0, "amount": 250000 },
            { "name": "Platform licence", "type": "recurring", "fromYear": 1, "amount": 40000 }
          ],
          "appraisal": { "years": 10, "firstYear": 2026, "discounting": "green-book",
                         "optimismBias": { "oneOff": 0.4, "recurring": 0.0 } },
        }
        """;

    [Fact]
    public void Parse_WasteServices_ReadsEveryPart()
    {
        var scenario = ScenarioReader.Parse(WasteServices, "waste.json");

        scenario.Name.Should().Be("Digital first for waste services");
        scenario.Currency.Should().Be("GBP");
        scenario.UnitCosts.CostOf(Channel.Webchat).Should().Be(1.20m);
        scenario.UnitCosts.CostOf(Channel.FaceToFace).Should().Be(8.62m);
        scenario.Baseline.AnnualVolume(Channel.FaceToFace).Should().Be(600_000m);
        var shift = scenario.Options.Single().Shifts.Single();
        shift.Shift.Share.Fraction.Should().Be(0.5m);
        shift.Shift.FailureDemand!.Share.Fraction.Should().Be(0.2m);
        shift.Shift.DigitalFraction(scenario.UnitCosts).Should().Be(0.7m, "of web 70%, telephone 20%, avoided 10%, only the web is digital");
        shift.Adoption.Fraction(1).Should().BeApproximately(1.0 / 3.0, 1e-15);
        scenario.Options[0].Costs.Should().HaveCount(2);
        scenario.Appraisal.Years.Should().Be(10);
        scenario.Appraisal.Label(0).Should().Be("2026/27");
        scenario.Appraisal.OptimismBias.OneOff.Should().Be(0.4m);
    }

    [Fact]
    public void Parse_OptionNamesDifferingOnlyInCase_DuplicateAtTheSecondName()
    {
        // --option finds an option ignoring case, so "Web" and "WEB" would be ambiguous.
        const string json = """
            { "baseline": { "period": "year", "volumes": { "f2f": 100 } },
              "options": [ { "name": "Web", "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ] },
                           { "name": "WEB", "shifts": [ { "from": "f2f", "share": 0.5, "to": "web" } ] } ],
              "appraisal": { "years": 3 } }
            """;

        var act = () => ScenarioReader.Parse(json, "options.json");

        var problem = act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.Duplicate);
        problem.Path.Should().Be("$.options[1].name");
        problem.What.Should().Contain("\"WEB\" names two options");
    }

    [Fact]
    public void Parse_Minimal_UsesTheDefaults()
    {
        var scenario = ScenarioReader.Parse("""{ "baseline": { "period": "year", "volumes": { "f2f": 100 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 3 } }""", null);

        scenario.UnitCosts.Key.Should().Be("socitm-2010");
        scenario.Currency.Should().Be("GBP");
        scenario.DemandGrowth.Should().Be(0m);
        scenario.Appraisal.Discounting.Key.Should().Be("green-book");
        scenario.Appraisal.OptimismBias.OneOff.Should().Be(0m);
        scenario.Appraisal.Label(0).Should().Be("Year 0");
        scenario.Options.Single().Shifts.Single().Adoption.Fraction(1).Should().Be(1.0);
    }

    [Theory]
    [InlineData("\"to\": \"web\", \"assistedDigital\": 0.50", "$.shifts[0].assistedDigital: a single number (0.50) no longer says what assisted digital costs; expected { \"share\": 0.1, \"cost\": 2.90 }")]
    [InlineData("\"to\": \"telephone\", \"failureDemand\": { \"share\": 0.2, \"returnsTo\": \"face-to-face\" }", "$.shifts[0].failureDemand: failure demand applies to the contacts moved to digital channels, and this shift moves none")]
    [InlineData("\"to\": \"post\", \"assistedDigital\": { \"share\": 0.1, \"cost\": 2.90 }", "$.shifts[0].assistedDigital: assisted digital applies to the contacts moved to digital channels, and this shift moves none")]
    [InlineData("\"to\": \"web\", \"failureDemand\": { \"share\": 0.2, \"returnsTo\": \"email\" }", "$.shifts[0].failureDemand.returnsTo: \"email\" is a digital channel, and failed digital contacts come back on a non-digital one")]
    [InlineData("\"to\": \"web\", \"failureDemand\": { \"share\": 0.2, \"returnsTo\": { \"telephone\": 0.7, \"face-to-face\": 0.2 } }", "$.shifts[0].failureDemand.returnsTo: the return shares sum to 0.9; expected them to sum to 1")]
    public void Parse_DigitalOnlyTermsMisused_IsAProblem(string shift, string expected)
    {
        var json = "{ \"unitCosts\": { \"catalogue\": \"socitm-2012\", \"overrides\": { \"email\": 2.10, \"post\": 5 } }, \"baseline\": { \"period\": \"year\", \"volumes\": { \"f2f\": 100 } }, \"shifts\": [ { \"from\": \"f2f\", \"share\": 0.5, "
            + shift + " } ], \"appraisal\": { \"years\": 3 } }";

        var act = () => ScenarioReader.Parse(json, null);

        act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.ToString()).Should().Contain(p => p.Contains(expected));
    }

    [Fact]
    public void Parse_DigitalFlags_ReFlagAndFlagOwnChannels()
    {
        var json = """
            { "unitCosts": { "catalogue": "socitm-2012", "overrides": { "kiosk": 1.50, "email": 2.10 }, "digital": { "kiosk": true, "email": false } },
              "baseline": { "period": "year", "volumes": { "f2f": 100 } },
              "shifts": [ { "from": "f2f", "share": 0.5, "to": { "kiosk": 0.5, "email": 0.25, "web": 0.25 } } ],
              "appraisal": { "years": 3 } }
            """;

        var scenario = ScenarioReader.Parse(json, null);

        scenario.UnitCosts.IsDigital(Channel.Custom("kiosk")).Should().BeTrue();
        scenario.UnitCosts.IsDigital(Channel.Email).Should().BeFalse();
        scenario.Options[0].Shifts[0].Shift.DigitalFraction(scenario.UnitCosts).Should().Be(0.75m, "kiosk 0.5 + web 0.25");
    }

    [Theory]
    [InlineData("50", "$.shifts[0].share: 50 is not a share; did you mean 0.5?; expected a number from 0 to 1")]
    [InlineData("1.4", "$.shifts[0].share: 1.4 is not a share; expected a number from 0 to 1")] // a slip, not a percentage
    public void Parse_ShareWrittenAsAPercentage_SuggestsTheFraction(string share, string expected)
    {
        var act = () => ScenarioReader.Parse("{ \"baseline\": { \"period\": \"year\", \"volumes\": { \"f2f\": 100 } }, \"shifts\": [ { \"from\": \"f2f\", \"share\": " + share + ", \"to\": \"web\" } ], \"appraisal\": { \"years\": 3 } }", null);

        act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.ToString()).Should().Contain(p => p.EndsWith(expected));
    }

    [Fact]
    public void Parse_NoPeriod_IsAProblemNotAYear()
    {
        // Monthly volumes read as yearly would understate the case twelvefold: the period must be stated.
        var act = () => ScenarioReader.Parse("""{ "baseline": { "volumes": { "f2f": 100 } }, "shifts": [], "appraisal": { "years": 3 } }""", "c.json");

        act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.ToString()).Should().Equal(
            "c.json:1: $.baseline.period: is missing; expected the period the volumes are counted over: day, week, month, quarter or year");
    }

    [Theory]
    [InlineData("\"demandGrowth\": 1,", "", "$.demandGrowth: 1 is out of range; did you mean 0.01?; expected a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%")]
    [InlineData("", "\"discounting\": { \"rate\": 3.5 }", "$.appraisal.discounting.rate: 3.5 is out of range; did you mean 0.035?; expected a rate as a fraction greater than -1 and at most 0.5, e.g. 0.035 for 3.5%")]
    [InlineData("", "\"priceBaseYear\": 2026, \"gdpDeflator\": { \"rate\": 2.5 }", "$.appraisal.gdpDeflator.rate: 2.5 is out of range; did you mean 0.025?; expected a rate as a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%")]
    [InlineData("", "\"optimismBias\": { \"oneOff\": 40 }", "$.appraisal.optimismBias.oneOff: 40 is out of range; did you mean 0.4?; expected an uplift as a fraction from 0 to 2, e.g. 0.4 for 40%")]
    [InlineData("\"costBehaviour\": { \"telephone\": { \"variableShare\": 1, \"handlingTimeRise\": 10 } },", "", "$.costBehaviour.telephone.handlingTimeRise: 10 is out of range; did you mean 0.1?; expected a fraction from 0 to 2, e.g. 0.1 for 10%")]
    [InlineData("\"demandGrowth\": 0.6,", "", "$.demandGrowth: 0.6 is out of range; expected a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%")] // not a percentage: no suggestion
    [InlineData("\"demandGrowth\": -5,", "", "$.demandGrowth: -5 is out of range; did you mean -0.05?; expected a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%")]
    [InlineData("\"demandGrowth\": { \"uniform\": [0, 2] },", "", "$.demandGrowth.uniform: uniform(0, 2) can take values from 0 to 2, outside the valid range; expected a distribution whose values are all a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%")]
    public void Parse_PercentageWhereAFractionIsMeant_SuggestsTheFraction(string top, string appraisal, string expected)
    {
        // Each value is a percentage (1 for 1%, 3.5 for 3.5%…) above the rule's maximum; the suggestion is it ÷ 100.
        var json = "{ \"baseline\": { \"period\": \"year\", \"volumes\": { \"f2f\": 100, \"telephone\": 100 } }, " + top
            + " \"shifts\": [], \"appraisal\": { \"years\": 3" + (appraisal.Length > 0 ? ", " + appraisal : "") + " } }";

        var act = () => ScenarioReader.Parse(json, null);

        act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.ToString()).Should().Contain(p => p.EndsWith(expected));
    }

    [Fact]
    public void Parse_ADozenMistakes_ReportsThemAllWithLineAndPath()
    {
        const string json = """
            {
              "name": "Careless",
              "unitCosts": { "catalogue": "socitm-2011" },
              "baseline": { "period": "fortnight", "volumes": { "face-to-face": -5, "telephon": 100 } },
              "demandGrowth": -1,
              "shifts": [
                { "from": "face-to-face", "share": 1.4, "to": { "web": 0.5, "telephone": 0.4 },
                  "adoption": { "curve": "s-curve", "start": 0.8, "target": 0.2, "years": 1 } },
                { "from": "face-to-face", "share": 0.3, "to": "web", "adoption": { "curve": "linear", "years": 0 } }
              ],
              "costs": [
                { "name": "Platform", "type": "one-off", "year": 12, "amount": -1 },
                { "name": "Licence", "type": "recurrent", "amount": 10 }
              ],
              "appraisal": { "years": 10, "discounting": "green-bok", "optimismBias": { "oneOff": -0.1, "benefits": 2 } },
              "colour": "blue"
            }
            """;

        var act = () => ScenarioReader.Parse(json, "council.json");

        var problems = act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.ToString()).ToList();
        problems.Should().Contain(
        [
            "council.json:3: $.unitCosts.catalogue: \"socitm-2011\" is not a unit-cost set (did you mean \"socitm-2010\"?); expected one of nwegg-2006, esd-2008, socitm-2008, socitm-2010, socitm-2012, dsa-2012, west-dunbartonshire-2017, deloitte-au-2015",
            "council.json:4: $.baseline.period: \"fortnight\" is not a period; expected one of day, week, month, quarter, year",
            "council.json:5: $.demandGrowth: -1 is out of range; did you mean -0.01?; expected a fraction greater than -1 and at most 0.5, e.g. 0.02 for 2%",
            "council.json:7: $.shifts[0].share: 1.4 is not a share; expected a number from 0 to 1",
            "council.json:7: $.shifts[0].to: the destination shares sum to 0.9; expected them to sum to 1",
            "council.json:9: $.shifts[1].adoption.years: 0 is not positive; expected a number of years greater than 0",
            "council.json:12: $.costs[0].year: 12 is after the appraisal's last year; expected a year from 0 to 10",
            "council.json:12: $.costs[0].amount: -1 is negative; expected an amount of 0 or more",
            "council.json:13: $.costs[1].type: \"recurrent\" is not a cost type (did you mean \"recurring\"?); expected one-off or recurring",
            "council.json:15: $.appraisal.discounting: \"green-bok\" is not a discounting schedule (did you mean \"green-book\"?); expected green-book, green-book-health or { \"rate\": 0.035 }",
            "council.json:15: $.appraisal.optimismBias.oneOff: -0.1 is out of range; expected an uplift as a fraction from 0 to 2, e.g. 0.4 for 40%",
            "council.json:15: $.appraisal.optimismBias.benefits: 2 is not a share; did you mean 0.02?; expected a fraction from 0 to 1",
            "council.json:16: $.colour: unknown property \"colour\"; expected one of name, description, currency, unitCosts, baseline, demandGrowth, shifts, options, costs, appraisal, costBehaviour, correlations",
        ]);
        problems.Should().Contain(p => p.StartsWith("council.json:4: $.baseline.volumes.face-to-face: -5 is negative", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("council.json:4: $.baseline.volumes.telephon: \"telephon\" is not a known channel (did you mean \"telephone\"?)", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("council.json:8: $.shifts[0].adoption.years: 1 is less than 2", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("council.json:8: $.shifts[0].adoption.target: 0.2 is not above start 0.8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 0.7, "to": "web" }, { "from": "f2f", "share": 0.6, "to": "telephone" } ], "appraisal": { "years": 3 } }""", "$.shifts[1].share: the shares moved from \"face-to-face\" sum to 1.3; expected at most 1")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "webchat" } ], "appraisal": { "years": 3 } }""", "$.shifts[0].to: \"webchat\" has no cost per contact in \"socitm-2010\"")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "telephone", "share": 1, "to": "web" } ], "appraisal": { "years": 3 } }""", "$.shifts[0].from: \"telephone\" has no baseline volume")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 0 } }""", "$.appraisal.years: 0 is out of range; expected a whole number from 1 to 1000")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ] }""", "$.appraisal: is missing")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1e999 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 3 } }""", "$.baseline.volumes.f2f: 1e999 is not a finite number")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": "many" } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 3 } }""", "$.baseline.volumes.f2f: the text \"many\" is not a volume")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web", "failureDemand": { "share": 0.2, "returnsTo": "avoided" } } ], "appraisal": { "years": 3 } }""", "$.shifts[0].failureDemand.returnsTo: \"avoided\" is not a channel here")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 3, "optimismBias": { "preset": "standard-building" } } }""", "$.appraisal.optimismBias.preset: \"standard-building\" is not an optimism-bias preset (did you mean \"standard-buildings\"?)")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 3 }, "appraisal": { "years": 4 } }""", "$.appraisal: \"appraisal\" is given twice")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "appraisal": { "years": 3 }, "unitCosts": { "catalogue": "deloitte-au-2015" }, "currency": "GBP" }""", "$.currency: \"GBP\" differs from the unit costs' currency AUD")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": { "web": { "uniform": [0.2, 0.4] }, "avoided": 0.7 } } ], "appraisal": { "years": 3 } }""", "$.shifts[0].to.web: the parts of a destination mix cannot be uncertain")]
    [InlineData("""{ "baseline": { "period": "year", "volumes": { "f2f": 1 } }, "shifts": [ { "from": "f2f", "share": 1, "to": "web" } ], "costBehaviour": { "telephone": { "handlingTimeRise": { "uniform": [0.05, 0.2] } } }, "appraisal": { "years": 3 } }""", "$.costBehaviour.telephone.handlingTimeRise: an object is not a rise; expected a fraction from 0 to 2, e.g. 0.1 for 10% (this number cannot be uncertain)")]
    public void Parse_Mistake_NamesPathAndWhatWasExpected(string json, string expected)
    {
        var act = () => ScenarioReader.Parse(json, "f.json");

        act.Should().Throw<InputValidationException>().Which.Problems.Select(p => p.ToString()).Should().Contain(p => p.Contains(expected));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("[1, 2]", "a list is not a scenario")]
    [InlineData("{ \"name\": ", "not valid JSON")]
    public void Parse_NotAScenario_IsOneClearProblem(string json, string expected) =>
        ((Action)(() => ScenarioReader.Parse(json, "f.json"))).Should().Throw<InputValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Message.Should().Contain(expected);

    [Fact]
    public void Appraise_PriceYearMismatchWithoutDeflator_IsAWarningNote()
    {
        var scenario = ScenarioReader.Parse(WasteServices, null);

        var note = Appraiser.NotesOf(scenario).Should().ContainSingle().Which.Should().BeOfType<PriceYearDiffersNote>().Subject;
        (note.PriceYear, note.AppraisalYear).Should().Be((2011, 2026));
        note.Message.Should().StartWith("Warning: the unit costs are at 2011 prices but the appraisal is in 2026 terms");
    }
}
