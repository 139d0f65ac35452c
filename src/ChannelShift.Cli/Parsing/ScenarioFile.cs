using ChannelShift.Serialization;

namespace ChannelShift.Cli.Parsing;

/// <summary>Opens a scenario file for the library to read; a missing, unreadable, empty or folder path is one clear line.</summary>
internal static class ScenarioFile
{
    /// <summary>What stands for standard input in place of a file's path.</summary>
    internal const string StandardInput = "-";

    internal static Scenario Load(string path, CliContext context)
    {
        if (path == StandardInput)
        {
            // A pipe cannot seek: the library reads it to its end, in pieces.
            using var input = context.Input();
            return ScenarioReader.Read(input, "(standard input)");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UserInputException($"{path}: is a folder; expected a scenario file (JSON).");
        }

        if (!File.Exists(full))
        {
            throw new UserInputException($"{path}: no such file; expected a scenario file (try `channelshift init {path}` to start one).");
        }

        try
        {
            using var stream = File.OpenRead(full);
            if (stream.Length == 0)
            {
                throw new UserInputException($"{path}: the file is empty; expected a scenario file (JSON).");
            }

            return ScenarioReader.Read(stream, Path.GetFileName(path));
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserInputException($"{path}: cannot be read (permission denied); expected a readable scenario file.");
        }
        catch (IOException ex)
        {
            throw new UserInputException($"{path}: cannot be read ({ex.Message}).");
        }
    }

    /// <summary>Checks that an output file may be written: refused when it exists, unless forced.</summary>
    internal static void CheckWritable(string path, bool force, string option)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UserInputException($"{option}: {path} is a folder; expected a file name.");
        }

        if (File.Exists(full) && !force)
        {
            throw new UserInputException($"{option}: {path} exists; expected a new file name, or --force to overwrite it.");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserInputException($"{option}: the folder {folder} does not exist; expected an existing folder.");
        }
    }
}
