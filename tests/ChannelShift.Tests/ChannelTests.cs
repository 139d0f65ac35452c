namespace ChannelShift.Tests;

public class ChannelTests
{
    [Theory]
    [InlineData("face-to-face", "face-to-face")]
    [InlineData("f2f", "face-to-face")]
    [InlineData("Face To Face", "face-to-face")]
    [InlineData("phone", "telephone")]
    [InlineData("online", "web")]
    [InlineData("touch-tone", "ivr")]
    [InlineData("social_media", "social-media")]
    [InlineData("e-mail", "email")]
    [InlineData("letter", "post")]
    [InlineData("live-chat", "webchat")]
    [InlineData("mobile-app", "app")]
    public void Parse_KeyOrAlias_GivesCanonicalKey(string text, string key) =>
        Channel.Parse(text).Key.Should().Be(key);

    [Fact]
    public void Parse_Typo_SuggestsTheClosestAndListsTheKnown()
    {
        var act = () => Channel.Parse("telephon");

        act.Should().Throw<ArgumentException>()
            .WithMessage("channel: \"telephon\" is not a known channel (did you mean \"telephone\"?); expected one of face-to-face, telephone, web, *");
    }

    [Fact]
    public void Parse_Avoided_OnlyAsADestination()
    {
        Channel.Parse("avoided", allowAvoided: true).IsAvoided.Should().BeTrue();
        var act = () => Channel.Parse("avoided");
        act.Should().Throw<ArgumentException>().WithMessage("*only a destination*");
    }

    [Fact]
    public void Parse_CouncilsOwnChannel_OnlyWhenDeclared()
    {
        var shop = Channel.Custom("one-stop-shop");

        Channel.Parse("one-stop-shop", [shop]).Should().Be(shop);
        var act = () => Channel.Parse("one-stop-shop");
        act.Should().Throw<ArgumentException>().WithMessage("*not a known channel*");
    }

    [Theory]
    [InlineData("One Stop")]
    [InlineData("shop--front")]
    [InlineData("")]
    [InlineData("phone")]
    public void Custom_InvalidOrBuiltInKey_Throws(string key) =>
        ((Action)(() => Channel.Custom(key))).Should().Throw<ArgumentException>();

    [Fact]
    public void BuiltInChannels_AreTheNineOfTheIssue() =>
        Channel.BuiltInChannels.Select(c => c.Key).Should().Equal("face-to-face", "telephone", "web", "email", "post", "webchat", "social-media", "ivr", "app");
}
