using System.Text;

namespace ChannelShift.Serialization;

/// <summary>
/// Reads RFC 4180 CSV records one at a time (IETF RFC 4180, "Common Format and MIME Type for Comma-Separated Values
/// (CSV) Files", 2005, §2): fields separated by commas; a field may be enclosed in double quotes, and then may hold
/// commas, line breaks and doubled quotes (<c>""</c> for one <c>"</c>); records end at CRLF, LF or a lone CR; a leading
/// byte-order mark (U+FEFF) is skipped. Leniencies: a quote inside an unquoted field is kept as text, and the last
/// record needs no line break. A malformed record (text after a closing quote, a quote never closed) is returned with
/// an <see cref="CsvRecord.Error"/> so that the caller can report it and go on.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private long _line = 1;
    private bool _started;

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record, when there is one.</param>
    /// <returns>False at the end of the input.</returns>
    internal bool TryRead(out CsvRecord record)
    {
        if (!_started)
        {
            _started = true;
            if (Peek() == '\uFEFF')
            {
                Next();
            }
        }

        if (Peek() < 0)
        {
            record = default;
            return false;
        }

        var line = _line;
        var fields = new List<string>();
        var quotedAny = false;
        while (true)
        {
            _field.Clear();
            int c;
            if (Peek() == '"')
            {
                quotedAny = true;
                Next();
                while (true)
                {
                    c = Next();
                    if (c < 0)
                    {
                        record = new CsvRecord(fields, line, new CsvError("a quoted field is not closed", "a closing quote (\") before the end of the file"));
                        return true;
                    }

                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            _field.Append('"');
                            continue;
                        }

                        break;
                    }

                    if (c == '\r' || c == '\n')
                    {
                        // A line break inside quotes is part of the field, kept as written; it still counts as a line.
                        _field.Append((char)c);
                        if (c == '\r' && Peek() == '\n')
                        {
                            _field.Append((char)Next());
                        }

                        _line++;
                        continue;
                    }

                    _field.Append((char)c);
                }

                fields.Add(_field.ToString());
                c = Next();
                if (c is not (',' or '\r' or '\n' or -1))
                {
                    SkipToEndOfLine(c);
                    record = new CsvRecord(fields, line, new CsvError("text follows a closing quote", "a comma or the end of the line after a quoted field (a quote inside quotes is written twice: \"\")"));
                    return true;
                }
            }
            else
            {
                while (true)
                {
                    c = Next();
                    if (c is ',' or '\r' or '\n' or -1)
                    {
                        break;
                    }

                    _field.Append((char)c);
                }

                fields.Add(_field.ToString());
            }

            if (c == ',')
            {
                continue;
            }

            if (c >= 0)
            {
                EndOfLine(c);
            }

            record = new CsvRecord(fields, line, null, IsBlank: !quotedAny && fields.Count == 1 && fields[0].Length == 0);
            return true;
        }
    }

    private void SkipToEndOfLine(int c)
    {
        while (c is not ('\r' or '\n' or -1))
        {
            c = Next();
        }

        if (c >= 0)
        {
            EndOfLine(c);
        }
    }

    /// <summary>Counts a line break just read: CRLF is one break, as are a lone LF and a lone CR.</summary>
    private void EndOfLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }

        _line++;
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
