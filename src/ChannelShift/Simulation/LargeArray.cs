using System.Runtime.InteropServices;

namespace ChannelShift.Simulation;

/// <summary>
/// The large working arrays of a Monte Carlo run (8 bytes an iteration each): reused from run to run while the
/// garbage collector leaves them be, and, when new, allocated so that their first touch is cheap (on Linux the
/// array's interior is advised for transparent huge pages).
/// </summary>
/// <remarks>
/// <para>A fresh array is backed by the kernel page by page as it is first written. On the 2-core development VM a
/// 4 KiB page fault costs about 12 µs, so writing 160 MB (two arrays of 10,000,000 iterations) cost about 0.5 s of
/// system time, more than the simulation itself; with <c>madvise(MADV_HUGEPAGE)</c> the same writes took 4–60 ms
/// (benchmarks/README.md). The advice is a hint: where the kernel has transparent huge pages set to <c>never</c>, on
/// other systems, or where the call fails, nothing changes but the speed.</para>
/// <para>The array stays an ordinary managed array: the advice covers the whole 2 MiB pages inside it, and the large
/// object heap does not move arrays unless a compaction is asked for, which the hint survives anyway.</para>
/// </remarks>
internal static class LargeArray
{
    /// <summary>Arrays from 4 MiB are advised (below it, whole huge pages inside are too few to matter).</summary>
    private const long AdviseFrom = 4L << 20;

    private const nint HugePage = 2 << 20;

    /// <summary>MADV_HUGEPAGE in Linux's uapi/asm-generic/mman-common.h.</summary>
    private const int AdviceHugePage = 14;

    private static readonly WeakReference<double[]>?[] Kept = new WeakReference<double[]>?[8];

    private static bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// An array of at least <paramref name="length"/> doubles, with unspecified contents (every element used must be
    /// written before it is read): one given back by an earlier run if one is long enough and still alive, else a new one.
    /// Thread-safe: no two callers get the same array.
    /// </summary>
    internal static double[] Rent(long length)
    {
        for (var i = 0; i < Kept.Length; i++)
        {
            var kept = Interlocked.Exchange(ref Kept[i], null);
            if (kept is not null && kept.TryGetTarget(out var array))
            {
                if (array.Length >= length)
                {
                    return array;
                }

                // Too short for this run: put it back for a smaller one.
                if (Interlocked.CompareExchange(ref Kept[i], kept, null) is not null)
                {
                    continue;
                }
            }
        }

        return Doubles(length);
    }

    /// <summary>Gives an array back for a later run. Held only weakly: the garbage collector may still take it.</summary>
    internal static void Return(double[] array)
    {
        var kept = new WeakReference<double[]>(array);
        for (var i = 0; i < Kept.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Kept[i], kept, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>An uninitialised array of <paramref name="length"/> doubles (every element must be written before it is read).</summary>
    internal static double[] Doubles(long length)
    {
        var array = GC.AllocateUninitializedArray<double>(checked((int)length));
        if (!unavailable && length * sizeof(double) >= AdviseFrom)
        {
            Advise(array);
        }

        return array;
    }

    private static void Advise(double[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            var start = handle.AddrOfPinnedObject();
            var begin = (start + HugePage - 1) & ~(HugePage - 1);
            var end = (start + (nint)((long)array.Length * sizeof(double))) & ~(HugePage - 1);
            if (end > begin)
            {
                _ = Madvise(begin, (nuint)(end - begin), AdviceHugePage);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            unavailable = true;
        }
        finally
        {
            handle.Free();
        }
    }

    [DllImport("libc.so.6", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(nint address, nuint length, int advice);
}
