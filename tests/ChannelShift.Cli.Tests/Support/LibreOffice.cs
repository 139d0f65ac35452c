using System.Diagnostics;

namespace ChannelShift.Cli.Tests.Support;

/// <summary>
/// Recalculates a workbook in a real spreadsheet: LibreOffice Calc, headless, converting xlsx to xlsx (which loads the
/// workbook, recalculates every formula and writes the values beside them). Each call has its own user profile, so
/// calls never share state or wait on one another's lock. Absent LibreOffice, a test skips with the reason, except
/// under CI (CI=true), where it fails.
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The soffice program, or null when LibreOffice is not installed.</summary>
    internal static string? Program =>
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Skips the test when LibreOffice is absent (fails under CI), else returns its program.</summary>
    internal static string Require()
    {
        if (Program is { } program)
        {
            return program;
        }

        const string reason = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui to recalculate workbooks in a real spreadsheet.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(reason);
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>Opens a workbook in LibreOffice, recalculates it and returns the path of the recalculated copy.</summary>
    /// <param name="workbook">The xlsx to recalculate.</param>
    /// <param name="cancellation">Stops the wait.</param>
    internal static Task<string> RecalculateAsync(string workbook, CancellationToken cancellation) => ConvertAsync(workbook, cancellation);

    /// <summary>Opens a file (a workbook, or a CSV through Calc's own CSV import) and saves it as xlsx; returns the
    /// path of the copy.</summary>
    /// <param name="workbook">The file to open.</param>
    /// <param name="cancellation">Stops the wait.</param>
    /// <param name="importFilter">The import filter and its options (e.g. <c>CSV:44,34,76,1</c>), or null for
    /// LibreOffice's choice.</param>
    internal static async Task<string> ConvertAsync(string workbook, CancellationToken cancellation, string? importFilter = null)
    {
        var program = Require();
        var work = Directory.CreateTempSubdirectory("channelshift-soffice-").FullName;
        var outDir = Path.Combine(work, "out");
        var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--norestore", "--nologo", $"-env:UserInstallation={profile}", "--convert-to", "xlsx", "--outdir", outDir })
        {
            start.ArgumentList.Add(arg);
        }

        if (importFilter is not null)
        {
            start.ArgumentList.Add("--infilter=" + importFilter);
        }

        start.ArgumentList.Add(workbook);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish recalculating {workbook} within {Timeout}; stderr: {await stderr}");
        }

        var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(workbook) + ".xlsx");
        if (process.ExitCode != 0 || !File.Exists(result))
        {
            throw new InvalidOperationException($"{program} failed to recalculate {workbook} (exit {process.ExitCode}); stdout: {await stdout}; stderr: {await stderr}");
        }

        return result;
    }
}
