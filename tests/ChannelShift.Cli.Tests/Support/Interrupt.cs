using System.Diagnostics;
using System.Globalization;

namespace ChannelShift.Cli.Tests.Support;

/// <summary>
/// Ctrl-C for a test: SIGINT sent with <c>kill -INT</c> once the app is at work. "At work" is measured in the app's
/// own CPU time, not the wall clock: start-up takes well under a tenth of a second of CPU, so a machine slow to start
/// the app delays the signal instead of sending it before the app listens for it.
/// </summary>
internal static class Interrupt
{
    /// <summary>CPU time the app has used when the signal is sent: far past its start-up, early in a long run.</summary>
    internal static readonly TimeSpan AtWork = TimeSpan.FromSeconds(0.5);

    /// <summary>Skips the test unless SIGINT would reach the app: a host started with SIGINT ignored (a background job
    /// of a non-interactive shell) passes that on to the processes it starts, and there is nothing to test; nor off
    /// Linux, where there is no <c>kill -INT</c>.</summary>
    internal static void SkipUnlessTheAppCanBeInterrupted()
    {
        var ignored = OperatingSystem.IsLinux()
            ? Convert.ToUInt64(File.ReadLines("/proc/self/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))[7..].Trim(), 16)
            : ulong.MaxValue;
        if ((ignored & 2) != 0)
        {
            Assert.Skip("SIGINT is ignored by this test host (or this is not Linux), so the app would ignore it too.");
        }
    }

    /// <summary>Waits until <paramref name="process"/> has used <see cref="AtWork"/> of CPU (failing the test if it ends
    /// first or takes a minute of wall time), then sends it SIGINT.</summary>
    internal static async Task WhenAtWorkAsync(Process process, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!process.HasExited && process.TotalProcessorTime < AtWork)
        {
            waited.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1), "the app should be at work within a minute");
            await Task.Delay(20, cancellationToken);
        }

        process.HasExited.Should().BeFalse("the run should still be going when it is interrupted");

        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync(cancellationToken);
    }
}
