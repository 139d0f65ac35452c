using ChannelShift.Appraisal;

namespace ChannelShift.Cli.Output;

/// <summary>How the app says an appraisal's notes: the library's words, with a pointer to the command or the page that
/// helps where there is one.</summary>
internal static class NoteText
{
    internal static string Of(AppraisalNote note) => note switch
    {
        UncertainInputsAtMeanNote n => n.Message + " Use `simulate` for the spread.",
        NegativeNonCashableSavingNote n => n.Message.TrimEnd('.') + " (see docs/cashable-savings.md).",
        _ => note.Message,
    };
}
