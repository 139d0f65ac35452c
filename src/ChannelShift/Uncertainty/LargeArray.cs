using System.Buffers;
using System.Runtime.InteropServices;

namespace ChannelShift.Uncertainty;

/// <summary>
/// The large working arrays of a Monte Carlo run (8 bytes an iteration each): rented from the shared array pool, so
/// that repeated runs reuse them, and advised so that their first touch is cheap (on Linux the array's interior is
/// advised for transparent huge pages).
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

    private static bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// An array of at least <paramref name="length"/> doubles, with unspecified contents (every element used must be
    /// written before it is read), from <see cref="ArrayPool{T}.Shared"/>: an array given back by an earlier run when
    /// one of the size is there. The shared pool keeps arrays until the garbage collector finds them unused for a while
    /// or memory is short, so repeated runs do not write fresh memory each time (which a weak cache did not ensure: a
    /// run's own large allocations start the full collections that emptied it). A new array's interior is advised for
    /// huge pages.
    /// </summary>
    internal static double[] Rent(long length)
    {
        var array = ArrayPool<double>.Shared.Rent(checked((int)length));
        if (!unavailable && length * sizeof(double) >= AdviseFrom)
        {
            Advise(array);
        }

        return array;
    }

    /// <summary>Gives an array from <see cref="Rent"/> back to the pool (it must not be used afterwards).</summary>
    internal static void Return(double[] array) => ArrayPool<double>.Shared.Return(array);

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
