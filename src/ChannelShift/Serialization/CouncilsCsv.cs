using System.Globalization;
using System.Text;

namespace ChannelShift.Serialization;

/// <summary>
/// Reads a councils file: one row per council with its contacts per channel in the period of a scenario's baseline,
/// for a batch (<c>Appraisal.BatchAppraisal</c>).
/// </summary>
/// <remarks>
/// <para>The file is CSV as IETF RFC 4180 (2005) §2: comma-separated, fields optionally in double quotes (then holding
/// commas, line breaks and doubled quotes), CRLF, LF or CR line ends, an optional byte-order mark; empty lines are
/// skipped. A stream must be UTF-8 (<see cref="TextFile"/>).</para>
/// <para>The first record is the header: <c>council</c> (or <c>name</c>), then one column per channel, by key or alias
/// (<c>f2f</c>, <c>phone</c>, <c>online</c>…; case-insensitive), resolved among the built-in channels and the
/// scenario's own channels, each with a cost per contact in the scenario's unit costs. Any header problem (an unknown
/// channel, with a "did you mean", a channel given twice, <c>avoided</c>, a channel without a cost, a first column other
/// than council) makes the whole file unusable: every header problem is reported at once in one
/// <see cref="InputValidationException"/>, as is an empty file or a file without council rows.</para>
/// <para>Each further record is a council: its name, then its volume per channel, numbers of 0 or more in the invariant
/// culture (a dot for decimals, no thousands separators, an exponent allowed). A bad row (a wrong number of fields, a
/// broken quote, an empty or repeated council name — compared ignoring case — or a volume that is empty, not a number,
/// negative, not finite or too large for a decimal) is skipped and reported as one <see cref="InputProblem"/> with its
/// line, listing every fault of the row; the good rows are read all the same.</para>
/// </remarks>
public static class CouncilsCsv
{
    /// <summary>Reads the councils of a councils CSV read from a text reader.</summary>
    /// <param name="scenario">The scenario whose channels and baseline period the file's columns refer to.</param>
    /// <param name="councilsCsv">The councils CSV (read to its end; not closed). A leading U+FEFF is skipped.</param>
    /// <param name="sourceName">The name used in problems, e.g. the file name; may be null.</param>
    /// <returns>The councils of the good rows and one problem per bad row, both in the file's order.</returns>
    /// <exception cref="InputValidationException">The file is empty, its header has problems (all listed), or no
    /// council row follows the header.</exception>
    public static CouncilTable Read(Scenario scenario, TextReader councilsCsv, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(councilsCsv);
        var csv = new CsvRecordReader(councilsCsv);
        CsvRecord header;
        do
        {
            if (!csv.TryRead(out header))
            {
                throw new InputValidationException([new InputProblem("header", ProblemCodes.Missing, "the file is empty", $"a header row, council then channel keys (e.g. {Example(scenario)}), then one row per council").At(sourceName, null)]);
            }
        }
        while (header.IsBlank);

        var columns = Header(scenario, header, sourceName);
        var period = scenario.Baseline.Period.Key;
        var councils = new List<CouncilVolumes>();
        var problems = new List<InputProblem>();
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var any = false;
        while (csv.TryRead(out var record))
        {
            if (record.IsBlank)
            {
                continue;
            }

            any = true;
            var faults = new List<Fault>();
            var volumes = Row(record, header.Fields, columns, period, seen, faults, out var name);
            if (volumes is not null)
            {
                councils.Add(new CouncilVolumes(name!, volumes, record.Line));
            }
            else
            {
                problems.Add(Combine(faults).At(sourceName, record.Line));
            }
        }

        if (!any)
        {
            throw new InputValidationException([new InputProblem("header", ProblemCodes.Missing, "no council row follows the header", "one row per council, its name then its volumes").At(sourceName, header.Line)]);
        }

        return new CouncilTable(columns, councils, problems, sourceName);
    }

    /// <summary>Reads the councils of a councils CSV read from a stream of UTF-8 text.</summary>
    /// <param name="scenario">The scenario whose channels and baseline period the file's columns refer to.</param>
    /// <param name="councilsCsv">The stream (read to its end; not closed): UTF-8, with or without a byte-order mark.</param>
    /// <param name="sourceName">The name used in problems, e.g. the file name; may be null.</param>
    /// <returns>The councils of the good rows and one problem per bad row, both in the file's order.</returns>
    /// <exception cref="InputValidationException">The file is not UTF-8 text (the problem names the line and the
    /// encoding it looks like), is empty, its header has problems (all listed), or no council row follows the
    /// header.</exception>
    public static CouncilTable Read(Scenario scenario, Stream councilsCsv, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(councilsCsv);
        var text = TextFile.ReadUtf8(councilsCsv, sourceName, "a CSV file");
        return Read(scenario, new StringReader(text), sourceName);
    }

    private static List<Channel> Header(Scenario scenario, CsvRecord header, string? sourceName)
    {
        var problems = new List<InputProblem>();
        void Problem(string path, string code, string what, string expected) => problems.Add(new InputProblem(path, code, what, expected).At(sourceName, header.Line));

        if (header.Error is { } error)
        {
            Problem("header", ProblemCodes.Syntax, error.What, error.Expected);
            throw new InputValidationException(problems);
        }

        var fields = header.Fields;
        var first = fields[0].Trim();
        if (!first.Equals("council", StringComparison.OrdinalIgnoreCase) && !first.Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            var isChannel = Channel.TryParseBuiltIn(first, out _) || scenario.UnitCosts.Channels.Any(c => c.Key.Equals(first, StringComparison.OrdinalIgnoreCase));
            var hint = isChannel ? " (it is a channel: the council's name comes first)" : string.Empty;
            Problem("column 1", ProblemCodes.Missing, $"\"{fields[0]}\" is not the council column{hint}", $"\"council\" (or \"name\") first, then channel keys, e.g. {Example(scenario)}");
        }

        if (fields.Count == 1)
        {
            Problem("header", ProblemCodes.Missing, "has no channel column", $"council then channel keys, e.g. {Example(scenario)}");
        }

        var columns = new List<Channel>();
        var where = new Dictionary<Channel, int>();
        for (var i = 1; i < fields.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"column {i + 1}");
            var text = fields[i].Trim();
            if (text.Length == 0)
            {
                Problem(path, ProblemCodes.Missing, "has no name", "a channel key such as web");
                continue;
            }

            if (CsvFields.Channel(scenario, text, path, out var unknown) is not { } channel)
            {
                problems.Add(unknown!.At(sourceName, header.Line));
                continue;
            }

            if (where.TryGetValue(channel, out var earlier))
            {
                Problem(path, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is {channel.Key}, already column {earlier + 1} (\"{fields[earlier]}\")"), "each channel once");
                continue;
            }

            where[channel] = i;
            columns.Add(channel);
        }

        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }

        return columns;
    }

    /// <summary>Reads a council row; null (with the faults) when the row is bad.</summary>
    private static Dictionary<Channel, decimal>? Row(CsvRecord record, IReadOnlyList<string> header, List<Channel> columns, string period, Dictionary<string, long> seen, List<Fault> faults, out string? name)
    {
        name = null;
        if (record.Error is { } error)
        {
            faults.Add(new Fault("row", ProblemCodes.Syntax, error.What, error.Expected));
            return null;
        }

        var fields = record.Fields;
        if (fields.Count != header.Count)
        {
            faults.Add(new Fault("row", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"has {fields.Count} {(fields.Count == 1 ? "field" : "fields")}"), string.Create(CultureInfo.InvariantCulture, $"{header.Count}, as in the header: {string.Join(",", header)}")));
            return null;
        }

        var councilColumn = header[0].Trim();
        name = fields[0].Trim();
        if (name.Length == 0)
        {
            faults.Add(new Fault(councilColumn, ProblemCodes.Missing, "is empty", "the council's name"));
        }
        else if (!seen.TryAdd(name, record.Line))
        {
            faults.Add(new Fault(councilColumn, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is already on line {seen[name]}"), "each council once (names are compared ignoring case)"));
        }

        var volumes = new Dictionary<Channel, decimal>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            if (Volume(fields[i + 1], period, header[i + 1].Trim(), out var volume) is { } fault)
            {
                faults.Add(fault);
                continue;
            }

            volumes[columns[i]] = volume;
        }

        return faults.Count > 0 ? null : volumes;
    }

    /// <summary>What is wrong with a volume's text, or null when it is a number of 0 or more that fits a decimal.</summary>
    private static Fault? Volume(string text, string period, string column, out decimal value)
    {
        var expected = $"contacts a {period}, a number of 0 or more such as 12000 (a dot for decimals, no thousands separators)";
        return CsvFields.Count(text, "is empty (write 0 for none)", out value) is { } fault
            ? new Fault(column, fault.Code, fault.What, expected)
            : null;
    }

    /// <summary>One problem for all the faults of a row, at the first fault's column: each column's fault, then what
    /// was expected, each said once.</summary>
    private static InputProblem Combine(List<Fault> faults)
    {
        var what = new StringBuilder(faults[0].What);
        for (var i = 1; i < faults.Count; i++)
        {
            what.Append(", ").Append(faults[i].Column).Append(": ").Append(faults[i].What);
        }

        var expected = faults.Select(f => f.Expected).Distinct().ToList();
        return new InputProblem(faults[0].Column, faults[0].Code, what.ToString(), string.Join("; and expected ", expected));
    }

    private static string Example(Scenario scenario) =>
        "council," + string.Join(",", scenario.Baseline.Volumes.Keys.Select(c => c.Key));

    /// <summary>A fault of one field of a row.</summary>
    private sealed record Fault(string Column, string Code, string What, string Expected);
}
