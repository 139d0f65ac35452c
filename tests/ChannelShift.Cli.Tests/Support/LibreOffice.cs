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

        ExternalProgram.Missing("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui to recalculate workbooks in a real spreadsheet.");
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
        var arguments = new List<string> { "--headless", "--norestore", "--nologo", $"-env:UserInstallation={profile}", "--convert-to", "xlsx", "--outdir", outDir };
        if (importFilter is not null)
        {
            arguments.Add("--infilter=" + importFilter);
        }

        arguments.Add(workbook);
        var run = await ExternalProgram.RunAsync(program, arguments, Timeout, cancellation);
        var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(workbook) + ".xlsx");
        if (run.ExitCode != 0 || !File.Exists(result))
        {
            Assert.Fail($"{program} failed to open {workbook} and save it as xlsx (exit {run.ExitCode}); stdout: {run.Output}; stderr: {run.Error}");
        }

        return result;
    }
}
