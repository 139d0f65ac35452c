using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChannelShift.Serialization;

/// <summary>
/// A small JSON tree that remembers the line of every value and the dot-notation path to it, so that every problem in a
/// scenario file can be reported as <c>FILE:LINE: $.path: message</c>. Comments and trailing commas are allowed.
/// </summary>
internal sealed class JsonNode
{
    private JsonNode(JsonValueKind kind, string path, long line)
    {
        Kind = kind;
        Path = path;
        Line = line;
    }

    internal JsonValueKind Kind { get; }

    internal string Path { get; }

    internal long Line { get; }

    internal string? Text { get; private set; }

    internal List<KeyValuePair<string, JsonNode>> Properties { get; } = [];

    internal List<JsonNode> Items { get; } = [];

    internal JsonNode? this[string name] => Properties.FirstOrDefault(p => p.Key == name).Value;

    internal string KindName => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the text \"{Text}\"",
        JsonValueKind.Number => Text!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    internal static string Child(string path, string name) => $"{path}.{name}";

    internal static string ItemPath(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary>Parses a document; a syntax error is returned as a problem (line and message), not thrown.</summary>
    internal static JsonNode Parse(ReadOnlySpan<byte> utf8, out (long Line, string Message)? syntaxError, out List<(long Line, string Path, string Message)> duplicates)
    {
        duplicates = [];
        syntaxError = null;
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            syntaxError = (1, "the file is empty; expected a JSON object");
            return new JsonNode(JsonValueKind.Undefined, "$", 1);
        }

        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        long LineOf(long offset)
        {
            var index = lineStarts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                syntaxError = (1, "the file is empty; expected a JSON object");
                return new JsonNode(JsonValueKind.Undefined, "$", 1);
            }

            var root = ReadValue(ref reader, "$", LineOf, duplicates);
            if (reader.Read())
            {
                syntaxError = (LineOf(reader.TokenStartIndex), "there is more after the end of the JSON value; expected one object");
            }

            return root;
        }
        catch (JsonException ex)
        {
            syntaxError = ((ex.LineNumber ?? 0) + 1, "not valid JSON: " + Clean(ex.Message));
            return new JsonNode(JsonValueKind.Undefined, "$", 1);
        }
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, string path, Func<long, long> lineOf, List<(long, string, string)> duplicates)
    {
        var line = lineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var node = new JsonNode(JsonValueKind.Object, path, line);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        var nameLine = lineOf(reader.TokenStartIndex);
                        reader.Read();
                        var child = ReadValue(ref reader, Child(path, name), lineOf, duplicates);
                        if (node.Properties.Any(p => p.Key == name))
                        {
                            duplicates.Add((nameLine, Child(path, name), $"\"{name}\" is given twice; expected each property once"));
                        }
                        else
                        {
                            node.Properties.Add(new(name, child));
                        }
                    }

                    return node;
                }

            case JsonTokenType.StartArray:
                {
                    var node = new JsonNode(JsonValueKind.Array, path, line);
                    var index = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        node.Items.Add(ReadValue(ref reader, ItemPath(path, index++), lineOf, duplicates));
                    }

                    return node;
                }

            case JsonTokenType.String:
                return new JsonNode(JsonValueKind.String, path, line) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonNode(JsonValueKind.Number, path, line) { Text = Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()) };
            case JsonTokenType.True:
                return new JsonNode(JsonValueKind.True, path, line);
            case JsonTokenType.False:
                return new JsonNode(JsonValueKind.False, path, line);
            default:
                return new JsonNode(JsonValueKind.Null, path, line);
        }
    }
}
