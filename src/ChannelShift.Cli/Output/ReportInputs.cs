using ChannelShift.Appraisal;
using ChannelShift.Tracking;
using ChannelShift.Uncertainty;

namespace ChannelShift.Cli.Output;

/// <summary>What a committee paper is written from: the scenario file as read, and the library's results for it. The
/// paper formats these and computes nothing.</summary>
/// <param name="Scenario">The scenario as the library read it.</param>
/// <param name="SourceName">The file's name as given (or "(standard input)").</param>
/// <param name="SourceText">The file's text, for the appendix.</param>
/// <param name="OptionsListed">Whether the file lists its options under <c>options</c> (else one option from top-level
/// <c>shifts</c> and <c>costs</c>): where a value's JSON path starts.</param>
/// <param name="Description">The file's <c>description</c>, if it has one (free text the model does not keep).</param>
/// <param name="Appraisal">Every option appraised, ranked on <see cref="ScenarioAppraisal.Basis"/>.</param>
/// <param name="Sensitivity">The tornado and switching values of the option analysed.</param>
/// <param name="Simulation">The Monte Carlo result, when one was asked for and the scenario has uncertain inputs.</param>
/// <param name="SimulationAsked">Whether <c>--iterations</c> was given.</param>
/// <param name="Tracking">The actuals against the plan, when <c>--actuals</c> was given.</param>
internal sealed record ReportInputs(
    Scenario Scenario,
    string SourceName,
    string SourceText,
    bool OptionsListed,
    string? Description,
    ScenarioAppraisal Appraisal,
    SensitivityResult Sensitivity,
    SimulationResult? Simulation,
    bool SimulationAsked,
    TrackingResult? Tracking);
