using System.Globalization;
using ChannelShift.Tracking;

namespace ChannelShift.Serialization;

/// <summary>
/// Reads a council's monthly actuals: the contacts it handled on each channel each month, and optionally the staff in
/// post, as its CRM, telephony and web analytics record them (<see cref="Actuals"/>).
/// </summary>
/// <remarks>
/// <para>The file is CSV as IETF RFC 4180 (2005) §2, read as <see cref="CouncilsCsv"/> reads it: comma-separated,
/// fields optionally in double quotes, CRLF, LF or CR line ends, an optional byte-order mark; empty lines are skipped.
/// A stream must be UTF-8 (<see cref="TextFile"/>).</para>
/// <para>Two layouts, told apart by the header (column names are case-insensitive):</para>
/// <list type="bullet">
/// <item><description><b>long</b>: the columns <c>month</c>, <c>channel</c>, <c>volume</c> and optionally <c>fte</c>,
/// in any order; one row per month and channel. An empty <c>fte</c> means not given. A header with a <c>channel</c>
/// or <c>volume</c> column is read as long.</description></item>
/// <item><description><b>wide</b>: a <c>month</c> column, then one column per channel (its key or alias:
/// <c>face-to-face,telephone,web</c> or <c>f2f,phone,online</c>) and optionally <c>fte:CHANNEL</c> columns
/// (<c>fte:telephone</c>) with the staff in post on that channel; one row per month. An empty <c>fte:</c> cell means not
/// given.</description></item>
/// </list>
/// <para>Channels are resolved among the built-in channels and the scenario's own, each with a cost per contact in the
/// scenario's unit costs, never <c>avoided</c>, as in <see cref="CouncilsCsv"/>. A month is written <c>YYYY-MM</c>
/// (<c>2027-04</c>). Volumes and FTEs are numbers of 0 or more in the invariant culture (a dot for decimals, no
/// thousands separators, an exponent allowed).</para>
/// <para>When the scenario's appraisal has a first year, every month must fall in the plan: from April of the first
/// year (year 0 starts) to March after the last year ends (year t runs from April of first year + t to March of first
/// year + t + 1). The months of every channel must follow one another without a gap, each channel must have the same
/// months, and every channel with contacts in the scenario's baseline must be in the file.</para>
/// <para>Every problem of the file is reported at once, in one <see cref="InputValidationException"/>, one
/// <see cref="InputProblem"/> each, in the order of the lines, with the column as its path (<c>month</c>,
/// <c>channel</c>, <c>volume</c>, <c>telephone</c>, <c>fte:telephone</c> as written in the header; <c>header</c> or
/// <c>row</c> for the whole header or row). Only a header without its month column (or, long, its channel or volume
/// column) stops the reading of the rows. Gaps and missing months are looked for only when every row's month and
/// channel could be read, and channels missing from the baseline only when every channel named could be resolved,
/// so that one mistyped month or channel does not also show as a gap.</para>
/// </remarks>
public static class ActualsCsv
{
    private const string MonthExpected = "a month as YYYY-MM, e.g. 2027-04 for April 2027";

    private const string VolumeExpected = "contacts in the month, a number of 0 or more such as 12000 (a dot for decimals, no thousands separators)";

    private const string FteExpected = "staff in post in FTE, a number of 0 or more such as 12.5 (a dot for decimals, no thousands separators), or empty when not given";

    /// <summary>Reads the actuals of an actuals CSV read from a text reader.</summary>
    /// <param name="scenario">The scenario whose channels, baseline and appraisal years the file refers to.</param>
    /// <param name="actualsCsv">The actuals CSV (read to its end; not closed). A leading U+FEFF is skipped.</param>
    /// <param name="sourceName">The name used in problems and in <see cref="Actuals.SourceName"/>, e.g. the file name;
    /// may be null.</param>
    /// <returns>The months of the file in calendar order, each with the volume of every channel of the file, the FTEs
    /// given and the line of its first row.</returns>
    /// <exception cref="InputValidationException">The file has problems; every one is listed, with its line and
    /// column.</exception>
    public static Actuals Read(Scenario scenario, TextReader actualsCsv, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(actualsCsv);
        return new Reading(scenario, sourceName).Read(new CsvRecordReader(actualsCsv));
    }

    /// <summary>Reads the actuals of an actuals CSV read from a stream of UTF-8 text.</summary>
    /// <param name="scenario">The scenario whose channels, baseline and appraisal years the file refers to.</param>
    /// <param name="actualsCsv">The stream (read to its end; not closed): UTF-8, with or without a byte-order mark.</param>
    /// <param name="sourceName">The name used in problems and in <see cref="Actuals.SourceName"/>, e.g. the file name;
    /// may be null.</param>
    /// <returns>The months of the file in calendar order, each with the volume of every channel of the file, the FTEs
    /// given and the line of its first row.</returns>
    /// <exception cref="InputValidationException">The file is not UTF-8 text (the problem names the line and the
    /// encoding it looks like), or it has problems; every one is listed, with its line and column.</exception>
    public static Actuals Read(Scenario scenario, Stream actualsCsv, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(actualsCsv);
        var text = TextFile.ReadUtf8(actualsCsv, sourceName, "a CSV file");
        return Read(scenario, new StringReader(text), sourceName);
    }

    /// <summary>Months written as runs: <c>2027-06</c>, <c>2027-06, 2027-07</c>, <c>2027-06 to 2027-09</c>.</summary>
    private static string Months(IEnumerable<DateOnly> months)
    {
        var runs = new List<string>();
        var sorted = months.Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j].AddMonths(1))
            {
                j++;
            }

            runs.Add((j - i) switch
            {
                0 => ActualMonth.Label(sorted[i]),
                1 => $"{ActualMonth.Label(sorted[i])}, {ActualMonth.Label(sorted[j])}",
                _ => $"{ActualMonth.Label(sorted[i])} to {ActualMonth.Label(sorted[j])}",
            });
            i = j + 1;
        }

        return string.Join(", ", runs);
    }

    /// <summary>The months from one to another, both included.</summary>
    private static IEnumerable<DateOnly> Between(DateOnly first, DateOnly last)
    {
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            yield return m;
        }
    }

    /// <summary>"Did you mean" for a month written another way: <c>2027-4</c>, <c>04/2027</c>, <c>2027/04</c>.</summary>
    private static string MonthHint(string text)
    {
        var parts = text.Split('-', '/', '.');
        if (parts.Length != 2 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return string.Empty;
        }

        var (year, month) = parts[0].Length == 4 && parts[1].Length <= 2 ? (parts[0], parts[1])
            : parts[1].Length == 4 && parts[0].Length <= 2 ? (parts[1], parts[0])
            : (null, null);
        return year is not null && int.Parse(month!, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var m
            ? string.Create(CultureInfo.InvariantCulture, $" (did you mean {year}-{m:00}?)")
            : string.Empty;
    }

    /// <summary>The reading of one file: the problems found and the values read so far.</summary>
    private sealed class Reading(Scenario scenario, string? source)
    {
        private readonly List<InputProblem> _problems = [];

        /// <summary>The channel of a long row's channel field, as written: the channel or null when it is not one.</summary>
        private readonly Dictionary<string, (Channel? Channel, InputProblem? Problem)> _rowChannels = new(StringComparer.Ordinal);

        /// <summary>For each channel, its months and the line of each.</summary>
        private readonly Dictionary<Channel, SortedDictionary<DateOnly, long>> _present = [];

        private readonly Dictionary<DateOnly, Dictionary<Channel, decimal>> _volumes = [];

        private readonly Dictionary<DateOnly, Dictionary<Channel, decimal>> _fte = [];

        /// <summary>Each month read, with the line of its first row.</summary>
        private readonly Dictionary<DateOnly, long> _firstLine = [];

        /// <summary>The months outside the plan already reported (once per month).</summary>
        private readonly HashSet<DateOnly> _outside = [];

        private readonly (DateOnly First, DateOnly Last)? _plan = scenario.Appraisal.Months;

        /// <summary>A row was skipped or a row's month or channel could not be read: gaps are not looked for.</summary>
        private bool _incomplete;

        /// <summary>A channel named in the file could not be resolved: missing channels are not looked for.</summary>
        private bool _unresolved;

        private string _monthColumn = "month";

        private string _channelColumn = "channel";

        internal Actuals Read(CsvRecordReader csv)
        {
            CsvRecord header;
            do
            {
                if (!csv.TryRead(out header))
                {
                    throw new InputValidationException([new InputProblem("header", ProblemCodes.Missing, "the file is empty", $"a header row, month,channel,volume (one row per month and channel) or month then one column per channel (e.g. {Example()}), then the months' rows").At(source, null)]);
                }
            }
            while (header.IsBlank);

            if (header.Error is { } error)
            {
                throw new InputValidationException([new InputProblem("header", ProblemCodes.Syntax, error.What, error.Expected).At(source, header.Line)]);
            }

            var isLong = header.Fields.Any(f => IsNamed(f, "channel") || IsNamed(f, "volume"));
            var row = isLong ? Long(header) : Wide(header);
            if (row is null)
            {
                throw new InputValidationException(_problems);
            }

            var any = false;
            while (csv.TryRead(out var record))
            {
                if (record.IsBlank)
                {
                    continue;
                }

                any = true;
                if (record.Error is { } rowError)
                {
                    Add("row", ProblemCodes.Syntax, rowError.What, rowError.Expected, null, record.Line);
                    Skipped();
                }
                else if (record.Fields.Count != header.Fields.Count)
                {
                    var count = record.Fields.Count;
                    Add("row", ProblemCodes.Inconsistent, string.Create(CultureInfo.InvariantCulture, $"has {count} {(count == 1 ? "field" : "fields")}"), string.Create(CultureInfo.InvariantCulture, $"{header.Fields.Count}, as in the header: {string.Join(",", header.Fields)}"), null, record.Line);
                    Skipped();
                }
                else
                {
                    row(record);
                }
            }

            if (!any)
            {
                Add("header", ProblemCodes.Missing, "no month row follows the header", isLong ? "one row per month and channel" : "one row per month", null, header.Line);
            }
            else
            {
                CheckMonths();
                if (isLong)
                {
                    CheckChannels(header.Line, isLong: true);
                }
            }

            if (_problems.Count > 0)
            {
                throw new InputValidationException(_problems.OrderBy(p => p.Line ?? 0).ToList());
            }

            var months = _firstLine.Keys.Order()
                .Select(m => new ActualMonth(m, _volumes.GetValueOrDefault(m) ?? [], _fte.GetValueOrDefault(m), _firstLine[m]))
                .ToList();
            return new Actuals(months, source);
        }

        private static bool IsNamed(string field, string name) => field.Trim().Equals(name, StringComparison.OrdinalIgnoreCase);

        /// <summary>The header of the long layout, and the reader of its rows; null when a column it needs is missing.</summary>
        private Action<CsvRecord>? Long(CsvRecord header)
        {
            var fields = header.Fields;
            var known = new[] { "month", "channel", "volume", "fte" };
            var at = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < fields.Count; i++)
            {
                var name = fields[i].Trim();
                if (name.Length == 0)
                {
                    Add(string.Create(CultureInfo.InvariantCulture, $"column {i + 1}"), ProblemCodes.Missing, "has no name", "month, channel, volume or fte", null, header.Line);
                }
                else if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    var suggestion = Suggestions.Closest(name, known);
                    var hint = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
                    Add(name, ProblemCodes.UnknownProperty, $"\"{name}\" is not a column of the long layout{hint}", "the columns month, channel, volume and optionally fte, one row per month and channel", name, header.Line);
                }
                else if (!at.TryAdd(name, i))
                {
                    Add(name, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is already column {at[name] + 1}"), "each column once", name, header.Line);
                }
            }

            foreach (var needed in known[..3])
            {
                if (!at.ContainsKey(needed))
                {
                    Add("header", ProblemCodes.Missing, $"has no {needed} column", "the columns month, channel, volume and optionally fte, e.g. month,channel,volume,fte", null, header.Line);
                }
            }

            if (!at.ContainsKey("month") || !at.ContainsKey("channel") || !at.ContainsKey("volume"))
            {
                return null;
            }

            var (month, channel, volume, fte) = (at["month"], at["channel"], at["volume"], at.GetValueOrDefault("fte", -1));
            _monthColumn = fields[month].Trim();
            _channelColumn = fields[channel].Trim();
            var volumeColumn = fields[volume].Trim();
            var fteColumn = fte >= 0 ? fields[fte].Trim() : null;
            return record =>
            {
                var line = record.Line;
                var f = record.Fields;
                var m = Month(f[month], line);
                var c = RowChannel(f[channel], line);
                var volumeOk = Volume(f[volume], volumeColumn, line, out var v);
                var staff = fteColumn is null ? null : Fte(f[fte], fteColumn, line);
                if (m is not { } mm || c is null)
                {
                    return;
                }

                var months = Present(c);
                if (!months.TryAdd(mm, line))
                {
                    Add(_monthColumn, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"{ActualMonth.Label(mm)} of {c.Key} is already on line {months[mm]}"), "one row per month and channel", ActualMonth.Label(mm), line);
                    return;
                }

                _firstLine.TryAdd(mm, line);
                if (volumeOk)
                {
                    Of(_volumes, mm)[c] = v;
                }

                if (staff is { } s)
                {
                    Of(_fte, mm)[c] = s;
                }
            };
        }

        /// <summary>The header of the wide layout, and the reader of its rows; null when it has no month or no channel
        /// column.</summary>
        private Action<CsvRecord>? Wide(CsvRecord header)
        {
            var fields = header.Fields;
            var month = -1;
            var volumes = new List<(int Index, Channel Channel)>();
            var ftes = new List<(int Index, Channel Channel)>();
            var volumeAt = new Dictionary<Channel, int>();
            var fteAt = new Dictionary<Channel, int>();
            const string Expected = "month, then one column per channel by key or alias (e.g. telephone or phone), and fte:CHANNEL for staff in post (e.g. fte:telephone)";
            for (var i = 0; i < fields.Count; i++)
            {
                var name = fields[i].Trim();
                if (name.Length == 0)
                {
                    Add(string.Create(CultureInfo.InvariantCulture, $"column {i + 1}"), ProblemCodes.Missing, "has no name", Expected, null, header.Line);
                    continue;
                }

                if (name.Equals("month", StringComparison.OrdinalIgnoreCase))
                {
                    if (month >= 0)
                    {
                        Add(name, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is already column {month + 1}"), "one month column", name, header.Line);
                    }
                    else
                    {
                        month = i;
                    }

                    continue;
                }

                if (name.Equals("fte", StringComparison.OrdinalIgnoreCase))
                {
                    Add(name, ProblemCodes.Missing, "\"fte\" names no channel", "fte:CHANNEL, e.g. fte:telephone, one column per staffed channel", name, header.Line);
                    continue;
                }

                var isFte = name.StartsWith("fte:", StringComparison.OrdinalIgnoreCase);
                var text = isFte ? name[4..].Trim() : name;
                if (text.Length == 0)
                {
                    Add(name, ProblemCodes.Missing, $"\"{name}\" names no channel", "fte:CHANNEL, e.g. fte:telephone", name, header.Line);
                    continue;
                }

                if (CsvFields.Channel(scenario, text, name, out var problem) is not { } channel)
                {
                    _unresolved = true;
                    var suggestion = isFte ? null : Suggestions.Closest(name, ["month"]);
                    _problems.Add(suggestion is null
                        ? problem!.At(source, header.Line)
                        : new InputProblem(name, ProblemCodes.UnknownName, $"\"{name}\" is not a known column (did you mean \"{suggestion}\"?)", Expected, name).At(source, header.Line));
                    continue;
                }

                var where = isFte ? fteAt : volumeAt;
                if (where.TryGetValue(channel, out var earlier))
                {
                    Add(name, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is {(isFte ? "fte:" : string.Empty)}{channel.Key}, already column {earlier + 1} (\"{fields[earlier].Trim()}\")"), "each channel once", name, header.Line);
                    continue;
                }

                where[channel] = i;
                (isFte ? ftes : volumes).Add((i, channel));
            }

            if (month < 0)
            {
                Add("header", ProblemCodes.Missing, "has no month column", $"{Expected}: e.g. {Example()}", null, header.Line);
            }

            if (volumes.Count == 0 && !_unresolved)
            {
                Add("header", ProblemCodes.Missing, "has no channel column", $"{Expected}: e.g. {Example()}", null, header.Line);
            }

            foreach (var (_, channel) in volumes)
            {
                _present[channel] = [];
            }

            CheckChannels(header.Line, isLong: false);
            if (month < 0 || volumes.Count == 0)
            {
                return null;
            }

            _monthColumn = fields[month].Trim();
            return record =>
            {
                var line = record.Line;
                var f = record.Fields;
                var m = Month(f[month], line);
                var keep = m is { } mm && _firstLine.TryAdd(mm, line);
                if (m is { } again && !keep)
                {
                    Add(_monthColumn, ProblemCodes.Duplicate, string.Create(CultureInfo.InvariantCulture, $"{ActualMonth.Label(again)} is already on line {_firstLine[again]}"), "one row per month", ActualMonth.Label(again), line);
                }

                foreach (var (index, channel) in volumes)
                {
                    if (Volume(f[index], fields[index].Trim(), line, out var v) && keep)
                    {
                        Of(_volumes, m!.Value)[channel] = v;
                    }

                    if (keep)
                    {
                        _present[channel][m!.Value] = line;
                    }
                }

                foreach (var (index, channel) in ftes)
                {
                    if (Fte(f[index], fields[index].Trim(), line) is { } staff && keep)
                    {
                        Of(_fte, m!.Value)[channel] = staff;
                    }
                }
            };
        }

        /// <summary>Gaps in the months, for every channel at once and for each channel; and months some channels have
        /// and others lack.</summary>
        private void CheckMonths()
        {
            if (_incomplete || _firstLine.Count == 0)
            {
                return;
            }

            var all = _firstLine.Keys.Order().ToList();
            var (first, last) = (all[0], all[^1]);
            var expected = $"every month from {ActualMonth.Label(first)} to {ActualMonth.Label(last)}, one after another, for every channel";
            for (var i = 1; i < all.Count; i++)
            {
                if (all[i] != all[i - 1].AddMonths(1))
                {
                    var missing = Between(all[i - 1].AddMonths(1), all[i].AddMonths(-1));
                    Add(_monthColumn, ProblemCodes.Missing, $"no row for {Months(missing)}: {ActualMonth.Label(all[i - 1])} is followed by {ActualMonth.Label(all[i])}", expected, ActualMonth.Label(all[i]), _firstLine[all[i]]);
                }
            }

            var union = all.ToHashSet();
            foreach (var (channel, months) in _present)
            {
                if (months.Count == 0)
                {
                    continue;
                }

                var own = months.Keys.ToList();
                for (var i = 1; i < own.Count; i++)
                {
                    var skipped = Between(own[i - 1].AddMonths(1), own[i].AddMonths(-1)).Where(union.Contains).ToList();
                    if (skipped.Count > 0)
                    {
                        Add(_monthColumn, ProblemCodes.Missing, $"{channel.Key} has no row for {Months(skipped)}: its {ActualMonth.Label(own[i - 1])} is followed by {ActualMonth.Label(own[i])}", expected, ActualMonth.Label(own[i]), months[own[i]]);
                    }
                }

                var before = all.Where(m => m < own[0]).ToList();
                if (before.Count > 0)
                {
                    Add(_channelColumn, ProblemCodes.Missing, $"{channel.Key} has no row for {Months(before)}, which other channels have", expected, channel.Key, months[own[0]]);
                }

                var after = all.Where(m => m > own[^1]).ToList();
                if (after.Count > 0)
                {
                    Add(_channelColumn, ProblemCodes.Missing, $"{channel.Key} has no row for {Months(after)}, which other channels have", expected, channel.Key, months[own[^1]]);
                }
            }
        }

        /// <summary>Every channel with contacts in the scenario's baseline is in the file.</summary>
        private void CheckChannels(long headerLine, bool isLong)
        {
            if (_unresolved)
            {
                return;
            }

            var needed = scenario.Baseline.Volumes.Where(p => p.Value > 0m).ToList();
            var keys = string.Join(", ", needed.Select(p => p.Key.Key));
            foreach (var (channel, volume) in needed)
            {
                if (_present.ContainsKey(channel))
                {
                    continue;
                }

                var contacts = $"{Preconditions.Show(volume)} contacts a {scenario.Baseline.Period.Key} in the scenario's baseline";
                if (isLong)
                {
                    Add(_channelColumn, ProblemCodes.Missing, $"{channel.Key} has no row, but it has {contacts}", $"rows for every channel with contacts in the baseline: {keys}", channel.Key, headerLine);
                }
                else
                {
                    Add("header", ProblemCodes.Missing, $"has no column for {channel.Key}, which has {contacts}", $"a column for every channel with contacts in the baseline: {keys}", channel.Key, headerLine);
                }
            }
        }

        /// <summary>A month's field: the month, or null (with a problem). A month outside the plan is a problem, reported
        /// once, but is returned.</summary>
        private DateOnly? Month(string field, long line)
        {
            var text = field.Trim();
            if (text.Length == 0)
            {
                Add(_monthColumn, ProblemCodes.Missing, "is empty", MonthExpected, null, line);
                _incomplete = true;
                return null;
            }

            if (text.Length != 7 || text[4] != '-' || !text[..4].All(char.IsAsciiDigit) || !text[5..].All(char.IsAsciiDigit))
            {
                Add(_monthColumn, ProblemCodes.Invalid, $"\"{text}\" is not a month written YYYY-MM{MonthHint(text)}", MonthExpected, text, line);
                _incomplete = true;
                return null;
            }

            var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
            var number = int.Parse(text[5..], CultureInfo.InvariantCulture);
            if (number is < 1 or > 12 || year < 1)
            {
                var why = year < 1 ? "there is no year 0000" : $"{text[5..]} is not from 01 to 12";
                Add(_monthColumn, ProblemCodes.OutOfRange, $"\"{text}\" is not a month: {why}", MonthExpected, text, line);
                _incomplete = true;
                return null;
            }

            var month = new DateOnly(year, number, 1);
            if (_plan is { } plan && (month < plan.First || month > plan.Last) && _outside.Add(month))
            {
                var (first, last) = (ActualMonth.Label(plan.First), ActualMonth.Label(plan.Last));
                var years = scenario.Appraisal.Years;
                Add(_monthColumn, ProblemCodes.OutOfRange, $"{text} is {(month < plan.First ? "before" : "after")} the plan, which runs from {first} to {last}", string.Create(CultureInfo.InvariantCulture, $"a month of the plan, from {first} (April of {scenario.Appraisal.Label(0)}, year 0) to {last} (March of {scenario.Appraisal.Label(years)}, year {years})"), text, line);
            }

            return month;
        }

        /// <summary>A long row's channel: the channel, or null (with a problem).</summary>
        private Channel? RowChannel(string field, long line)
        {
            var text = field.Trim();
            if (text.Length == 0)
            {
                Add(_channelColumn, ProblemCodes.Missing, "is empty", "a channel key or alias, e.g. telephone or phone", null, line);
            }
            else
            {
                if (!_rowChannels.TryGetValue(text, out var resolved))
                {
                    var channel = CsvFields.Channel(scenario, text, _channelColumn, out var problem);
                    _rowChannels[text] = resolved = (channel, problem);
                }

                if (resolved.Channel is { } found)
                {
                    return found;
                }

                _problems.Add(resolved.Problem!.At(source, line));
            }

            _incomplete = true;
            _unresolved = true;
            return null;
        }

        /// <summary>A volume's field: true with the volume, or false (with a problem).</summary>
        private bool Volume(string field, string column, long line, out decimal value)
        {
            if (CsvFields.Count(field, "is empty (write 0 for none)", out value) is not { } fault)
            {
                return true;
            }

            Add(column, fault.Code, fault.What, VolumeExpected, field.Trim() is { Length: > 0 } t ? t : null, line);
            return false;
        }

        /// <summary>An FTE's field: the FTE, or null when empty (not given) or bad (with a problem).</summary>
        private decimal? Fte(string field, string column, long line)
        {
            if (field.Trim().Length == 0)
            {
                return null;
            }

            if (CsvFields.Count(field, "is empty", out var value) is { } fault)
            {
                Add(column, fault.Code, fault.What, FteExpected, field.Trim(), line);
                return null;
            }

            return value;
        }

        private SortedDictionary<DateOnly, long> Present(Channel channel)
        {
            if (!_present.TryGetValue(channel, out var months))
            {
                _present[channel] = months = [];
            }

            return months;
        }

        private static Dictionary<Channel, decimal> Of(Dictionary<DateOnly, Dictionary<Channel, decimal>> byMonth, DateOnly month)
        {
            if (!byMonth.TryGetValue(month, out var values))
            {
                byMonth[month] = values = [];
            }

            return values;
        }

        /// <summary>A row that could not be read: its month and channel are unknown.</summary>
        private void Skipped()
        {
            _incomplete = true;
            _unresolved = true;
        }

        private string Example()
        {
            var keys = scenario.Baseline.Volumes.Keys.Select(c => c.Key).ToList();
            return "month," + (keys.Count > 0 ? string.Join(",", keys) : "telephone,web");
        }

        private void Add(string path, string code, string what, string expected, string? value, long? line) =>
            _problems.Add(new InputProblem(path, code, what, expected, value).At(source, line));
    }
}
