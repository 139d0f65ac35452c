using System.Globalization;
using System.Text;
using ChannelShift.Serialization;

namespace ChannelShift.Appraisal;

/// <summary>
/// Appraises one scenario for many councils: each row of a councils CSV replaces the scenario's baseline volumes
/// (<c>scenario.WithBaseline(scenario.Baseline.WithVolumes(row))</c>) and every option is appraised by
/// <see cref="Appraiser.AppraiseOption"/>, the decimal reference, so that a council with the scenario's own volumes gets
/// exactly the scenario's own results. Everything else (unit costs, shifts as shares, adoption, costs, growth,
/// discounting) is the scenario's.
/// </summary>
/// <remarks>
/// <para>The file is CSV as IETF RFC 4180 (2005) §2: comma-separated, fields optionally in double quotes (then holding
/// commas, line breaks and doubled quotes), CRLF, LF or CR line ends, an optional byte-order mark; empty lines are
/// skipped.</para>
/// <para>The first record is the header: <c>council</c> (or <c>name</c>), then one column per channel, by key or alias
/// (<c>f2f</c>, <c>phone</c>, <c>online</c>…; case-insensitive), resolved among the built-in channels and the
/// scenario's own channels, each with a cost per contact in the scenario's unit costs. Any header problem (an unknown
/// channel, with a "did you mean", a channel given twice, <c>avoided</c>, a channel without a cost, a first column other
/// than council) makes the whole file unusable: every header problem is reported at once in one
/// <see cref="InputValidationException"/>, as is an empty file or a file without council rows.</para>
/// <para>Each further record is a council: its name, then its volume per channel, contacts per period of the
/// scenario's baseline (e.g. a month), numbers of 0 or more in the invariant culture (a dot for decimals, no thousands
/// separators, an exponent allowed). A channel that is not in the header has volume 0 for every council, including a
/// shift's source channel (the shift then moves nothing). A bad row (a wrong number of fields, a broken quote, an empty
/// or repeated council name — compared ignoring case — or a volume that is empty, not a number, negative, not finite,
/// too large for a decimal, or too large to appraise) is skipped and reported as one <see cref="InputProblem"/> with its
/// line, listing every fault of the row; the good rows are appraised all the same.</para>
/// <para>Rows are appraised one after another in the file's order: results depend neither on the current culture nor on
/// threads. The header and the scenario are resolved once; a row costs one baseline and one appraisal per option.</para>
/// </remarks>
public static class BatchAppraisal
{
    private const NumberStyles VolumeStyle = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Appraises the scenario for every council of a councils CSV read from a text reader.</summary>
    /// <param name="scenario">The scenario: its baseline's period is the period of the file's volumes.</param>
    /// <param name="councilsCsv">The councils CSV (read to its end; not closed). A leading U+FEFF is skipped.</param>
    /// <param name="sourceName">The name used in problems, e.g. the file name; may be null.</param>
    /// <returns>One appraisal per good row, and one problem per bad row, both in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="councilsCsv"/> is null.</exception>
    /// <exception cref="InputValidationException">The file is empty, its header has problems (all listed), or no
    /// council row follows the header.</exception>
    public static BatchResult Run(Scenario scenario, TextReader councilsCsv, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(councilsCsv);
        var csv = new CsvRecordReader(councilsCsv);
        CsvRecord header;
        do
        {
            if (!csv.TryRead(out header))
            {
                throw new InputValidationException([new InputProblem(sourceName, null, "header", $"the file is empty; expected a header row, council then channel keys (e.g. {Example(scenario)}), then one row per council")]);
            }
        }
        while (header.IsBlank);

        var columns = Header(scenario, header, sourceName);
        var zeros = scenario.Baseline.Volumes.Keys
            .Concat(scenario.Options.SelectMany(o => o.Shifts).Select(s => s.Shift.From))
            .Where(c => !columns.Contains(c))
            .Distinct()
            .ToList();
        var period = scenario.Baseline.Period.Key;
        var rows = new List<CouncilAppraisal>();
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
            var faults = new List<(string Column, string Message)>();
            var volumes = Row(record, header.Fields, columns, zeros, period, seen, faults, out var name);
            if (volumes is not null)
            {
                try
                {
                    var council = scenario.WithBaseline(scenario.Baseline.WithVolumes(volumes));
                    var results = new AppraisalResult[scenario.Options.Count];
                    for (var i = 0; i < results.Length; i++)
                    {
                        results[i] = Appraiser.AppraiseOption(council, scenario.Options[i]);
                    }

                    rows.Add(new CouncilAppraisal(name!, record.Line, council.Baseline.Volumes, results));
                    continue;
                }
                catch (ArgumentException ex)
                {
                    var message = FirstLine(ex);
                    faults.Add(("row", "cannot be appraised: " + (message.StartsWith("scenario: ", StringComparison.Ordinal) ? message["scenario: ".Length..] : message)));
                }
            }

            problems.Add(new InputProblem(sourceName, record.Line, faults[0].Column, Describe(faults)));
        }

        if (!any)
        {
            throw new InputValidationException([new InputProblem(sourceName, header.Line, "header", "no council row follows the header; expected one row per council, its name then its volumes")]);
        }

        return new BatchResult(scenario.Name, scenario.Currency, scenario.Baseline.Period, columns, rows, problems);
    }

    /// <summary>Appraises the scenario for every council of a councils CSV read from a stream of UTF-8 text.</summary>
    /// <param name="scenario">The scenario: its baseline's period is the period of the file's volumes.</param>
    /// <param name="councilsCsv">The stream (read to its end; not closed): UTF-8, with or without a byte-order mark (a
    /// UTF-16 byte-order mark is honoured too).</param>
    /// <param name="sourceName">The name used in problems, e.g. the file name; may be null.</param>
    /// <returns>One appraisal per good row, and one problem per bad row, both in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> or <paramref name="councilsCsv"/> is null.</exception>
    /// <exception cref="InputValidationException">The file is not UTF-8 text, is empty, its header has problems (all
    /// listed), or no council row follows the header.</exception>
    public static BatchResult Run(Scenario scenario, Stream councilsCsv, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(councilsCsv);
        using var reader = new StreamReader(councilsCsv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        try
        {
            return Run(scenario, reader, sourceName);
        }
        catch (DecoderFallbackException)
        {
            throw new InputValidationException([new InputProblem(sourceName, null, "file", "is not UTF-8 text; expected a CSV file in UTF-8 (e.g. \"CSV UTF-8\" when saving from a spreadsheet)")]);
        }
    }

    private static List<Channel> Header(Scenario scenario, CsvRecord header, string? sourceName)
    {
        var problems = new List<InputProblem>();
        void Problem(string path, string message) => problems.Add(new InputProblem(sourceName, header.Line, path, message));

        if (header.Error is { } error)
        {
            Problem("header", error);
            throw new InputValidationException(problems);
        }

        var fields = header.Fields;
        var first = fields[0].Trim();
        if (!first.Equals("council", StringComparison.OrdinalIgnoreCase) && !first.Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            var isChannel = Channel.TryParseBuiltIn(first, out _) || scenario.UnitCosts.Channels.Any(c => c.Key.Equals(first, StringComparison.OrdinalIgnoreCase));
            var hint = isChannel ? " (it is a channel: the council's name comes first)" : string.Empty;
            Problem("column 1", $"\"{fields[0]}\" is not the council column{hint}; expected \"council\" (or \"name\") first, then channel keys, e.g. {Example(scenario)}");
        }

        if (fields.Count == 1)
        {
            Problem("header", $"has no channel column; expected council then channel keys, e.g. {Example(scenario)}");
        }

        var columns = new List<Channel>();
        var where = new Dictionary<Channel, int>();
        for (var i = 1; i < fields.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"column {i + 1}");
            var text = fields[i].Trim();
            if (text.Length == 0)
            {
                Problem(path, "has no name; expected a channel key such as web");
                continue;
            }

            Channel channel;
            try
            {
                channel = scenario.UnitCosts.ParseChannel(text, allowAvoided: false, paramName: path);
            }
            catch (ArgumentException ex)
            {
                var message = FirstLine(ex);
                Problem(path, message.StartsWith(path + ": ", StringComparison.Ordinal) ? message[(path.Length + 2)..] : message);
                continue;
            }

            if (!scenario.UnitCosts.Contains(channel))
            {
                Problem(path, $"\"{text}\" has no cost per contact in the scenario's unit costs \"{scenario.UnitCosts.Key}\"; expected a channel with a cost ({string.Join(", ", scenario.UnitCosts.Channels.Select(c => c.Key))}), or a cost for it in the scenario's $.unitCosts.overrides");
                continue;
            }

            if (where.TryGetValue(channel, out var earlier))
            {
                Problem(path, string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is {channel.Key}, already column {earlier + 1} (\"{fields[earlier]}\"); expected each channel once"));
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
    private static Dictionary<Channel, decimal>? Row(CsvRecord record, IReadOnlyList<string> header, List<Channel> columns, List<Channel> zeros, string period, Dictionary<string, long> seen, List<(string Column, string Message)> faults, out string? name)
    {
        name = null;
        if (record.Error is { } error)
        {
            faults.Add(("row", error));
            return null;
        }

        var fields = record.Fields;
        if (fields.Count != header.Count)
        {
            faults.Add(("row", string.Create(CultureInfo.InvariantCulture, $"has {fields.Count} {(fields.Count == 1 ? "field" : "fields")}; expected {header.Count}, as in the header: {string.Join(",", header)}")));
            return null;
        }

        var councilColumn = header[0].Trim();
        name = fields[0].Trim();
        if (name.Length == 0)
        {
            faults.Add((councilColumn, "is empty; expected the council's name"));
        }
        else if (!seen.TryAdd(name, record.Line))
        {
            faults.Add((councilColumn, string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is already on line {seen[name]}; expected each council once (names are compared ignoring case)")));
        }

        var volumes = new Dictionary<Channel, decimal>(columns.Count + zeros.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var text = fields[i + 1];
            if (Volume(text, period, out var volume) is { } problem)
            {
                faults.Add((header[i + 1].Trim(), problem));
                continue;
            }

            volumes[columns[i]] = volume;
        }

        if (faults.Count > 0)
        {
            return null;
        }

        foreach (var channel in zeros)
        {
            volumes[channel] = 0m;
        }

        return volumes;
    }

    /// <summary>What is wrong with a volume's text, or null when it is a number of 0 or more that fits a decimal.</summary>
    private static string? Volume(string text, string period, out decimal value)
    {
        if (decimal.TryParse(text, VolumeStyle, CultureInfo.InvariantCulture, out value) && value >= 0m)
        {
            return null;
        }

        var expected = $"expected contacts a {period}, a number of 0 or more such as 12000 (a dot for decimals, no thousands separators)";
        var trimmed = text.Trim();
        var what = trimmed.Length == 0
            ? "is empty (write 0 for none)"
            : decimal.TryParse(trimmed, VolumeStyle, CultureInfo.InvariantCulture, out _)
                ? $"{trimmed} is negative"
                : double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? !double.IsFinite(d) ? $"\"{trimmed}\" is not a finite number" : d < 0 ? $"{trimmed} is negative" : $"{trimmed} is too large (above the largest decimal, about 7.9e28)"
                    : $"\"{trimmed}\" is not a number";
        return $"{what}; {expected}";
    }

    /// <summary>One message for all the faults of a row: each column's fault, then what was expected, each said once
    /// (every fault reads "what is wrong; expected …").</summary>
    private static string Describe(List<(string Column, string Message)> faults)
    {
        var what = new StringBuilder();
        var expected = new List<string>();
        for (var i = 0; i < faults.Count; i++)
        {
            var (column, message) = faults[i];
            var cut = message.IndexOf("; expected ", StringComparison.Ordinal);
            if (i > 0)
            {
                what.Append(", ").Append(column).Append(": ");
            }

            what.Append(cut < 0 ? message : message[..cut]);
            if (cut >= 0 && !expected.Contains(message[(cut + 2)..]))
            {
                expected.Add(message[(cut + 2)..]);
            }
        }

        return expected.Count == 0 ? what.ToString() : $"{what}; {string.Join("; and ", expected)}";
    }

    private static string Example(Scenario scenario) =>
        "council," + string.Join(",", scenario.Baseline.Volumes.Keys.Select(c => c.Key));

    private static string FirstLine(ArgumentException ex)
    {
        var message = ex.Message.Split('\n')[0];
        var suffix = ex.ParamName is null ? null : $" (Parameter '{ex.ParamName}')";
        return suffix is not null && message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message.TrimEnd();
    }
}
