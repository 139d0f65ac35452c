using System.Text.Json;
using ChannelShift.Appraisal;

namespace ChannelShift.Serialization;

/// <summary>The JSON of an appraisal, its notes and a batch (<see cref="ResultJson"/>).</summary>
internal static class AppraisalJson
{
    internal static void Write(Utf8JsonWriter w, ScenarioAppraisal appraisal)
    {
        w.WriteStartObject();
        w.WriteString("scenario", appraisal.ScenarioName);
        w.WriteString("currency", appraisal.Currency);
        w.WriteString("basis", ResultJson.KeyOf(appraisal.Basis));
        w.WriteStartArray("unitCosts");
        foreach (var cost in appraisal.UnitCosts)
        {
            w.WriteStartObject();
            w.WriteString("channel", cost.Channel.Key);
            w.WriteBoolean("digital", cost.Digital);
            w.WriteNumber("amount", cost.Amount);
            w.WriteNumber("priceYear", cost.PriceYear);
            w.WriteNumber("used", cost.Used);
            w.WriteNumber("usedPriceYear", cost.PriceBaseYear);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Notes(w, "notes", appraisal.Notes);
        w.WriteStartArray("options");
        var rank = 1;
        foreach (var option in appraisal.Options)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", rank++);
            Option(w, option);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, ScenarioFinancialView view)
    {
        w.WriteStartObject();
        w.WriteString("scenario", view.ScenarioName);
        w.WriteString("currency", view.Currency);
        w.WriteString("view", "financial");
        w.WriteString("prices", "cash");
        w.WriteString("basis", ResultJson.KeyOf(view.Basis));
        JsonWriting.Number(w, "priceBaseYear", view.PriceBaseYear);
        JsonWriting.Number(w, "savingsPriceYear", view.SavingsPriceYear);
        JsonWriting.Number(w, "firstYear", view.FirstYear);
        w.WriteNumber("inflation", view.Inflation);
        w.WriteString("inflationFrom", view.InflationStated ? "appraisal.inflation" : "gdpDeflator");
        w.WriteStartArray("options");
        foreach (var option in view.Options)
        {
            w.WriteStartObject();
            w.WriteString("name", option.OptionName);
            w.WriteStartArray("years");
            foreach (var y in option.Years)
            {
                w.WriteStartObject();
                w.WriteNumber("year", y.Year);
                w.WriteString("label", y.Label);
                w.WriteNumber("capitalCosts", y.CapitalCosts);
                w.WriteNumber("revenueCosts", y.RevenueCosts);
                w.WriteNumber("optimismBias", y.OptimismBias);
                w.WriteNumber(view.Basis == Basis.Cashable ? "cashableSaving" : "saving", y.Saving);
                w.WriteNumber("revenueNet", y.RevenueNet);
                w.WriteNumber("net", y.Net);
                w.WriteNumber("cumulativeNet", y.CumulativeNet);
                w.WriteNumber("cashFactor", y.CashFactor);
                w.WriteNumber("savingCashFactor", y.SavingCashFactor);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, BatchResult result)
    {
        w.WriteStartObject();
        w.WriteString("scenario", result.ScenarioName);
        w.WriteString("currency", result.Currency);
        w.WriteString("period", result.Period.Key);
        JsonWriting.Strings(w, "channels", result.Channels.Select(c => c.Key));
        w.WriteNumber("problems", result.Problems.Count);
        w.WriteStartArray("rows");
        foreach (var council in result.Rows)
        {
            foreach (var r in council.Options)
            {
                w.WriteStartObject();
                w.WriteString("council", council.Council);
                w.WriteString("option", r.OptionName);
                w.WriteNumber("npv", r.Npv);
                JsonWriting.Number(w, "cashableNpv", r.Cashable?.Npv);
                w.WriteNumber("presentValueBenefits", r.PresentValueBenefits);
                w.WriteNumber("presentValueCosts", r.PresentValueCosts);
                JsonWriting.Number(w, "benefitCostRatio", r.BenefitCostRatio);
                JsonWriting.Number(w, "paybackYears", r.PaybackYears);
                JsonWriting.Number(w, "discountedPaybackYears", r.DiscountedPaybackYears);
                JsonWriting.Number(w, "irr", r.Irr);
                w.WriteNumber("finalYearSaving", r.Years[^1].Saving);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A ratio as written: −0 (a BCR of a negative-zero decimal PVB) becomes 0; adding +0 changes no other value.</summary>

    /// <summary>The totals of a basis, as properties of the object being written.</summary>
    private static void Totals(Utf8JsonWriter w, BasisSummary s)
    {
        w.WriteNumber("npv", s.Npv);
        w.WriteNumber("presentValueBenefits", s.PresentValueBenefits);
        w.WriteNumber("presentValueCosts", s.PresentValueCosts);
        JsonWriting.Number(w, "benefitCostRatio", s.BenefitCostRatio);
        JsonWriting.Number(w, "roi", s.Roi);
        JsonWriting.Number(w, "paybackYears", s.PaybackYears);
        JsonWriting.String(w, "paybackYearLabel", s.PaybackYearLabel);
        JsonWriting.Number(w, "discountedPaybackYears", s.DiscountedPaybackYears);
        JsonWriting.String(w, "discountedPaybackYearLabel", s.DiscountedPaybackYearLabel);
        JsonWriting.Number(w, "irr", s.Irr);
        JsonWriting.String(w, "irrNote", s.IrrNote);
    }

    /// <summary>The flows summed over the years (undiscounted, or discounted) as an object.</summary>
    private static void Flows(Utf8JsonWriter w, string name, FlowTotals f)
    {
        w.WriteStartObject(name);
        w.WriteNumber("saving", f.Saving);
        w.WriteNumber("benefitsHaircut", f.BenefitsHaircut);
        w.WriteNumber("cashableSaving", f.CashableSaving);
        w.WriteNumber("cashableBenefitsHaircut", f.CashableBenefitsHaircut);
        w.WriteNumber("nonCashableSaving", f.NonCashableSaving);
        w.WriteNumber("costsBeforeOptimismBias", f.CostsBeforeOptimismBias);
        w.WriteNumber("optimismBias", f.OptimismBias);
        w.WriteNumber("costs", f.Costs);
        w.WriteNumber("releaseCosts", f.ReleaseCosts);
        w.WriteNumber("closureCosts", f.ClosureCosts);
        w.WriteNumber("net", f.Net);
        w.WriteNumber("cashableNet", f.CashableNet);
        w.WriteEndObject();
    }

    private static void Option(Utf8JsonWriter w, AppraisalResult r)
    {
        w.WriteString("name", r.OptionName);
        Totals(w, r.Average);
        if (r.Cashable is { } cashable)
        {
            w.WriteStartObject("cashable");
            Totals(w, cashable);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("cashable");
        }

        Notes(w, "notes", r.Notes);
        Flows(w, "totals", r.Totals);
        Flows(w, "presentValues", r.PresentValues);
        w.WriteStartArray("years");
        foreach (var y in r.Years)
        {
            w.WriteStartObject();
            w.WriteNumber("year", y.Year);
            w.WriteString("label", y.Label);
            w.WriteNumber("contactsMoved", y.ContactsMoved);
            w.WriteStartObject("contacts");
            foreach (var (channel, volume) in y.Contacts)
            {
                w.WriteNumber(channel, volume);
            }

            w.WriteEndObject();
            w.WriteNumber("saving", y.Saving);
            w.WriteNumber("cashableSaving", y.CashableSaving);
            w.WriteNumber("nonCashableSaving", y.NonCashableSaving);
            w.WriteNumber("staffChange", y.StaffChange);
            w.WriteNumber("benefitsHaircut", y.BenefitsHaircut);
            w.WriteNumber("costs", y.Costs);
            w.WriteNumber("costsBeforeOptimismBias", y.CostsBeforeOptimismBias);
            w.WriteNumber("optimismBias", y.OptimismBias);
            w.WriteNumber("net", y.Net);
            w.WriteNumber("discountFactor", y.DiscountFactor);
            w.WriteNumber("presentValue", y.PresentValue);
            w.WriteNumber("cumulativePresentValue", y.CumulativePresentValue);
            w.WriteNumber("releaseCosts", y.ReleaseCosts);
            w.WriteNumber("closureCosts", y.ClosureCosts);
            JsonWriting.Number(w, "fteBusinessAsUsual", y.FteBusinessAsUsual);
            JsonWriting.Number(w, "fte", y.Fte);
            w.WriteNumber("stepsTaken", y.StepsTaken);
            if (r.Cashable is null)
            {
                w.WriteNull("cashable");
            }
            else
            {
                w.WriteStartObject("cashable");
                w.WriteNumber("saving", y.CashableSaving);
                w.WriteNumber("benefitsHaircut", y.CashableBenefitsHaircut);
                w.WriteNumber("costs", y.CashableCosts);
                w.WriteNumber("net", y.CashableNet);
                w.WriteNumber("presentValue", y.CashablePresentValue);
                w.WriteNumber("cumulativePresentValue", y.CumulativeCashablePresentValue);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Notes as objects: <c>code</c>, <c>message</c> and the note's own figures.</summary>
    private static void Notes(Utf8JsonWriter w, string name, IReadOnlyList<AppraisalNote> notes)
    {
        w.WriteStartArray(name);
        foreach (var note in notes)
        {
            w.WriteStartObject();
            w.WriteString("code", note.Code);
            w.WriteString("message", note.Message);
            switch (note)
            {
                case UnitCostsRebasedNote n:
                    w.WriteNumber("priceBaseYear", n.PriceBaseYear);
                    w.WriteString("deflator", n.Deflator.Description);
                    break;
                case MixedPriceYearsNote n:
                    w.WriteStartArray("priceYears");
                    foreach (var year in n.PriceYears)
                    {
                        w.WriteNumberValue(year);
                    }

                    w.WriteEndArray();
                    break;
                case PriceYearDiffersNote n:
                    w.WriteNumber("priceYear", n.PriceYear);
                    w.WriteNumber("appraisalYear", n.AppraisalYear);
                    break;
                case UncertainInputsAtMeanNote n:
                    w.WriteStartArray("inputs");
                    for (var i = 0; i < n.Inputs.Count; i++)
                    {
                        w.WriteStartObject();
                        w.WriteString("path", n.Inputs[i].Path);
                        w.WriteString("label", n.Inputs[i].Label);
                        w.WriteString("distribution", n.Distributions[i].ToString());
                        w.WriteNumber("mean", n.Distributions[i].Mean);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    break;
                case UnusualValueNote n:
                    w.WriteString("path", n.Path);
                    w.WriteNumber("value", n.Value);
                    w.WriteNumber("usualMaximum", n.UsualMaximum);
                    break;
                case OptimismBiasOnUncertainCostNote n:
                    w.WriteString("path", n.Cost.Path);
                    w.WriteString("label", n.Cost.Label);
                    w.WriteNumber("uplift", n.Uplift);
                    break;
                case StaffReleasedNote n:
                    w.WriteNumber("year", n.Year);
                    w.WriteString("label", n.Label);
                    w.WriteString("channel", n.Channel.Key);
                    w.WriteNumber("released", n.Released);
                    w.WriteNumber("fewer", n.Fewer);
                    w.WriteNumber("releaseCost", MoneyRounding.ToPenny(n.ReleaseCost));
                    break;
                case FixedStepClosedNote n:
                    w.WriteNumber("year", n.Year);
                    w.WriteString("label", n.Label);
                    w.WriteString("channel", n.Channel.Key);
                    w.WriteString("step", n.Step.Name);
                    w.WriteNumber("volume", n.Volume);
                    w.WriteNumber("closesBelow", n.Step.ClosesBelowAnnualVolume);
                    w.WriteNumber("annualCost", n.Step.AnnualCost);
                    w.WriteNumber("closureCost", n.Step.ClosureCost);
                    JsonWriting.Number(w, "businessAsUsualYear", n.BusinessAsUsualYear);
                    break;
                case FixedStepKeptOpenNote n:
                    w.WriteNumber("year", n.Year);
                    w.WriteString("label", n.Label);
                    w.WriteString("channel", n.Channel.Key);
                    w.WriteString("step", n.Step.Name);
                    w.WriteNumber("businessAsUsualVolume", n.BusinessAsUsualVolume);
                    w.WriteNumber("volume", n.Volume);
                    w.WriteNumber("closesBelow", n.Step.ClosesBelowAnnualVolume);
                    w.WriteNumber("annualCost", n.Step.AnnualCost);
                    break;
                case NegativeNonCashableSavingNote n:
                    w.WriteStartArray("years");
                    foreach (var year in n.Years)
                    {
                        w.WriteNumberValue(year);
                    }

                    w.WriteEndArray();
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
