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
    /// <param name="notes">Notes for the reader of the results (e.g. a price-year mismatch).</param>
    /// <param name="uncertainty">Uncertain inputs (their means are the point values given here), or null for none.</param>
    public Scenario(
        string name,
        UnitCostSet unitCosts,
        Baseline baseline,
        decimal demandGrowth,
        IReadOnlyList<ScenarioOption> options,
        AppraisalSettings appraisal,
        IReadOnlyDictionary<Channel, CostBehaviour>? costBehaviour = null,
        IReadOnlyList<string>? notes = null,
        ScenarioUncertainty? uncertainty = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(unitCosts);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(appraisal);
        if (demandGrowth <= -1m || demandGrowth > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(demandGrowth), demandGrowth, FormattableString.Invariant($"demandGrowth: {demandGrowth} is out of range; expected a fraction greater than -1 and at most 1."));
        }

        if (options.Count == 0)
        {
            throw new ArgumentException("options: none given; expected at least one option (or shifts).", nameof(options));
        }

        Name = name;
        UnitCosts = unitCosts;
        Baseline = baseline;
        DemandGrowth = demandGrowth;
        Options = options;
        Appraisal = appraisal;
        CostBehaviour = costBehaviour ?? new Dictionary<Channel, CostBehaviour>();
        Notes = notes ?? [];
        Uncertainty = uncertainty ?? ScenarioUncertainty.None;
    }

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

    /// <summary>Notes for the reader of the results, e.g. a price-year mismatch without a deflator.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>A copy with another baseline (e.g. another council's volumes in a batch).</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithBaseline(Baseline baseline) => new(Name, UnitCosts, baseline, DemandGrowth, Options, Appraisal, CostBehaviour, Notes, Uncertainty);

    /// <summary>A copy with other unit costs.</summary>
    /// <param name="unitCosts">The unit costs.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithUnitCosts(UnitCostSet unitCosts) => new(Name, unitCosts, Baseline, DemandGrowth, Options, Appraisal, CostBehaviour, Notes, Uncertainty);

    /// <summary>A copy with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithOptions(IReadOnlyList<ScenarioOption> options) => new(Name, UnitCosts, Baseline, DemandGrowth, options, Appraisal, CostBehaviour, Notes, Uncertainty);

    /// <summary>A copy with another demand growth.</summary>
    /// <param name="demandGrowth">The growth a year.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithDemandGrowth(decimal demandGrowth) => new(Name, UnitCosts, Baseline, demandGrowth, Options, Appraisal, CostBehaviour, Notes, Uncertainty);

    /// <summary>A copy with uncertain inputs (the point values stay as they are: give the means).</summary>
    /// <param name="uncertainty">The uncertain inputs.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithUncertainty(ScenarioUncertainty uncertainty) => new(Name, UnitCosts, Baseline, DemandGrowth, Options, Appraisal, CostBehaviour, Notes, uncertainty);

    /// <summary>A copy with other appraisal settings.</summary>
    /// <param name="appraisal">The settings.</param>
    /// <returns>The new scenario.</returns>
    public Scenario WithAppraisal(AppraisalSettings appraisal) => new(Name, UnitCosts, Baseline, DemandGrowth, Options, appraisal, CostBehaviour, Notes, Uncertainty);
}
