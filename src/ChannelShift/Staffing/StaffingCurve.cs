using System.Collections.Concurrent;

namespace ChannelShift.Staffing;

/// <summary>
/// The staff a channel needs as a function of its annual volume, for the ledger: FTE(V) by Erlang C over the opening
/// hours (<see cref="ErlangC.FullTimeEquivalents"/>), and FTE(V) at the handling time risen by the channel's rise ×
/// the take-up of its shifts (docs/cashable-savings.md, "Handling time"). Computed directly for an appraisal, or from
/// step functions built once for a simulation, which evaluates it millions of times; the step function gives the same
/// whole agents in every interval (it may differ from the direct sum in the last bits: the summation order).
/// Thread-safe.
/// </summary>
internal sealed class StaffingCurve
{
    // Beyond this many distinct take-up phases (take-up that varies from iteration to iteration), risen staffing is
    // computed directly rather than from a step function built for each phase.
    private const int RisenStepFunctions = 64;

    private readonly double rise;
    private readonly StaffingStepFunction? steps;
    private readonly double maximumVolume;
    private readonly ConcurrentDictionary<double, StaffingStepFunction>? risen;

    private StaffingCurve(ChannelStaffing staffing, double rise, double maximumVolume)
    {
        Staffing = staffing;
        this.rise = rise;
        this.maximumVolume = maximumVolume;
        if (maximumVolume > 0)
        {
            steps = StaffingStepFunction.Create(staffing, 0, maximumVolume);
            risen = new ConcurrentDictionary<double, StaffingStepFunction>();
        }
    }

    /// <summary>The channel's staffing model.</summary>
    internal ChannelStaffing Staffing { get; }

    /// <summary>A curve computed directly, one Erlang C search per interval (an appraisal: a few dozen volumes).</summary>
    internal static StaffingCurve Direct(ChannelStaffing staffing, double handlingTimeRise) => new(staffing, handlingTimeRise, 0);

    /// <summary>A curve read from step functions over annual volumes from 0 to <paramref name="maximumVolume"/>
    /// (beyond it, computed directly).</summary>
    internal static StaffingCurve Stepped(ChannelStaffing staffing, double handlingTimeRise, double maximumVolume) =>
        new(staffing, handlingTimeRise, Math.Max(1, maximumVolume));

    /// <summary>FTE at an annual volume (negative volumes count as 0).</summary>
    internal double Fte(double annualVolume)
    {
        var volume = Math.Max(0, annualVolume);
        return steps is null ? Staffing.FullTimeEquivalents(volume) : steps.FullTimeEquivalents(volume);
    }

    /// <summary>FTE at an annual volume with the handling time risen by rise × <paramref name="phase"/> (the take-up of
    /// the channel's shifts, 0–1); without a rise or take-up, <see cref="Fte(double)"/>.</summary>
    internal double Fte(double annualVolume, double phase)
    {
        if (!(rise > 0 && phase > 0))
        {
            return Fte(annualVolume);
        }

        var volume = Math.Max(0, annualVolume);
        if (risen is not null)
        {
            if (risen.TryGetValue(phase, out var cached))
            {
                return cached.FullTimeEquivalents(volume);
            }

            if (risen.Count < RisenStepFunctions)
            {
                return risen.GetOrAdd(phase, p => StaffingStepFunction.Create(Risen(p), 0, maximumVolume)).FullTimeEquivalents(volume);
            }
        }

        return Risen(phase).FullTimeEquivalents(volume);
    }

    /// <summary>The staffing model at the handling time × (1 + rise × phase).</summary>
    private ChannelStaffing Risen(double phase)
    {
        var s = Staffing;
        return new ChannelStaffing(s.HandlingTime * (1 + (rise * phase)), s.Target, s.Shrinkage, s.OpeningHours, s.ContractedHoursPerFtePerYear, s.CostPerFtePerYear, s.ReleaseCostPerFte, s.MaximumOccupancy, s.ReleaseFunding);
    }
}
