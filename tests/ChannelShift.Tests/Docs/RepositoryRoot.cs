namespace ChannelShift.Tests.Docs;

/// <summary>
/// Finds files of the repository itself (docs/, docs/examples/) for the documentation tests: walks up from the test
/// assembly's folder until a folder holding ChannelShift.sln is found. Never reads outside the repository.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    internal static string Path => Root.Value;

    internal static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "ChannelShift.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ChannelShift.sln: the documentation tests read docs/ from the repository.");
    }
}
