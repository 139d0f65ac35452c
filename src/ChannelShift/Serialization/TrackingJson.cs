using System.Text.Json;
using ChannelShift.Tracking;

namespace ChannelShift.Serialization;

/// <summary>Writes a <see cref="TrackingResult"/> as JSON: money to the penny, volumes and ratios unrounded, months as
/// <c>YYYY-MM</c>, statuses as <c>on-track</c>, <c>at-risk</c>, <c>off-track</c> or <c>n/a</c>.</summary>
internal static class TrackingJson
{
    internal static void Write(Utf8JsonWriter writer, TrackingResult result)
    {
        writer.WriteStartObject();
        JsonWriting.String(writer, "scenario", result.Scenario);
        JsonWriting.String(writer, "option", result.Option);
        JsonWriting.String(writer, "currency", result.Currency);
        JsonWriting.String(writer, "basis", ResultJson.KeyOf(result.Basis));
        JsonWriting.Strings(writer, "channels", result.Channels);
        writer.WriteStartArray("months");
        foreach (var m in result.Months)
        {
            writer.WriteStartObject();
            JsonWriting.String(writer, "month", ActualMonth.Label(m.Month));
            JsonWriting.Number(writer, "year", m.Year);
            JsonWriting.String(writer, "label", m.YearLabel);
            Volumes(writer, "planned", m.Planned);
            Volumes(writer, "actual", m.Actual);
            Volumes(writer, "businessAsUsual", m.BusinessAsUsual);
            JsonWriting.Number(writer, "plannedSaving", m.PlannedSaving);
            JsonWriting.Number(writer, "realisedSaving", m.RealisedSaving);
            JsonWriting.Number(writer, "plannedCashableSaving", m.PlannedCashableSaving);
            JsonWriting.Number(writer, "realisedCashableSaving", m.RealisedCashableSaving);
            JsonWriting.Number(writer, "plannedTakeUp", m.PlannedTakeUp);
            JsonWriting.Number(writer, "takeUp", m.TakeUp);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quarters");
        foreach (var q in result.Quarters)
        {
            writer.WriteStartObject();
            JsonWriting.String(writer, "quarter", q.Label);
            JsonWriting.String(writer, "from", ActualMonth.Label(q.First));
            JsonWriting.String(writer, "to", ActualMonth.Label(q.Last));
            JsonWriting.Number(writer, "plannedSaving", q.PlannedSaving);
            JsonWriting.Number(writer, "realisedSaving", q.RealisedSaving);
            JsonWriting.Number(writer, "variance", q.Variance);
            JsonWriting.Number(writer, "plannedCashableSaving", q.PlannedCashableSaving);
            JsonWriting.Number(writer, "realisedCashableSaving", q.RealisedCashableSaving);
            JsonWriting.Number(writer, "plannedTakeUp", q.PlannedTakeUp);
            JsonWriting.Number(writer, "takeUp", q.TakeUp);
            JsonWriting.Number(writer, "businessAsUsualDemand", Plain(q.BusinessAsUsualDemand));
            JsonWriting.Number(writer, "actualDemand", Plain(q.ActualDemand));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        var d = result.ToDate;
        writer.WriteStartObject("toDate");
        JsonWriting.String(writer, "from", ActualMonth.Label(d.From));
        JsonWriting.String(writer, "to", ActualMonth.Label(d.To));
        Volumes(writer, "planned", d.Planned);
        Volumes(writer, "actual", d.Actual);
        Volumes(writer, "businessAsUsual", d.BusinessAsUsual);
        JsonWriting.Number(writer, "plannedDemand", Plain(d.PlannedDemand));
        JsonWriting.Number(writer, "actualDemand", Plain(d.ActualDemand));
        JsonWriting.Number(writer, "businessAsUsualDemand", Plain(d.BusinessAsUsualDemand));
        JsonWriting.Number(writer, "plannedSaving", d.PlannedSaving);
        JsonWriting.Number(writer, "realisedSaving", d.RealisedSaving);
        JsonWriting.Number(writer, "variance", d.Variance);
        JsonWriting.Number(writer, "plannedCashableSaving", d.PlannedCashableSaving);
        JsonWriting.Number(writer, "realisedCashableSaving", d.RealisedCashableSaving);
        JsonWriting.Number(writer, "plannedTakeUp", d.PlannedTakeUp);
        JsonWriting.Number(writer, "takeUp", d.TakeUp);
        writer.WriteStartObject("status");
        JsonWriting.String(writer, "saving", KeyOf(d.Status.Saving));
        JsonWriting.String(writer, "cashableSaving", KeyOf(d.Status.CashableSaving));
        JsonWriting.String(writer, "takeUp", KeyOf(d.Status.TakeUp));
        writer.WriteEndObject();
        writer.WriteEndObject();
        var r = result.Reforecast;
        writer.WriteStartObject("reforecast");
        JsonWriting.Number(writer, "approvedNpv", r.ApprovedNpv);
        JsonWriting.Number(writer, "npv", r.Npv);
        writer.WriteStartObject("fit");
        JsonWriting.String(writer, "kind", r.Fit.Kind);
        JsonWriting.String(writer, "description", r.Fit.Description);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in r.Fit.Parameters)
        {
            JsonWriting.Number(writer, name, value);
        }

        writer.WriteEndObject();
        JsonWriting.Number(writer, "rootMeanSquareError", r.Fit.RootMeanSquareError);
        JsonWriting.Boolean(writer, "isThePlan", r.Fit.IsThePlan);
        writer.WriteEndObject();
        JsonWriting.Number(writer, "monthsFitted", r.Fit.MonthsFitted);
        if (r.CashableApprovedNpv is { } approved)
        {
            writer.WriteStartObject("cashable");
            JsonWriting.Number(writer, "approvedNpv", approved);
            JsonWriting.Number(writer, "npv", r.CashableNpv);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("cashable");
        }

        JsonWriting.Number(writer, "currentYear", r.CurrentYear);
        JsonWriting.String(writer, "currentYearLabel", r.CurrentYearLabel);
        JsonWriting.Number(writer, "currentYearPlannedSaving", r.CurrentYearPlannedSaving);
        JsonWriting.Number(writer, "currentYearForecastSaving", r.CurrentYearForecastSaving);
        JsonWriting.String(writer, "approvedPaybackMonth", r.ApprovedPaybackMonth is { } a ? ActualMonth.Label(a) : null);
        JsonWriting.String(writer, "paybackMonth", r.PaybackMonth is { } p ? ActualMonth.Label(p) : null);
        writer.WriteEndObject();
        JsonWriting.Strings(writer, "notes", result.Notes);
        writer.WriteEndObject();
    }

    /// <summary>The JSON and table word for a status: <c>on-track</c>, <c>at-risk</c>, <c>off-track</c> or
    /// <c>n/a</c>.</summary>
    internal static string KeyOf(TrackingStatus status) => status switch
    {
        TrackingStatus.OnTrack => "on-track",
        TrackingStatus.AtRisk => "at-risk",
        TrackingStatus.OffTrack => "off-track",
        _ => "n/a",
    };

    /// <summary>A count without trailing zeros: decimal keeps the scale of the figures it came from (1000.000 after a
    /// division), which says nothing about its precision.</summary>
    private static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;

    private static void Volumes(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, decimal> volumes)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in volumes)
        {
            writer.WriteNumber(key, Plain(value));
        }

        writer.WriteEndObject();
    }
}
