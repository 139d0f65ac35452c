namespace ChannelShift.Tracking;

/// <summary>How a measure stands against the plan, judged on its cumulative figure to date, realised ÷ planned
/// (<see cref="TrackingSettings.AtRisk"/> and <see cref="TrackingSettings.OffTrack"/> set the bands).</summary>
public enum TrackingStatus
{
    /// <summary>Nothing was planned to date (planned is 0), or the measure cannot be computed: <c>n/a</c>.</summary>
    NotApplicable,

    /// <summary>Realised ÷ planned is at least 1 − the at-risk margin (0.95 by default): <c>on track</c>.</summary>
    OnTrack,

    /// <summary>Realised ÷ planned is below on track but at least 1 − the off-track margin (0.85 by default):
    /// <c>at risk</c>.</summary>
    AtRisk,

    /// <summary>Realised ÷ planned is below 1 − the off-track margin: <c>off track</c>.</summary>
    OffTrack,
}
