using System.Globalization;
using System.Text.Json;

namespace ChannelShift.Serialization;

/// <summary>Turns a scenario file's JSON tree into a <see cref="Scenario"/>, collecting every problem on the way.</summary>
internal sealed class ScenarioParser(string? source)
{
    private static readonly string[] TopLevel = ["$schema", "name", "description", "currency", "unitCosts", "baseline", "demandGrowth", "shifts", "options", "costs", "appraisal", "costBehaviour", "correlations"];

    private readonly List<InputProblem> _problems = [];
    private readonly List<UncertainInput> _uncertain = [];
    private readonly List<(string Written, string Canonical)> _uncertainPaths = [];
    private readonly HashSet<string> _volumeNames = [];

    internal Scenario Parse(ReadOnlySpan<byte> utf8)
    {
        var root = JsonNode.Parse(utf8, out var syntax, out var duplicates);
        foreach (var (line, path, message) in duplicates)
        {
            _problems.Add(new InputProblem(path, "duplicate", message).At(source, line));
        }

        if (syntax is { } error)
        {
            _problems.Add(new InputProblem("$", "syntax", error.Message).At(source, error.Line));
            throw new InputValidationException(_problems);
        }

        if (root.Kind != JsonValueKind.Object)
        {
            Problem(root, "wrong-type", $"{root.KindName} is not a scenario", "a JSON object");
            throw new InputValidationException(_problems);
        }

        Known(root, TopLevel);
        var name = Text(root["name"], required: false) ?? "Scenario";
        _ = Text(root["description"], required: false);
        var costs = UnitCosts(root);
        var currency = Text(root["currency"], required: false);
        if (currency is not null && costs is not null && !string.Equals(currency, costs.Currency, StringComparison.Ordinal))
        {
            Problem(root["currency"]!, "inconsistent", $"\"{currency}\" differs from the unit costs' currency {costs.Currency}", $"{costs.Currency} (mixing currencies is an error)");
        }

        var baseline = BaselineOf(root, costs);
        var growth = root["demandGrowth"] is { } g ? Number(g, Rules.Growth, ScenarioInput.DemandGrowth) ?? 0m : 0m;
        var appraisal = AppraisalOf(root, costs);
        var years = appraisal?.Years ?? YearsOf(root);
        var options = OptionsOf(root, costs, baseline, years);
        var behaviour = CostBehaviourOf(root, costs);

        if (_problems.Count > 0)
        {
            throw new InputValidationException(_problems.OrderBy(p => p.Line ?? 0).ToList());
        }

        var copula = CorrelationsOf(root);
        if (_problems.Count > 0)
        {
            throw new InputValidationException(_problems.OrderBy(p => p.Line ?? 0).ToList());
        }

        return new Scenario(name, costs!, baseline!, growth, options!, appraisal!, behaviour, new ScenarioUncertainty(_uncertain, copula), optionsListed: root["options"] is not null);
    }

    // ---- unit costs ---------------------------------------------------------------------------------------------

    private UnitCostSet? UnitCosts(JsonNode root)
    {
        var node = root["unitCosts"];
        var key = UnitCostCatalogue.DefaultKey;
        if (node is null)
        {
            return UnitCostCatalogue.Get(key);
        }

        if (!IsObject(node, "unit costs", "an object such as { \"catalogue\": \"socitm-2012\" }"))
        {
            return null;
        }

        Known(node, "catalogue", "overrides", "priceYear", "digital");
        var catalogueNode = node["catalogue"];
        UnitCostSet? set = null;
        if (catalogueNode is not null)
        {
            var text = Text(catalogueNode, required: true);
            if (text is not null)
            {
                if (UnitCostCatalogue.TryGet(text, out var found))
                {
                    set = found;
                }
                else
                {
                    var hint = Suggest(text, UnitCostCatalogue.Keys);
                    Problem(catalogueNode, "unknown-name", $"\"{text}\" is not a unit-cost set{hint}", $"one of {string.Join(", ", UnitCostCatalogue.Keys)}");
                }
            }
        }
        else
        {
            set = UnitCostCatalogue.Get(key);
        }

        var priceYear = node["priceYear"] is { } py ? Integer(py, 1900, 2200) : null;
        var overrides = node["overrides"];
        if (overrides is not null && IsObject(overrides, "overrides", "an object of channel: cost per contact"))
        {
            foreach (var (channelName, value) in overrides.Properties)
            {
                Channel? channel = null;
                if (Channel.TryParseBuiltIn(channelName, out var builtIn))
                {
                    if (builtIn.IsAvoided)
                    {
                        Problem(value, "inconsistent", "\"avoided\" cannot have a cost; a contact no longer needed costs nothing");
                    }
                    else
                    {
                        channel = builtIn;
                    }
                }
                else
                {
                    try
                    {
                        channel = Channel.Custom(channelName);
                    }
                    catch (ArgumentException)
                    {
                        Problem(value, "unknown-name", $"\"{channelName}\" is not a channel key", "a built-in channel or a channel of your own in lower-case kebab-case, e.g. one-stop-shop");
                    }
                }

                var amount = Number(value, Rules.Amount, channel is null ? null : ScenarioInput.UnitCost(channel));
                if (set is not null && channel is not null && amount is { } a)
                {
                    var year = priceYear ?? set.Find(channel)?.Provenance.PriceYear ?? set.Costs[0].Provenance.PriceYear;
                    set = set.WithCost(channel, a, new Provenance("The council", "Scenario file", year.ToString(CultureInfo.InvariantCulture), year, set.Currency, CostBasis.PerContact, "A figure given in the scenario."));
                }
            }
        }

        if (node["digital"] is { } digital && IsObject(digital, "digital flags", "an object of channel: true or false, e.g. { \"kiosk\": true }"))
        {
            foreach (var (channelName, value) in digital.Properties)
            {
                if (value.Kind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Problem(value, "wrong-type", $"{value.KindName} is not true or false", "true for a digital channel, false for one that is not");
                    continue;
                }

                var channel = set is null ? null : ChannelOf(value, channelName, set, allowAvoided: false);
                if (set is not null && channel is not null)
                {
                    set = set.WithDigital(channel, value.Kind == JsonValueKind.True);
                }
            }
        }

        return set;
    }

    // ---- baseline -----------------------------------------------------------------------------------------------

    private Baseline? BaselineOf(JsonNode root, UnitCostSet? costs)
    {
        var node = root["baseline"];
        if (node is null)
        {
            Missing(root, "baseline", "an object with \"period\" and \"volumes\"");
            return null;
        }

        if (!IsObject(node, "baseline", "an object with \"period\" and \"volumes\""))
        {
            return null;
        }

        Known(node, "period", "daysPerYear", "volumes", "seasonality");
        var days = node["daysPerYear"] is { } d ? Number(d, Rules.DaysPerYear) : 365m;
        ContactPeriod? period = null;
        if (node["period"] is null)
        {
            Missing(node, "period", "the period the volumes are counted over: day, week, month, quarter or year");
        }
        else if (node["period"] is { } p && Text(p, required: true) is { } periodText)
        {
            try
            {
                period = ContactPeriod.Parse(periodText, days ?? 365m);
            }
            catch (ArgumentException)
            {
                Problem(p, "unknown-name", $"\"{periodText}\" is not a period{Suggest(periodText, ["day", "week", "month", "quarter", "year"])}", "one of day, week, month, quarter, year");
                period = null;
            }
        }

        var volumes = new Dictionary<Channel, decimal>();
        var volumesNode = node["volumes"];
        if (volumesNode is null)
        {
            Missing(node, "volumes", "an object of channel: contacts per period");
        }
        else if (IsObject(volumesNode, "volumes", "an object of channel: contacts per period"))
        {
            if (volumesNode.Properties.Count == 0)
            {
                Problem(volumesNode, "inconsistent", "no volumes are given", "at least one channel's contacts per period");
            }

            foreach (var (channelName, value) in volumesNode.Properties)
            {
                var channel = ChannelOf(value, channelName, costs, allowAvoided: false);
                if (channel is not null)
                {
                    _volumeNames.Add(channel.Key);
                }

                var volume = Number(value, Rules.Volume, channel is null ? null : ScenarioInput.Volume(channel));
                if (channel is not null && volume is { } v)
                {
                    volumes[channel] = v;
                }
            }
        }

        if (node["daysPerYear"] is { } daysNode && period is { } p2 && p2.Unit != PeriodUnit.Day)
        {
            Problem(daysNode, "inconsistent", $"days a year apply only to a daily baseline, but the period is {p2.Key}", "\"period\": \"day\", or no \"daysPerYear\"");
        }

        var seasonality = SeasonalityOf(node["seasonality"], costs);
        return period is { } per && costs is not null ? new Baseline(per, volumes, seasonality) : null;
    }

    private Dictionary<Channel, IReadOnlyList<decimal>>? SeasonalityOf(JsonNode? node, UnitCostSet? costs)
    {
        const string Expected = "12 weights, January to December, each 0 or more, with a mean of 1 (e.g. [1.2, 1.1, 1, 1, 0.9, 0.9, 0.8, 0.9, 1, 1, 1.1, 1.1])";
        if (node is null || !IsObject(node, "seasonality", "an object of channel: " + Expected))
        {
            return null;
        }

        var result = new Dictionary<Channel, IReadOnlyList<decimal>>();
        foreach (var (channelName, value) in node.Properties)
        {
            var channel = ChannelOf(value, channelName, costs, allowAvoided: false);
            if (value.Kind == JsonValueKind.Array && value.Items.Count != 12)
            {
                Problem(value, "out-of-range", string.Create(CultureInfo.InvariantCulture, $"{value.Items.Count} weights are given"), Expected);
                continue;
            }

            var weights = Numbers(value, 12, Expected);
            if (channel is null || weights is null)
            {
                continue;
            }

            var asDecimal = Array.ConvertAll(weights, w => (decimal)w);
            if (Baseline.SeasonalityProblem(asDecimal) is { } problem)
            {
                Problem(value, "out-of-range", problem, Expected);
                continue;
            }

            result[channel] = asDecimal;
        }

        return result;
    }

    // ---- options, shifts, costs ---------------------------------------------------------------------------------

    private List<ScenarioOption>? OptionsOf(JsonNode root, UnitCostSet? costs, Baseline? baseline, int? years)
    {
        var shifts = root["shifts"];
        var options = root["options"];
        var topCosts = root["costs"];
        if (shifts is null && options is null)
        {
            Missing(root, "shifts", "a list of shifts (or \"options\")");
            return null;
        }

        if (shifts is not null && options is not null)
        {
            Problem(options, "inconsistent", "a file has either \"shifts\" or \"options\", not both", "one of them");
            return null;
        }

        if (shifts is not null)
        {
            var list = ShiftsOf(shifts, costs, baseline, 0);
            var costList = topCosts is null ? [] : CostsOf(topCosts, years, 0);
            return list is null ? null : [new ScenarioOption(Text(root["name"], required: false) ?? "Proposal", list, costList)];
        }

        if (topCosts is not null)
        {
            Problem(topCosts, "inconsistent", "with \"options\", each option carries its own costs", "\"costs\" inside each option");
        }

        if (!IsArray(options!, "options", "a list of options, each with \"name\", \"shifts\" and \"costs\""))
        {
            return null;
        }

        if (options!.Items.Count == 0)
        {
            Problem(options, "inconsistent", "no options are given", "at least one");
        }

        var result = new List<ScenarioOption>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var optionIndex = -1;
        foreach (var item in options.Items)
        {
            optionIndex++;
            if (!IsObject(item, "option", "an object with \"name\", \"shifts\" and \"costs\""))
            {
                continue;
            }

            Known(item, "name", "description", "shifts", "costs");
            var name = Text(item["name"], required: true, parent: item, field: "name");
            _ = Text(item["description"], required: false);
            if (name is not null && !names.Add(name))
            {
                Problem(item["name"]!, "duplicate", $"\"{name}\" names two options", "each option's name once");
            }

            var optionShifts = item["shifts"] is { } s ? ShiftsOf(s, costs, baseline, optionIndex) : [];
            var optionCosts = item["costs"] is { } c ? CostsOf(c, years, optionIndex) : [];
            if (name is not null && optionShifts is not null)
            {
                result.Add(new ScenarioOption(name, optionShifts, optionCosts));
            }
        }

        return result;
    }

    private List<PlannedShift>? ShiftsOf(JsonNode node, UnitCostSet? costs, Baseline? baseline, int option)
    {
        if (!IsArray(node, "shifts", "a list of shifts"))
        {
            return null;
        }

        var result = new List<PlannedShift>();
        var shareByChannel = new Dictionary<Channel, (decimal Sum, JsonNode Node)>();
        var shiftIndex = -1;
        foreach (var item in node.Items)
        {
            shiftIndex++;
            if (!IsObject(item, "shift", "an object with \"from\", \"share\" and \"to\""))
            {
                continue;
            }

            Known(item, "name", "from", "share", "to", "adoption", "failureDemand", "assistedDigital", "digitalExclusion");
            var shiftName = Text(item["name"], required: false);
            var fromNode = item["from"];
            Channel? from = null;
            if (fromNode is null)
            {
                Missing(item, "from", "the channel contacts move from, e.g. \"face-to-face\"");
            }
            else if (Text(fromNode, required: true) is { } fromText)
            {
                from = ChannelOf(fromNode, fromText, costs, allowAvoided: false);
                if (from is not null && baseline is not null && !baseline.Volumes.ContainsKey(from) && !_volumeNames.Contains(from.Key))
                {
                    Problem(fromNode, "inconsistent", $"\"{from.Key}\" has no baseline volume", $"a channel of $.baseline.volumes ({string.Join(", ", baseline.Volumes.Keys.Select(k => k.Key))})");
                }
            }

            var shareNode = item["share"];
            decimal? share = null;
            if (shareNode is null)
            {
                Missing(item, "share", "the share of the channel's volume moved, from 0 to 1");
            }
            else
            {
                share = Number(shareNode, Rules.Share, ScenarioInput.ShiftShare(option, shiftIndex));
            }

            var mix = MixOf(item["to"], item, "to", costs, allowAvoided: true, "a destination such as \"web\" or a mix such as { \"web\": 0.7, \"avoided\": 0.3 }", "destination");
            var adoption = item["adoption"] is { } a ? AdoptionOf(a, ScenarioInput.AdoptionYears(option, shiftIndex)) : AdoptionCurve.Immediate;
            FailureDemand? failure = null;
            if (item["failureDemand"] is { } f && IsObject(f, "failure demand", "an object with \"share\" and \"returnsTo\""))
            {
                Known(f, "share", "returnsTo");
                var failureShare = f["share"] is { } fs ? Number(fs, Rules.Share, ScenarioInput.FailureShare(option, shiftIndex)) : MissingValue(f, "share", "a share from 0 to 1");
                var returnsTo = MixOf(f["returnsTo"], f, "returnsTo", costs, allowAvoided: false, "a non-digital channel such as \"telephone\", or a mix such as { \"telephone\": 0.7, \"face-to-face\": 0.3 }", "return");
                if (failureShare is { } fsv && returnsTo is not null)
                {
                    failure = new FailureDemand(Share.FromFraction(fsv), returnsTo);
                }
            }

            var assisted = item["assistedDigital"] is { } ad ? AssistedDigitalOf(ad, option, shiftIndex) : null;
            var exclusion = item["digitalExclusion"] is { } de ? Number(de, Rules.Share) ?? 0m : 0m;
            var digital = mix is null || costs is null ? 0m : mix.Parts.Where(p => costs.IsDigital(p.Key)).Sum(p => p.Value.Fraction);
            if (mix is not null && digital == 0m && item["digitalExclusion"] is { } unusedExclusion)
            {
                Problem(unusedExclusion, "inconsistent", "digital exclusion applies to the contacts moved to digital channels, and this shift moves none", "a digital destination (web, email, webchat, app, social-media, or a channel flagged digital), or no digital exclusion");
            }

            if (from is not null && share is { } sh && mix is not null && (item["failureDemand"] is null || failure is not null) && (item["assistedDigital"] is null || assisted is not null))
            {
                if (mix.Parts.Any(p => p.Key == from))
                {
                    Problem(item["to"]!, "inconsistent", $"the shift moves contacts from \"{from.Key}\" to \"{from.Key}\" itself", "destinations other than the source channel");
                    continue;
                }

                var effective = (sh * (1m - digital)) + Math.Min(sh * digital, 1m - exclusion);
                var previousSum = shareByChannel.TryGetValue(from, out var previous) ? previous.Sum : 0m;
                shareByChannel[from] = (previousSum + effective, shareNode!);
                var built = new Shift(from, Share.FromFraction(sh), mix, failure, assisted);

                // The model's rule for digital-only terms, reported at the field the file gives them in.
                var digitalProblems = costs is null ? [] : built.DigitalProblems(costs);
                foreach (var problem in digitalProblems)
                {
                    Problem(problem.Path == "failure.returnsTo" ? item["failureDemand"]!["returnsTo"]! : item[problem.Path]!, problem.Code, problem.What, problem.Expected);
                }

                if (adoption is not null && digitalProblems.Count == 0)
                {
                    result.Add(new PlannedShift(built, adoption, exclusion, shiftName));
                }
            }
        }

        foreach (var (channel, (sum, last)) in shareByChannel)
        {
            if (sum > 1m)
            {
                Problem(last, "inconsistent", FormattableString.Invariant($"the shares moved from \"{channel.Key}\" sum to {sum}"), FormattableString.Invariant($"at most 1 (shifts do not chain: each takes its share of the baseline)"));
            }
        }

        return result;
    }

    /// <summary>Assisted digital: <c>{ "share": 0.1, "cost": 2.90 }</c>, either number possibly uncertain. The number
    /// form of earlier versions (a cost per contact moved) is an error that shows the object form.</summary>
    private AssistedDigital? AssistedDigitalOf(JsonNode node, int option, int shiftIndex)
    {
        const string Form = "{ \"share\": 0.1, \"cost\": 2.90 }: the share of the contacts moved to digital channels that need help, and the cost of helping one";
        if (node.Kind == JsonValueKind.Number)
        {
            Problem(node, "wrong-type", $"a single number ({node.Text}) no longer says what assisted digital costs", Form);
            return null;
        }

        if (!IsObject(node, "assisted digital", Form))
        {
            return null;
        }

        Known(node, "share", "cost");
        var share = node["share"] is { } s ? Number(s, Rules.Share, ScenarioInput.AssistedDigitalShare(option, shiftIndex)) : MissingValue(node, "share", "the share of the contacts moved to digital channels that need help, from 0 to 1");
        var cost = node["cost"] is { } c ? Number(c, Rules.Amount, ScenarioInput.AssistedDigitalCost(option, shiftIndex)) : MissingValue(node, "cost", "the cost of helping one contact, e.g. 2.90");
        return share is { } sv && cost is { } cv ? new AssistedDigital(Share.FromFraction(sv), cv) : null;
    }

    /// <summary>A destination mix (or a failure demand's return mix): one channel's name, or an object of channel:
    /// share summing to 1.</summary>
    private DestinationMix? MixOf(JsonNode? node, JsonNode parent, string field, UnitCostSet? costs, bool allowAvoided, string expected, string what)
    {
        if (node is null)
        {
            Missing(parent, field, expected);
            return null;
        }

        if (node.Kind == JsonValueKind.String)
        {
            var channel = ChannelOf(node, node.Text!, costs, allowAvoided);
            return channel is null ? null : DestinationMix.To(channel);
        }

        if (!IsObject(node, what + " mix", expected))
        {
            return null;
        }

        var parts = new List<KeyValuePair<Channel, Share>>();
        var ok = true;
        foreach (var (channelName, value) in node.Properties)
        {
            if (value.Kind == JsonValueKind.Object)
            {
                Problem(value, "inconsistent", $"the parts of a {what} mix cannot be uncertain", "a number from 0 to 1 (make the shift's share uncertain instead)");
                ok = false;
                continue;
            }

            var share = Number(value, Rules.Share);
            var channel = ChannelOf(value, channelName, costs, allowAvoided);
            if (share is null || channel is null)
            {
                ok = false;
                continue;
            }

            parts.Add(new(channel, Share.FromFraction(share.Value)));
        }

        if (!ok)
        {
            return null;
        }

        var sum = parts.Sum(p => p.Value.Fraction);
        if (parts.Count == 0 || Math.Abs(sum - 1m) > DestinationMix.SumTolerance)
        {
            Problem(node, "inconsistent", FormattableString.Invariant($"the {what} shares sum to {sum}"), FormattableString.Invariant($"them to sum to 1"));
            return null;
        }

        return DestinationMix.Of(parts);
    }

    private AdoptionCurve? AdoptionOf(JsonNode node, ScenarioInput yearsTarget)
    {
        if (!IsObject(node, "adoption", "an object such as { \"curve\": \"linear\", \"years\": 3 }"))
        {
            return null;
        }

        Known(node, "curve", "years", "start", "target");
        var curveNode = node["curve"];
        var curve = curveNode is null ? "immediate" : Text(curveNode, required: true);
        switch (curve)
        {
            case null:
                return null;
            case "immediate":
                return AdoptionCurve.Immediate;
            case "linear":
                {
                    var years = node["years"] is { } y ? Number(y, Rules.PositiveYears, yearsTarget) : MissingValue(node, "years", "the years to full take-up, more than 0");
                    return years is { } v ? AdoptionCurve.Linear((double)v) : null;
                }

            case "s-curve":
                {
                    var start = node["start"] is { } s ? Number(s, Rules.OpenShare) : MissingValue(node, "start", "the take-up in year 1, between 0 and 1");
                    var target = node["target"] is { } t ? Number(t, Rules.OpenShare) : MissingValue(node, "target", "the take-up reached in the last year of the curve, between start and 1");
                    var years = node["years"] is { } y ? Number(y, Rules.SCurveYears) : MissingValue(node, "years", "the year the target is reached, 2 or more");
                    if (start is { } st && target is { } tg && tg <= st)
                    {
                        Problem(node["target"]!, "inconsistent", FormattableString.Invariant($"{tg} is not above start {st}"), FormattableString.Invariant($"0 < start < target < 1"));
                        return null;
                    }

                    return start is { } a && target is { } b && years is { } n ? AdoptionCurve.SCurve((double)a, (double)b, (double)n) : null;
                }

            default:
                Problem(curveNode!, "unknown-name", $"\"{curve}\" is not an adoption curve{Suggest(curve, ["immediate", "linear", "s-curve"])}", "one of immediate, linear, s-curve");
                return null;
        }
    }

    private List<CostItem> CostsOf(JsonNode node, int? years, int option)
    {
        var result = new List<CostItem>();
        if (!IsArray(node, "costs", "a list of costs"))
        {
            return result;
        }

        var costIndex = -1;
        foreach (var item in node.Items)
        {
            costIndex++;
            if (!IsObject(item, "cost", "an object with \"name\", \"type\" and \"amount\""))
            {
                continue;
            }

            Known(item, "name", "type", "year", "fromYear", "toYear", "amount", "funding");
            var funding = FundingOf(item, "funding");
            var name = Text(item["name"], required: true, parent: item, field: "name");
            var typeText = Text(item["type"], required: true, parent: item, field: "type");
            var amount = item["amount"] is { } a ? Number(a, Rules.Amount, ScenarioInput.CostAmount(option, costIndex)) : MissingValue(item, "amount", "an amount of 0 or more");
            int? Year(string field, bool required)
            {
                if (item[field] is not { } yearNode)
                {
                    if (required)
                    {
                        Missing(item, field, "a year from 0 to the appraisal's years");
                    }

                    return null;
                }

                var year = Integer(yearNode, 0, int.MaxValue);
                if (year is { } y && years is { } n && y > n)
                {
                    Problem(yearNode, "out-of-range", FormattableString.Invariant($"{y} is after the appraisal's last year"), FormattableString.Invariant($"a year from 0 to {n}"));
                    return null;
                }

                return year;
            }

            switch (typeText)
            {
                case null:
                    continue;
                case "one-off":
                    {
                        if (item["fromYear"] is { } fy)
                        {
                            Problem(fy, "inconsistent", "a one-off cost has a \"year\", not a \"fromYear\"", "\"year\"");
                        }

                        if (item["toYear"] is { } ty)
                        {
                            Problem(ty, "inconsistent", "a one-off cost is paid in one year", "no \"toYear\"");
                        }

                        var year = Year("year", required: true);
                        if (name is not null && amount is { } v && year is { } y)
                        {
                            result.Add(new CostItem(name, CostType.OneOff, y, null, v, funding));
                        }

                        break;
                    }

                case "recurring":
                    {
                        if (item["year"] is { } yNode)
                        {
                            Problem(yNode, "inconsistent", "a recurring cost has \"fromYear\" and \"toYear\", not \"year\"", "\"fromYear\"");
                        }

                        var from = item["fromYear"] is null ? 1 : Year("fromYear", required: false);
                        var to = Year("toYear", required: false);
                        if (from is { } f && to is { } t && t < f)
                        {
                            Problem(item["toYear"]!, "inconsistent", FormattableString.Invariant($"{t} is before fromYear {f}"), FormattableString.Invariant($"a year from {f}"));
                            break;
                        }

                        if (name is not null && amount is { } v && from is { } fr && (item["toYear"] is null || to is not null))
                        {
                            result.Add(new CostItem(name, CostType.Recurring, fr, to, v, funding));
                        }

                        break;
                    }

                default:
                    Problem(item["type"]!, "unknown-name", $"\"{typeText}\" is not a cost type{Suggest(typeText, ["one-off", "recurring"])}", "one-off or recurring");
                    break;
            }
        }

        return result;
    }

    // ---- appraisal ----------------------------------------------------------------------------------------------

    private AppraisalSettings? AppraisalOf(JsonNode root, UnitCostSet? costs)
    {
        var node = root["appraisal"];
        if (node is null)
        {
            Missing(root, "appraisal", "an object with at least \"years\"");
            return null;
        }

        if (!IsObject(node, "appraisal", "an object with at least \"years\""))
        {
            return null;
        }

        Known(node, "years", "firstYear", "discounting", "optimismBias", "priceBaseYear", "gdpDeflator", "inflation");
        decimal? inflation = null;
        if (node["inflation"] is { } inf && IsObject(inf, "inflation", "{ \"rate\": 0.025 }: inflation a year, as a fraction, for the financial view"))
        {
            Known(inf, "rate");
            inflation = inf["rate"] is { } ir ? Number(ir, Rules.InflationRate) : MissingValue(inf, "rate", "inflation a year as a fraction, e.g. 0.025");
        }

        int? years = null;
        if (node["years"] is { } y)
        {
            years = Integer(y, 1, 1000);
        }
        else
        {
            Missing(node, "years", "the appraisal's last year, from 1 to 1000 (10 means years 0 to 10)");
        }

        var firstYear = node["firstYear"] is { } fy ? Integer(fy, 1900, 2200) : null;
        var discounting = node["discounting"] is { } d ? DiscountingOf(d) : DiscountSchedule.GreenBook;
        var bias = node["optimismBias"] is { } ob ? OptimismBiasOf(ob) : OptimismBias.None;
        var priceBase = node["priceBaseYear"] is { } pb ? Integer(pb, 1900, 2200) : null;
        var deflator = node["gdpDeflator"] is { } gd ? DeflatorOf(gd, costs, priceBase) : null;
        if (deflator is not null && priceBase is null)
        {
            Problem(node["gdpDeflator"]!, "inconsistent", "a GDP deflator needs a price base year to rebase to", "\"priceBaseYear\" beside it");
        }

        return years is { } n && discounting is not null && bias is not null && (node["gdpDeflator"] is null || deflator is not null)
            ? new AppraisalSettings(n, discounting, bias, firstYear, priceBase, deflator, inflation)
            : null;
    }

    /// <summary>A funding tag, <c>"capital"</c> or <c>"revenue"</c> (the default when absent).</summary>
    private Funding FundingOf(JsonNode parent, string field)
    {
        if (parent[field] is not { } node)
        {
            return Funding.Revenue;
        }

        switch (Text(node, required: true))
        {
            case "capital":
                return Funding.Capital;
            case "revenue":
                return Funding.Revenue;
            case { } other:
                Problem(node, "unknown-name", $"\"{other}\" is not a kind of funding{Suggest(other, ["capital", "revenue"])}", "capital or revenue");
                return Funding.Revenue;
            default:
                return Funding.Revenue;
        }
    }

    private static int? YearsOf(JsonNode root) =>
        root["appraisal"]?["years"] is { Kind: JsonValueKind.Number } y && int.TryParse(y.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000 ? n : null;

    private DiscountSchedule? DiscountingOf(JsonNode node)
    {
        if (node.Kind == JsonValueKind.String)
        {
            switch (node.Text)
            {
                case "green-book":
                    return DiscountSchedule.GreenBook;
                case "green-book-health":
                    return DiscountSchedule.GreenBookHealth;
                default:
                    Problem(node, "unknown-name", $"\"{node.Text}\" is not a discounting schedule{Suggest(node.Text!, ["green-book", "green-book-health"])}", $"green-book, green-book-health or {{ \"rate\": 0.035 }}");
                    return null;
            }
        }

        if (node.Kind != JsonValueKind.Object)
        {
            Problem(node, "wrong-type", $"{node.KindName} is not a discounting schedule", $"green-book, green-book-health or {{ \"rate\": 0.035 }}");
            return null;
        }

        Known(node, "rate");
        var rate = node["rate"] is { } r ? Number(r, Rules.DiscountRate, ScenarioInput.DiscountRate) : MissingValue(node, "rate", "a constant discount rate as a fraction, e.g. 0.035");
        return rate is { } v ? DiscountSchedule.Constant((double)v) : null;
    }

    private OptimismBias? OptimismBiasOf(JsonNode node)
    {
        if (!IsObject(node, "optimism bias", "an object with \"oneOff\", \"recurring\", \"benefits\" or a \"preset\""))
        {
            return null;
        }

        Known(node, "preset", "bound", "oneOff", "recurring", "benefits");
        var bias = OptimismBias.None;
        var ok = true;
        if (node["preset"] is { } presetNode && Text(presetNode, required: true) is { } preset)
        {
            var bound = OptimismBiasBound.Upper;
            if (node["bound"] is { } boundNode && Text(boundNode, required: true) is { } boundText)
            {
                switch (boundText)
                {
                    case "upper":
                        break;
                    case "lower":
                        bound = OptimismBiasBound.Lower;
                        break;
                    default:
                        Problem(boundNode, "unknown-name", $"\"{boundText}\" is not a bound", "upper or lower");
                        ok = false;
                        break;
                }
            }

            if (OptimismBias.PresetKeys.Contains(preset))
            {
                bias = OptimismBias.FromPreset(preset, bound);
            }
            else
            {
                Problem(presetNode, "unknown-name", $"\"{preset}\" is not an optimism-bias preset{Suggest(preset, OptimismBias.PresetKeys)}", $"one of {string.Join(", ", OptimismBias.PresetKeys)}");
                ok = false;
            }
        }
        else if (node["bound"] is { } orphan)
        {
            Problem(orphan, "inconsistent", "a bound goes with a preset", "\"preset\" beside it");
            ok = false;
        }

        if (node["oneOff"] is { } one && Number(one, Rules.Uplift) is { } o)
        {
            bias = bias.WithOneOff(o);
        }

        if (node["recurring"] is { } rec && Number(rec, Rules.Uplift) is { } rv)
        {
            bias = bias.WithRecurring(rv);
        }

        if (node["benefits"] is { } ben && Number(ben, Rules.Haircut) is { } bv)
        {
            bias = bias.WithBenefits(bv);
        }

        return ok ? bias : null;
    }

    private GdpDeflator? DeflatorOf(JsonNode node, UnitCostSet? costs, int? priceBase)
    {
        if (!IsObject(node, "GDP deflator", "{ \"rate\": 0.02 } or { \"index\": { \"2010\": 87.1, … } }"))
        {
            return null;
        }

        Known(node, "rate", "index");
        if (node["rate"] is not null && node["index"] is { } both)
        {
            Problem(both, "inconsistent", "a deflator has a rate or an index, not both", "one of them");
            return null;
        }

        if (node["rate"] is { } r)
        {
            var rate = Number(r, Rules.DeflatorRate);
            return rate is { } v ? GdpDeflator.Rate((double)v) : null;
        }

        if (node["index"] is { } indexNode && IsObject(indexNode, "index", "an object of year: index value"))
        {
            var index = new Dictionary<int, decimal>();
            foreach (var (yearText, value) in indexNode.Properties)
            {
                var v = Number(value, Rules.PositiveIndex);
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
                {
                    Problem(value, "unknown-name", $"\"{yearText}\" is not a year", "a calendar year such as \"2010\"");
                }
                else if (v is { } iv)
                {
                    index[year] = iv;
                }
            }

            var needed = (costs?.Costs.Select(c => c.Provenance.PriceYear) ?? []).Append(priceBase ?? 0).Where(y => y > 0).Distinct().Order().ToList();
            var missing = needed.Where(y => !index.ContainsKey(y)).ToList();
            if (missing.Count > 0)
            {
                Problem(indexNode, "inconsistent", $"the index has no value for {string.Join(", ", missing)}", $"a value for every price year used ({string.Join(", ", needed)})");
                return null;
            }

            return index.Count > 0 ? GdpDeflator.Index(index) : null;
        }

        if (node["index"] is null)
        {
            Problem(node, "inconsistent", "neither \"rate\" nor \"index\" is given", "one of them");
        }

        return null;
    }

    // ---- cost behaviour (cashable savings) ------------------------------------------------------------------------

    private Dictionary<Channel, CostBehaviour>? CostBehaviourOf(JsonNode root, UnitCostSet? costs)
    {
        var result = new Dictionary<Channel, CostBehaviour>();
        var node = root["costBehaviour"];
        if (node is null || !IsObject(node, "cost behaviour", "an object of channel: { variableShare, staffing, fixed }"))
        {
            return result;
        }

        foreach (var (channelName, item) in node.Properties)
        {
            var channel = ChannelOf(item, channelName, costs, allowAvoided: false);
            if (!IsObject(item, "cost behaviour", "an object with \"variableShare\", \"staffing\" or \"fixed\""))
            {
                continue;
            }

            Known(item, "variableShare", "staffing", "fixed", "handlingTimeRise");
            ScenarioInput? For(Func<Channel, ScenarioInput> input) => channel is null ? null : input(channel);
            var variable = item["variableShare"] is { } vs ? Number(vs, Rules.Share) : null;
            var staffing = item["staffing"] is { } st ? StaffingOf(st, channel) : null;
            // A rise acts only on a staffed channel's handling time: without staffing it is no input of the model, so it
            // cannot be uncertain.
            var rise = item["handlingTimeRise"] is { } hr ? Number(hr, Rules.Rise, item["staffing"] is null ? null : For(ScenarioInput.HandlingTimeRise)) ?? 0m : 0m;
            var steps = new List<FixedStep>();
            if (item["fixed"] is { } fixedNode && IsArray(fixedNode, "fixed steps", "a list of fixed steps"))
            {
                var stepIndex = -1;
                foreach (var stepNode in fixedNode.Items)
                {
                    stepIndex++;
                    if (!IsObject(stepNode, "fixed step", "an object with \"name\", \"annualCost\" and \"closesBelow\""))
                    {
                        continue;
                    }

                    Known(stepNode, "name", "annualCost", "closesBelow", "earliestYear", "closureCost", "closureFunding");
                    var closureFunding = FundingOf(stepNode, "closureFunding");
                    var name = Text(stepNode["name"], required: true, parent: stepNode, field: "name");
                    var annual = stepNode["annualCost"] is { } ac ? Number(ac, Rules.Amount, channel is null ? null : ScenarioInput.FixedStepAnnualCost(channel, stepIndex)) : MissingValue(stepNode, "annualCost", "its cost a year");
                    var below = stepNode["closesBelow"] is { } cb ? Number(cb, Rules.Volume) : MissingValue(stepNode, "closesBelow", "the annual volume below which it can close");
                    var earliest = stepNode["earliestYear"] is { } ey ? Integer(ey, 1, 1000) : 1;
                    var closure = stepNode["closureCost"] is { } cc ? Number(cc, Rules.Amount, channel is null ? null : ScenarioInput.FixedStepClosureCost(channel, stepIndex)) : 0m;
                    if (name is not null && annual is { } a && below is { } b && earliest is { } e && closure is { } c)
                    {
                        steps.Add(new FixedStep(name, a, b, e, c, closureFunding));
                    }
                }
            }

            if (channel is not null && (item["staffing"] is null || staffing is not null))
            {
                result[channel] = new CostBehaviour(variable, staffing, steps, (double)rise);
            }
        }

        return result;
    }

    private ChannelStaffing? StaffingOf(JsonNode node, Channel? channel)
    {
        ScenarioInput? For(Func<Channel, ScenarioInput> input) => channel is null ? null : input(channel);
        if (!IsObject(node, "staffing", "an object describing the channel's staff: handlingTimeSeconds, serviceLevel, answerWithinSeconds, openingHours, hoursPerFte, costPerFte"))
        {
            return null;
        }

        Known(node, "handlingTimeSeconds", "serviceLevel", "answerWithinSeconds", "shrinkage", "maximumOccupancy", "openingHours", "hoursPerFte", "costPerFte", "releaseCostPerFte", "releaseFunding");
        var releaseFunding = FundingOf(node, "releaseFunding");
        var aht = node["handlingTimeSeconds"] is { } h ? Number(h, Rules.PositiveSeconds, For(ScenarioInput.HandlingTime)) : MissingValue(node, "handlingTimeSeconds", "the average handling time in seconds");
        var level = node["serviceLevel"] is { } sl ? Number(sl, Rules.OpenShare) : MissingValue(node, "serviceLevel", "the share answered within the time, between 0 and 1, e.g. 0.8");
        var within = node["answerWithinSeconds"] is { } aw ? Number(aw, Rules.NonNegativeSeconds) : MissingValue(node, "answerWithinSeconds", "the time to answer within, in seconds");
        var shrinkage = node["shrinkage"] is { } sh ? Number(sh, Rules.Shrinkage, For(ScenarioInput.Shrinkage)) : 0m;
        var occupancy = node["maximumOccupancy"] is { } mo ? Number(mo, Rules.Occupancy) : 1m;
        var hours = node["hoursPerFte"] is { } hp ? Number(hp, Rules.PositiveHours) : MissingValue(node, "hoursPerFte", "contracted hours per FTE per year, e.g. 1650");
        var cost = node["costPerFte"] is { } cf ? Number(cf, Rules.Amount, For(ScenarioInput.CostPerFte)) : MissingValue(node, "costPerFte", "the cost of one FTE a year");
        var release = node["releaseCostPerFte"] is { } rc ? Number(rc, Rules.Amount, For(ScenarioInput.ReleaseCostPerFte)) : 0m;
        var profile = node["openingHours"] is { } oh ? OpeningHoursOf(oh) : MissingOpeningHours(node);
        if (aht is { } a && level is { } l && within is { } w && shrinkage is { } s && occupancy is { } o && hours is { } hr && cost is { } c && release is { } r && profile is not null)
        {
            return new ChannelStaffing(TimeSpan.FromSeconds((double)a), new ServiceLevelTarget((double)l, TimeSpan.FromSeconds((double)w)), (double)s, profile, (double)hr, c, r, (double)o, releaseFunding);
        }

        return null;
    }

    private OpeningHoursProfile? MissingOpeningHours(JsonNode parent)
    {
        Missing(parent, "openingHours", "the opening hours, e.g. { \"hoursPerDay\": 8, \"daysPerWeek\": 5, \"weeksPerYear\": 52 }");
        return null;
    }

    private OpeningHoursProfile? OpeningHoursOf(JsonNode node)
    {
        if (!IsObject(node, "opening hours", "{ \"hoursPerDay\": 8, \"daysPerWeek\": 5, \"weeksPerYear\": 52 } or { \"intervals\": [...], \"weeksPerYear\": 52 }"))
        {
            return null;
        }

        Known(node, "hoursPerDay", "daysPerWeek", "weeksPerYear", "intervals");
        var weeks = node["weeksPerYear"] is { } wk ? Number(wk, Rules.Weeks) : 52m;
        if (node["intervals"] is { } intervalsNode)
        {
            if (!IsArray(intervalsNode, "intervals", "a list of { \"hours\": 0.5, \"share\": 0.01 }"))
            {
                return null;
            }

            var intervals = new List<OpeningInterval>();
            foreach (var item in intervalsNode.Items)
            {
                if (!IsObject(item, "interval", "{ \"hours\": 0.5, \"share\": 0.01 }"))
                {
                    continue;
                }

                Known(item, "hours", "share");
                var hours = item["hours"] is { } h ? Number(h, Rules.PositiveHours) : MissingValue(item, "hours", "the interval's length in hours");
                var share = item["share"] is { } s ? Number(s, Rules.Share) : MissingValue(item, "share", "its share of the week's contacts");
                if (hours is { } hv && share is { } sv)
                {
                    intervals.Add(new OpeningInterval(TimeSpan.FromHours((double)hv), (double)sv));
                }
            }

            var sum = intervals.Sum(i => i.Share);
            if (intervals.Count == intervalsNode.Items.Count && Math.Abs(sum - 1) > OpeningHoursProfile.ShareTolerance)
            {
                Problem(intervalsNode, "inconsistent", FormattableString.Invariant($"the intervals' shares sum to {sum}"), FormattableString.Invariant($"them to sum to 1"));
                return null;
            }

            return weeks is { } w && intervals.Count == intervalsNode.Items.Count ? Guard(node, () => new OpeningHoursProfile(intervals, (double)w)) : null;
        }

        var perDay = node["hoursPerDay"] is { } hd ? Number(hd, Rules.HoursPerDay) : MissingValue(node, "hoursPerDay", "hours open a day, e.g. 8");
        var days = node["daysPerWeek"] is { } dw ? Integer(dw, 1, 7) : MissingValue(node, "daysPerWeek", "days open a week, 1 to 7") is null ? null : 5;
        return perDay is { } p && days is { } d && weeks is { } ww ? Guard(node, () => OpeningHoursProfile.HalfHourly((double)p, d, (double)ww)) : null;
    }

    private T? Guard<T>(JsonNode node, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (InputValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                Reported(node, problem);
            }

            return null;
        }
    }

    // ---- uncertainty ----------------------------------------------------------------------------------------------

    private static readonly string[] DistributionKinds = ["triangular", "pert", "uniform", "normal", "lognormal", "choice", "survey"];

    private Distribution? DistributionOf(JsonNode node, NumberRule rule)
    {
        if (node.Properties.Count != 1)
        {
            Problem(node, "inconsistent", "an uncertain number has exactly one distribution", $"one of {string.Join(", ", DistributionKinds)}, e.g. {{ \"triangular\": [4.83, 7.40, 9.56] }}");
            return null;
        }

        var (kind, body) = node.Properties[0];
        Distribution? distribution = null;
        try
        {
            switch (kind)
            {
                case "triangular":
                case "pert":
                    {
                        var v = Numbers(body, 3, "[min, mode, max]");
                        if (v is not null)
                        {
                            distribution = kind == "pert" ? Distribution.Pert(v[0], v[1], v[2]) : Distribution.Triangular(v[0], v[1], v[2]);
                        }

                        break;
                    }

                case "uniform":
                    {
                        var v = Numbers(body, 2, "[min, max]");
                        if (v is not null)
                        {
                            distribution = Distribution.Uniform(v[0], v[1]);
                        }

                        break;
                    }

                case "normal":
                    {
                        var (mean, sd) = Pair(body, "mean", "stdDev");
                        if (mean is { } m && sd is { } s)
                        {
                            distribution = Distribution.Normal(m, s);
                        }

                        break;
                    }

                case "lognormal":
                    {
                        var (median, sigma) = Pair(body, "median", "sigma");
                        if (median is { } m && sigma is { } s)
                        {
                            distribution = Distribution.LogNormal(m, s);
                        }

                        break;
                    }

                case "survey":
                    {
                        if (IsObject(body, "survey", "{ \"yes\": 16, \"of\": 67 }"))
                        {
                            Known(body, "yes", "of");
                            var yes = body["yes"] is { } y ? Integer(y, 0, 100_000) : (int?)MissingValue(body, "yes", "the number who said yes");
                            var of = body["of"] is { } o ? Integer(o, 1, 100_000) : (int?)MissingValue(body, "of", "the number asked");
                            if (yes is { } x && of is { } n)
                            {
                                if (x > n)
                                {
                                    Problem(body["yes"]!, "inconsistent", FormattableString.Invariant($"{x} is more than the {n} asked"), FormattableString.Invariant($"0 to {n}"));
                                }
                                else
                                {
                                    distribution = Distribution.Survey(x, n);
                                }
                            }
                        }

                        break;
                    }

                case "choice":
                    {
                        if (IsObject(body, "choice", "{ \"values\": [...], \"weights\": [...] }"))
                        {
                            Known(body, "values", "weights");
                            var values = body["values"] is { } vs ? Numbers(vs, -1, "a list of values") : MissingList(body, "values");
                            var weights = body["weights"] is { } ws ? Numbers(ws, values?.Length ?? -1, "a list of weights, one per value") : Enumerable.Repeat(1.0, values?.Length ?? 0).ToArray();
                            if (values is not null && weights is not null)
                            {
                                distribution = Distribution.Choice(values, weights);
                            }
                        }

                        break;
                    }

                default:
                    Problem(body, "unknown-name", $"\"{kind}\" is not a distribution{Suggest(kind, DistributionKinds)}", $"one of {string.Join(", ", DistributionKinds)}");
                    return null;
            }
        }
        catch (InputValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                Reported(body, problem);
            }

            return null;
        }

        if (distribution is not null && !rule.HoldsBetween(distribution.Minimum, distribution.Maximum))
        {
            Problem(body, "out-of-range", FormattableString.Invariant($"{distribution} can take values from {distribution.Minimum:R} to {distribution.Maximum:R}, outside the valid range"), FormattableString.Invariant($"a distribution whose values are all {rule.Expected}"));
            return null;
        }

        return distribution;
    }

    private double[]? MissingList(JsonNode parent, string field)
    {
        Missing(parent, field, "a list of numbers");
        return null;
    }

    private double[]? Numbers(JsonNode node, int count, string expected)
    {
        if (node.Kind != JsonValueKind.Array || (count >= 0 && node.Items.Count != count) || node.Items.Count == 0)
        {
            Problem(node, "wrong-type", $"{node.KindName} is not {expected}", $"{(count >= 0 ? FormattableString.Invariant($"a list of {count} numbers") : "a list of numbers")}");
            return null;
        }

        var result = new double[node.Items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = node.Items[i];
            if (item.Kind != JsonValueKind.Number || !double.TryParse(item.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                Problem(item, "wrong-type", $"{item.KindName} is not a finite number", "a number");
                return null;
            }

            result[i] = v;
        }

        return result;
    }

    private (double? First, double? Second) Pair(JsonNode node, string first, string second)
    {
        if (!IsObject(node, "distribution's parameters", FormattableString.Invariant($"{{ \"{first}\": …, \"{second}\": … }}")))
        {
            return (null, null);
        }

        Known(node, first, second);
        double? Read(string name)
        {
            if (node[name] is not { } v)
            {
                Missing(node, name, "a number");
                return null;
            }

            if (v.Kind != JsonValueKind.Number || !double.TryParse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Problem(v, "wrong-type", $"{v.KindName} is not a finite number", "a number");
                return null;
            }

            return value;
        }

        return (Read(first), Read(second));
    }

    private GaussianCopula? CorrelationsOf(JsonNode root)
    {
        var node = root["correlations"];
        if (node is null || !IsArray(node, "correlations", "a list of { \"between\": [PATH, PATH], \"rank\": 0.8 }"))
        {
            return null;
        }

        var n = _uncertain.Count;
        var matrix = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            matrix[i, i] = 1;
        }

        foreach (var item in node.Items)
        {
            if (!IsObject(item, "correlation", "{ \"between\": [PATH, PATH], \"rank\": 0.8 }"))
            {
                continue;
            }

            Known(item, "between", "rank");
            var rank = item["rank"] is { } r ? Number(r, Rules.Correlation) : MissingValue(item, "rank", "a rank correlation from -1 to 1");
            var between = item["between"];
            if (between is null)
            {
                Missing(item, "between", "the JSON paths of two uncertain inputs");
                continue;
            }

            if (between.Kind != JsonValueKind.Array || between.Items.Count != 2 || between.Items.Any(b => b.Kind != JsonValueKind.String))
            {
                Problem(between, "wrong-type", $"{between.KindName} is not two paths", "[\"$.path.one\", \"$.path.two\"] naming uncertain inputs");
                continue;
            }

            var indexes = between.Items.Select(b =>
            {
                var index = _uncertainPaths.FindIndex(p => p.Canonical == b.Text || p.Written == b.Text);
                if (index < 0)
                {
                    Problem(b, "unknown-name", $"\"{b.Text}\" is not an uncertain input", $"one of {(n == 0 ? "(none: give a distribution first)" : string.Join(", ", _uncertainPaths.Select(p => p.Canonical)))}");
                }

                return index;
            }).ToArray();
            if (indexes.Any(i => i < 0) || rank is null)
            {
                continue;
            }

            if (indexes[0] == indexes[1])
            {
                Problem(between, "duplicate", "an input is correlated with itself", "two different inputs");
                continue;
            }

            var rho = GaussianCopula.NormalCorrelationFor((double)rank.Value);
            matrix[indexes[0], indexes[1]] = rho;
            matrix[indexes[1], indexes[0]] = rho;
        }

        if (_problems.Count > 0 || node.Items.Count == 0)
        {
            return null;
        }

        try
        {
            return GaussianCopula.Create(_uncertain.Select(u => u.Distribution).ToList(), matrix);
        }
        catch (InputValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                Reported(node, problem, "correlations that can hold together (a positive-definite matrix)");
            }

            return null;
        }
    }

    // ---- primitives ---------------------------------------------------------------------------------------------

    private Channel? ChannelOf(JsonNode node, string name, UnitCostSet? costs, bool allowAvoided)
    {
        try
        {
            if (costs is null)
            {
                return Channel.Parse(name, null, allowAvoided);
            }

            var channel = costs.ParseChannel(name, allowAvoided);
            if (!costs.Contains(channel))
            {
                Problem(node, "inconsistent", $"\"{channel.Key}\" has no cost per contact in \"{costs.Key}\"", $"one in $.unitCosts.overrides (e.g. \"{channel.Key}\": 2.50)");
                return null;
            }

            return channel;
        }
        catch (InputValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                Problem(node, problem.Code, problem.What, problem.Expected);
            }

            return null;
        }
    }

    private decimal? Number(JsonNode node, NumberRule rule, ScenarioInput? target = null)
    {
        if (node.Kind == JsonValueKind.Object)
        {
            if (!rule.MayBeUncertain || target is null)
            {
                Problem(node, "wrong-type", $"an object is not {rule.What}", $"{rule.Expected} (this number cannot be uncertain)");
                return null;
            }

            var distribution = DistributionOf(node, rule);
            if (distribution is null)
            {
                return null;
            }

            _uncertain.Add(new UncertainInput(target, distribution));
            _uncertainPaths.Add((node.Path, CanonicalPath(node.Path, target)));
            return (decimal)distribution.Mean;
        }

        if (node.Kind != JsonValueKind.Number)
        {
            Problem(node, "wrong-type", $"{node.KindName} is not {rule.What}", $"{rule.Expected}");
            return null;
        }

        if (!decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var finite = double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);
            Problem(node, finite ? "too-large" : "not-finite", finite ? $"{node.Text} is too large" : $"{node.Text} is not a finite number", rule.Expected);
            return null;
        }

        if (!rule.Holds(value))
        {
            _problems.Add(rule.Problem(node.Path, node.Text!).At(source, node.Line));
            return null;
        }

        return value;
    }

    private int? Integer(JsonNode node, int min, int max)
    {
        var expected = max == int.MaxValue
            ? FormattableString.Invariant($"a whole number of {min} or more")
            : FormattableString.Invariant($"a whole number from {min} to {max}");
        if (node.Kind != JsonValueKind.Number || !decimal.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Floor(value))
        {
            Problem(node, "wrong-type", $"{node.KindName} is not a whole number", $"{expected}");
            return null;
        }

        if (value < min || value > max)
        {
            Problem(node, "out-of-range", $"{node.Text} is out of range", $"{expected}");
            return null;
        }

        return (int)value;
    }

    private string? Text(JsonNode? node, bool required, JsonNode? parent = null, string? field = null)
    {
        if (node is null)
        {
            if (required && parent is not null && field is not null)
            {
                Missing(parent, field, "a text");
            }

            return null;
        }

        if (node.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(node.Text))
        {
            Problem(node, "wrong-type", $"{node.KindName} is not a text", "a non-empty text in quotes");
            return null;
        }

        return node.Text;
    }

    private bool IsObject(JsonNode node, string what, string expected)
    {
        if (node.Kind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(node, "wrong-type", $"{node.KindName} is not {Article(what)}", $"{expected}");
        return false;
    }

    private bool IsArray(JsonNode node, string what, string expected)
    {
        if (node.Kind == JsonValueKind.Array)
        {
            return true;
        }

        Problem(node, "wrong-type", $"{node.KindName} is not a list of {what}", $"{expected}");
        return false;
    }

    private static string Article(string what) => "aeiou".Contains(what[0], StringComparison.Ordinal) ? "an " + what : "a " + what;

    private void Known(JsonNode node, params string[] names)
    {
        foreach (var (name, value) in node.Properties)
        {
            if (!names.Contains(name) && !(name == "$schema" && node.Path == "$"))
            {
                Problem(value, "unknown-property", $"unknown property \"{name}\"{Suggest(name, names)}", $"one of {string.Join(", ", names.Where(n => n != "$schema"))}");
            }
        }
    }

    private decimal? MissingValue(JsonNode parent, string field, string expected)
    {
        Missing(parent, field, expected);
        return null;
    }

    private void Missing(JsonNode parent, string field, string expected) =>
        _problems.Add(new InputProblem(JsonNode.Child(parent.Path, field), "missing", "is missing", expected).At(source, parent.Line));

    /// <summary>The one path of an uncertain input (what results name it by): the path as written, with a channel's
    /// alias replaced by its key (<c>$.unitCosts.overrides.f2f</c> is <c>$.unitCosts.overrides.face-to-face</c>).</summary>
    private static string CanonicalPath(string written, ScenarioInput input)
    {
        if (input.Channel is not { } channel)
        {
            return written;
        }

        if (input.Kind is InputKind.UnitCost or InputKind.Volume)
        {
            return written[..(written.LastIndexOf('.') + 1)] + channel.Key;
        }

        // $.costBehaviour.ALIAS.rest: the channel by its key, as results name it.
        const string Prefix = "$.costBehaviour.";
        var end = written.IndexOf('.', Prefix.Length);
        return written.StartsWith(Prefix, StringComparison.Ordinal) && end > 0 ? Prefix + channel.Key + written[end..] : written;
    }

    private void Problem(JsonNode node, string code, string what, string? expected = null) =>
        _problems.Add(new InputProblem(node.Path, code, what, expected, node.Kind is JsonValueKind.String or JsonValueKind.Number ? node.Text : null).At(source, node.Line));

    /// <summary>Records a problem the model reported for the value at <paramref name="node"/> (its own path, a
    /// parameter's name, goes before its message, as the model names what it checked).</summary>
    private void Reported(JsonNode node, InputProblem problem, string? expected = null) =>
        _problems.Add(new InputProblem(node.Path, problem.Code, $"{problem.Path}: {problem.What}", expected ?? problem.Expected, problem.Value).At(source, node.Line));

    private static string Suggest(string text, IEnumerable<string> candidates) =>
        Suggestions.Closest(text, candidates) is { } s ? $" (did you mean \"{s}\"?)" : string.Empty;
}
