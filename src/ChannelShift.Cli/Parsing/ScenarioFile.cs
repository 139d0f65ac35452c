using ChannelShift.Serialization;

namespace ChannelShift.Cli.Parsing;

/// <summary>Opens the files the app reads (a scenario, a councils CSV) for the library, and checks the files it writes; a
/// missing, unreadable, empty or folder path is one clear line.</summary>
internal static class ScenarioFile
{
    /// <summary>What stands for standard input in place of a file's path.</summary>
    internal const string StandardInput = "-";

    internal static Scenario Load(string path, CliContext context) =>
        Read(path, context, flag: null, "a scenario file (JSON)", $"a scenario file (try `channelshift init {path}` to start one)", "a scenario file (JSON)", (stream, _) => ScenarioReader.Read(stream, path == StandardInput ? "(standard input)" : Path.GetFileName(path)));

    /// <summary>
    /// Reads an input file (or standard input for <see cref="StandardInput"/>) with <paramref name="read"/>, which gets
    /// the open stream and the path as typed; a folder, a missing, empty or unreadable file is one line, at
    /// <paramref name="flag"/> when a flag gave the path.
    /// </summary>
    internal static T Read<T>(string path, CliContext context, string? flag, string what, string whenMissing, string whenEmpty, Func<Stream, string, T> read)
    {
        if (path == StandardInput)
        {
            // A pipe cannot seek: the library reads it to its end, in pieces.
            using var input = context.Input();
            return read(input, path);
        }

        var at = flag is null ? path : $"{flag}: {path}";
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UserInputException($"{at}: is a folder; expected {what}.");
        }

        if (!File.Exists(full))
        {
            throw new UserInputException($"{at}: no such file; expected {whenMissing}.");
        }

        try
        {
            using var stream = File.OpenRead(full);
            if (stream.Length == 0)
            {
                throw new UserInputException($"{at}: the file is empty; expected {whenEmpty}.");
            }

            return read(stream, path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserInputException($"{at}: cannot be read (permission denied); expected {what} you may read.");
        }
        catch (IOException ex)
        {
            throw new UserInputException($"{at}: cannot be read ({ex.Message}).");
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
