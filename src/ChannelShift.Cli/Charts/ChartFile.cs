using System.Text;
using System.Text.RegularExpressions;

namespace ChannelShift.Cli.Charts;

/// <summary>
/// Where a chart goes: the format from the file's extension, and the rules for writing it (never overwrite an
/// existing file unless forced; a missing folder is the user's mistake, not a fault). Every problem is a
/// <see cref="UserInputException"/> naming the path.
/// </summary>
internal static partial class ChartFile
{
    /// <summary>The extensions a chart file may have, as a user reads them.</summary>
    internal const string AllowedExtensions = ".png or .svg";

    /// <summary>The format for <paramref name="path"/>: .png or .svg, in any letter case.</summary>
    /// <exception cref="UserInputException">The path is empty or has another extension (or none).</exception>
    internal static ChartFormat FormatOf(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserInputException($"chart file: no file name given; expected a file name ending in {AllowedExtensions}.");
        }

        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".png", StringComparison.OrdinalIgnoreCase))
        {
            return ChartFormat.Png;
        }

        if (string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            return ChartFormat.Svg;
        }

        throw new UserInputException(extension.Length == 0
            ? $"{path}: the chart file has no extension; expected {AllowedExtensions}."
            : $"{path}: {extension} is not a chart format; expected {AllowedExtensions}.");
    }

    /// <summary>
    /// Checks, before any drawing, that <paramref name="path"/> can be written: its folder exists, it is not a folder,
    /// and it does not exist unless <paramref name="force"/>. Returns its format.
    /// </summary>
    /// <exception cref="UserInputException">One of those is not so.</exception>
    internal static ChartFormat Check(string path, bool force)
    {
        var format = FormatOf(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new UserInputException($"{path}: is a folder; expected a chart file name ending in {AllowedExtensions}.");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UserInputException($"{path}: the folder {folder} does not exist; create it first or choose another path.");
        }

        if (!force && File.Exists(full))
        {
            throw new UserInputException($"{path}: the file already exists; use --force to overwrite it.");
        }

        return format;
    }

    /// <summary>
    /// Writes the chart. Without <paramref name="force"/> the file is created only if it does not exist (checked by
    /// the file system at the moment of creation, so a file that appeared since <see cref="Check"/> is not overwritten).
    /// </summary>
    /// <exception cref="UserInputException">The file exists (without force), the folder is missing, or writing is not allowed.</exception>
    internal static void Write(string path, ReadOnlySpan<byte> bytes, bool force)
    {
        try
        {
            using var stream = new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
        }
        catch (DirectoryNotFoundException)
        {
            throw new UserInputException($"{path}: the folder {Path.GetDirectoryName(Path.GetFullPath(path))} does not exist; create it first or choose another path.");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UserInputException($"{path}: cannot be written ({ex.Message}).", ex);
        }
        catch (IOException ex) when (!force && File.Exists(path))
        {
            throw new UserInputException($"{path}: the file already exists; use --force to overwrite it.", ex);
        }
    }

    /// <summary>
    /// Skia numbers an SVG's clip paths from a process-wide counter ("cl_4", then "cl_e" in the next chart), so the
    /// same chart would come out different each time. Renumbers every <c>id="prefix_hex"</c> and its
    /// <c>url(#prefix_hex)</c> references from 1 in order of appearance: the same data give the same file.
    /// </summary>
    internal static string RenumberSvgIds(string svg)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        return SvgId().Replace(svg, match =>
        {
            var id = match.Value;
            if (!numbers.TryGetValue(id, out var renumbered))
            {
                renumbered = $"{match.Groups["prefix"].Value}_{(numbers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                numbers.Add(id, renumbered);
            }

            return renumbered;
        });
    }

    /// <summary>The bytes of an SVG document as written: UTF-8 without a byte-order mark.</summary>
    internal static byte[] SvgBytes(string svg) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(svg);

    [GeneratedRegex(@"(?<=\bid=""|url\(#)(?<prefix>[A-Za-z]+)_[0-9a-fA-F]+(?=[""\)])", RegexOptions.CultureInvariant)]
    private static partial Regex SvgId();
}
