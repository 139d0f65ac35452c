using ChannelShift.Serialization;

namespace ChannelShift.Benchmarks;

/// <summary>Finds the repository (the folder holding ChannelShift.sln) and reads its example files, so the
/// benchmarks run from any working directory, in-process or in BenchmarkDotNet's generated child process.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    internal static string Root => RootFolder.Value;

    internal static string PathOf(string relativePath) =>
        Path.Combine([Root, .. relativePath.Split('/')]);

    internal static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    internal static Scenario ReadScenario(string relativePath) =>
        ScenarioReader.Parse(ReadText(relativePath), relativePath);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChannelShift.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"ChannelShift.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; run the benchmarks from a clone of the repository.");
    }
}
