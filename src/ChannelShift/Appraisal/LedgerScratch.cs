using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChannelShift.Appraisal;

/// <summary>The ledger's working arrays for one plan, owned by one thread at a time (a run keeps one per
/// worker).</summary>
/// <typeparam name="T">decimal or double.</typeparam>
internal sealed class LedgerScratch<T>
    where T : struct, INumber<T>
{
    internal LedgerScratch(LedgerPlan plan)
    {
        var channels = plan.Channels.Length;
        var shifts = plan.Shifts.Length;
        UnitCost = new T[channels];
        Annual = new T[channels];
        BusinessAsUsual = new T[channels];
        After = new T[channels];
        PerContact = new T[shifts];
        Failure = new T[shifts];
        Share = new T[shifts];
        Assisted = new T[shifts];
        Fractions = Array.ConvertAll(plan.Shifts, s => new T[s.Destinations.Length]);
        ShiftFractions = new T[shifts][];
        Full = new T[shifts];
        Moves = new T[shifts];
        Factors = new T[plan.Years + 1];
        MostReleased = new int[channels];
        ClosedIn = new int[plan.StepCount];
        ClosedInBusinessAsUsual = new int[plan.StepCount];
    }

    /// <summary>Each channel's cost per contact, rebased to the appraisal's price base.</summary>
    internal T[] UnitCost { get; }

    /// <summary>Each channel's baseline volume a year.</summary>
    internal T[] Annual { get; }

    internal T[] BusinessAsUsual { get; }

    internal T[] After { get; }

    internal T[] PerContact { get; }

    /// <summary>Each shift's failed contacts per contact moved: failure share × digital fraction.</summary>
    internal T[] Failure { get; }

    internal T[] Share { get; }

    /// <summary>Each shift's assisted-digital cost per contact moved: share needing help × cost × digital fraction.</summary>
    internal T[] Assisted { get; }

    /// <summary>Working arrays for the destination fractions of a shift whose digital part is capped by exclusion.</summary>
    internal T[][] Fractions { get; }

    /// <summary>The destination fractions each shift uses this run: the plan's, or its capped ones in
    /// <see cref="Fractions"/>.</summary>
    internal T[][] ShiftFractions { get; }

    /// <summary>Each shift's contacts to move at full take-up this year.</summary>
    internal T[] Full { get; }

    /// <summary>Each shift's contacts moved this year.</summary>
    internal T[] Moves { get; }

    internal T[] Factors { get; }

    /// <summary>The most FTE released so far on each channel.</summary>
    internal int[] MostReleased { get; }

    /// <summary>The year each fixed step closed in the option, or −1.</summary>
    internal int[] ClosedIn { get; }

    /// <summary>The year each fixed step closed in business as usual, or −1.</summary>
    internal int[] ClosedInBusinessAsUsual { get; }

    /// <summary>Clears what the cashable ledger carries from year to year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ResetCashable()
    {
        Array.Clear(MostReleased);
        Array.Fill(ClosedIn, -1);
        Array.Fill(ClosedInBusinessAsUsual, -1);
    }
}
