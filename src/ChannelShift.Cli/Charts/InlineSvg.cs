using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChannelShift.Cli.Output;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// Turns a chart's SVG document into an element to write inside an HTML page: no XML declaration, a viewBox so the
/// chart scales to the page's width, and its ids (and the <c>url(#…)</c> references to them) prefixed, so that two
/// charts on one page never share an id.
/// </summary>
internal static partial class InlineSvg
{
    /// <summary>The chart as an inline <c>&lt;svg&gt;</c> element.</summary>
    /// <param name="svg">The SVG bytes <see cref="ChartRenderer"/> made (UTF-8).</param>
    /// <param name="prefix">Put before every id of this chart, e.g. "tornado"; letters, digits and '-' only.</param>
    /// <param name="label">What the chart shows, for readers that cannot see it (escaped here).</param>
    internal static string Of(byte[] svg, string prefix, string label)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var text = Encoding.UTF8.GetString(svg);
        var start = text.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException("svg: no <svg> element; expected an SVG document.", nameof(svg));
        }

        text = text[start..].Trim();
        text = Ids().Replace(text, m => m.Groups["lead"].Value + prefix + "-" + m.Groups["id"].Value);
        var close = text.IndexOf('>', StringComparison.Ordinal);
        var tag = text[..close];
        var width = Size().Match(tag);
        var height = Size().Match(tag, width.Success ? width.Index + width.Length : 0);
        if (!width.Success || width.Groups["name"].Value != "width" || !height.Success || height.Groups["name"].Value != "height")
        {
            throw new ArgumentException("svg: the <svg> element has no width and height; expected both in pixels.", nameof(svg));
        }

        var w = double.Parse(width.Groups["value"].Value, CultureInfo.InvariantCulture);
        var h = double.Parse(height.Groups["value"].Value, CultureInfo.InvariantCulture);
        var head = string.Concat(tag.AsSpan(0, width.Index), tag.AsSpan(width.Index + width.Length, height.Index - width.Index - width.Length), tag.AsSpan(height.Index + height.Length)).TrimEnd();
        var viewBox = head.Contains("viewBox=", StringComparison.Ordinal) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {w} {h}\"");
        var replacement = $"{head}{viewBox} width=\"100%\" role=\"img\" aria-label=\"{Html.Escape(label)}\" preserveAspectRatio=\"xMidYMid meet\"";
        return replacement + text[close..];
    }

    [GeneratedRegex(@"(?<lead>\bid=""|url\(#)(?<id>[A-Za-z][A-Za-z0-9_\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Ids();

    [GeneratedRegex(@"\s(?<name>width|height)=""(?<value>[0-9.]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Size();
}
