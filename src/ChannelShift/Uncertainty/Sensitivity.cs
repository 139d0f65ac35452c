using System.Globalization;
using System.Runtime.CompilerServices;
using ChannelShift.Appraisal;
using MathNet.Numerics.RootFinding;

namespace ChannelShift.Uncertainty;

/// <summary>
/// Sensitivity analysis (HM Treasury Green Book): a tornado — each uncertain input swung across its P10–P90, or a stated
/// low–high for a plain number, the rest at their means, sorted by the swing of NPV — and switching values, the value
/// of each input at which NPV is zero, found by Brent's method (MathNet.Numerics) after a scan of the input's range for
/// a sign change. Without distributions or stated ranges, every non-zero number that can vary is swung ±20% (and the
/// result says so).
/// </summary>
public static class Sensitivity
{
    /// <summary>The default swing of a plain number when no range is stated: ±20%.</summary>
    public const double DefaultSwing = 0.2;

    /// <summary>Analyses one option.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="ranges">Stated ranges for plain numbers, or null.</param>
    /// <param name="option">The option's index; by default the option <see cref="Appraiser.Appraise"/> ranks first.</param>
    /// <param name="basis">The basis whose NPV is swung and switched; by default <see cref="Appraiser.DefaultBasis"/>.</param>
    /// <param name="progress">Told the fraction of the inputs done (0 to 1) after each input is swung and its switching
    /// value found; null for none.</param>
    /// <param name="cancellationToken">Stops the analysis between two inputs.</param>
    /// <returns>The tornado and switching values.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static SensitivityResult Analyse(Scenario scenario, IReadOnlyList<SwingRange>? ranges = null, int? option = null, Basis? basis = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var on = Appraiser.CheckBasis(scenario, basis);
        var index = scenario.CheckOption(option ?? Appraiser.FirstRanked(scenario, on));

        var plan = new LedgerPlan(scenario, index, forSimulation: true);
        var scratch = new LedgerScratch<double>(plan);
        var point = plan.PointValues<double>();
        var slots = point.ToArray();
        double Npv(int slot, double value)
        {
            point.CopyTo(slots, 0);
            if (slot >= 0)
            {
                slots[slot] = value;
            }

            var sink = new NpvSink(on == Basis.Cashable);
            Ledger.Run(plan, slots, scratch, ref sink);
            return sink.Npv;
        }

        var baseNpv = Npv(-1, 0);
        var candidates = new List<(int Slot, double Low, double High, string Basis, double SearchLow, double SearchHigh)>();
        var notes = new List<string>();
        foreach (var input in scenario.Uncertainty.Inputs)
        {
            var slot = plan.SlotOf(input.Input);
            if (slot < 0)
            {
                continue;
            }

            var d = input.Distribution;
            var (lo, hi) = Rules.Of(input.Input.Kind).SearchRange(point[slot]);
            candidates.Add((slot, d.Quantile(0.1), d.Quantile(0.9), $"P10–P90 of {d}", Math.Max(lo, double.IsFinite(d.Minimum) ? d.Minimum : d.Quantile(0.0001)), Math.Min(hi, double.IsFinite(d.Maximum) ? d.Maximum : d.Quantile(0.9999))));
        }

        foreach (var range in ranges ?? [])
        {
            var slot = plan.SlotOf(range.Input);
            if (slot < 0)
            {
                throw Preconditions.Fail("ranges", ProblemCodes.Inconsistent, $"{range.Input} is not a number of option \"{plan.Option.Name}\"", "one of its inputs", null);
            }

            var rule = Rules.Of(range.Input.Kind);
            if (!rule.HoldsBetween(range.Low, range.High))
            {
                throw Preconditions.Fail("ranges", ProblemCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"the range {range.Low:R} to {range.High:R} of {plan.Inputs[slot].Path} goes outside {rule.What}"), rule.Expected, range.Input.ToString());
            }

            var (lo, hi) = rule.SearchRange(point[slot]);
            candidates.RemoveAll(c => c.Slot == slot);
            candidates.Add((slot, range.Low, range.High, "stated", Math.Min(lo, range.Low), Math.Max(hi, range.High)));
        }

        if (candidates.Count == 0)
        {
            notes.Add("No input has a distribution or a stated range: every non-zero number is swung ±20% around its value.");
            for (var slot = 0; slot < point.Length; slot++)
            {
                var value = point[slot];
                if (value == 0)
                {
                    continue;
                }

                var (lo, hi) = Rules.Of(plan.Inputs[slot].Input.Kind).SearchRange(value);
                // For a negative value, value × 0.8 is the higher end.
                var (down, up) = (value * (1 - DefaultSwing), value * (1 + DefaultSwing));
                candidates.Add((slot, Math.Max(lo, Math.Min(down, up)), Math.Min(hi, Math.Max(down, up)), "±20% (default)", lo, hi));
            }
        }

        var bars = new List<TornadoBar>();
        var switching = new List<SwitchingValue>();
        var done = 0;
        foreach (var (slot, low, high, swung, searchLow, searchHigh) in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = plan.Inputs[slot];
            bars.Add(new TornadoBar(input, low, high, SimulationBoundary.ToMoney(Npv(slot, low)), SimulationBoundary.ToMoney(Npv(slot, high)), swung));
            var root = SwitchingPoint(x => Npv(slot, x), searchLow, searchHigh);
            switching.Add(new SwitchingValue(input, point[slot], root, searchLow, searchHigh));
            progress?.Report(++done / (double)candidates.Count);
        }

        var order = Enumerable.Range(0, bars.Count).OrderByDescending(i => bars[i].Swing).ThenBy(i => i).ToList();
        return new SensitivityResult(plan.Option.Name, scenario.Currency, on, SimulationBoundary.ToMoney(baseNpv), order.Select(i => bars[i]).ToList(), order.Select(i => switching[i]).ToList(), notes);
    }

    /// <summary>Keeps an option's NPV on a basis: the cumulative present value of its last year.</summary>
    private struct NpvSink(bool cashable) : ILedgerSink<double>
    {
        internal double Npv;

        // Inlined into the ledger, as the Monte Carlo sink's is (ChunkWorker).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Year(in LedgerYear<double> year) =>
            Npv = cashable ? year.CumulativeCashablePresentValue : year.CumulativePresentValue;

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

    private static double? SwitchingPoint(Func<double, double> npv, double low, double high)
    {
        if (!(high > low) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            return null;
        }

        const int steps = 200;
        var previousX = low;
        var previous = npv(low);
        if (previous == 0)
        {
            return low;
        }

        for (var i = 1; i <= steps; i++)
        {
            var x = low + ((high - low) * i / steps);
            var y = npv(x);
            if (y == 0)
            {
                return x;
            }

            if (Math.Sign(y) != Math.Sign(previous))
            {
                return Brent.FindRoot(npv, previousX, x, 1e-10 * Math.Max(1, Math.Abs(x)), 200);
            }

            previousX = x;
            previous = y;
        }

        return null;
    }
}
