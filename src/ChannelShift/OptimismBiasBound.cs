namespace ChannelShift;

/// <summary>
/// Which end of an optimism-bias range to take for a Green Book project-type preset (Mott MacDonald, <i>Review of
/// Large Public Procurement in the UK</i>, 2002, for HM Treasury; Green Book supplementary guidance on optimism bias).
/// </summary>
public enum OptimismBiasBound
{
    /// <summary>The upper bound: the uplift to use at the start of a project, before any risk is mitigated (the default).</summary>
    Upper = 0,

    /// <summary>The lower bound: the uplift once the causes of optimism bias have been fully managed.</summary>
    Lower = 1,
}
