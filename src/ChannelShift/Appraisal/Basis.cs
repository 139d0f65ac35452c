namespace ChannelShift.Appraisal;

/// <summary>
/// The basis on which an appraisal's benefits are counted (docs/cashable-savings.md). Every result carries both where
/// the scenario has cost behaviour; a basis says which one ranks options and which one a simulation or a sensitivity
/// analysis reports.
/// </summary>
public enum Basis
{
    /// <summary>At average cost: the capacity released, valued at the average cost per contact (the saving), less the
    /// costs of the change with optimism bias.</summary>
    Average = 0,

    /// <summary>Cashable: what the budget banks (the cashable saving: variable costs, whole staff and fixed steps
    /// taken), less the costs of the change with optimism bias and the costs of releasing staff and closing
    /// steps.</summary>
    Cashable = 1,
}
