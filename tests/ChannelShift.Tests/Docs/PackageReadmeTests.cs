using System.Text.RegularExpressions;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// src/ChannelShift/PACKAGE.md, the readme nuget.org shows: its links must work without the repository around them, and
/// its code must be code that README.md's tests already run (so that it compiles and its figures are true).
/// </summary>
public partial class PackageReadmeTests
{
    private static string PackageReadme => File.ReadAllText(RepositoryRoot.File("src", "ChannelShift", "PACKAGE.md"));

    [Fact]
    public void PackageReadme_Links_AreAbsolute()
    {
        var targets = MarkdownLink().Matches(PackageReadme).Select(m => m.Groups["target"].Value);

        targets.Where(t => !t.StartsWith("https://", StringComparison.Ordinal)).Should().BeEmpty("a package page has no repository to resolve a relative link against");
    }

    [Fact]
    public void PackageReadme_CodeBlocks_AppearInTheReadme()
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md")).ReplaceLineEndings("\n");
        var blocks = CodeBlock().Matches(PackageReadme.ReplaceLineEndings("\n")).Select(m => m.Groups["code"].Value).ToList();

        blocks.Should().NotBeEmpty();
        blocks.Should().OnlyContain(b => readme.Contains(b, StringComparison.Ordinal), "ReadmeExamplesTests run README.md's code line for line");
    }

    [Fact]
    public void Project_PacksThePackageReadme()
    {
        var project = File.ReadAllText(RepositoryRoot.File("src", "ChannelShift", "ChannelShift.csproj"));

        project.Should().Contain("<PackageReadmeFile>PACKAGE.md</PackageReadmeFile>").And.Contain("<None Include=\"PACKAGE.md\" Pack=\"true\"");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
