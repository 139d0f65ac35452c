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
}
