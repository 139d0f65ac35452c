using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChannelShift.Uncertainty;

namespace ChannelShift.Benchmarks;

/// <summary>
/// A cross-check of issue 6's two Monte Carlo ratios that BenchmarkDotNet cannot take side by side: anchor.json on one
/// thread and on all cores, timed in alternating blocks in one process (a block of runs on one thread, then a block on
/// all cores, and again), so a change in what the shared machine gives (the VMs here swing by a third for minutes at a
/// time) falls on both alike. BenchmarkDotNet measures each case in its own process, one case after another, and its
/// ratios take whatever the machine gave each. Medians of the runs; Stopwatch timing; the same warm-up for both.
/// Run: <c>dotnet run -c Release --project benchmarks/ChannelShift.Benchmarks -- --interleaved [RESULTS_DIR]</c>;
/// writes a markdown table to standard output and, with a directory, interleaved.json for benchmarks/targets.py.
/// </summary>
internal static class InterleavedScaling
{
    private static readonly long[] Sizes = [10_000, 100_000, 1_000_000, 10_000_000];

    internal static int Run(string? resultsDirectory)
    {
        var anchor = RepositoryFiles.ReadScenario("benchmarks/anchor.json");
        var cores = Environment.ProcessorCount;
        var rows = new List<(long Iterations, int Rounds, double One, double All)>();
        foreach (var n in Sizes)
        {
            var one = new MonteCarloOptions(n, 7, threads: 1);
            var all = new MonteCarloOptions(n, 7, threads: cores);

            // Warm-up: at least a second and at least three rounds, so every method is at its final tier.
            var warm = Stopwatch.StartNew();
            for (var k = 0; k < 3 || warm.ElapsedMilliseconds < 1_000; k++)
            {
                MonteCarlo.Run(anchor, one);
                MonteCarlo.Run(anchor, all);
            }

            // Blocks of runs of about 100 ms (at least three runs), one thread and all cores in turn, for about 8 s; the
            // first run of each block is not counted (after a block on one thread the pool's threads have gone to
            // sleep, and waking one takes ~100 µs here), so each configuration is timed as BenchmarkDotNet times it,
            // back to back, while the alternation shares the machine's swings between them.
            var once = Stopwatch.StartNew();
            MonteCarlo.Run(anchor, one);
            var perRun = Math.Max(once.Elapsed.TotalMilliseconds, 0.001);
            var block = (int)Math.Max(3, Math.Ceiling(100 / perRun));
            var blocks = (int)Math.Clamp(8_000 / (perRun * 1.6 * block), 5, 40);
            var onTimes = new List<double>();
            var allTimes = new List<double>();
            for (var b = 0; b < blocks; b++)
            {
                foreach (var (options, times) in new[] { (one, onTimes), (all, allTimes) })
                {
                    for (var k = 0; k < block; k++)
                    {
                        var start = Stopwatch.GetTimestamp();
                        MonteCarlo.Run(anchor, options);
                        if (k > 0)
                        {
                            times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                        }
                    }
                }
            }

            var rounds = onTimes.Count;
            onTimes.Sort();
            allTimes.Sort();
            rows.Add((n, rounds, onTimes[rounds / 2], allTimes[rounds / 2]));
            Console.Error.WriteLine(FormattableString.Invariant($"{n:N0}: {blocks} blocks of {block} runs each way"));
        }

        var table = new List<string>
        {
            FormattableString.Invariant($"| Iterations | Runs timed each way | 1 thread, median | {cores} threads, median | Speed-up | ns per iteration, 1 thread | ns per iteration, {cores} threads |"),
            "|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var (n, rounds, one, all) in rows)
        {
            table.Add(FormattableString.Invariant($"| {n:N0} | {rounds} | {Show(one)} | {Show(all)} | {one / all:F2}× | {one * 1000 / n:F1} | {all * 1000 / n:F1} |"));
        }

        Console.WriteLine(string.Join('\n', table));
        if (resultsDirectory is not null)
        {
            var json = JsonSerializer.Serialize(new
            {
                threads = cores,
                medianMicroseconds = rows.Select(r => new { iterations = r.Iterations, rounds = r.Rounds, oneThread = r.One, allCores = r.All }),
            });
            File.WriteAllText(Path.Combine(resultsDirectory, "interleaved.json"), json);
            File.WriteAllText(Path.Combine(resultsDirectory, "interleaved.md"), string.Join('\n', table) + "\n");
        }

        return 0;
    }

    private static string Show(double microseconds) =>
        microseconds >= 1_000
            ? (microseconds / 1_000).ToString("N1", CultureInfo.InvariantCulture) + " ms"
            : microseconds.ToString("N0", CultureInfo.InvariantCulture) + " µs";
}
