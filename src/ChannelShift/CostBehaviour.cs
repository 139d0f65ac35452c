namespace ChannelShift;

/// <summary>
/// How a channel's costs behave when its volume changes, for cashable savings (docs/cashable-savings.md): the variable
/// part of the unit cost, staff by Erlang C in whole people, and fixed steps (e.g. a service point) that go only when
/// volume falls below a threshold. A channel without cost behaviour counts as wholly variable.
/// </summary>
public sealed class CostBehaviour
{
    /// <summary>Creates a cost behaviour.</summary>
    /// <param name="variableShare">The part of the unit cost that falls with every contact (0–1); null for the default:
    /// 1 without <paramref name="staffing"/>, 0 with it (its staff are then counted by the staffing model, not twice).</param>
    /// <param name="staffing">An Erlang C model of the channel's staff, or null.</param>
    /// <param name="fixedSteps">Fixed steps that can close, or none.</param>
    /// <param name="handlingTimeRise">The fraction by which the handling time of the contacts that stay rises when
    /// contacts shift away (the harder cases remain), phased in with the shifts' take-up (0 or more; 0 = none). Only
    /// meaningful with <paramref name="staffing"/>.</param>
    public CostBehaviour(decimal? variableShare = null, ChannelStaffing? staffing = null, IReadOnlyList<FixedStep>? fixedSteps = null, double handlingTimeRise = 0)
    {
        var problems = new List<InputProblem>();
        if (variableShare is { } share)
        {
            Rules.Share.Check(share, nameof(variableShare), problems);
        }

        Rules.Rise.Check(handlingTimeRise, nameof(handlingTimeRise), problems);
        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        VariableShare = variableShare ?? (staffing is null ? 1m : 0m);
        Staffing = staffing;
        FixedSteps = Array.AsReadOnly((fixedSteps ?? []).ToArray());
        HandlingTimeRise = handlingTimeRise;
    }

    /// <summary>The part of the unit cost that falls with every contact (0–1).</summary>
    public decimal VariableShare { get; }

    /// <summary>The Erlang C model of the channel's staff, or null.</summary>
    public ChannelStaffing? Staffing { get; }

    /// <summary>The fixed steps.</summary>
    public IReadOnlyList<FixedStep> FixedSteps { get; }

    /// <summary>The rise of the handling time of the contacts that stay, at full take-up, as a fraction.</summary>
    public double HandlingTimeRise { get; }
}
