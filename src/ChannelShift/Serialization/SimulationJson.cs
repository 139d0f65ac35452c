using System.Globalization;
using System.Text.Json;
using ChannelShift.Uncertainty;

namespace ChannelShift.Serialization;

/// <summary>The JSON of a simulation, a sensitivity analysis and a survey proportion (<see cref="ResultJson"/>).</summary>
internal static class SimulationJson
{
    internal static void Write(Utf8JsonWriter w, SimulationResult r)
    {
        w.WriteStartObject();
        w.WriteString("option", r.OptionName);
        w.WriteString("currency", r.Currency);
        w.WriteNumber("iterations", r.Iterations);
        w.WriteNumber("seed", r.Seed);
        w.WriteString("basis", ResultJson.KeyOf(r.Basis));
        JsonWriting.Strings(w, "inputs", r.Inputs);
        Summary(w, "npv", r.Npv);
        w.WriteNumber("probabilityNpvPositive", r.ProbabilityNpvPositive);
        Summary(w, "finalYearSaving", r.FinalYearSaving);
        JsonWriting.Number(w, "savingTarget", r.SavingTarget);
        JsonWriting.Number(w, "probabilityFinalYearSavingAboveTarget", r.ProbabilityFinalYearSavingAboveTarget);
        w.WriteNumber("fanIterations", r.FanIterations);
        JsonWriting.String(w, "fanNote", r.FanIterations < r.Iterations
            ? $"the fan is computed from the first {r.FanIterations.ToString("#,##0", CultureInfo.InvariantCulture)} iterations (a stored subsample)"
            : null);
        w.WriteStartArray("fan");
        foreach (var y in r.Fan)
        {
            w.WriteStartObject();
            w.WriteNumber("year", y.Year);
            w.WriteString("label", y.Label);
            w.WriteNumber("p10", y.P10);
            w.WriteNumber("p50", y.P50);
            w.WriteNumber("p90", y.P90);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, SensitivityResult r)
    {
        w.WriteStartObject();
        w.WriteString("option", r.OptionName);
        w.WriteString("currency", r.Currency);
        w.WriteString("basis", ResultJson.KeyOf(r.Basis));
        w.WriteNumber("baseNpv", r.BaseNpv);
        JsonWriting.Strings(w, "notes", r.Notes);
        w.WriteStartArray("tornado");
        foreach (var b in r.Tornado)
        {
            w.WriteStartObject();
            w.WriteString("path", b.Path);
            w.WriteString("label", b.Label);
            w.WriteString("rangeSource", b.RangeSource);
            w.WriteNumber("low", b.Low);
            w.WriteNumber("high", b.High);
            w.WriteNumber("npvAtLow", b.NpvAtLow);
            w.WriteNumber("npvAtHigh", b.NpvAtHigh);
            w.WriteNumber("swing", b.Swing);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("switchingValues");
        foreach (var s in r.SwitchingValues)
        {
            w.WriteStartObject();
            w.WriteString("path", s.Path);
            w.WriteString("label", s.Label);
            w.WriteNumber("baseValue", s.BaseValue);
            JsonWriting.Number(w, "value", s.Value);
            w.WriteNumber("searchLow", s.SearchLow);
            w.WriteNumber("searchHigh", s.SearchHigh);
            JsonWriting.String(w, "note", s.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void Write(Utf8JsonWriter w, SurveyProportion result)
    {
        w.WriteStartObject();
        w.WriteNumber("yes", result.Yes);
        w.WriteNumber("of", result.Of);
        w.WriteNumber("proportion", result.Proportion);
        w.WriteNumber("lower", result.Lower);
        w.WriteNumber("upper", result.Upper);
        w.WriteNumber("confidence", result.Confidence);
        w.WriteString("method", ResultJson.KeyOf(result.Method));
        w.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter w, string name, MoneySummary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("mean", s.Mean);
        w.WriteNumber("stdDev", s.StdDev);
        w.WriteNumber("p5", s.P5);
        w.WriteNumber("p10", s.P10);
        w.WriteNumber("p50", s.P50);
        w.WriteNumber("p90", s.P90);
        w.WriteNumber("p95", s.P95);
        w.WriteEndObject();
    }
}
