namespace ChannelShift.Appraisal;

/// <summary>
/// Appraises one scenario for many councils: each council's volumes replace the scenario's baseline volumes
/// (<c>scenario.WithBaseline(scenario.Baseline.WithVolumes(volumes))</c>) and every option is appraised by
/// <see cref="Appraiser.AppraiseOption"/>, the decimal ledger, so that a council with the scenario's own volumes gets
/// exactly the scenario's own results. Everything else (unit costs, shifts as shares, adoption, costs, growth,
/// discounting) is the scenario's. A channel of the scenario's baseline or a shift's source that a council does not
/// give has volume 0 for it (a shift from it then moves nothing). Councils are appraised one after another in order:
/// results depend neither on the current culture nor on threads. Read a councils file with
/// <c>Serialization.CouncilsCsv</c>.
/// </summary>
public static class BatchAppraisal
{
    /// <summary>Appraises the scenario for every council of a table (read from a councils file).</summary>
    /// <param name="scenario">The scenario: its baseline's period is the period of the councils' volumes.</param>
    /// <param name="councils">The councils; the table's problems (rows that could not be read) are carried into the
    /// result.</param>
    /// <param name="option">The index of the one option to appraise, or null for every option.</param>
    /// <param name="progress">Told the fraction of the councils appraised (0 to 1) after each council; null for
    /// none.</param>
    /// <param name="cancellationToken">Stops the batch before the next council.</param>
    /// <returns>One appraisal per council, and one problem per row that could not be read or appraised, in the
    /// order of the file.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static BatchResult Run(Scenario scenario, CouncilTable councils, int? option = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(councils);
        var (rows, problems) = Appraise(scenario, councils.Councils, councils.Source, option, progress, cancellationToken);
        problems.AddRange(councils.Problems);
        return new BatchResult(scenario.Name, scenario.Currency, scenario.Baseline.Period, councils.Channels, rows, [.. problems.OrderBy(p => p.Line ?? 0)]);
    }

    /// <summary>Appraises the scenario for every council of a list.</summary>
    /// <param name="scenario">The scenario: its baseline's period is the period of the councils' volumes.</param>
    /// <param name="councils">The councils.</param>
    /// <returns>One appraisal per council and option, and one problem per council that could not be appraised (its
    /// amounts overflow a decimal), in order.</returns>
    public static BatchResult Run(Scenario scenario, IReadOnlyList<CouncilVolumes> councils) => Run(scenario, councils, null, CancellationToken.None);

    /// <summary>Appraises the scenario for every council of a list, telling progress and stopping when asked.</summary>
    /// <param name="scenario">The scenario: its baseline's period is the period of the councils' volumes.</param>
    /// <param name="councils">The councils.</param>
    /// <param name="progress">Told the fraction of the councils appraised (0 to 1) after each council; null for
    /// none.</param>
    /// <param name="cancellationToken">Stops the batch before the next council.</param>
    /// <returns>One appraisal per council and option, and one problem per council that could not be appraised (its
    /// amounts overflow a decimal), in order.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static BatchResult Run(Scenario scenario, IReadOnlyList<CouncilVolumes> councils, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(councils);
        var (rows, problems) = Appraise(scenario, councils, null, null, progress, cancellationToken);
        var channels = councils.SelectMany(c => c.Volumes.Keys).Distinct().ToList();
        return new BatchResult(scenario.Name, scenario.Currency, scenario.Baseline.Period, channels, rows, problems);
    }

    private static (List<CouncilAppraisal> Rows, List<InputProblem> Problems) Appraise(Scenario scenario, IReadOnlyList<CouncilVolumes> councils, string? source, int? option, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if (option is { } index)
        {
            scenario.CheckOption(index);
        }

        var zeros = scenario.Baseline.Volumes.Keys
            .Concat(scenario.Options.SelectMany(o => o.Shifts).Select(s => s.Shift.From))
            .Distinct()
            .ToList();
        var rows = new List<CouncilAppraisal>();
        var problems = new List<InputProblem>();
        var done = 0;
        foreach (var council in councils)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var volumes = new Dictionary<Channel, decimal>(council.Volumes);
            foreach (var channel in zeros)
            {
                volumes.TryAdd(channel, 0m);
            }

            try
            {
                var appraised = scenario.WithBaseline(scenario.Baseline.WithVolumes(volumes));
                var chosen = option is { } only ? [scenario.Options[only]] : scenario.Options;
                var results = new AppraisalResult[chosen.Count];
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] = Appraiser.AppraiseOption(appraised, chosen[i]);
                }

                rows.Add(new CouncilAppraisal(council.Council, council.Line, appraised.Baseline.Volumes, results));
            }
            catch (InputValidationException ex)
            {
                var problem = ex.Problems[0];
                problems.Add(new InputProblem("row", problem.Code, "cannot be appraised: " + problem.What, problem.Expected).At(source, council.Line));
            }

            progress?.Report(++done / (double)councils.Count);
        }

        return (rows, problems);
    }
}
