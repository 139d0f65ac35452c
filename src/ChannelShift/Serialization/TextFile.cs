using System.Globalization;
using System.Text;

namespace ChannelShift.Serialization;

/// <summary>
/// Reads a text file as users save it: UTF-8 with or without a byte-order mark is read; anything else gets one
/// problem that names the line, the first byte that is not UTF-8 and the encoding the file looks like, and says to save
/// it as UTF-8 (a Windows-1252 file, "ANSI" in Notepad, with a £ in a name; a UTF-16 file, "Unicode" in Notepad; a stray
/// byte). The stream is read to its end, in pieces, so a pipe works as well as a file.
/// </summary>
internal static class TextFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes of a UTF-8 text stream, without its byte-order mark.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">The name used in problems.</param>
    /// <param name="what">What the file should be, e.g. "a scenario file (JSON)".</param>
    /// <param name="maximumBytes">The largest file read.</param>
    /// <exception cref="InputValidationException">The text is not UTF-8, or the file is larger than
    /// <paramref name="maximumBytes"/>.</exception>
    internal static ReadOnlyMemory<byte> ReadUtf8Bytes(Stream stream, string? source, string what, int maximumBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maximumBytes)
            {
                throw new InputValidationException([new InputProblem("file", ProblemCodes.TooLarge, FormattableString.Invariant($"the file is larger than {maximumBytes} bytes"), what).At(source, null)]);
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var span = bytes.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            throw NotUtf8(source, 1, "the file is UTF-16 (\"Unicode\" in Notepad): it starts with a UTF-16 byte-order mark");
        }

        Check(bytes.Span, source);
        return bytes;
    }

    /// <summary>The text of a UTF-8 stream, without its byte-order mark.</summary>
    internal static string ReadUtf8(Stream stream, string? source, string what, int maximumBytes = 256 * 1024 * 1024) =>
        Strict.GetString(ReadUtf8Bytes(stream, source, what, maximumBytes).Span);

    /// <summary>Finds the first byte that is not UTF-8, if any, and says where it is and what the file looks like.</summary>
    private static void Check(ReadOnlySpan<byte> bytes, string? source)
    {
        // A UTF-16 file without a byte-order mark: ASCII text is every other byte 0, which is valid UTF-8 (NUL) but no
        // scenario or CSV has NULs.
        var zeros = 0;
        foreach (var b in bytes)
        {
            zeros += b == 0 ? 1 : 0;
        }

        if (zeros > bytes.Length / 8)
        {
            throw NotUtf8(source, 1, "the file looks like UTF-16 (\"Unicode\" in Notepad): every other byte is 0");
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return;
        }

        // The first invalid sequence: decode until the decoder stops.
        var at = 0;
        while (at < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            at += consumed;
        }

        // Lines end in LF, CRLF or a lone CR (old Mac files), as the CSV reader counts them.
        var line = 1;
        for (var i = 0; i < at; i++)
        {
            line += bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')) ? 1 : 0;
        }

        var looks = bytes[at] >= 0x80
                ? string.Create(CultureInfo.InvariantCulture, $"byte 0x{bytes[at]:X2} is not UTF-8; the file looks like Windows-1252 (\"ANSI\" in Notepad){(bytes[at] >= 0xA0 ? $", where it is '{(char)bytes[at]}'" : string.Empty)}")
                : string.Create(CultureInfo.InvariantCulture, $"byte 0x{bytes[at]:X2} is not UTF-8");
        throw NotUtf8(source, line, looks);
    }

    private static InputValidationException NotUtf8(string? source, long line, string what) =>
        new([new InputProblem("encoding", ProblemCodes.Encoding, what, "UTF-8 text: save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)").At(source, line)]);
}
