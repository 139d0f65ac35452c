using System.Text;
using ChannelShift.Cli.Tests.Support;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// Files as users save them: a scenario or councils file saved as Windows-1252 ("ANSI" in Notepad), UTF-16 ("Unicode")
/// or with a stray byte gets one line and exit 2, naming the file, the line and the encoding and saying to save it as
/// UTF-8; UTF-8 with a byte-order mark is read.
/// </summary>
public sealed class FileEncodingTests : IDisposable
{
    private const string Scenario = """
        {
          "name": "Counter to web",
          "baseline": { "period": "month", "volumes": { "face-to-face": 1000 } },
          "shifts": [ { "name": "£ counter", "from": "face-to-face", "share": 0.5, "to": "web" } ],
          "appraisal": { "years": 3 }
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("channelshift-encoding-").FullName;

    static FileEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Appraise_Windows1252Scenario_OneLineNamingFileLineAndEncoding()
    {
        var path = Write("council.json", Encoding.GetEncoding(1252).GetBytes(Scenario));

        var run = AppRun.Of("appraise", path);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should()
            .Be("error: council.json:4: encoding: byte 0xA3 is not UTF-8; the file looks like Windows-1252 (\"ANSI\" in Notepad), where it is '£'; expected UTF-8 text: save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Appraise_Utf16Scenario_OneLineSayingSaveAsUtf8(bool byteOrderMark)
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: byteOrderMark).GetPreamble().Concat(Encoding.Unicode.GetBytes(Scenario)).ToArray();
        var path = Write("council.json", bytes);

        var run = AppRun.Of("appraise", path);

        run.ExitCode.Should().Be(2);
        var line = run.ErrorLines.Should().ContainSingle().Subject;
        line.Should().StartWith("error: council.json:1: encoding: ").And.Contain("UTF-16").And.EndWith("save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8)");
    }

    [Fact]
    public void Appraise_Utf8WithByteOrderMark_IsRead()
    {
        var path = Write("council.json", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Scenario)).ToArray());

        AppRun.Of("appraise", path).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Batch_Windows1252Councils_OneLineNamingFileLineAndEncoding()
    {
        var scenario = Write("council.json", Encoding.UTF8.GetBytes(Scenario));
        var councils = Write("councils.csv", Encoding.GetEncoding(1252).GetBytes("council,face-to-face\nSt Ives,100\nBr\u00e6nton £,200\n"));

        var run = AppRun.Of("batch", scenario, "--councils", councils);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: " + councils + ":3: encoding: byte 0xE6 is not UTF-8");
    }

    [Fact]
    public void Batch_CarriageReturnLinesWithBadByte_NamesTheLineCountingLoneCarriageReturns()
    {
        // Lines ended by CR alone (classic Mac): the stray byte 0xE6 is on the third line.
        var scenario = Write("council.json", Encoding.UTF8.GetBytes(Scenario));
        var councils = Write("councils.csv", Encoding.GetEncoding(1252).GetBytes("council,face-to-face\rSt Ives,100\rBr\u00e6nton,200\r"));

        var run = AppRun.Of("batch", scenario, "--councils", councils);

        run.ExitCode.Should().Be(2);
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: " + councils + ":3: encoding: byte 0xE6 is not UTF-8");
    }

    [Fact]
    public void Appraise_PipedScenario_ReadsStandardInput()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(Scenario));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["appraise", "-", "--format", "csv"], output, error, input: () => input);

        code.Should().Be(0, error.ToString());
        output.ToString().Should().Be(AppRun.Of("appraise", Write("council.json", Encoding.UTF8.GetBytes(Scenario)), "--format", "csv").Output);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
