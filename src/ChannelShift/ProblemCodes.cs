namespace ChannelShift;

/// <summary>The codes of <see cref="InputProblem.Code"/>: what kind of problem an input has, stable across
/// versions (the messages may be reworded).</summary>
public static class ProblemCodes
{
    /// <summary>The text is not valid JSON or CSV.</summary>
    public const string Syntax = "syntax";

    /// <summary>The file is not UTF-8 text (Windows-1252, UTF-16, a stray byte).</summary>
    public const string Encoding = "encoding";

    /// <summary>A file or a number is too large.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A property the format does not have (a typo would silently drop a value).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A value that is needed is missing.</summary>
    public const string Missing = "missing";

    /// <summary>A value of the wrong kind: text for a number, a list for an object.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A number outside its range.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A number that is not finite.</summary>
    public const string NotFinite = "not-finite";

    /// <summary>A name that is not known: a channel, a unit-cost set, a curve, an option, an input's path.</summary>
    public const string UnknownName = "unknown-name";

    /// <summary>Something given twice that may be given once.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Values that do not hold together: shares that do not sum to 1, a year before another.</summary>
    public const string Inconsistent = "inconsistent";

    /// <summary>Any other invalid value.</summary>
    public const string Invalid = "invalid";
}
