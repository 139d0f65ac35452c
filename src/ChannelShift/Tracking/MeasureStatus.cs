namespace ChannelShift.Tracking;

/// <summary>The status of each measure a programme board watches, to date. Immutable.</summary>
/// <param name="Saving">The saving at average cost.</param>
/// <param name="CashableSaving">The cashable saving (<see cref="TrackingStatus.NotApplicable"/> without cost
/// behaviour or staff in post).</param>
/// <param name="TakeUp">The take-up: contacts no longer on the shifts' source channels against the plan's.</param>
public sealed record MeasureStatus(TrackingStatus Saving, TrackingStatus CashableSaving, TrackingStatus TakeUp);
