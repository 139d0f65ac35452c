using System.Numerics;

namespace ChannelShift.Appraisal;

/// <summary>
/// What receives the ledger's years and events: the appraisal keeps every figure and phrases its notes, Monte Carlo
/// keeps the NPVs and the fan. Implemented by structs, so that the ledger is compiled for each and a sink that ignores
/// an event costs nothing.
/// </summary>
/// <typeparam name="T">decimal or double.</typeparam>
internal interface ILedgerSink<T>
    where T : struct, INumber<T>
{
    /// <summary>One year of the option, in order from year 0.</summary>
    void Year(in LedgerYear<T> year);

    /// <summary>A staffed channel's FTE in a year (from year 1), before they are rounded to whole staff.</summary>
    /// <param name="year">The year.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="fteBusinessAsUsual">FTE needed in business as usual.</param>
    /// <param name="fte">FTE needed in the option (at the risen handling time, if any).</param>
    void Staffed(int year, Channel channel, double fteBusinessAsUsual, double fte);

    /// <summary>More staff are released on a channel than in any year before (release costs are paid on them).</summary>
    /// <param name="year">The year.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="released">FTE released beyond the most released so far.</param>
    /// <param name="fewer">FTE fewer than business as usual this year.</param>
    /// <param name="releaseCost">The release cost of the <paramref name="released"/> FTE.</param>
    void StaffReleased(int year, Channel channel, int released, int fewer, T releaseCost);

    /// <summary>The option closes a fixed step.</summary>
    /// <param name="year">The year it closes.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="step">The step.</param>
    /// <param name="volume">The channel's annual volume that year, in the option.</param>
    /// <param name="businessAsUsualYear">The year business as usual closed it, or null when it has not.</param>
    void StepClosed(int year, Channel channel, FixedStep step, T volume, int? businessAsUsualYear);

    /// <summary>Business as usual closes a fixed step that the option keeps open.</summary>
    /// <param name="year">The year.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="step">The step.</param>
    /// <param name="businessAsUsualVolume">The channel's annual volume in business as usual.</param>
    /// <param name="volume">The channel's annual volume in the option.</param>
    void StepKeptOpen(int year, Channel channel, FixedStep step, T businessAsUsualVolume, T volume);
}
