using System.CommandLine;

namespace ChannelShift.Cli.Output;

/// <summary>The <c>--summary</c> option of the commands whose CSV lists rows (years, inputs, months): the headline
/// figures as a CSV of their own instead.</summary>
internal static class SummaryOption
{
    internal static Option<bool> Create(string what) => new("--summary") { Description = $"With --format csv: {what}, instead of the rows." };

    /// <summary>Whether the headline CSV is asked for; an error unless the format is CSV.</summary>
    internal static bool Parse(bool asked, OutputFormat format, string? formatText)
    {
        if (asked && format != OutputFormat.Csv)
        {
            throw new UserInputException($"--summary: the headline figures are a CSV; expected --format csv (not --format {formatText ?? "table"}), or no --summary.");
        }

        return asked;
    }
}
