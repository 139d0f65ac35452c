using System.CommandLine;

namespace ChannelShift.Cli.Output;

/// <summary>The <c>--format</c> option every command takes.</summary>
internal static class FormatOption
{
    internal static Option<string> Create(bool markdown = false) => new("--format", "-f")
    {
        Description = markdown ? "Output format: table (default), json, csv or markdown (md)." : "Output format: table (default), json or csv.",
        DefaultValueFactory = _ => "table",
    };

    internal static OutputFormat Parse(string? text, bool markdown = false)
    {
        var known = markdown ? "table, json, csv, markdown" : "table, json, csv";
        return (text ?? "table").Trim().ToLowerInvariant() switch
        {
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            "markdown" or "md" when markdown => OutputFormat.Markdown,
            _ => throw new UserInputException($"--format: \"{text}\" is not a format; expected one of {known}."),
        };
    }
}
