using System.Globalization;

namespace ChannelShift.Cli.Output;

/// <summary>A one-line progress bar on stderr, for a terminal only.</summary>
internal sealed class ProgressLine(TextWriter error) : IProgress<double>
{
    private readonly Lock _gate = new();
    private int _shown = -1;

    public void Report(double value)
    {
        var percent = (int)(value * 100);
        lock (_gate)
        {
            if (percent == _shown)
            {
                return;
            }

            _shown = percent;
            var filled = percent / 5;
            error.Write($"\r[{new string('#', filled)}{new string('.', 20 - filled)}] {percent.ToString(CultureInfo.InvariantCulture),3}%");
        }
    }

    public void Done() => error.Write("\r" + new string(' ', 30) + "\r");

    /// <summary>A stage of a command with several long steps: its progress from 0 to 1 moves this line from
    /// <paramref name="from"/> to <paramref name="to"/>, so one bar runs once from 0% to 100% over the whole
    /// command.</summary>
    public IProgress<double> Stage(double from, double to) => new StageProgress(this, from, to);

    private sealed class StageProgress(ProgressLine line, double from, double to) : IProgress<double>
    {
        public void Report(double value) => line.Report(from + ((to - from) * value));
    }
}
