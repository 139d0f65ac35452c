namespace ChannelShift.Cli.Tests.Support;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium, and reads the PDF back with poppler's tools (pdfinfo, pdftotext,
/// pdffonts), as a reader's browser would print the page. Where a tool is missing the test is skipped with the reason,
/// except under <c>CI=true</c>, where it fails: a build machine must have them.
/// </summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The tools the browser tests need, with the missing ones named, or skips (fails under CI).</summary>
    internal static string RequireTools()
    {
        var browser = new[] { "chromium", "chromium-browser", "google-chrome" }.Select(Find).FirstOrDefault(p => p is not null);
        var missing = new List<string>();
        if (browser is null)
        {
            missing.Add("chromium (apt-get install chromium)");
        }

        foreach (var tool in new[] { "pdfinfo", "pdftotext", "pdffonts" })
        {
            if (Find(tool) is null)
            {
                missing.Add(tool + " (apt-get install poppler-utils)");
            }
        }

        if (missing.Count > 0)
        {
            ExternalProgram.Missing("not on PATH: " + string.Join(", ", missing) + "; the report's print test needs them.");
        }

        return browser!;
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/> as an A4 page would print (no header or
    /// footer of the browser's own), in a fresh profile, with no network.</summary>
    internal static async Task PrintToPdfAsync(string browser, string html, string pdf, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("channelshift-chromium-").FullName;
        try
        {
            var run = await RunAsync(browser, [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", "--user-data-dir=" + profile,
                "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri,
            ], cancellationToken);
            if (run.ExitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                Assert.Fail($"chromium did not print {html} to {pdf} (exit {run.ExitCode}); its stderr:\n{run.Error}");
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The number of pages of a PDF, as pdfinfo reads it.</summary>
    internal static async Task<int> PagesAsync(string pdf, CancellationToken cancellationToken)
    {
        var run = await RunAsync("pdfinfo", [pdf], cancellationToken);
        var line = run.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        if (run.ExitCode != 0 || line is null)
        {
            Assert.Fail($"pdfinfo could not read {pdf} (exit {run.ExitCode}): {run.Error}");
        }

        return int.Parse(line!["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a PDF, as pdftotext extracts it (UTF-8).</summary>
    internal static async Task<string> TextAsync(string pdf, CancellationToken cancellationToken)
    {
        var run = await RunAsync("pdftotext", ["-enc", "UTF-8", pdf, "-"], cancellationToken);
        if (run.ExitCode != 0)
        {
            Assert.Fail($"pdftotext could not read {pdf} (exit {run.ExitCode}): {run.Error}");
        }

        return run.Output;
    }

    /// <summary>The fonts of a PDF as pdffonts lists them (one line a font, after two header lines).</summary>
    internal static async Task<string[]> FontsAsync(string pdf, CancellationToken cancellationToken)
    {
        var run = await RunAsync("pdffonts", [pdf], cancellationToken);
        if (run.ExitCode != 0)
        {
            Assert.Fail($"pdffonts could not read {pdf} (exit {run.ExitCode}): {run.Error}");
        }

        return [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken) =>
        ExternalProgram.RunAsync(program, arguments, Timeout, cancellationToken);

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
