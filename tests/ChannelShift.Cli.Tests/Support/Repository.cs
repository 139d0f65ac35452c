namespace ChannelShift.Cli.Tests.Support;

/// <summary>The repository's folder (the one holding ChannelShift.sln), for the files the tests read.</summary>
public static class Repository
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Find();

    /// <summary>A file of docs/examples.</summary>
    /// <param name="name">The file's name.</param>
    /// <returns>Its full path.</returns>
    public static string Example(string name) => Path.Combine(Root, "docs", "examples", name);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChannelShift.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
