using System.Runtime.CompilerServices;

namespace ChannelShift.Uncertainty;

/// <summary>One thread's buffers: a column of draws per input, a column per slot the fast path reads, and the
/// chunk's results. Columns are <see cref="MonteCarloOptions.ChunkSize"/> long (a multiple of any vector width).</summary>
internal sealed class ChunkWorker
{
    private readonly SimulationPlan plan;
    private readonly double[][] draws;
    private readonly double[] joint;
    private readonly (int Input, int Slot, double Scale)[] used;
    private readonly double[][] columns;
    private readonly double[] slots;
    private readonly double[] scratch;
    private readonly double[] perYear;
    private readonly double[] cumulative;
    private readonly bool fast;

    internal ChunkWorker(SimulationPlan plan, int inputCount)
    {
        this.plan = plan;
        var size = MonteCarloOptions.ChunkSize;
        draws = new double[inputCount][];
        for (var k = 0; k < inputCount; k++)
        {
            draws[k] = new double[size];
        }

        joint = new double[Math.Max(1, inputCount)];
        used = plan.InputSlots
            .Select((slot, k) => (Input: k, Slot: slot, Scale: plan.InputScales[k]))
            .Where(p => p.Slot >= 0)
            .ToArray();
        fast = plan.FastPath && used.Length > 0;
        slots = (double[])plan.BaseSlots.Clone();
        scratch = new double[plan.ScratchLength];
        cumulative = new double[plan.Years + 1];
        columns = new double[plan.BaseSlots.Length][];
        perYear = fast ? new double[Math.Max(1, plan.ShiftCount) * size] : [];
        if (fast)
        {
            // Uncertain slots read their input's draws; every other slot the fast path reads is a constant column.
            foreach (var (input, slot, _) in used)
            {
                columns[slot] = draws[input];
            }

            foreach (var slot in plan.FastSlots)
            {
                if (columns[slot] is null)
                {
                    columns[slot] = new double[size];
                    Array.Fill(columns[slot], plan.BaseSlots[slot]);
                }
            }
        }

        Npv = new double[size];
        FinalSaving = new double[size];
        Cashable = plan.HasCostBehaviour ? new double[size] : [];
        Measures = plan.HasCostBehaviour ? [Npv, FinalSaving, Cashable] : [Npv, FinalSaving];
    }

    internal double[] Npv { get; }

    internal double[] FinalSaving { get; }

    internal double[] Cashable { get; }

    /// <summary>The chunk's results as the run keeps them, one array per measure: <see cref="Npv"/>,
    /// <see cref="FinalSaving"/> and, with cost behaviour, <see cref="Cashable"/> (the order of <see cref="Tallies"/>).</summary>
    internal double[][] Measures { get; }

    /// <summary>Bucket counts, one array per measure, of the values of the chunks this worker has evaluated in the
    /// current run (see <see cref="OpenTallies"/>).</summary>
    internal int[][] Tallies { get; private set; } = [];

    /// <summary>Makes <paramref name="measures"/> tallies of at least <paramref name="buckets"/> zero counts.</summary>
    internal void OpenTallies(int measures, int buckets)
    {
        if (Tallies.Length < measures)
        {
            Tallies = [.. Tallies, .. new int[measures - Tallies.Length][]];
        }

        for (var k = 0; k < measures; k++)
        {
            if (Tallies[k] is null || Tallies[k].Length < buckets)
            {
                Tallies[k] = new int[buckets];
            }
            else
            {
                Array.Clear(Tallies[k], 0, buckets);
            }
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

    /// <summary>Evaluates the chunk's iterations into <see cref="Npv"/>, <see cref="FinalSaving"/> and
    /// <see cref="Cashable"/>, and the fan's cumulative present values of those among the first
    /// <paramref name="fanCount"/> iterations (stored year-major: year t of iteration i at t × fanCount + i).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Evaluate(long start, int count, int fanCount, int years, double[] fan)
    {
        if (fast)
        {
            foreach (var (input, _, scale) in used)
            {
                if (scale != 1)
                {
                    var column = draws[input].AsSpan(0, count);
                    for (var i = 0; i < column.Length; i++)
                    {
                        column[i] *= scale;
                    }
                }
            }

            var width = System.Numerics.Vector<double>.Count;
            var length = (count + width - 1) / width * width;
            var size = MonteCarloOptions.ChunkSize;
            plan.EvaluateFastColumns(columns, length, Npv, FinalSaving, perYear, size);
            var inFan = (int)Math.Clamp(fanCount - start, 0, count);
            if (inFan > 0)
            {
                plan.CumulativeFastColumns(columns, perYear, size, inFan, fan.AsSpan((int)start), fanCount);
            }

            return;
        }

        for (var i = 0; i < count; i++)
        {
            // Only the uncertain slots change; the others keep their base values (Evaluate never writes them).
            foreach (var (input, slot, scale) in used)
            {
                slots[slot] = draws[input][i] * scale;
            }

            var index = start + i;
            var withFan = index < fanCount;
            Npv[i] = plan.Evaluate(slots, scratch, withFan ? cumulative : Span<double>.Empty, out var cashableNpv, out var saving);
            FinalSaving[i] = saving;
            if (Cashable.Length > 0)
            {
                Cashable[i] = cashableNpv;
            }

            if (withFan)
            {
                StoreFan(fan, fanCount, years, (int)index);
            }
        }
    }

    private void StoreFan(double[] fan, int fanCount, int years, int index)
    {
        for (var t = 0; t <= years; t++)
        {
            fan[(t * fanCount) + index] = cumulative[t];
        }
    }
}
