namespace ChannelShift.Tests;

public class SuggestionsTests
{
    private static readonly string[] Presets =
    [
        "standard-buildings", "non-standard-buildings", "standard-civil-engineering",
        "non-standard-civil-engineering", "equipment-development", "outsourcing",
    ];

    private static readonly string[] Channels = ["face-to-face", "telephone", "web", "webchat", "email", "post"];

    [Theory]
    [InlineData("equipment-developmnt", "equipment-development")] // one deletion
    [InlineData("Outsourcing", "outsourcing")] // case only
    [InlineData("OUTSOURCING", "outsourcing")]
    [InlineData("standard-building", "standard-buildings")] // plural dropped: "standard-building" is nearer "standard-buildings" than "non-standard-buildings"
    [InlineData("non-standard-civil-engineering ", "non-standard-civil-engineering")] // trailing space
    public void Closest_NearMissOfPreset_SuggestsIt(string input, string expected) =>
        Suggestions.Closest(input, Presets).Should().Be(expected);

    [Theory]
    [InlineData("wbe", "web")] // adjacent transposition counts 1 (optimal string alignment)
    [InlineData("WEB", "web")]
    [InlineData("telephon", "telephone")]
    [InlineData("webchta", "webchat")]
    [InlineData("face2face", "face-to-face")] // distance 4 ("2" → "-to-"), threshold max(9, 12) / 3 = 4
    [InlineData("emial", "email")]
    public void Closest_NearMissOfChannel_SuggestsIt(string input, string expected) =>
        Suggestions.Closest(input, Channels).Should().Be(expected);

    [Theory]
    [InlineData("fax")] // 3 edits from "web", threshold max(3, 3) / 3 = 1
    [InlineData("banana")]
    [InlineData("phone")] // 4 edits from "telephone", threshold 9 / 3 = 3
    [InlineData("x")]
    public void Closest_FarFromEveryCandidate_ReturnsNull(string input) =>
        Suggestions.Closest(input, Channels).Should().BeNull();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Closest_NoInput_ReturnsNull(string? input) =>
        Suggestions.Closest(input, Channels).Should().BeNull();

    [Fact]
    public void Closest_NoCandidates_ReturnsNull() =>
        Suggestions.Closest("web", []).Should().BeNull();

    [Fact]
    public void Closest_NullAndEmptyCandidates_AreIgnored() =>
        Suggestions.Closest("wbe", [null, "", "web"]).Should().Be("web");

    [Fact]
    public void Closest_TieOnDistance_TakesTheOrdinallyFirstWhateverTheOrder()
    {
        // "hat" is 1 edit from both "bat" and "cat"; "bat" < "cat" ordinally.
        Suggestions.Closest("hat", ["cat", "bat"]).Should().Be("bat");
        Suggestions.Closest("hat", ["bat", "cat"]).Should().Be("bat");
    }

    [Fact]
    public void Closest_TieIgnoringCase_PrefersTheCandidateNearerWithCase()
    {
        // Both are 0 edits from "Web" ignoring case; "web" is 1 case-sensitive edit away and "WEB" is 2.
        Suggestions.Closest("Web", ["WEB", "web"]).Should().Be("web");
        Suggestions.Closest("Web", ["web", "WEB"]).Should().Be("web");
    }

    [Fact]
    public void Closest_SmallerDistanceWins_OverOrdinalOrder()
    {
        // Both within the threshold (8 / 3 = 2): "mnopqraa" is 2 edits away and ordinally first, "mnopqrsz" is 1 edit.
        Suggestions.Closest("mnopqrst", ["mnopqraa", "mnopqrsz"]).Should().Be("mnopqrsz");
        Suggestions.Closest("mnopqrst", ["mnopqrsz", "mnopqraa"]).Should().Be("mnopqrsz");
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)] // the textbook Levenshtein example
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "ba", 1)] // transposition
    [InlineData("ca", "abc", 3)] // optimal string alignment: no edit of a transposed pair (true Damerau gives 2)
    [InlineData("Web", "web", 1)] // case-sensitive: fold before calling
    public void Distance_KnownPairs_MatchHandCount(string a, string b, int expected)
    {
        Suggestions.Distance(a, b).Should().Be(expected);
        Suggestions.Distance(b, a).Should().Be(expected);
    }
}
