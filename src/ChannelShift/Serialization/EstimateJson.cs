using System.Text.Json;
using ChannelShift.Appraisal;
using ChannelShift.Staffing;

namespace ChannelShift.Serialization;

/// <summary>The JSON of a headline estimate, the report's case, the unit-cost catalogue and an interval's staffing
/// (<see cref="ResultJson"/>).</summary>
internal static class EstimateJson
{
    internal static void Write(Utf8JsonWriter w, EstimateResult r)
    {
        w.WriteStartObject();
        w.WriteString("from", r.Shift.From.Key);
        w.WriteNumber("share", r.Shift.Share.Fraction);
        w.WriteString("period", r.Period.Key);
        w.WriteNumber("periodsPerYear", r.Period.PeriodsPerYear);
        w.WriteNumber("volumePerPeriod", r.VolumePerPeriod);
        w.WriteString("catalogue", r.UnitCostKey);
        w.WriteString("currency", r.Currency);
        w.WriteNumber("annualVolume", r.AnnualVolume);
        w.WriteNumber("annualContactsMoved", r.AnnualContactsMoved);
        w.WriteNumber("annualCostRemoved", r.AnnualCostRemoved);
        w.WriteNumber("annualCostAdded", r.AnnualCostAdded);
        w.WriteNumber("annualSaving", r.AnnualSaving);
        w.WriteNumber("savingPerPeriod", r.SavingPerPeriod);
        w.WriteStartArray("flows");
        foreach (var f in r.Flows)
        {
            w.WriteStartObject();
            w.WriteString("kind", ResultJson.KeyOf(f.Kind));
            w.WriteString("from", f.From);
            w.WriteString("to", f.To);
            w.WriteNumber("annualContacts", f.AnnualContacts);
            w.WriteNumber("costPerContactFrom", f.CostPerContactFrom);
            w.WriteNumber("costPerContactTo", f.CostPerContactTo);
            w.WriteNumber("annualSaving", f.AnnualSaving);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, BdoReproduction r)
    {
        w.WriteStartObject();
        w.WriteString("claim", BdoClaim.Quotation);
        w.WriteString("source", BdoClaim.Source);
        w.WriteString("assumption", BdoClaim.Assumption);
        w.WriteNumber("threshold", MoneyRounding.ToPenny(BdoClaim.Threshold));
        w.WriteStartArray("cases");
        foreach (var c in r.Cases)
        {
            var e = c.Estimate;
            w.WriteStartObject();
            w.WriteString("key", c.Key);
            w.WriteString("description", c.Description);
            w.WriteString("catalogue", e.UnitCostKey);
            w.WriteString("to", e.Shift.To.Parts[0].Key.Key);
            w.WriteNumber("annualContactsMoved", e.AnnualContactsMoved);
            w.WriteNumber("costPerContactFrom", e.Flows[0].CostPerContactFrom);
            w.WriteNumber("costPerContactTo", e.Flows[0].CostPerContactTo);
            w.WriteString("per", c.IsAnnual ? "year" : "month");
            w.WriteNumber("saving", c.Saving);
            w.WriteBoolean("overClaim", c.MeetsClaim);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("breakEvenCostPerContact", MoneyRounding.ToPenny(r.BreakEvenCostPerVisit));
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, IReadOnlyList<UnitCostSet> sets)
    {
        w.WriteStartObject();
        w.WriteStartArray("sets");
        foreach (var set in sets)
        {
            w.WriteStartObject();
            w.WriteString("key", set.Key);
            w.WriteString("title", set.Title);
            w.WriteString("currency", set.Currency);
            w.WriteStartArray("costs");
            foreach (var cost in set.Costs)
            {
                w.WriteStartObject();
                w.WriteString("channel", cost.Channel.Key);
                w.WriteNumber("amount", cost.Amount);
                w.WriteString("currency", cost.Provenance.Currency);
                w.WriteString("publisher", cost.Provenance.Publisher);
                w.WriteString("edition", cost.Provenance.Edition);
                w.WriteString("dataYear", cost.Provenance.DataYear);
                w.WriteNumber("priceYear", cost.Provenance.PriceYear);
                w.WriteString("basis", ResultJson.KeyOf(cost.Provenance.Basis));
                w.WriteString("note", cost.Provenance.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, IntervalStaffing r)
    {
        var outcome = r.Outcome;
        w.WriteStartObject();
        w.WriteString("mode", ResultJson.ModeOf(r));
        w.WriteNumber("arrivals", r.Demand.ArrivalsPerInterval);
        w.WriteNumber("intervalSeconds", r.Demand.IntervalLength.TotalSeconds);
        w.WriteNumber("ahtSeconds", r.Demand.AverageHandlingTime.TotalSeconds);
        w.WriteNumber("answerWithinSeconds", outcome.AnswerWithin.TotalSeconds);
        JsonWriting.Number(w, "target", r.Target);
        w.WriteNumber("shrinkage", outcome.Shrinkage);
        JsonWriting.Number(w, "maximumOccupancy", r.MaximumOccupancy);
        w.WriteNumber("trafficErlangs", outcome.TrafficErlangs);
        w.WriteNumber("agents", outcome.Agents);
        w.WriteNumber("serviceLevel", outcome.ServiceLevel);
        w.WriteNumber("probabilityOfWaiting", outcome.ProbabilityOfWaiting);
        w.WriteNumber("averageSpeedOfAnswerSeconds", outcome.AverageSpeedOfAnswerSeconds);
        w.WriteNumber("occupancy", outcome.Occupancy);
        w.WriteNumber("staffWithShrinkage", outcome.StaffWithShrinkage);
        JsonWriting.Boolean(w, "meetsTarget", r.MeetsTarget);
        JsonWriting.Boolean(w, "withinMaximumOccupancy", r.WithinMaximumOccupancy);
        w.WriteEndObject();
    }
}
