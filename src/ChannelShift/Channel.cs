using System.Globalization;
using System.Text.RegularExpressions;

namespace ChannelShift;

/// <summary>
/// A contact channel, identified by one canonical lower-case kebab-case key (<c>face-to-face</c>, <c>telephone</c>,
/// <c>web</c>, …). The nine built-in channels are static members; a council may add its own channel (any kebab-case key,
/// e.g. <c>one-stop-shop</c>) by giving it a cost in a <see cref="UnitCostSet"/>. <see cref="Avoided"/> is a
/// destination only: a contact that is no longer needed at all, at no cost.
/// </summary>
/// <remarks>Two channels are equal when their keys are equal (ordinal). <c>default(Channel)</c> is not valid; use
/// <see cref="Parse"/>, <see cref="Custom"/> or a static member.</remarks>
public sealed partial class Channel : IEquatable<Channel>
{
    private static readonly Dictionary<string, Channel> BuiltInByKey = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Channel> ByAlias = new(StringComparer.Ordinal);

    /// <summary>A visit to a counter, reception or one-stop shop (aliases <c>f2f</c>, <c>counter</c>, <c>walk-in</c>, <c>in-person</c>).</summary>
    public static readonly Channel FaceToFace = BuiltIn("face-to-face", "Face-to-face", "f2f", "face to face", "facetoface", "counter", "walk-in", "in-person");

    /// <summary>A call answered by a person (aliases <c>phone</c>, <c>tel</c>, <c>call</c>, <c>calls</c>, <c>call-centre</c>).</summary>
    public static readonly Channel Telephone = BuiltIn("telephone", "Telephone", "phone", "tel", "call", "calls", "call-centre", "contact-centre");

    /// <summary>A visit to the website or an online form (aliases <c>online</c>, <c>website</c>, <c>digital</c>, <c>internet</c>).</summary>
    public static readonly Channel Web = BuiltIn("web", "Web", "online", "website", "digital", "internet");

    /// <summary>An email handled by a person (alias <c>e-mail</c>).</summary>
    public static readonly Channel Email = BuiltIn("email", "Email", "e-mail", "mail-electronic");

    /// <summary>A letter or paper form (aliases <c>letter</c>, <c>postal</c>, <c>paper</c>).</summary>
    public static readonly Channel Post = BuiltIn("post", "Post", "letter", "letters", "postal", "paper", "mail");

    /// <summary>An online chat with a person (aliases <c>chat</c>, <c>live-chat</c>, <c>web-chat</c>).</summary>
    public static readonly Channel Webchat = BuiltIn("webchat", "Webchat", "chat", "live-chat", "web-chat");

    /// <summary>A contact through social media (aliases <c>social</c>, <c>socialmedia</c>).</summary>
    public static readonly Channel SocialMedia = BuiltIn("social-media", "Social media", "social", "socialmedia", "social media");

    /// <summary>An automated telephone service (aliases <c>touch-tone</c>, <c>automated-telephone</c>, <c>automated-phone</c>).</summary>
    public static readonly Channel Ivr = BuiltIn("ivr", "IVR (touch-tone)", "touch-tone", "touchtone", "automated-telephone", "automated-phone");

    /// <summary>A transaction in a mobile app (aliases <c>mobile-app</c>, <c>mobile</c>).</summary>
    public static readonly Channel App = BuiltIn("app", "App", "mobile-app", "mobile");

    /// <summary>The destination of a contact that is no longer needed at all (aliases <c>none</c>, <c>no-longer-needed</c>,
    /// <c>avoid</c>); it costs nothing and is never a source.</summary>
    public static readonly Channel Avoided = BuiltIn("avoided", "Avoided (no longer needed)", "avoid", "none", "no-longer-needed", "not-needed");

    private Channel(string key, string displayName, bool isBuiltIn)
    {
        Key = key;
        DisplayName = displayName;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>The canonical key: lower-case kebab-case, e.g. <c>face-to-face</c>.</summary>
    public string Key { get; }

    /// <summary>A name for people, e.g. "Face-to-face".</summary>
    public string DisplayName { get; }

    /// <summary>True for the nine built-in channels and <see cref="Avoided"/>; false for a council's own channel.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>True only for <see cref="Avoided"/>.</summary>
    public bool IsAvoided => ReferenceEquals(this, Avoided) || Key == "avoided";

    /// <summary>Whether the channel is a digital one unless a unit-cost set says otherwise
    /// (<see cref="UnitCostSet.IsDigital"/>): web, email, webchat, app and social media are; face-to-face, telephone, post
    /// and IVR are not, nor is a council's own channel or <see cref="Avoided"/>. Failure demand and assisted digital apply
    /// only to contacts moved to a digital channel, and digital exclusion caps only them.</summary>
    public bool IsDigitalByDefault => IsBuiltIn && Key is "web" or "email" or "webchat" or "app" or "social-media";

    /// <summary>The built-in channels in a stable order (without <see cref="Avoided"/>).</summary>
    public static IReadOnlyList<Channel> BuiltInChannels { get; } =
        [FaceToFace, Telephone, Web, Email, Post, Webchat, SocialMedia, Ivr, App];

    /// <summary>Every alias accepted on input, mapped to its channel's canonical key (documented in docs/unit-costs.md).</summary>
    public static IReadOnlyDictionary<string, string> Aliases => ByAlias.ToDictionary(p => p.Key, p => p.Value.Key, StringComparer.Ordinal);

    /// <summary>
    /// A council's own channel, e.g. <c>one-stop-shop</c>. The key must be lower-case kebab-case (letters, digits, single
    /// hyphens) of 1 to 40 characters and must not be a built-in key or alias.
    /// </summary>
    /// <param name="key">The new channel's key.</param>
    /// <exception cref="InputValidationException">The key is not kebab-case or is already a built-in channel or alias.</exception>
    public static Channel Custom(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length > 40 || !KebabKey().IsMatch(key))
        {
            throw Preconditions.Fail("key", ProblemCodes.UnknownName, $"\"{key}\" is not a channel key", "lower-case letters, digits and single hyphens, e.g. \"one-stop-shop\"", null);
        }

        if (TryParseBuiltIn(key, out var builtIn))
        {
            throw Preconditions.Fail(nameof(key), ProblemCodes.Duplicate, $"\"{key}\" is already the built-in channel \"{builtIn.Key}\"", "that channel, or a key of your own", key);
        }

        return new Channel(key, key, isBuiltIn: false);
    }

    /// <summary>
    /// Parses a built-in channel's key or alias (case-insensitive; spaces and underscores read as hyphens), or
    /// <c>avoided</c>.
    /// </summary>
    /// <param name="text">A key or alias.</param>
    /// <param name="channel">The channel, when found.</param>
    /// <returns>True when <paramref name="text"/> names a built-in channel.</returns>
    public static bool TryParseBuiltIn(string? text, out Channel channel)
    {
        channel = null!;
        if (text is null)
        {
            return false;
        }

        var normal = Normalise(text);
        if (BuiltInByKey.TryGetValue(normal, out var found) || ByAlias.TryGetValue(normal, out found))
        {
            channel = found;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Parses a channel name among the built-in channels and the given declared (custom) channels; an unknown name is an
    /// <see cref="ArgumentException"/> that lists the known keys and suggests the closest.
    /// </summary>
    /// <param name="text">A key or alias, e.g. <c>f2f</c>.</param>
    /// <param name="declared">A council's own channels, if any.</param>
    /// <param name="allowAvoided">Whether <c>avoided</c> is acceptable here (a destination, not a source).</param>
    /// <returns>The channel.</returns>
    /// <exception cref="InputValidationException">Not a known channel; the problem (path <c>channel</c>) lists the
    /// known keys and suggests the closest.</exception>
    public static Channel Parse(string text, IEnumerable<Channel>? declared = null, bool allowAvoided = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseBuiltIn(text, out var builtIn) && (allowAvoided || !builtIn.IsAvoided))
        {
            return builtIn;
        }

        var normal = Normalise(text);
        var custom = declared?.FirstOrDefault(c => !c.IsBuiltIn && c.Key == normal);
        if (custom is not null)
        {
            return custom;
        }

        throw new InputValidationException([Unknown(text, declared, allowAvoided)]);
    }

    /// <summary>The problem of a text that is not a channel: the known keys and, for a likely typo, the closest.</summary>
    internal static InputProblem Unknown(string text, IEnumerable<Channel>? declared, bool allowAvoided)
    {
        var known = KnownKeys(declared, allowAvoided);
        var candidates = known.Concat(ByAlias.Keys.Where(a => allowAvoided || ByAlias[a] != Avoided));
        var suggestion = Suggestions.Closest(Normalise(text), candidates);
        var hint = suggestion is null ? string.Empty : $" (did you mean \"{ResolveSuggestion(suggestion)}\"?)";
        var reason = !allowAvoided && Normalise(text) is var n && (n == "avoided" || (ByAlias.TryGetValue(n, out var a) && a.IsAvoided))
            ? "\"avoided\" is not a channel here: it is only a destination, for contacts no longer needed"
            : $"\"{text}\" is not a known channel{hint}";
        return new InputProblem("channel", ProblemCodes.UnknownName, reason, $"one of {string.Join(", ", known)}, or a channel of your own given a cost", text);
    }

    private static string ResolveSuggestion(string suggestion) =>
        ByAlias.TryGetValue(suggestion, out var c) ? c.Key : suggestion;

    private static List<string> KnownKeys(IEnumerable<Channel>? declared, bool allowAvoided)
    {
        var keys = BuiltInChannels.Select(c => c.Key).ToList();
        if (declared is not null)
        {
            keys.AddRange(declared.Where(c => !c.IsBuiltIn).Select(c => c.Key));
        }

        if (allowAvoided)
        {
            keys.Add(Avoided.Key);
        }

        return keys;
    }

    private static string Normalise(string text) =>
        text.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');

    private static Channel BuiltIn(string key, string displayName, params string[] aliases)
    {
        var channel = new Channel(key, displayName, isBuiltIn: true);
        BuiltInByKey.Add(key, channel);
        foreach (var alias in aliases)
        {
            ByAlias.Add(Normalise(alias), channel);
        }

        return channel;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KebabKeyPattern();

    private static Regex KebabKey() => KebabKeyPattern();

    /// <inheritdoc />
    public bool Equals(Channel? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Channel);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The canonical key.</summary>
    /// <returns>The key, e.g. <c>face-to-face</c>.</returns>
    public override string ToString() => Key;

    /// <summary>Equality by key.</summary>
    /// <param name="left">A channel.</param>
    /// <param name="right">Another channel.</param>
    /// <returns>True when the keys are equal.</returns>
    public static bool operator ==(Channel? left, Channel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by key.</summary>
    /// <param name="left">A channel.</param>
    /// <param name="right">Another channel.</param>
    /// <returns>True when the keys differ.</returns>
    public static bool operator !=(Channel? left, Channel? right) => !(left == right);
}
