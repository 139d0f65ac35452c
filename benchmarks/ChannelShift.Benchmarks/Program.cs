using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

// Runs the suite: `dotnet run -c Release --project benchmarks/ChannelShift.Benchmarks -- --filter '*'`.
// Results (GitHub markdown with the median, and brief JSON) go to BenchmarkDotNet.Artifacts/results under the
// working directory (run it from the repository root; benchmarks/run-all.sh copies them to benchmarks/results).
// CHANNELSHIFT_BENCH_EXCLUDE_CATEGORIES (comma-separated) leaves out benchmarks of those categories, e.g.
// `TenMillion` for CI's smoke run (benchmarks/smoke). The exit code is 1 if any benchmark failed.

IConfig config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median)
    .AddExporter(JsonExporter.Brief)
    .WithCultureInfo(CultureInfo.InvariantCulture);
if (!config.GetExporters().Contains(MarkdownExporter.GitHub))
{
    config = config.AddExporter(MarkdownExporter.GitHub);
}

var excluded = (Environment.GetEnvironmentVariable("CHANNELSHIFT_BENCH_EXCLUDE_CATEGORIES") ?? string.Empty)
    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
if (excluded.Length > 0)
{
    config = config.AddFilter(new SimpleFilter(b => !b.Descriptor.Categories.Any(c => excluded.Contains(c, StringComparer.OrdinalIgnoreCase))));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
var failures = summaries
    .SelectMany(s => s.BenchmarksCases
        .Where(b => s.Reports.FirstOrDefault(r => r.BenchmarkCase == b) is not { Success: true })
        .Select(b => b.DisplayInfo)
        .Concat(s.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message)))
    .ToList();
foreach (var failure in failures)
{
    Console.Error.WriteLine($"benchmark failed: {failure}");
}

return failures.Count == 0 ? 0 : 1;
