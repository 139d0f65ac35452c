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
    /// <param name="option">The option's index.</param>
    /// <returns>The tornado and switching values.</returns>
    public static SensitivityResult Analyse(Scenario scenario, IReadOnlyList<SwingRange>? ranges = null, int option = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (option < 0 || option >= scenario.Options.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(option), option, FormattableString.Invariant($"option: {option} is out of range; expected 0 to {scenario.Options.Count - 1}."));
        }

        var plan = new SimulationPlan(scenario, option);
        var scratch = new double[plan.ScratchLength];
        var slots = (double[])plan.BaseSlots.Clone();
        // Values are in the file's terms (a unit cost at its price year); the plan's slot may be rebased.
        double Npv(int slot, double value)
        {
            plan.BaseSlots.CopyTo(slots, 0);
            if (slot >= 0)
            {
                slots[slot] = value * plan.ScaleOf(slot);
            }

            return plan.Evaluate(slots, scratch, Span<double>.Empty, out _, out _);
        }

        var baseNpv = Npv(-1, 0);
        var candidates = new List<(int Slot, string Name, double Low, double High, string Basis, double SearchLow, double SearchHigh)>();
        var notes = new List<string>();
        for (var k = 0; k < scenario.Uncertainty.Inputs.Count; k++)
        {
            var input = scenario.Uncertainty.Inputs[k];
            var slot = plan.InputSlots[k];
            if (slot < 0)
            {
                continue;
            }

            var d = input.Distribution;
            var (lo, hi) = Valid(plan.SlotNames[slot].Target.Kind, plan.BaseSlots[slot] / plan.ScaleOf(slot));
            candidates.Add((slot, input.Path, d.Quantile(0.1), d.Quantile(0.9), $"P10–P90 of {d}", Math.Max(lo, double.IsFinite(d.Minimum) ? d.Minimum : d.Quantile(0.0001)), Math.Min(hi, double.IsFinite(d.Maximum) ? d.Maximum : d.Quantile(0.9999))));
        }

        foreach (var range in ranges ?? [])
        {
            var slot = plan.SlotOf(range.Target);
            if (slot < 0)
            {
                throw new ArgumentException($"ranges: {Describe(range.Target)} is not a number of option \"{plan.OptionName}\"; expected one of its inputs.", nameof(ranges));
            }

            var (lo, hi) = Valid(range.Target.Kind, plan.BaseSlots[slot] / plan.ScaleOf(slot));
            candidates.RemoveAll(c => c.Slot == slot);
            candidates.Add((slot, plan.SlotNames[slot].Path, range.Low, range.High, "stated", Math.Min(lo, range.Low), Math.Max(hi, range.High)));
        }

        if (candidates.Count == 0)
        {
            notes.Add("No input has a distribution or a stated range: every non-zero number is swung ±20% around its value.");
            for (var slot = 0; slot < plan.BaseSlots.Length; slot++)
            {
                var value = plan.BaseSlots[slot] / plan.ScaleOf(slot);
                var kind = plan.SlotNames[slot].Target.Kind;
                if (value == 0)
                {
                    continue;
                }

                var (lo, hi) = Valid(kind, value);
                candidates.Add((slot, plan.SlotNames[slot].Path, Math.Max(lo, value * (1 - DefaultSwing)), Math.Min(hi, value * (1 + DefaultSwing)), "±20% (default)", lo, hi));
            }
        }

        var bars = new List<TornadoBar>();
        var switching = new List<SwitchingValue>();
        foreach (var (slot, name, low, high, basis, searchLow, searchHigh) in candidates)
        {
            bars.Add(new TornadoBar(name, low, high, SimulationBoundary.ToMoney(Npv(slot, low)), SimulationBoundary.ToMoney(Npv(slot, high)), basis));
            var root = SwitchingPoint(x => Npv(slot, x), searchLow, searchHigh);
            switching.Add(new SwitchingValue(name, plan.BaseSlots[slot] / plan.ScaleOf(slot), root, searchLow, searchHigh, root is null ? "none in range" : null));
        }

        var ordered = bars.Select((b, i) => (b, i)).OrderByDescending(x => x.b.Swing).ThenBy(x => x.i).Select(x => x.b).ToList();
        var switchOrdered = ordered.Select(b => switching.First(s => s.Input == b.Input)).ToList();
        return new SensitivityResult(plan.OptionName, scenario.Currency, SimulationBoundary.ToMoney(baseNpv), ordered, switchOrdered, notes);
    }

    /// <summary>The numbers of an option that can be swung, by path (e.g. <c>$.unitCosts.face-to-face</c>,
    /// <c>$.baseline.volumes.web</c>, <c>$.demandGrowth</c>, <c>$.shifts[0].share</c>, <c>$.costs[1].amount</c>,
    /// <c>$.appraisal.discounting.rate</c>; <c>$.options[i].…</c> for a file with options).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="option">The option's index.</param>
    /// <returns>Path and target of each number.</returns>
    public static IReadOnlyList<KeyValuePair<string, InputTarget>> InputsOf(Scenario scenario, int option = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var plan = new SimulationPlan(scenario, option);
        return plan.SlotNames.Select(n => new KeyValuePair<string, InputTarget>(n.Path, n.Target)).ToList();
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

    /// <summary>The range an input may take: shares 0–1, money and volumes 0 to 10× the value, growth and rates
    /// −0.99 to 1, adoption years 0.01 to 10× the value.</summary>
    private static (double Low, double High) Valid(InputKind kind, double value) => kind switch
    {
        InputKind.ShiftShare or InputKind.FailureShare => (0, 1),
        InputKind.DemandGrowth or InputKind.DiscountRate => (-0.99, 1),
        InputKind.AdoptionYears => (0.01, Math.Max(1, 10 * value)),
        _ => (0, Math.Max(1, 10 * Math.Abs(value))),
    };

    private static string Describe(InputTarget target) => target.Channel is null
        ? FormattableString.Invariant($"{target.Kind} (option {target.Option}, item {target.Index})")
        : $"{target.Kind} of {target.Channel}";
}
