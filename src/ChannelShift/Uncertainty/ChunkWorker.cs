using System.Runtime.CompilerServices;
using ChannelShift.Appraisal;

namespace ChannelShift.Uncertainty;

/// <summary>One thread's buffers in a Monte Carlo run: a column of draws per uncertain input, the ledger's working
/// arrays (or, on the fast path, a column per slot it reads), and the chunk's results. Columns are
/// <see cref="MonteCarloOptions.ChunkSize"/> long (a multiple of any vector width). Owned by one run.</summary>
internal sealed class ChunkWorker
{
    private readonly LedgerPlan plan;
    private readonly FastPath? fast;
    private readonly double[][] draws;
    private readonly double[] joint;
    private readonly int[] slotOfInput;
    private readonly Rebasing[] rebasingOfInput;
    private readonly double[][] columns;
    private readonly double[] slots;
    private readonly LedgerScratch<double> scratch;
    private readonly double[] perYear;
    private readonly bool cashable;

    /// <summary>A worker for a run.</summary>
    /// <param name="plan">The compiled option.</param>
    /// <param name="fast">Its fast path, or null (never on the cashable basis: a fast path has no cost behaviour).</param>
    /// <param name="slotOfInput">The slot of each uncertain input, or −1.</param>
    /// <param name="cashable">Whether the run reports the cashable basis.</param>
    internal ChunkWorker(LedgerPlan plan, FastPath? fast, int[] slotOfInput, bool cashable)
    {
        this.plan = plan;
        this.cashable = cashable;
        this.fast = fast;
        this.slotOfInput = slotOfInput;
        var size = MonteCarloOptions.ChunkSize;
        var inputCount = slotOfInput.Length;
        draws = new double[inputCount][];
        for (var k = 0; k < inputCount; k++)
        {
            draws[k] = new double[size];
        }

        joint = new double[Math.Max(1, inputCount)];
        slots = plan.PointValues<double>().ToArray();
        scratch = new LedgerScratch<double>(plan);
        columns = new double[slots.Length][];

        // A unit cost is drawn in the prices of its own year; the fast path reads it rebased to the price base.
        rebasingOfInput = Array.ConvertAll(slotOfInput, slot => RebasingOf(plan, slot));
        perYear = fast is null ? [] : new double[Math.Max(1, fast.ShiftCount) * size];
        if (fast is not null)
        {
            // Uncertain slots read their input's draws; every other slot the fast path reads is a constant column.
            for (var k = 0; k < inputCount; k++)
            {
                if (slotOfInput[k] >= 0)
                {
                    columns[slotOfInput[k]] = draws[k];
                }
            }

            var constants = plan.Constants<double>();
            foreach (var slot in fast.Slots)
            {
                if (columns[slot] is null)
                {
                    var rebasing = RebasingOf(plan, slot);
                    var channel = Array.IndexOf(plan.UnitCostSlot, slot);
                    var value = channel < 0 ? slots[slot] : rebasing.Apply(slots[slot], constants.RebaseFactor[channel], constants.RebaseDivisor[channel]);
                    columns[slot] = new double[size];
                    Array.Fill(columns[slot], value);
                }
            }
        }

        Npv = new double[size];
        FinalSaving = new double[size];
        Measures = [Npv, FinalSaving];
    }

    /// <summary>The draws of the chunk drawn last, one column per uncertain input, in the file's terms until
    /// <see cref="Evaluate"/> (the fast path rebases unit costs in place).</summary>
    internal double[][] Draws => draws;

    internal double[] Npv { get; }

    internal double[] FinalSaving { get; }

    /// <summary>The chunk's results as the run keeps them, one array per measure: <see cref="Npv"/> and
    /// <see cref="FinalSaving"/>, on the run's basis (the order of <see cref="Tallies"/>).</summary>
    internal double[][] Measures { get; }

    /// <summary>Bucket counts, one array per measure, of the values of the chunks this worker has evaluated.</summary>
    internal int[][] Tallies { get; private set; } = [];

    /// <summary>Makes <paramref name="measures"/> tallies of <paramref name="buckets"/> zero counts.</summary>
    internal void OpenTallies(int measures, int buckets)
    {
        Tallies = new int[measures][];
        for (var k = 0; k < measures; k++)
        {
            Tallies[k] = new int[buckets];
        }
    }

    /// <summary>Draws <paramref name="count"/> values of every input: independent inputs one after another (all of
    /// the first input's draws, then the second's), or one joint draw per iteration through the copula.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Draw(RandomStream random, IReadOnlyList<UncertainInput> inputs, GaussianCopula? copula, int count)
    {
        if (copula is null)
        {
            for (var k = 0; k < inputs.Count; k++)
            {
                inputs[k].Distribution.Sample(random, draws[k].AsSpan(0, count));
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            copula.Sample(random, joint.AsSpan(0, inputs.Count));
            for (var k = 0; k < inputs.Count; k++)
            {
                draws[k][i] = joint[k];
            }
        }
    }

    /// <summary>Evaluates the chunk's iterations into <see cref="Npv"/> and <see cref="FinalSaving"/>, and the fan's cumulative present values of those among the first
    /// <paramref name="fanCount"/> iterations (stored year-major: year t of iteration i at t × fanCount + i).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Evaluate(long start, int count, int fanCount, double[] fan)
    {
        if (fast is not null)
        {
            var constants = plan.Constants<double>();
            for (var k = 0; k < draws.Length; k++)
            {
                var channel = slotOfInput[k] < 0 ? -1 : Array.IndexOf(plan.UnitCostSlot, slotOfInput[k]);
                if (channel >= 0 && rebasingOfInput[k].Kind != RebasingKind.None)
                {
                    var column = draws[k].AsSpan(0, count);
                    for (var i = 0; i < column.Length; i++)
                    {
                        column[i] = rebasingOfInput[k].Apply(column[i], constants.RebaseFactor[channel], constants.RebaseDivisor[channel]);
                    }
                }
            }

            var width = System.Numerics.Vector<double>.Count;
            var length = (count + width - 1) / width * width;
            var size = MonteCarloOptions.ChunkSize;
            fast.EvaluateColumns(columns, length, Npv, FinalSaving, perYear, size);
            var inFan = (int)Math.Clamp(fanCount - start, 0, count);
            if (inFan > 0)
            {
                fast.CumulativeColumns(columns, perYear, size, inFan, fan.AsSpan((int)start), fanCount);
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            // Only the uncertain slots change; the others keep their point values.
            for (var k = 0; k < draws.Length; k++)
            {
                if (slotOfInput[k] >= 0)
                {
                    slots[slotOfInput[k]] = draws[k][i];
                }
            }

            var index = start + i;
            var sink = new MonteCarloSink(index < fanCount ? fan : null, (int)index, fanCount, plan.Years, cashable);
            Ledger.Run(plan, slots, scratch, ref sink);
            Npv[i] = sink.Npv;
            FinalSaving[i] = sink.FinalYearSaving;
        }
    }

    private static Rebasing RebasingOf(LedgerPlan plan, int slot)
    {
        var channel = slot < 0 ? -1 : Array.IndexOf(plan.UnitCostSlot, slot);
        return channel < 0 ? default : plan.UnitCostRebasing[channel];
    }

    /// <summary>What a run keeps of an iteration on its basis: the NPV, the final year's saving, and the cumulative
    /// present value of each year for the fan.</summary>
    private struct MonteCarloSink(double[]? fan, int index, int fanStride, int years, bool cashable) : ILedgerSink<double>
    {
        internal double Npv;
        internal double FinalYearSaving;

        // Inlined into the ledger, which is compiled optimised at once: called on its own, it would run (and call the
        // year's getters) as precompiled or tier-0 code for most of a run.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Year(in LedgerYear<double> year)
        {
            var cumulative = cashable ? year.CumulativeCashablePresentValue : year.CumulativePresentValue;
            if (fan is not null)
            {
                fan[(year.Year * fanStride) + index] = cumulative;
            }

            if (year.Year == years)
            {
                Npv = cumulative;
                FinalYearSaving = cashable ? year.CashableSaving : year.Saving;
            }
        }

        public readonly void Staffed(int year, Channel channel, double fteBusinessAsUsual, double fte)
        {
        }

        public readonly void StaffReleased(int year, Channel channel, int released, int fewer, double releaseCost)
        {
        }

        public readonly void StepClosed(int year, Channel channel, FixedStep step, double volume, int? businessAsUsualYear)
        {
        }

        public readonly void StepKeptOpen(int year, Channel channel, FixedStep step, double businessAsUsualVolume, double volume)
        {
        }
    }
}
