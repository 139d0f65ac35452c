namespace ChannelShift;

/// <summary>
/// A channel-shift business case: a council's baseline contacts, its costs per contact, one or more options (shifts
/// and the costs of making them), and how to appraise them (Green Book). Read one from a file with
/// <c>Serialization.ScenarioReader</c>, or build one in code. Immutable.
/// </summary>
public sealed class Scenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="unitCosts">Costs per contact (with the council's overrides and own channels); their currency is the
    /// scenario's.</param>
    /// <param name="baseline">Contacts today by channel.</param>
    /// <param name="demandGrowth">Growth of every channel's volume a year, as a fraction (−1 &lt; g ≤ 1): volumes in
    /// year t ≥ 1 are baseline × (1 + g)^(t − 1).</param>
    /// <param name="options">The options appraised against business as usual (at least one).</param>
    /// <param name="appraisal">How to appraise.</param>
    /// <param name="costBehaviour">How each channel's costs behave when its volume changes (optional; a channel
    /// without is wholly variable).</param>
    /// <param name="uncertainty">Uncertain inputs (their means are the point values given here), or null for none.</param>
    public Scenario(
        string name,
        UnitCostSet unitCosts,
        Baseline baseline,
        decimal demandGrowth,
        IReadOnlyList<ScenarioOption> options,
        AppraisalSettings appraisal,
        IReadOnlyDictionary<Channel, CostBehaviour>? costBehaviour = null,
        ScenarioUncertainty? uncertainty = null)
        : this(name, unitCosts, baseline, demandGrowth, options, appraisal, costBehaviour, uncertainty, optionsListed: false)
    {
    }

    /// <summary>Creates a scenario, saying whether its file lists its options (<c>options</c>) rather than giving one
    /// option's <c>shifts</c> and <c>costs</c> at the top (which decides the JSON paths of their inputs).</summary>
    internal Scenario(
        string name,
        UnitCostSet unitCosts,
        Baseline baseline,
        decimal demandGrowth,
        IReadOnlyList<ScenarioOption> options,
        AppraisalSettings appraisal,
        IReadOnlyDictionary<Channel, CostBehaviour>? costBehaviour,
        ScenarioUncertainty? uncertainty,
        bool optionsListed)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(unitCosts);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(appraisal);
        var problems = new List<InputProblem>();
        Rules.Growth.Check(demandGrowth, nameof(demandGrowth), problems);
        if (options.Count == 0)
        {
            problems.Add(new InputProblem(nameof(options), ProblemCodes.Missing, "none given", "at least one option (or shifts)"));
        }

        foreach (var option in options)
        {
            ArgumentNullException.ThrowIfNull(option, nameof(options));
            foreach (var channel in InputCatalogue.ChannelsOf(baseline, option))
            {
                if (!unitCosts.Contains(channel) && !problems.Exists(p => Equals(p.Value, channel.Key)))
                {
                    problems.Add(new InputProblem(nameof(unitCosts), ProblemCodes.Missing, $"the unit-cost set \"{unitCosts.Key}\" has no cost for \"{channel.Key}\", which option \"{option.Name}\" uses", $"a cost per contact for every channel of the baseline and the options (e.g. \"overrides\": {{ \"{channel.Key}\": 2.50 }} in a scenario)", channel.Key));
                }
            }

            // Failure demand and assisted digital act on contacts moved to digital channels; whether a channel is
            // digital is the unit-cost set's to say.
            for (var s = 0; s < option.Shifts.Count; s++)
            {
                foreach (var problem in option.Shifts[s].Shift.DigitalProblems(unitCosts))
                {
                    problems.Add(new InputProblem(FormattableString.Invariant($"options[\"{option.Name}\"].shifts[{s}].{problem.Path}"), problem.Code, problem.What, problem.Expected, problem.Value));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        Name = name;
        UnitCosts = unitCosts;
        Baseline = baseline;
        DemandGrowth = demandGrowth;
        Options = Array.AsReadOnly(options.ToArray());
        Appraisal = appraisal;
        CostBehaviour = new Dictionary<Channel, CostBehaviour>(costBehaviour ?? new Dictionary<Channel, CostBehaviour>()).AsReadOnly();
        Uncertainty = uncertainty ?? ScenarioUncertainty.None;
        OptionsListed = optionsListed;
        _inputs = new IReadOnlyList<InputDescription>?[Options.Count];
        foreach (var input in Uncertainty.Inputs)
        {
            if (InputCatalogue.TryDescribe(this, input.Input) is null)
            {
                throw Preconditions.Fail(nameof(uncertainty), ProblemCodes.UnknownName, $"{input.Input} is not a number of the scenario", "an input of one of its options", input.Input);
            }
        }
    }

    private readonly IReadOnlyList<InputDescription>?[] _inputs;

    /// <summary>Whether the scenario's file lists its options under <c>options</c> (then the paths of their inputs
    /// start <c>$.options[k]</c> even with one option).</summary>
    internal bool OptionsListed { get; }

    /// <summary>Uncertain inputs (Monte Carlo); their means are the point values of this scenario.</summary>
    public ScenarioUncertainty Uncertainty { get; }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>The ISO 4217 currency of every amount (the unit costs').</summary>
    public string Currency => UnitCosts.Currency;

    /// <summary>Costs per contact by channel.</summary>
    public UnitCostSet UnitCosts { get; }

    /// <summary>Contacts today by channel.</summary>
    public Baseline Baseline { get; }

    /// <summary>Demand growth a year, as a fraction.</summary>
    public decimal DemandGrowth { get; }

    /// <summary>The options, each appraised against business as usual.</summary>
    public IReadOnlyList<ScenarioOption> Options { get; }

    /// <summary>How to appraise.</summary>
    public AppraisalSettings Appraisal { get; }

    /// <summary>Cost behaviour by channel (cashable savings); empty when none is given.</summary>
    public IReadOnlyDictionary<Channel, CostBehaviour> CostBehaviour { get; }

    /// <summary>Every number of an option that can vary, with its path and label, in the order of the ledger: unit
    /// costs and volumes of the option's channels, demand growth, each shift's share, failure-demand share,
    /// assisted-digital cost and linear adoption years, each cost's amount, and a constant discount rate.</summary>
    /// <param name="option">The option's index (0-based, in the scenario's order).</param>
    /// <returns>The inputs.</returns>
    public IReadOnlyList<InputDescription> InputsOf(int option)
    {
        CheckOption(option);
        return Volatile.Read(ref _inputs[option]) ?? (_inputs[option] = InputCatalogue.Of(this, option).AsReadOnly());
    }

    /// <summary>An option's index, or a problem at <paramref name="paramName"/> when the scenario has no such option.</summary>
    internal int CheckOption(int option, string paramName = "option") =>
        option >= 0 && option < Options.Count
            ? option
            : throw Preconditions.Fail(paramName, ProblemCodes.OutOfRange, FormattableString.Invariant($"{option} is out of range"), FormattableString.Invariant($"an option index from 0 to {Options.Count - 1}"), option);

    /// <summary>The path, label and point value of one of the scenario's numbers.</summary>
    /// <param name="input">The input.</param>
    /// <returns>Its description.</returns>
    /// <exception cref="InputValidationException">The scenario has no such number.</exception>
    public InputDescription Describe(ScenarioInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return InputCatalogue.TryDescribe(this, input) ?? throw Preconditions.Fail(nameof(input), ProblemCodes.UnknownName, $"{input} is not a number of the scenario", "an input of one of its options", input);
    }

    /// <summary>The index of the option with a name: the first with exactly that name, else the first whose name
    /// differs only in case (a scenario file cannot hold two such names).</summary>
    /// <param name="name">The option's name.</param>
    /// <returns>Its index in <see cref="Options"/>.</returns>
    /// <exception cref="InputValidationException">No option has that name; the problem names the closest
    /// ("did you mean") and lists the options.</exception>
    public int FindOption(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < Options.Count; i++)
        {
            if (string.Equals(Options[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < Options.Count; i++)
        {
            if (string.Equals(Options[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        var names = Options.Select(o => o.Name).ToList();
        var suggestion = Suggestions.Closest(name, names);
        var hint = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
        throw new InputValidationException([new InputProblem("option", ProblemCodes.UnknownName, $"\"{name}\" is not an option of the scenario{hint}", $"one of {string.Join(", ", names.Select(n => $"\"{n}\""))}", name)]);
    }

    /// <summary>The number of an option at a JSON path, as a file, a problem or a result writes it (e.g.
    /// <c>$.unitCosts.overrides.face-to-face</c>).</summary>
    /// <param name="option">The option's index.</param>
    /// <param name="path">The path.</param>
    /// <returns>The number's description.</returns>
    /// <exception cref="InputValidationException">The option has no number at that path; the problem names the
    /// closest path (an earlier spelling such as <c>$.unitCosts.face-to-face</c> among them) and lists the paths.</exception>
    public InputDescription FindInput(int option, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var inputs = InputsOf(option);
        foreach (var input in inputs)
        {
            if (string.Equals(input.Path, path, StringComparison.Ordinal))
            {
                return input;
            }
        }

        var paths = inputs.Select(i => i.Path).ToList();
        var suggestion = InputCatalogue.Respelled(this, option, path, paths) ?? Suggestions.Closest(path, paths);
        var hint = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
        throw new InputValidationException([new InputProblem("path", ProblemCodes.UnknownName, $"\"{path}\" is not a number of option \"{Options[option].Name}\"{hint}", $"one of {string.Join(", ", paths)}", path)]);
    }

    /// <summary>A copy with another baseline (e.g. another council's volumes in a batch).</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithBaseline(Baseline baseline) => new(Name, UnitCosts, baseline, DemandGrowth, Options, Appraisal, CostBehaviour, Uncertainty, OptionsListed);

    /// <summary>A copy with other unit costs.</summary>
    /// <param name="unitCosts">The unit costs.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithUnitCosts(UnitCostSet unitCosts) => new(Name, unitCosts, Baseline, DemandGrowth, Options, Appraisal, CostBehaviour, Uncertainty, OptionsListed);

    /// <summary>A copy with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithOptions(IReadOnlyList<ScenarioOption> options) => new(Name, UnitCosts, Baseline, DemandGrowth, options, Appraisal, CostBehaviour, Uncertainty, OptionsListed);

    /// <summary>A copy with another demand growth.</summary>
    /// <param name="demandGrowth">The growth a year.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithDemandGrowth(decimal demandGrowth) => new(Name, UnitCosts, Baseline, demandGrowth, Options, Appraisal, CostBehaviour, Uncertainty, OptionsListed);

    /// <summary>A copy with uncertain inputs (the point values stay as they are: give the means).</summary>
    /// <param name="uncertainty">The uncertain inputs.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithUncertainty(ScenarioUncertainty uncertainty) => new(Name, UnitCosts, Baseline, DemandGrowth, Options, Appraisal, CostBehaviour, uncertainty, OptionsListed);

    /// <summary>A copy with other appraisal settings.</summary>
    /// <param name="appraisal">The settings.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithAppraisal(AppraisalSettings appraisal) => new(Name, UnitCosts, Baseline, DemandGrowth, Options, appraisal, CostBehaviour, Uncertainty, OptionsListed);
}
