using System.Text;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests;

/// <summary><c>-o FILE</c> on the commands that write results: a new file, written whole or not at all.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("channelshift-o-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Output_Csv_IsWrittenWithAByteOrderMarkAndNothingOnStdout()
    {
        var file = PathOf("appraisal.csv");

        var run = AppRun.Of("appraise", Repository.Example("waste-services.json"), "--format", "csv", "-o", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        var bytes = File.ReadAllBytes(file);
        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("option,year,label,");
        // Year 0's net is −350,000 (250,000 × 1.4), written with an ASCII hyphen-minus so that a spreadsheet reads a number.
        text.Should().Contain(",-350000.00,");
        Directory.GetFiles(_folder).Should().ContainSingle("no temporary file is left beside it");
    }

    [Fact]
    public void Output_Table_HasNoByteOrderMark()
    {
        var file = PathOf("bdo.txt");

        var run = AppRun.Of("bdo", "--output", file);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(file).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        File.ReadAllText(file).Should().Contain("50,000 face-to-face visits a month");
    }

    [Fact]
    public void Output_ExistingFile_IsRefusedUnlessForced()
    {
        var file = PathOf("bdo.txt");
        File.WriteAllText(file, "keep me");

        var refused = AppRun.Of("bdo", "-o", file);

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("-o:").And.Contain("exists").And.Contain("--force");
        File.ReadAllText(file).Should().Be("keep me");

        AppRun.Of("bdo", "-o", file, "--force").ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().Contain("50,000 face-to-face visits a month");
    }

    [Fact]
    public void Output_CommandFails_LeavesNoFileAndSaysSo()
    {
        var file = PathOf("appraisal.txt");

        var run = AppRun.Of("appraise", PathOf("missing.json"), "-o", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("the -o file was not written");
        Directory.GetFiles(_folder).Should().BeEmpty("neither the file nor a temporary one is left");
    }

    [Fact]
    public void Output_MissingFolder_IsAnError()
    {
        var run = AppRun.Of("bdo", "-o", Path.Combine(_folder, "no-such-folder", "bdo.txt"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("does not exist");
    }
    [Fact]
    public void Output_Dash_IsStandardOutput()
    {
        var run = AppRun.Of("bdo", "--format", "csv", "-o", "-");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("key,description,");
    }

    [Fact]
    public void Output_WithHelp_TouchesNoFile()
    {
        var file = PathOf("results.csv");
        File.WriteAllText(file, "kept");

        var run = AppRun.Of("bdo", "-o", file, "--force", "--help");

        run.ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().Be("kept");
    }
}
