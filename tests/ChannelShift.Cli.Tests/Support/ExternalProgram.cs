using System.Diagnostics;
using System.Text;

namespace ChannelShift.Cli.Tests.Support;

/// <summary>
/// Runs a program the tests check the app's output with (a browser, a PDF reader, a spreadsheet): its output and
/// errors captured, stopped after a time limit; and the one rule for when one is missing.
/// </summary>
internal static class ExternalProgram
{
    /// <summary>Skips the test with <paramref name="reason"/>, or fails it under <c>CI=true</c>: a build machine must
    /// have the program.</summary>
    internal static void Missing(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true and " + reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>Runs <paramref name="program"/> to its end; fails the test when it runs longer than
    /// <paramref name="limit"/> (it is stopped, with its stderr so far in the message).</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan limit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} took longer than {limit.TotalSeconds} s and was stopped; its stderr so far:\n{(error.IsCompleted ? await error : string.Empty)}");
        }

        return (process.ExitCode, await output, await error);
    }
}
