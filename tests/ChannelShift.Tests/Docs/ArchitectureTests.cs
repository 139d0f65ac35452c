using System.Text.RegularExpressions;

namespace ChannelShift.Tests.Docs;

/// <summary>
/// The library's shape (docs/architecture.md): a handful of namespaces layered without cycles — Numerics (internal), the
/// model at the root, Staffing, Appraisal, Uncertainty, Serialization, each using only those before it — folder =
/// namespace, and no command-line flag or repository path in the library's messages (the app phrases those).
/// Read from the source files: a namespace uses another by a <c>using</c> or a qualified name.
/// </summary>
public partial class ArchitectureTests
{
    private static readonly string[] Layers = ["ChannelShift.Numerics", "ChannelShift", "ChannelShift.Staffing", "ChannelShift.Appraisal", "ChannelShift.Uncertainty", "ChannelShift.Tracking", "ChannelShift.Serialization"];

    private static readonly string Source = Path.Combine(RepositoryRoot.Path, "src", "ChannelShift");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(f => Path.GetRelativePath(Source, f)));

    [Theory]
    [MemberData(nameof(Files))]
    public void File_UsesOnlyTheNamespacesBeforeItsOwn(string file)
    {
        var text = File.ReadAllText(Path.Combine(Source, file));
        var own = Namespace().Match(text).Groups[1].Value;
        var layer = Array.IndexOf(Layers, own);
        layer.Should().BeGreaterThanOrEqualTo(0, $"{file} is in namespace {own}, one of {string.Join(", ", Layers)}");

        var folder = Path.GetDirectoryName(file) ?? string.Empty;
        var expectedFolder = own == "ChannelShift" ? string.Empty : own["ChannelShift.".Length..];
        folder.Should().Be(expectedFolder, $"folder = namespace ({file})");

        var code = Comments().Replace(text, string.Empty);
        foreach (Match used in Used().Matches(code))
        {
            var name = "ChannelShift." + used.Groups[1].Value;
            var index = Array.IndexOf(Layers, name);
            if (index >= 0 && name != "ChannelShift.Numerics")
            {
                index.Should().BeLessThanOrEqualTo(layer, $"{file} ({own}) uses {name}, which comes after it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_NamesNoCommandLineFlagOrRepositoryPage(string file)
    {
        var strings = Strings().Matches(Comments().Replace(File.ReadAllText(Path.Combine(Source, file)), string.Empty)).Select(m => m.Value);

        strings.Should().NotContain(s => Flag().IsMatch(s) || s.Contains("docs/", StringComparison.Ordinal), $"{file}: the library's messages name no flag or repository page");
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\bChannelShift\.(Numerics|Staffing|Appraisal|Uncertainty|Tracking|Serialization)\b")]
    private static partial Regex Used();

    [GeneratedRegex(@"\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Strings();

    [GeneratedRegex(@"(^|[\s(""])--[a-z]")]
    private static partial Regex Flag();
}
