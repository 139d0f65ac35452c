using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace ChannelShift.Cli.Tests.Commands;

/// <summary>
/// <c>simulate</c> as a process on each of the simulation's vector code paths, selected by the runtime's switches,
/// against the path a modern x86-64 processor takes by default (256-bit <c>Vector&lt;T&gt;</c>). Each run's own process
/// reports which widths its runtime accelerated (<see cref="StartupHook"/>), so a switch that stops working fails the
/// test instead of quietly testing the same path twice.
/// </summary>
/// <remarks>
/// The paths, as measured on .NET 10 on an x86-64 Xeon with AVX-512 (<c>Vector128/256/512.IsHardwareAccelerated</c>,
/// <c>Vector.IsHardwareAccelerated</c>, <c>Vector&lt;double&gt;.Count</c>):
/// no switch: true, true, true, true, 4 (<c>Vector&lt;T&gt;</c> stays 256 bits unless asked for more);
/// <c>DOTNET_MaxVectorTBitWidth=512</c>: true, true, true, true, 8;
/// <c>DOTNET_MaxVectorTBitWidth=128</c>: true, true, true, true, 2;
/// <c>DOTNET_EnableAVX512=0</c>: true, true, false, true, 4;
/// <c>DOTNET_EnableAVX2=0</c>: true, false, false, true, 2 (it takes AVX-512 and FMA with it);
/// <c>DOTNET_EnableHWIntrinsic=0</c>: false, false, false, false, 2 (software vectors of two lanes).
/// <c>DOTNET_EnableAVX512F=0</c> and <c>DOTNET_EnableFMA=0</c>, switches of earlier runtimes, do nothing on this one,
/// so they are not used.
/// </remarks>
public class VectorPathTests
{
    private const string ReportVariable = "CHANNELSHIFT_VECTOR_REPORT";

    // Iterations not a multiple of 8, 4 or 2, so every width also takes its padded last vector.
    private const string Iterations = "20003";

    // Each path: the switch (and value) that selects it, what its process must report, and whether it has the
    // instructions the default path has (without AVX2, the BCL's Vector.Log and Vector.Exp take other instructions).
    private static readonly Dictionary<string, (string? Switch, string Value, VectorReport Expected, bool SameInstructions)> Paths = new()
    {
        ["scalar"] = ("DOTNET_EnableHWIntrinsic", "0", new VectorReport(false, false, false, false, 2), false),
        ["128-bit without AVX2"] = ("DOTNET_EnableAVX2", "0", new VectorReport(true, false, false, true, 2), false),
        ["128-bit"] = ("DOTNET_MaxVectorTBitWidth", "128", new VectorReport(true, true, null, true, 2), true),
        ["256-bit without AVX-512"] = ("DOTNET_EnableAVX512", "0", new VectorReport(true, true, false, true, 4), true),
        ["256-bit"] = (null, "", new VectorReport(true, true, null, true, 4), true),
        ["512-bit"] = ("DOTNET_MaxVectorTBitWidth", "512", new VectorReport(true, true, true, true, 8), true),
    };

    // The runtime switches that choose a path: each run sets its own and clears any the test host inherited.
    private static readonly string[] Switches = ["DOTNET_EnableHWIntrinsic", "DOTNET_EnableAVX2", "DOTNET_EnableAVX512", "DOTNET_EnableAVX512F", "DOTNET_EnableFMA", "DOTNET_MaxVectorTBitWidth", "DOTNET_PreferredVectorBitWidth", "DOTNET_EnableAVX"];

    private static readonly Dictionary<string, Lazy<string>> Default = new()
    {
        ["benchmarks/anchor.json"] = new(() => Simulate("benchmarks/anchor.json", "256-bit")),
        ["docs/examples/waste-services-uncertain.json"] = new(() => Simulate("docs/examples/waste-services-uncertain.json", "256-bit")),
    };

    [Theory]
    // benchmarks/anchor.json takes the fast path (FastPath.For: no cost behaviour, no digital exclusion, and neither
    // growth, discount rate nor a take-up's years varies). waste-services-uncertain.json takes the general path, the
    // ledger run per iteration: its demand growth and take-up years vary; its correlation also draws through the
    // Gaussian copula (StandardNormal's vectorised quantile).
    [InlineData("benchmarks/anchor.json", "scalar")]
    [InlineData("benchmarks/anchor.json", "128-bit without AVX2")]
    [InlineData("benchmarks/anchor.json", "128-bit")]
    [InlineData("benchmarks/anchor.json", "256-bit without AVX-512")]
    [InlineData("benchmarks/anchor.json", "512-bit")]
    [InlineData("docs/examples/waste-services-uncertain.json", "scalar")]
    [InlineData("docs/examples/waste-services-uncertain.json", "128-bit without AVX2")]
    [InlineData("docs/examples/waste-services-uncertain.json", "128-bit")]
    [InlineData("docs/examples/waste-services-uncertain.json", "256-bit without AVX-512")]
    [InlineData("docs/examples/waste-services-uncertain.json", "512-bit")]
    public void Simulate_VectorPath_AgreesWithTheDefaultPath(string scenario, string path)
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            Assert.Skip("The switches that choose the 128-, 256- and 512-bit paths are the x86-64 runtime's.");
        }

        if (!Vector256.IsHardwareAccelerated)
        {
            Assert.Skip("This processor has no accelerated 256-bit vectors (AVX2), so there is no default 256-bit path to compare with.");
        }

        if (path is "512-bit" or "256-bit without AVX-512" && !Vector512.IsHardwareAccelerated)
        {
            Assert.Skip($"This processor has no accelerated 512-bit vectors (AVX-512), so there is no {path} path to run.");
        }

        var output = Simulate(scenario, path);

        var expected = Default[scenario].Value;
        if (Paths[path].SameInstructions)
        {
            // Exactly: with the same instructions available, every step is independent of how many lanes a vector has.
            // A draw is a kernel applied lane by lane with the same IEEE operations and the BCL's Vector.Log/Exp, which
            // give the same bits in each lane at every width (VectorKernelTests); the fast path evaluates each iteration
            // in its own lane; a chunk's sums run in four fixed lanes whatever the width (ChunkSummary); minimum and
            // maximum are exact in any order and the percentiles' bucket counts are integers.
            output.Should().Be(expected, $"the {path} path should write what the default 256-bit path writes");
        }
        else
        {
            // Within a penny: without AVX2 (whose switch takes FMA and AVX-512 with it) and in software (scalar), the
            // BCL's Vector.Log and Vector.Exp round differently in the last bits, so a draw and the NPV
            // computed from it may differ by a few ulps: measured with seed 7 over 20,000 iterations, at most 6.2e-16
            // relative and 1.5e-8 pounds, in 228 of 20,000 NPVs. A mean, a standard deviation or a percentile (one of
            // the values) then moves by about as little, and rounding it to the penny changes it by at most a penny.
            // A probability counts NPVs above a bar: it could move by 1/iterations (5e-5) if an NPV lay within 1e-8 of
            // the bar, and is held to that bound.
            Within(JsonDocument.Parse(output).RootElement, JsonDocument.Parse(expected).RootElement, "$", 0.01, path);
        }
    }

    /// <summary>Every value of <paramref name="actual"/> is that of <paramref name="expected"/>, a number within
    /// <paramref name="tolerance"/>.</summary>
    private static void Within(JsonElement actual, JsonElement expected, string at, double tolerance, string path)
    {
        actual.ValueKind.Should().Be(expected.ValueKind, $"{at} on the {path} path");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                actual.EnumerateObject().Select(p => p.Name).Should().Equal(expected.EnumerateObject().Select(p => p.Name), $"{at} on the {path} path");
                foreach (var property in expected.EnumerateObject())
                {
                    Within(actual.GetProperty(property.Name), property.Value, $"{at}.{property.Name}", tolerance, path);
                }

                break;
            case JsonValueKind.Array:
                actual.GetArrayLength().Should().Be(expected.GetArrayLength(), $"{at} on the {path} path");
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    Within(actual[i], expected[i], $"{at}[{i}]", tolerance, path);
                }

                break;
            case JsonValueKind.Number:
                // A probability moves by whole NPVs crossing its bar, 1/iterations each, not by pence.
                var bound = at.Contains("probability", StringComparison.OrdinalIgnoreCase) ? 1.0 / double.Parse(Iterations, System.Globalization.CultureInfo.InvariantCulture) : tolerance;
                actual.GetDouble().Should().BeApproximately(expected.GetDouble(), bound, $"{at} on the {path} path");
                break;
            default:
                actual.GetRawText().Should().Be(expected.GetRawText(), $"{at} on the {path} path");
                break;
        }
    }

    /// <summary>Runs <c>simulate --format json</c> on one path, checks from inside the process that the runtime took it,
    /// and returns the output.</summary>
    private static string Simulate(string scenario, string path)
    {
        var (name, value, expected, _) = Paths[path];
        var report = Path.Combine(Path.GetTempPath(), $"channelshift-vector-{Guid.NewGuid():N}.txt");
        var environment = Switches.ToDictionary(s => s, string? (_) => null);
        if (name is not null)
        {
            environment[name] = value;
        }

        environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        environment[ReportVariable] = report;
        try
        {
            var (code, output, error) = ProcessTests.RunIn(environment, "simulate", Path.Combine(Support.Repository.Root, scenario), "--iterations", Iterations, "--seed", "7", "--format", "json");

            code.Should().Be(0, error);
            error.Should().BeEmpty();
            File.Exists(report).Should().BeTrue("the startup hook should have reported the app's vector widths");
            var actual = VectorReport.Parse(File.ReadAllText(report));
            actual.Should().Match<VectorReport>(r => expected.Matches(r), $"the {path} run should have had {expected}, and had {actual}");
            return output;
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>What a process's runtime accelerated; a null <see cref="Vector512"/> accepts either.</summary>
    private sealed record VectorReport(bool Vector128, bool Vector256, bool? Vector512, bool Vector, int DoubleCount)
    {
        public static VectorReport Parse(string text)
        {
            var parts = text.Split(' ');
            return new VectorReport(bool.Parse(parts[0]), bool.Parse(parts[1]), bool.Parse(parts[2]), bool.Parse(parts[3]), int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture));
        }

        public bool Matches(VectorReport other) =>
            Vector128 == other.Vector128 && Vector256 == other.Vector256 && (Vector512 is null || Vector512 == other.Vector512) && Vector == other.Vector && DoubleCount == other.DoubleCount;
    }
}
