using System.Diagnostics;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>The app as a real process: exit codes and streams as a shell sees them.</summary>
public class ProcessTests
{
    [Fact]
    public void Bdo_AsAProcess_PrintsTheClaimAndExits0()
    {
        var (code, output, error) = Run("bdo");

        code.Should().Be(0, error);
        output.Should().Contain("£2,220,000 a year");
    }

    [Fact]
    public void BadInput_AsAProcess_Exits2WithOneLineOnStderr()
    {
        var (code, output, error) = Run("estimate", "--from", "f2f", "--volume", "x", "--shift", "50%", "--to", "web");

        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("error: --volume: \"x\" is not a number");
    }

    [Fact]
    public void Appraise_ScenarioPipedToStandardInput_ReadsItLikeAFile()
    {
        // A pipe cannot seek: reading one must not ask for its length.
        var path = Path.Combine(Support.Repository.Root, "docs", "examples", "waste-services.json");
        var fromFile = Run("appraise", path, "--format", "csv");

        var (code, output, error) = RunWith(File.ReadAllBytes(path), "appraise", "-", "--format", "csv");

        code.Should().Be(0, error);
        output.Should().Be(fromFile.Output);
    }

    [Fact]
    public void Batch_CouncilsPipedToStandardInput_ReadsThemLikeAFile()
    {
        var scenario = Path.Combine(Support.Repository.Root, "docs", "examples", "waste-services.json");
        var councils = Path.Combine(Support.Repository.Root, "docs", "examples", "councils.csv");
        var fromFile = Run("batch", scenario, "--councils", councils);

        var (code, output, error) = RunWith(File.ReadAllBytes(councils), "batch", scenario, "--councils", "-");

        code.Should().Be(0, error);
        output.Should().Be(fromFile.Output);
    }

    [Fact]
    public async Task Simulate_Interrupted_StopsPromptlyWithExit130AndNoOutput()
    {
        Support.Interrupt.SkipUnlessTheAppCanBeInterrupted();

        var anchor = Path.Combine(Support.Repository.Root, "benchmarks", "anchor.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ChannelShift.Cli.dll"), "simulate", anchor, "--iterations", "100000000" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Support.Interrupt.WhenAtWorkAsync(process, TestContext.Current.CancellationToken);

        process.WaitForExit(10_000).Should().BeTrue("Ctrl-C should stop the run at its next chunk");
        process.ExitCode.Should().Be(130);
        (await output).Should().BeEmpty();
        (await error).Should().Contain("error: interrupted (Ctrl-C)");
    }

    [Fact]
    public async Task Batch_Interrupted_StopsPromptlyWithExit130AndWritesNoFile()
    {
        Support.Interrupt.SkipUnlessTheAppCanBeInterrupted();

        // 200,000 councils: tens of seconds of reading and appraising, so the interrupt lands before the last of them
        // (while reading, the batch stops before its first council).
        var folder = Directory.CreateTempSubdirectory("channelshift-batch-interrupt-").FullName;
        try
        {
            var councils = Path.Combine(folder, "councils.csv");
            File.WriteAllLines(councils, ["council,face-to-face,telephone,web", .. Enumerable.Range(1, 200_000).Select(i => $"Council {i},{40_000 + (i % 1000)},120000,300000")]);
            var target = Path.Combine(folder, "batch.csv");
            var scenario = Path.Combine(Support.Repository.Root, "docs", "examples", "waste-services.json");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ChannelShift.Cli.dll"), "batch", scenario, "--councils", councils, "-o", target })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await Support.Interrupt.WhenAtWorkAsync(process, TestContext.Current.CancellationToken);

            var exited = process.WaitForExit(10_000);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            exited.Should().BeTrue("Ctrl-C should stop the batch before its next council");
            process.ExitCode.Should().Be(130);
            (await output).Should().BeEmpty();
            (await error).Should().Contain("error: interrupted (Ctrl-C).").And.Contain("error: the -o file was not written.");
            Directory.GetFiles(folder).Should().Equal([councils], "neither the output nor its temporary file is left");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static (int Code, string Output, string Error) Run(params string[] args) => RunWith(null, args);

    internal static (int Code, string Output, string Error) RunWith(byte[]? input, params string[] args) => Start(input, null, args);

    /// <summary>Runs the app with changes to its environment (a null value removes the variable).</summary>
    internal static (int Code, string Output, string Error) RunIn(IReadOnlyDictionary<string, string?> environment, params string[] args) => Start(null, environment, args);

    private static (int Code, string Output, string Error) Start(byte[]? input, IReadOnlyDictionary<string, string?>? environment, string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "ChannelShift.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("the app should finish within a minute");
        return (process.ExitCode, output.Result, error.Result);
    }
}
