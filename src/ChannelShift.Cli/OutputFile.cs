using System.Text;

namespace ChannelShift.Cli;

/// <summary>
/// <c>-o FILE</c>: a command's output written to a file instead of standard output. The file is refused when it exists
/// unless <c>--force</c>, and when its folder does not. The output goes to a temporary file beside it, renamed over it
/// only when the command succeeds, so a failed or interrupted run never leaves half a file (an interrupted one says
/// so on stderr). A <c>.csv</c> file, or CSV output, is written with a UTF-8 byte-order mark, so that Excel reads £ and
/// dashes; other files, and standard output, have none.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string path;
    private readonly string temporary;
    private readonly StreamWriter writer;
    private bool done;
    private bool binary;

    private OutputFile(string path, string temporary, StreamWriter writer)
    {
        this.path = path;
        this.temporary = temporary;
        this.writer = writer;
    }

    /// <summary>Where the command writes text.</summary>
    internal TextWriter Writer => writer;

    /// <summary>Where a command writes bytes (a workbook) instead of text: the temporary file itself. Once it is
    /// opened, <see cref="Writer"/> is not flushed into it (it would add a byte-order mark).</summary>
    /// <returns>The temporary file's stream, closed by <see cref="Commit"/> or <see cref="Dispose"/>.</returns>
    internal Stream OpenStream()
    {
        binary = true;
        return writer.BaseStream;
    }

    /// <summary>Checks the path and opens the temporary file.</summary>
    /// <param name="path">The file asked for.</param>
    /// <param name="force">Whether an existing file may be replaced.</param>
    /// <param name="csv">Whether the output is CSV (then a byte-order mark is written, whatever the extension).</param>
    /// <exception cref="UserInputException">The path is empty, names a folder, exists without <c>--force</c>, or its
    /// folder does not exist.</exception>
    internal static OutputFile Open(string path, bool force, bool csv)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserInputException("-o: the file name is empty; expected a file to write, such as results.csv.");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UserInputException($"-o: {path} is a folder; expected a file to write in it, such as {Path.Combine(path, "results.csv")}.");
        }

        if (File.Exists(full) && !force)
        {
            throw new UserInputException($"-o: {path} exists; expected a new file, or --force to replace it.");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new UserInputException($"-o: the folder {Path.GetDirectoryName(path)} does not exist; expected a file in an existing folder.");
        }

        var bom = csv || full.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom)) { NewLine = "\n" };
        return new OutputFile(full, temporary, writer);
    }

    /// <summary>Renames the finished output over the file asked for.</summary>
    internal void Commit()
    {
        Close();
        File.Move(temporary, path, overwrite: true);
        done = true;
    }

    /// <summary>Throws the output away (a failed or interrupted run): the file asked for is left as it was.</summary>
    public void Dispose()
    {
        if (done)
        {
            return;
        }

        done = true;
        Close();
        File.Delete(temporary);
    }

    private void Close()
    {
        if (binary)
        {
            writer.BaseStream.Dispose();
        }
        else
        {
            writer.Dispose();
        }
    }
}
