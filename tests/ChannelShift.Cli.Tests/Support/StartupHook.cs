using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;

/// <summary>
/// A .NET startup hook that <c>VectorPathTests</c> loads into the app's own process (<c>DOTNET_STARTUP_HOOKS</c> naming
/// this test assembly): before the app's <c>Main</c> runs, it writes which vector widths the runtime accelerates in that
/// process to the file named by <c>CHANNELSHIFT_VECTOR_REPORT</c>, so a test knows which code path the app's own
/// simulation took rather than trusting that an environment switch did what it says. It touches only the BCL, so none of
/// the test assembly's dependencies is loaded into the app.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime finds a startup hook by the name StartupHook, outside any namespace.")]
internal static class StartupHook
{
    /// <summary>Called by the runtime before the app's entry point.</summary>
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("CHANNELSHIFT_VECTOR_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Create(
                CultureInfo.InvariantCulture,
                $"{Vector128.IsHardwareAccelerated} {Vector256.IsHardwareAccelerated} {Vector512.IsHardwareAccelerated} {Vector.IsHardwareAccelerated} {Vector<double>.Count}"));
        }
    }
}
