using System.Globalization;
using System.Text.RegularExpressions;
using ChannelType = ChannelShift.Channel;

namespace ChannelShift.Cli.Parsing;

/// <summary>Parses command-line values with the invariant culture and messages that name the option, the value and
/// what was expected.</summary>
internal static class Inputs
{
    private const NumberStyles Numbers = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>A number written with a dot between groups of three digits, e.g. 50.000: a thousands separator in
    /// some locales, a decimal point in ours.</summary>
    private static readonly Regex DottedThousands = new(@"^[1-9][0-9]{0,2}(\.[0-9]{3})+$", RegexOptions.CultureInvariant);

    /// <summary>A number written with commas between groups of three digits, e.g. 50,000.</summary>
    private static readonly Regex CommaThousands = new(@"^-?[1-9][0-9]{0,2}(,[0-9]{3})+%?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Rejects what a number given on the command line may not look like, whatever it is: a comma anywhere (a decimal
    /// comma, or a thousands separator; "1,5" would otherwise be read as 15) and, for a count or an amount, digits
    /// grouped in threes by dots ("50.000" would otherwise be read as 50). Each message says how to write the number,
    /// and never suggests a form that is itself refused.
    /// </summary>
    internal static void Unambiguous(string text, string option, bool countOrAmount)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            // 50,000 or 1,105: thousands separators (a decimal comma would be ambiguous, and is not offered). 1,5 or
            // 0,32: a decimal comma.
            var hint = CommaThousands.IsMatch(trimmed)
                ? $"write {trimmed.Replace(",", "", StringComparison.Ordinal)} (no thousands separators)"
                : $"write {trimmed.Replace(',', '.')} (a dot for decimals)";
            throw new UserInputException($"{option}: \"{text}\" has a comma; {hint}.");
        }

        if (countOrAmount && DottedThousands.IsMatch(trimmed))
        {
            var thousands = trimmed.Replace(".", "", StringComparison.Ordinal);
            throw new UserInputException(trimmed.Count(c => c == '.') > 1
                ? $"{option}: {trimmed} has dots between thousands; write {thousands} (numbers are written without thousands separators, with a dot for decimals)."
                : $"{option}: {trimmed} is ambiguous: write {thousands} or {Normalised(trimmed)}; numbers are written without thousands separators, with a dot for decimals.");
        }
    }

    /// <summary>A decimal number as written with its trailing zeros dropped (2.500 → 2.5); other text as it is.</summary>
    private static string Normalised(string text)
    {
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1] : text;
        return decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value / 1.000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) + (percent ? "%" : "")
            : text;
    }

    /// <summary>A number given to a flag, checked against the library's rule for what it is. A count or a total
    /// written like 50.000 is refused as ambiguous; a cost per contact (<paramref name="perContact"/>) such as 1.125
    /// is not.</summary>
    internal static decimal Decimal(string text, string option, NumberRule rule, bool perContact = false)
    {
        var value = Decimal(text, option, perContact);
        return Messages.AtFlag(option, () => rule.Check(value, option));
    }

    internal static decimal Decimal(string text, string option, bool perContact = false)
    {
        Unambiguous(text, option, countOrAmount: !perContact);
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsFinite(d))
        {
            throw new UserInputException($"{option}: \"{text}\" is not a finite number; expected a number such as 50000.");
        }

        if (!decimal.TryParse(trimmed, Numbers, CultureInfo.InvariantCulture, out var value))
        {
            if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw new UserInputException($"{option}: {text} is too large; expected a number below 79,228,162,514,264,337,593,543,950,335 (the largest decimal).");
            }

            throw new UserInputException($"{option}: \"{text}\" is not a number; expected a number such as 50000 or 7.40 (a dot for decimals).");
        }

        return value;
    }

    internal static double Double(string text, string option, bool count = true)
    {
        Unambiguous(text, option, countOrAmount: count);
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new UserInputException($"{option}: \"{text}\" is not a finite number; expected a number such as 20.");
        }

        return value;
    }

    internal static int Integer(string text, string option, int min, int max)
    {
        Unambiguous(text, option, countOrAmount: true);
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new UserInputException($"{option}: \"{text}\" is not a whole number; expected a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (value < min || value > max)
        {
            throw new UserInputException($"{option}: {text} is out of range; expected a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    internal static Share Share(string text, string option)
    {
        Unambiguous(text, option, countOrAmount: false);
        return Messages.AtFlag(option, () => ChannelShift.Share.Parse(text));
    }

    /// <summary>Applies <c>--cost CHANNEL=AMOUNT</c> overrides; an unknown name declares a council's own channel.</summary>
    internal static UnitCostSet WithOverrides(UnitCostSet set, IEnumerable<string> overrides)
    {
        foreach (var item in overrides)
        {
            var (name, value) = Pair(item, "--cost", "face-to-face=9.10");
            var amount = Decimal(value, $"--cost {name}", Rules.Amount, perContact: true);
            ChannelType channel;
            if (ChannelType.TryParseBuiltIn(name, out var builtIn))
            {
                if (builtIn.IsAvoided)
                {
                    throw new UserInputException("--cost: \"avoided\" cannot have a cost; a contact no longer needed costs nothing.");
                }

                channel = builtIn;
            }
            else
            {
                channel = Messages.AtFlag("--cost", () => ChannelType.Custom(name.Trim().ToLowerInvariant()));
            }

            set = set.WithCost(channel, amount);
        }

        return set;
    }

    /// <summary>Reads <c>web</c> or <c>web=70%,telephone=20%,avoided=10%</c>.</summary>
    internal static DestinationMix Mix(string text, UnitCostSet costs)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new UserInputException("--to: no destination given; expected e.g. web, or web=70%,telephone=20%,avoided=10%.");
        }

        if (parts.Length == 1 && !parts[0].Contains('=', StringComparison.Ordinal))
        {
            return DestinationMix.To(Channel(parts[0], costs, "--to", allowAvoided: true));
        }

        var list = new List<(ChannelType, Share)>();
        foreach (var part in parts)
        {
            var (name, value) = Pair(part, "--to", "web=70%");
            var channel = Channel(name, costs, "--to", allowAvoided: true);
            var share = Share(value, $"--to {channel.Key}");
            list.Add((channel, share));
        }

        return DestinationMix.Of(list.ToArray());
    }

    /// <summary>Reads <c>20%:telephone</c> or <c>20%:telephone=70%,face-to-face=30%</c>.</summary>
    internal static FailureDemand Failure(string text, UnitCostSet costs)
    {
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new UserInputException($"--failure: \"{text}\" is not a failure demand; expected SHARE:CHANNEL or SHARE:MIX, e.g. 20%:telephone or 20%:telephone=70%,face-to-face=30%.");
        }

        var share = Share(parts[0], "--failure");
        if (!parts[1].Contains('=', StringComparison.Ordinal))
        {
            return new FailureDemand(share, Channel(parts[1], costs, "--failure", allowAvoided: false));
        }

        var list = new List<(ChannelType, Share)>();
        foreach (var part in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = Pair(part, "--failure", "telephone=70%");
            var channel = Channel(name, costs, "--failure", allowAvoided: false);
            list.Add((channel, Share(value, $"--failure {channel.Key}")));
        }

        var mix = Messages.AtFlag("--failure", () => DestinationMix.Of(list.ToArray()));
        return Messages.AtFlag("--failure", () => new FailureDemand(share, mix));
    }

    /// <summary>Reads <c>10%:2.90</c>: the share of the contacts moved to digital channels that need help, and the
    /// cost of helping one. A single number (the form of earlier versions) is an error that shows this form.</summary>
    internal static AssistedDigital AssistedDigital(string text)
    {
        const string Flag = "--assisted-digital";
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new UserInputException($"{Flag}: \"{text}\" is not SHARE:COST; expected the share of the contacts moved to digital channels that need help and the cost of helping one, e.g. 10%:2.90.");
        }

        var share = Share(parts[0], Flag);
        var cost = Decimal(parts[1], $"{Flag} cost", Rules.Amount, perContact: true);
        return new AssistedDigital(share, cost);
    }

    internal static ChannelType Channel(string name, UnitCostSet costs, string option, bool allowAvoided)
    {
        return Messages.AtFlag(option, () => costs.ParseChannel(name, allowAvoided));
    }

    private static (string Name, string Value) Pair(string item, string option, string example)
    {
        var eq = item.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == item.Length - 1)
        {
            throw new UserInputException($"{option}: \"{item}\" is not NAME=VALUE; expected e.g. {example}.");
        }

        return (item[..eq].Trim(), item[(eq + 1)..].Trim());
    }
}
