using ChannelShift.Uncertainty;

namespace ChannelShift.Tests.Uncertainty;

public sealed class ChunkTeamTests
{
    private sealed class Worker
    {
        public int Chunks { get; set; }
    }

    [Theory]
    [InlineData(1, 7, 2)]
    [InlineData(2, 1, 0)]
    [InlineData(2, 10, 2)]
    [InlineData(3, 50, 3)]
    [InlineData(8, 3, 5)]
    public void Run_AnyThreads_RunsEveryChunkOnceThenEveryJobOnce(int threads, int chunks, int jobs)
    {
        var ran = new int[chunks];
        var jobRuns = new int[jobs];
        var handedBack = 0;
        var taken = 0;
        var chunksSeenByJobs = new int[jobs];
        ChunkTeam<Worker>.Run(
            threads,
            chunks,
            jobs,
            () =>
            {
                Interlocked.Increment(ref taken);
                return new Worker();
            },
            (chunk, worker) =>
            {
                Interlocked.Increment(ref ran[chunk]);
                worker.Chunks++;
            },
            worker => Interlocked.Add(ref handedBack, worker.Chunks),
            job =>
            {
                // A job starts only once every chunk has run and every worker has been handed back.
                chunksSeenByJobs[job] = Volatile.Read(ref handedBack);
                Interlocked.Increment(ref jobRuns[job]);
            },
            TestContext.Current.CancellationToken);

        ran.Should().Equal(Enumerable.Repeat(1, chunks));
        jobRuns.Should().Equal(Enumerable.Repeat(1, jobs));
        handedBack.Should().Be(chunks);
        taken.Should().BeInRange(Math.Min(1, chunks), Math.Min(threads, chunks));
        chunksSeenByJobs.Should().Equal(Enumerable.Repeat(chunks, jobs));
    }

    [Fact]
    public void Run_Cancelled_ThrowsOperationCanceledAndRunsNoJob()
    {
        using var source = new CancellationTokenSource();
        var jobs = 0;
        var act = () => ChunkTeam<Worker>.Run(
            2,
            1_000,
            2,
            () => new Worker(),
            (chunk, _) =>
            {
                if (chunk == 3)
                {
                    source.Cancel();
                }
            },
            _ => { },
            _ => Interlocked.Increment(ref jobs),
            source.Token);

        act.Should().Throw<OperationCanceledException>();
        jobs.Should().Be(0);
    }

    [Fact]
    public void Run_ChunkThrows_RethrowsItAsItWas()
    {
        var act = () => ChunkTeam<Worker>.Run(
            2,
            100,
            1,
            () => new Worker(),
            (chunk, _) =>
            {
                if (chunk == 5)
                {
                    throw new InvalidOperationException("chunk 5 failed");
                }
            },
            _ => { },
            _ => { },
            TestContext.Current.CancellationToken);

        act.Should().Throw<InvalidOperationException>().WithMessage("chunk 5 failed");
    }
}
