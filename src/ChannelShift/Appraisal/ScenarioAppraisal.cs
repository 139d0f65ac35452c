namespace ChannelShift.Appraisal;

/// <summary>The appraisal of every option of a scenario against business as usual, ranked by NPV on a
/// <see cref="Basis"/> (highest first).</summary>
public sealed class ScenarioAppraisal
{
    internal ScenarioAppraisal(string scenarioName, string currency, IReadOnlyList<AppraisalResult> options, IReadOnlyList<AppraisalNote> notes, Basis basis, IReadOnlyList<PricedUnitCost> unitCosts)
    {
        UnitCosts = unitCosts;
        Basis = basis;
        ScenarioName = scenarioName;
        Currency = currency;
        Options = Array.AsReadOnly(options.ToArray());
        Notes = Array.AsReadOnly(notes.ToArray());
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>The unit costs as the appraisal uses them, before and after rebasing.</summary>
    public IReadOnlyList<PricedUnitCost> UnitCosts { get; }

    /// <summary>The basis whose NPV ranks the options.</summary>
    public Basis Basis { get; }

    /// <summary>The options, ranked by NPV on <see cref="Basis"/>, highest first (ties keep the file's order).</summary>
    public IReadOnlyList<AppraisalResult> Options { get; }

    /// <summary>Notes about the scenario as a whole (price years, distributions evaluated at their means…).</summary>
    public IReadOnlyList<AppraisalNote> Notes { get; }
}
