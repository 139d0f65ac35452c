namespace ChannelShift.Appraisal;

/// <summary>
/// The result of a batch (<see cref="BatchAppraisal"/>): one appraisal per
/// good council row, in the file's order, and one problem per bad row, also in the file's order. Immutable.
/// </summary>
public sealed class BatchResult
{
    internal BatchResult(string scenarioName, string currency, ContactPeriod period, IReadOnlyList<Channel> channels, IReadOnlyList<CouncilAppraisal> rows, IReadOnlyList<InputProblem> problems)
    {
        ScenarioName = scenarioName;
        Currency = currency;
        Period = period;
        Channels = Array.AsReadOnly(channels.ToArray());
        Rows = Array.AsReadOnly(rows.ToArray());
        Problems = Array.AsReadOnly(problems.ToArray());
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The ISO 4217 currency of every amount.</summary>
    public string Currency { get; }

    /// <summary>The period in which the file's volumes are counted: the scenario's baseline period.</summary>
    public ContactPeriod Period { get; }

    /// <summary>The channels of the file's header, in its order, as canonical channels (aliases resolved).</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>The councils appraised, in the file's order (bad rows left out).</summary>
    public IReadOnlyList<CouncilAppraisal> Rows { get; }

    /// <summary>One problem per bad row (skipped), in the file's order; empty when every row was good. Each names the
    /// source, the row's line, the column at fault (<c>council</c>, a channel as written in the header, or <c>row</c> for
    /// the row as a whole) and what was expected.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
