using System.Runtime.ExceptionServices;

namespace ChannelShift.Uncertainty;

/// <summary>
/// Runs a simulation's chunks, then its summary jobs, on the calling thread and up to threads − 1 thread-pool threads
/// working as one team: each thread claims the next chunk until none is left, hands its worker back (merging what the
/// worker counted), and once every chunk is in, claims the next summary job. One fork and one join a run: the threads
/// wait for each other between the two phases by spinning rather than going back to the pool, because on the virtual
/// machines this is measured on a pool thread that has gone to sleep takes about 100 µs to wake (about 2 µs while it
/// is still spinning), a third of a 10,000-iteration run. A pool thread that starts late claims whatever is left; the
/// calling thread never waits for a thread that has not started.
/// </summary>
/// <remarks>Which thread runs which chunk or job changes from run to run; the results do not, because every chunk
/// writes only its own slots and every count merged is an integer.</remarks>
/// <typeparam name="TWorker">What a thread computes a chunk with (in a simulation, a <see cref="ChunkWorker"/>).</typeparam>
internal sealed class ChunkTeam<TWorker>
    where TWorker : class
{
    private readonly int chunks;
    private readonly int jobs;
    private readonly Func<TWorker> take;
    private readonly Action<int, TWorker> step;
    private readonly Action<TWorker> giveBack;
    private readonly Action<int> job;
    private readonly CancellationToken cancellationToken;
    private int nextChunk = -1;
    private int chunksIn;
    private int nextJob = -1;
    private int jobsDone;
    private int active;
    private volatile bool stop;
    private Exception? failure;

    private ChunkTeam(int chunks, int jobs, Func<TWorker> take, Action<int, TWorker> step, Action<TWorker> giveBack, Action<int> job, CancellationToken cancellationToken)
    {
        this.chunks = chunks;
        this.jobs = jobs;
        this.take = take;
        this.step = step;
        this.giveBack = giveBack;
        this.job = job;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Runs chunks 0 … <paramref name="chunks"/> − 1, then jobs 0 … <paramref name="jobs"/> − 1, on up to
    /// <paramref name="threads"/> threads, and returns when all are done.</summary>
    /// <param name="threads">Threads, 1 or more (the calling thread is one of them).</param>
    /// <param name="chunks">Chunks to run.</param>
    /// <param name="jobs">Jobs to run once every chunk is done and every worker handed back.</param>
    /// <param name="take">Gives a thread its worker (called at most once a thread, before its first chunk).</param>
    /// <param name="step">Runs one chunk with the thread's worker.</param>
    /// <param name="giveBack">Takes a thread's worker back after its last chunk.</param>
    /// <param name="job">Runs one job.</param>
    /// <param name="cancellationToken">Stops the run between chunks or jobs.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    internal static void Run(int threads, int chunks, int jobs, Func<TWorker> take, Action<int, TWorker> step, Action<TWorker> giveBack, Action<int> job, CancellationToken cancellationToken)
    {
        var team = new ChunkTeam<TWorker>(chunks, jobs, take, step, giveBack, job, cancellationToken);
        var helpers = Math.Min(threads, Math.Max(chunks, jobs)) - 1;
        for (var k = 0; k < helpers; k++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static t => t.Work(), team, preferLocal: false);
        }

        team.Work();

        // Every chunk and job claimed is done once the counts say so; after a failure or a cancellation, once no
        // thread is still inside one (a thread that starts later finds nothing to claim and touches nothing).
        var spin = default(SpinWait);
        while (team.stop ? Volatile.Read(ref team.active) > 0 : Volatile.Read(ref team.jobsDone) < jobs)
        {
            spin.SpinOnce(sleep1Threshold: -1);
        }

        if (team.failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Work()
    {
        Interlocked.Increment(ref active);
        try
        {
            TWorker? worker = null;
            var mine = 0;
            try
            {
                int chunk;
                while (!stop && (chunk = Interlocked.Increment(ref nextChunk)) < chunks)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        stop = true;
                        break;
                    }

                    worker ??= take();
                    step(chunk, worker);
                    mine++;
                }
            }
            finally
            {
                if (worker is not null)
                {
                    giveBack(worker);
                }

                Interlocked.Add(ref chunksIn, mine);
            }

            var spin = default(SpinWait);
            while (!stop && Volatile.Read(ref chunksIn) < chunks)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }

            int next;
            while (!stop && (next = Interlocked.Increment(ref nextJob)) < jobs)
            {
                job(next);
                Interlocked.Increment(ref jobsDone);
            }
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            stop = true;
        }
        finally
        {
            Interlocked.Decrement(ref active);
        }
    }
}
