namespace ChannelShift.Cli.Tests.Support;

/// <summary>The repository's folder (the one holding ChannelShift.sln), for the files the tests read.</summary>
public static class Repository
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Find();

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
