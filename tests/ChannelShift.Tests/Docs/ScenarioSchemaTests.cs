using System.Text.Json;
using System.Text.RegularExpressions;
using ChannelShift.Appraisal;
using ChannelShift.Serialization;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// docs/scenario.schema.json must say what the reader (ScenarioReader) accepts: the property names the schema allows at
/// each level are compared with the reader's own list, which the reader states in its "unknown property" error
/// ("…; expected one of a, b, c"). The examples in docs/examples must load.
/// </summary>
public class ScenarioSchemaTests
{
    private const string Bogus = "zzqqxxBogus";

    // A valid scenario with a hole ("@") where each probe puts its fragment.
    private const string Minimal = """
        {
          "baseline": { "period": "month", "volumes": { "face-to-face": 50000, "telephone": 120000, "web": 300000 } },
          "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 5 }
        }
        """;

    private static readonly Lazy<JsonDocument> Schema = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("docs", "scenario.schema.json"))));

    public static TheoryData<string, string, string> Levels => new()
    {
        // level, JSON pointer of the object schema in docs/scenario.schema.json, a scenario with a bogus property there
        { "top level", "", """{ "zzqqxxBogus": 1, "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [], "appraisal": { "years": 1 } }""" },
        { "unitCosts", "/$defs/unitCosts", Probe("\"unitCosts\": { \"zzqqxxBogus\": 1 }") },
        { "baseline", "/$defs/baseline", """{ "baseline": { "period": "year", "volumes": { "web": 1 }, "zzqqxxBogus": 1 }, "shifts": [], "appraisal": { "years": 1 } }""" },
        { "shift", "/$defs/shift", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [ { "from": "web", "share": 1, "to": "avoided", "zzqqxxBogus": 1 } ], "appraisal": { "years": 1 } }""" },
        { "adoption", "/$defs/adoption", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [ { "from": "web", "share": 1, "to": "avoided", "adoption": { "zzqqxxBogus": 1 } } ], "appraisal": { "years": 1 } }""" },
        { "failureDemand", "/$defs/failureDemand", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [ { "from": "web", "share": 1, "to": "telephone", "failureDemand": { "share": 0.2, "returnsTo": "telephone", "zzqqxxBogus": 1 } } ], "appraisal": { "years": 1 } }""" },
        { "cost", "/$defs/cost", Probe("\"costs\": [ { \"name\": \"x\", \"type\": \"one-off\", \"year\": 0, \"amount\": 1, \"zzqqxxBogus\": 1 } ]") },
        { "option", "/$defs/option", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "options": [ { "name": "A", "zzqqxxBogus": 1 } ], "appraisal": { "years": 1 } }""" },
        { "appraisal", "/$defs/appraisal", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [], "appraisal": { "years": 1, "zzqqxxBogus": 1 } }""" },
        { "discounting", "/$defs/appraisal/properties/discounting/oneOf/1", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [], "appraisal": { "years": 1, "discounting": { "rate": 0.035, "zzqqxxBogus": 1 } } }""" },
        { "optimismBias", "/$defs/optimismBias", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [], "appraisal": { "years": 1, "optimismBias": { "zzqqxxBogus": 1 } } }""" },
        { "gdpDeflator", "/$defs/gdpDeflator", """{ "baseline": { "period": "year", "volumes": { "web": 1 } }, "shifts": [], "appraisal": { "years": 1, "priceBaseYear": 2012, "gdpDeflator": { "rate": 0.02, "zzqqxxBogus": 1 } } }""" },
        { "costBehaviour", "/$defs/costBehaviour", Probe("\"costBehaviour\": { \"telephone\": { \"zzqqxxBogus\": 1 } }") },
        { "staffing", "/$defs/staffing", Probe("\"costBehaviour\": { \"telephone\": { \"staffing\": { \"zzqqxxBogus\": 1 } } }") },
        { "openingHours", "/$defs/openingHours", Probe("\"costBehaviour\": { \"telephone\": { \"staffing\": { \"openingHours\": { \"zzqqxxBogus\": 1 } } } }") },
        { "interval", "/$defs/interval", Probe("\"costBehaviour\": { \"telephone\": { \"staffing\": { \"openingHours\": { \"intervals\": [ { \"zzqqxxBogus\": 1 } ] } } } }") },
        { "fixed step", "/$defs/fixedStep", Probe("\"costBehaviour\": { \"face-to-face\": { \"fixed\": [ { \"zzqqxxBogus\": 1 } ] } }") },
        { "normal", "/$defs/distribution/oneOf/3/properties/normal", Minimal.Replace("\"share\": 0.5", "\"share\": { \"normal\": { \"mean\": 0.5, \"stdDev\": 0.1, \"zzqqxxBogus\": 1 } }", StringComparison.Ordinal) },
        { "lognormal", "/$defs/distribution/oneOf/4/properties/lognormal", Probe("\"demandGrowth\": { \"lognormal\": { \"median\": 0.01, \"sigma\": 0.1, \"zzqqxxBogus\": 1 } }") },
        { "choice", "/$defs/distribution/oneOf/5/properties/choice", Minimal.Replace("\"share\": 0.5", "\"share\": { \"choice\": { \"values\": [0.4, 0.6], \"zzqqxxBogus\": 1 } }", StringComparison.Ordinal) },
        { "survey", "/$defs/distribution/oneOf/6/properties/survey", Minimal.Replace("\"share\": 0.5", "\"share\": { \"survey\": { \"yes\": 16, \"of\": 67, \"zzqqxxBogus\": 1 } }", StringComparison.Ordinal) },
    };

    private const string Uncertain = "{ \"uniform\": [0.2, 0.4] }";
    private const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static TheoryData<string, string, string, bool> UncertainPlaces => new()
    {
        // place, JSON pointer of the number's schema, a scenario with a uniform(0.2, 0.4) there, whether the reader takes it
        { "unit-cost override", $"/$defs/unitCosts/properties/overrides/patternProperties/{KeyPattern}", Probe($"\"unitCosts\": {{ \"overrides\": {{ \"web\": {Uncertain} }} }}"), true },
        { "baseline volume", $"/$defs/baseline/properties/volumes/patternProperties/{KeyPattern}", Minimal.Replace("\"web\": 300000", $"\"web\": {Uncertain}", StringComparison.Ordinal), true },
        { "demandGrowth", "/properties/demandGrowth", Probe($"\"demandGrowth\": {Uncertain}"), true },
        { "shift share", "/$defs/shift/properties/share", Minimal.Replace("\"share\": 0.5", $"\"share\": {Uncertain}", StringComparison.Ordinal), true },
        { "failureDemand.share", "/$defs/failureDemand/properties/share", Shift($"\"failureDemand\": {{ \"share\": {Uncertain}, \"returnsTo\": \"telephone\" }}"), true },
        { "assistedDigital.share", "/$defs/shift/properties/assistedDigital/properties/share", Shift($"\"assistedDigital\": {{ \"share\": {Uncertain}, \"cost\": 2.90 }}"), true },
        { "assistedDigital.cost", "/$defs/shift/properties/assistedDigital/properties/cost", Shift($"\"assistedDigital\": {{ \"share\": 0.1, \"cost\": {Uncertain} }}"), true },
        { "linear adoption years", "/$defs/adoption/allOf/0/then/properties/years", Shift($"\"adoption\": {{ \"curve\": \"linear\", \"years\": {Uncertain} }}"), true },
        { "cost amount", "/$defs/cost/properties/amount", Probe($"\"costs\": [ {{ \"name\": \"x\", \"type\": \"one-off\", \"year\": 0, \"amount\": {Uncertain} }} ]"), true },
        { "constant discount rate", "/$defs/appraisal/properties/discounting/oneOf/1/properties/rate", Minimal.Replace("\"appraisal\": { \"years\": 5 }", $"\"appraisal\": {{ \"years\": 5, \"discounting\": {{ \"rate\": {Uncertain} }} }}", StringComparison.Ordinal), true },
        { "destination mix part", $"/$defs/shift/properties/to/oneOf/1/patternProperties/{KeyPattern}", Minimal.Replace("\"to\": \"web\"", $"\"to\": {{ \"web\": {Uncertain}, \"avoided\": 0.7 }}", StringComparison.Ordinal), false },
        { "s-curve years", "/$defs/adoption/allOf/1/then/properties/years", Shift("\"adoption\": { \"curve\": \"s-curve\", \"start\": 0.2, \"target\": 0.8, \"years\": { \"uniform\": [3, 5] } }"), false },
        { "s-curve start", "/$defs/adoption/properties/start", Shift($"\"adoption\": {{ \"curve\": \"s-curve\", \"start\": {Uncertain}, \"target\": 0.8, \"years\": 5 }}"), false },
        { "digitalExclusion", "/$defs/shift/properties/digitalExclusion", Shift($"\"digitalExclusion\": {Uncertain}"), false },
        { "daysPerYear", "/$defs/baseline/properties/daysPerYear", Minimal.Replace("\"period\": \"month\"", "\"period\": \"day\", \"daysPerYear\": { \"uniform\": [250, 260] }", StringComparison.Ordinal), false },
        { "optimism bias", "/$defs/optimismBias/properties/oneOff", Minimal.Replace("\"appraisal\": { \"years\": 5 }", $"\"appraisal\": {{ \"years\": 5, \"optimismBias\": {{ \"oneOff\": {Uncertain} }} }}", StringComparison.Ordinal), false },
        { "GDP deflator rate", "/$defs/gdpDeflator/properties/rate", Minimal.Replace("\"appraisal\": { \"years\": 5 }", $"\"appraisal\": {{ \"years\": 5, \"priceBaseYear\": 2026, \"gdpDeflator\": {{ \"rate\": {Uncertain} }} }}", StringComparison.Ordinal), false },
        { "variableShare", "/$defs/costBehaviour/properties/variableShare", Probe($"\"costBehaviour\": {{ \"telephone\": {{ \"variableShare\": {Uncertain} }} }}"), false },
        { "staffing costPerFte", "/$defs/staffing/properties/costPerFte", Probe("\"costBehaviour\": { \"telephone\": { \"staffing\": { \"handlingTimeSeconds\": 300, \"serviceLevel\": 0.8, \"answerWithinSeconds\": 20, \"openingHours\": { \"hoursPerDay\": 8, \"daysPerWeek\": 5 }, \"hoursPerFte\": 1650, \"costPerFte\": { \"uniform\": [25000, 30000] } } } }"), true },
        { "fixed step annualCost", "/$defs/fixedStep/properties/annualCost", Probe("\"costBehaviour\": { \"face-to-face\": { \"fixed\": [ { \"name\": \"x\", \"annualCost\": { \"uniform\": [1000, 2000] }, \"closesBelow\": 100 } ] } }"), true },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void PropertyNames_AtEachLevel_AreThoseTheReaderAccepts(string level, string pointer, string probe)
    {
        var readerNames = ReaderPropertyNames(probe);
        var schemaNames = PropertyNames(At(pointer));

        // "$schema" is allowed at the top level only, and the reader leaves it out of its list.
        if (pointer.Length == 0)
        {
            schemaNames.Should().Contain("$schema");
            schemaNames.Remove("$schema");
        }
        else
        {
            schemaNames.Should().NotContain("$schema", $"only the top level allows $schema ({level})");
        }

        schemaNames.Should().BeEquivalentTo(readerNames, $"the schema's {level} should allow exactly what the reader accepts");
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void ObjectSchema_AtEachLevel_RejectsUnknownProperties(string level, string pointer, string probe)
    {
        _ = probe;
        var node = At(pointer);
        node.TryGetProperty("additionalProperties", out var additional).Should().BeTrue($"the reader rejects unknown properties in the {level}");
        additional.ValueKind.Should().Be(JsonValueKind.False);
    }

    [Fact]
    public void Schema_IsJsonSchema202012()
    {
        var root = Schema.Value.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("type").GetString().Should().Be("object");
        root.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo("baseline", "appraisal");
    }

    [Fact]
    public void Catalogue_Enum_IsTheBuiltInKeys()
    {
        var keys = At("/$defs/unitCosts/properties/catalogue").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        keys.Should().Equal(UnitCostCatalogue.Keys);
    }

    [Fact]
    public void OptimismBiasPreset_Enum_IsThePresetKeys()
    {
        var keys = At("/$defs/optimismBias/properties/preset").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        keys.Should().Equal(OptimismBias.PresetKeys);
    }

    [Fact]
    public void AvoidedNames_Enum_IsAvoidedAndItsAliases()
    {
        var names = At("/$defs/avoidedNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        var expected = Channel.Aliases.Where(a => a.Value == Channel.Avoided.Key).Select(a => a.Key).Append(Channel.Avoided.Key);

        names.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void ChannelKeyPattern_MatchesEveryBuiltInKeyAndKebabAlias()
    {
        var pattern = At("/$defs/baseline/properties/volumes").GetProperty("patternProperties").EnumerateObject().Single().Name;
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        foreach (var channel in Channel.BuiltInChannels)
        {
            regex.IsMatch(channel.Key).Should().BeTrue(channel.Key);
        }

        foreach (var alias in Channel.Aliases.Keys.Where(a => !a.Contains(' ', StringComparison.Ordinal)))
        {
            regex.IsMatch(alias).Should().BeTrue(alias);
        }

        regex.IsMatch("one-stop-shop").Should().BeTrue();
        regex.IsMatch("Face-To-Face").Should().BeFalse();
    }

    [Theory]
    [InlineData("day")]
    [InlineData("weekly")]
    [InlineData("per-month")]
    [InlineData("quarters")]
    [InlineData("annually")]
    public void PeriodEnum_EveryValue_IsReadByTheReader(string sample)
    {
        var periods = At("/$defs/baseline/properties/period").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToList();
        periods.Should().Contain(sample);

        foreach (var period in periods)
        {
            var json = Minimal.Replace("\"month\"", $"\"{period}\"", StringComparison.Ordinal);
            var act = () => ScenarioReader.Parse(json, "period.json");
            act.Should().NotThrow($"\"{period}\" is in the schema's enum");
        }
    }

    [Fact]
    public void Examples_EveryFile_LoadsAndAppraises()
    {
        var files = Directory.GetFiles(RepositoryRoot.File("docs", "examples"), "*.json").Order(StringComparer.Ordinal).ToList();
        files.Should().HaveCountGreaterThanOrEqualTo(4, "docs/examples holds the report's case, waste services and two invented councils");

        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var scenario = ScenarioReader.Read(stream, Path.GetFileName(file));
            var appraisal = Appraiser.Appraise(scenario);
            appraisal.Options.Should().NotBeEmpty(file);

            using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            document.RootElement.GetProperty("$schema").GetString().Should().Be("../scenario.schema.json", $"{file} points editors at the schema");
        }
    }

    [Theory]
    [MemberData(nameof(UncertainPlaces))]
    public void UncertainNumber_AtEachPlace_SchemaAllowsADistributionExactlyWhereTheReaderDoes(string place, string pointer, string probe, bool readerTakesIt)
    {
        var schemaAllows = At(pointer).TryGetProperty("anyOf", out var anyOf)
            && anyOf.EnumerateArray().Any(a => a.TryGetProperty("$ref", out var r) && r.GetString() == "#/$defs/distribution");
        var act = () => ScenarioReader.Parse(probe, "probe.json");

        if (readerTakesIt)
        {
            act.Should().NotThrow($"the reader takes a distribution as the {place}").Which.Uncertainty.Inputs.Should().ContainSingle(place);
        }
        else
        {
            act.Should().Throw<InputValidationException>().Which.Problems
                .Should().Contain(p => p.Message.Contains("cannot be uncertain", StringComparison.Ordinal), $"the reader refuses a distribution as the {place}");
        }

        schemaAllows.Should().Be(readerTakesIt, $"the schema should allow a distribution as the {place} exactly when the reader does");
    }

    [Fact]
    public void Distribution_Shapes_AreTheReadersKindsEachClosed()
    {
        var probe = Minimal.Replace("\"share\": 0.5", "\"share\": { \"zzqqxxBogus\": 1 }", StringComparison.Ordinal);
        var act = () => ScenarioReader.Parse(probe, "probe.json");
        var message = act.Should().Throw<InputValidationException>().Which.Problems.Single().Message;
        const string marker = "expected one of ";
        var readerKinds = message[(message.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].Split(", ");
        var shapes = At("/$defs/distribution").GetProperty("oneOf").EnumerateArray().ToList();

        foreach (var shape in shapes)
        {
            shape.GetProperty("additionalProperties").ValueKind.Should().Be(JsonValueKind.False);
            var name = PropertyNames(shape).Should().ContainSingle().Subject;
            shape.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal(name);
        }

        shapes.Select(s => PropertyNames(s).Single()).Should().Equal(readerKinds, "the schema lists the reader's distributions in the reader's order");
    }

    [Fact]
    public void Anchor_BenchmarkScenario_LoadsWithItsDistributionsAndPointsAtTheSchema()
    {
        var path = RepositoryRoot.File("benchmarks", "anchor.json");
        using var stream = File.OpenRead(path);
        var scenario = ScenarioReader.Read(stream, "anchor.json");

        scenario.Uncertainty.Inputs.Should().NotBeEmpty("anchor.json is the Monte Carlo benchmark's scenario");
        Appraiser.Appraise(scenario).Options.Should().NotBeEmpty();
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        document.RootElement.GetProperty("$schema").GetString().Should().Be("../docs/scenario.schema.json");
    }

    private static string Shift(string fragment) =>
        Minimal.Replace("\"to\": \"web\" }", "\"to\": \"web\", " + fragment + " }", StringComparison.Ordinal);

    private static string Probe(string fragment) =>
        Minimal.Replace("\"appraisal\": { \"years\": 5 }", "\"appraisal\": { \"years\": 5 },\n  " + fragment, StringComparison.Ordinal);

    private static List<string> ReaderPropertyNames(string probe)
    {
        var act = () => ScenarioReader.Parse(probe, "probe.json");
        var problems = act.Should().Throw<InputValidationException>().Which.Problems;
        var unknown = problems.Where(p => p.Path.EndsWith("." + Bogus, StringComparison.Ordinal)).ToList();
        unknown.Should().ContainSingle($"the probe has one bogus property; the reader said: {string.Join(" | ", problems)}");
        var message = unknown[0].Message;
        message.Should().StartWith($"unknown property \"{Bogus}\"");
        const string marker = "expected one of ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BePositive(message);
        return message[(at + marker.Length)..].Split(", ").ToList();
    }

    private static JsonElement At(string pointer)
    {
        var node = Schema.Value.RootElement;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(part);
            while (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference) && !node.TryGetProperty("properties", out _))
            {
                node = At(reference.GetString()!.TrimStart('#'));
            }
        }

        return node;
    }

    private static List<string> PropertyNames(JsonElement objectSchema) =>
        objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
}
