namespace ChannelShift.Appraisal;

/// <summary>
/// One council of a batch: its name, where it is in the councils file, its volumes and the appraisal of each of the
/// scenario's options on those volumes (see <see cref="BatchAppraisal"/>). Immutable.
/// </summary>
public sealed class CouncilAppraisal
{
    internal CouncilAppraisal(string council, long line, IReadOnlyDictionary<Channel, decimal> volumes, IReadOnlyList<AppraisalResult> options)
    {
        Council = council;
        Line = line;
        Volumes = new Dictionary<Channel, decimal>(volumes).AsReadOnly();
        Options = Array.AsReadOnly(options.ToArray());
        var best = options[0];
        foreach (var option in options)
        {
            if (option.Unrounded.Npv > best.Unrounded.Npv)
            {
                best = option;
            }
        }

        Best = best;
    }

    /// <summary>The council's name as written in the file (surrounding spaces removed).</summary>
    public string Council { get; }

    /// <summary>The 1-based line of the council's row in the councils file.</summary>
    public long Line { get; }

    /// <summary>The council's baseline volumes, contacts per period of the scenario's baseline
    /// (<see cref="BatchResult.Period"/>), by channel: every channel of the header, and 0 for each channel of the
    /// scenario's baseline or a shift's source that the header lacks.</summary>
    public IReadOnlyDictionary<Channel, decimal> Volumes { get; }

    /// <summary>The appraisal of each option of the scenario, in the scenario's order (not ranked), money rounded to the
    /// penny (<see cref="Appraiser.AppraiseOption"/>).</summary>
    public IReadOnlyList<AppraisalResult> Options { get; }

    /// <summary>The option with the highest NPV (before rounding); the first in the scenario's order on a tie.</summary>
    public AppraisalResult Best { get; }
}
