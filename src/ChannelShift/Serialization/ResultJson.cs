using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ChannelShift.Appraisal;
using ChannelShift.Staffing;
using ChannelShift.Tracking;
using ChannelShift.Uncertainty;

namespace ChannelShift.Serialization;

/// <summary>
/// The JSON of every result the library computes, in the shapes docs/json.md documents: an appraisal, a simulation, a
/// sensitivity analysis, a batch, a headline estimate, the report's case, the unit-cost catalogue, a survey proportion
/// and the staffing of an interval. camelCase, indented by two spaces, UTF-8 without escaping £ or dashes; money is a
/// number rounded to the penny (the library rounds it), other numbers unrounded, "none" as null. An application that
/// prints a result as JSON writes these bytes, so a .NET user of the library gets the same. Results are written, not
/// read back: the converters of <see cref="Options"/> throw <see cref="NotSupportedException"/> on reading.
/// </summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Options for <see cref="JsonSerializer"/> with a converter for each result (the same JSON as
    /// <c>Serialize</c>); unit-cost sets are serialized as <c>IReadOnlyList&lt;UnitCostSet&gt;</c>.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>An appraisal: <c>{scenario, currency, notes, options: [{rank, name, npv, …, notes, years}]}</c>, the
    /// options ranked by NPV.</summary>
    /// <param name="appraisal">The appraisal.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ScenarioAppraisal appraisal) => Text(appraisal, AppraisalJson.Write);

    /// <summary>A Monte Carlo simulation of one option.</summary>
    /// <param name="simulation">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(SimulationResult simulation) => Text(simulation, SimulationJson.Write);

    /// <summary>The JSON of a financial view (docs/json.md).</summary>
    /// <param name="view">The view.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ScenarioFinancialView view) => Text(view, AppraisalJson.Write);

    /// <summary>A sensitivity analysis of one option: tornado and switching values, each input with path and label.</summary>
    /// <param name="sensitivity">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(SensitivityResult sensitivity) => Text(sensitivity, SimulationJson.Write);

    /// <summary>A batch: one row per council and option.</summary>
    /// <param name="batch">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(BatchResult batch) => Text(batch, AppraisalJson.Write);

    /// <summary>A headline estimate, line by line.</summary>
    /// <param name="estimate">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(EstimateResult estimate) => Text(estimate, EstimateJson.Write);

    /// <summary>The report's case and how it moves with the assumptions.</summary>
    /// <param name="reproduction">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(BdoReproduction reproduction) => Text(reproduction, EstimateJson.Write);

    /// <summary>Unit-cost sets with the provenance of every figure: <c>{sets: [...]}</c>.</summary>
    /// <param name="sets">The sets.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IReadOnlyList<UnitCostSet> sets) => Text(sets, EstimateJson.Write);

    /// <summary>A survey proportion with its confidence interval.</summary>
    /// <param name="survey">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(SurveyProportion survey) => Text(survey, SimulationJson.Write);

    /// <summary>The staffing of one interval by Erlang C.</summary>
    /// <param name="staffing">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IntervalStaffing staffing) => Text(staffing, EstimateJson.Write);

    /// <summary>Actuals tracked against a plan: <c>{scenario, option, currency, basis, channels, months: [{month,
    /// planned, actual, businessAsUsual, plannedSaving, realisedSaving, …}], toDate: {…, status}, reforecast: {approvedNpv,
    /// npv, fit, monthsFitted, cashable, …}, notes}</c> (docs/json.md).</summary>
    /// <param name="tracking">The tracking result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TrackingResult tracking) => Text(tracking, TrackingJson.Write);

    /// <summary>The key a status is written with: <c>on-track</c>, <c>at-risk</c>, <c>off-track</c> or <c>n/a</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(TrackingStatus status) => TrackingJson.KeyOf(status);

    /// <summary>Writes a result's JSON (one of the types of the <c>Serialize</c> overloads) to a stream, as UTF-8,
    /// followed by a line break.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="utf8">The stream (not closed).</param>
    /// <param name="result">The result.</param>
    /// <exception cref="NotSupportedException">The type is not a result the library writes.</exception>
    public static void Write<T>(Stream utf8, T result)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(result);
        var write = WriterOf<T>();
        using (var writer = new Utf8JsonWriter(utf8, WriterOptions))
        {
            write(writer, result);
        }

        utf8.WriteByte((byte)'\n');
    }

    /// <summary>The key a line of an estimate is written with: <c>destination</c>, <c>failure-demand</c> or
    /// <c>assisted-digital</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(FlowKind kind) => kind switch
    {
        FlowKind.FailureDemand => "failure-demand",
        FlowKind.AssistedDigital => "assisted-digital",
        _ => "destination",
    };

    /// <summary>The words a cost basis is written with, e.g. <c>per visit / call / web visit</c>.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The words.</returns>
    public static string KeyOf(CostBasis basis) => basis switch
    {
        CostBasis.PerVisit => "per visit",
        CostBasis.PerVisitCallOrWebVisit => "per visit / call / web visit",
        CostBasis.PerTransaction => "per transaction",
        _ => "per contact",
    };

    /// <summary>The key the question of an interval's staffing is written with: <c>fewest-agents</c> when the fewest
    /// agents were found, <c>given-agents</c> when given agents were evaluated.</summary>
    /// <param name="staffing">The staffing.</param>
    /// <returns>The key.</returns>
    public static string ModeOf(IntervalStaffing staffing)
    {
        ArgumentNullException.ThrowIfNull(staffing);
        return staffing.GivenAgents is null ? "fewest-agents" : "given-agents";
    }

    /// <summary>The key of a basis in JSON and CSV: <c>cashable</c> or <c>average</c>.</summary>
    /// <param name="basis">The basis.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(Basis basis) => basis == Basis.Cashable ? "cashable" : "average";

    /// <summary>The key a proportion's interval method is written with: <c>wilson</c> or <c>exact</c>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(ProportionIntervalMethod method) => method == ProportionIntervalMethod.Wilson ? "wilson" : "exact";

    private static string Text<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The writer of each result type, the one table behind <see cref="Write{T}"/> and <see cref="Options"/>.</summary>
    private static readonly Writer[] Writers =
    [
        Writer.Of<ScenarioAppraisal>(AppraisalJson.Write),
        Writer.Of<BatchResult>(AppraisalJson.Write),
        Writer.Of<ScenarioFinancialView>(AppraisalJson.Write),
        Writer.Of<SimulationResult>(SimulationJson.Write),
        Writer.Of<SensitivityResult>(SimulationJson.Write),
        Writer.Of<SurveyProportion>(SimulationJson.Write),
        Writer.Of<EstimateResult>(EstimateJson.Write),
        Writer.Of<BdoReproduction>(EstimateJson.Write),
        Writer.Of<IReadOnlyList<UnitCostSet>>(EstimateJson.Write),
        Writer.Of<IntervalStaffing>(EstimateJson.Write),
        Writer.Of<TrackingResult>(TrackingJson.Write),
    ];

    private static Action<Utf8JsonWriter, T> WriterOf<T>()
    {
        foreach (var writer in Writers)
        {
            if (writer.Type == typeof(T))
            {
                return (Action<Utf8JsonWriter, T>)writer.Write;
            }
        }

        // An array or list of unit-cost sets is written as the catalogue.
        if (typeof(IReadOnlyList<UnitCostSet>).IsAssignableFrom(typeof(T)))
        {
            return (w, v) => EstimateJson.Write(w, (IReadOnlyList<UnitCostSet>)v!);
        }

        throw new NotSupportedException($"{typeof(T).Name} is not a result the library writes as JSON.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = new Results() };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A result type, its writer, and its type information for <see cref="JsonSerializer"/>.</summary>
    private sealed record Writer(Type Type, Delegate Write, Func<JsonSerializerOptions, JsonTypeInfo> Info)
    {
        internal static Writer Of<T>(Action<Utf8JsonWriter, T> write) =>
            new(typeof(T), write, options => JsonMetadataServices.CreateValueInfo<T>(options, new WriteOnly<T>(write)));
    }

    /// <summary>Type information for the results only, each with its write-only converter (no reflection, so it works
    /// trimmed and ahead of time).</summary>
    private sealed class Results : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            Array.Find(Writers, w => w.Type == type)?.Info(options);
    }

    /// <summary>A converter that writes a result with the library's writer and refuses to read.</summary>
    private sealed class WriteOnly<T>(Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"{typeof(T).Name} is written as JSON, not read.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => write(writer, value);
    }
}
