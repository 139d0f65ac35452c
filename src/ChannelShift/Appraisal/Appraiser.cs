using System.Globalization;

namespace ChannelShift.Appraisal;

/// <summary>
/// The multi-year appraisal of a scenario's options against business as usual (HM Treasury Green Book; the timeline of
/// docs/methodology.md §3): year 0 is the implementation year and savings start in year 1; volumes in year t ≥ 1 are
/// baseline × (1 + growth)^(t − 1); each shift moves, in year t, its share of that year's baseline volume of its source
/// channel × its adoption a(t) (shifts do not chain, and do not act on failure demand). This decimal calculation is the
/// reference; the Monte Carlo engine evaluates the same semantics in double precision.
/// </summary>
public static class Appraiser
{
    /// <summary>Appraises every option of a scenario, ranked by NPV on a basis (highest first), or one of them.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="option">The index of the one option to appraise, or null for every option.</param>
    /// <param name="basis">The basis that ranks the options; by default <see cref="DefaultBasis"/>.</param>
    /// <returns>The appraisal, money rounded to the penny.</returns>
    /// <exception cref="InputValidationException">The cashable basis is asked of a scenario without cost
    /// behaviour.</exception>
    public static ScenarioAppraisal Appraise(Scenario scenario, int? option = null, Basis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var on = CheckBasis(scenario, basis);
        if (option is { } only)
        {
            scenario.CheckOption(only);
            return new ScenarioAppraisal(scenario.Name, scenario.Currency, [AppraiseOption(scenario, scenario.Options[only])], NotesOf(scenario), on, UnitCostsOf(scenario));
        }

        var results = AppraiseAll(scenario);
        var ranked = Array.ConvertAll(Ranking(results, on), i => results[i]);
        return new ScenarioAppraisal(scenario.Name, scenario.Currency, ranked, NotesOf(scenario), on, UnitCostsOf(scenario));
    }

    /// <summary>The unit costs of a scenario as its appraisal uses them: each at its own prices and, with a GDP deflator
    /// and a price base year, rebased to the price base (the same rebasing the appraisal applies).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The unit costs, in the set's order.</returns>
    public static IReadOnlyList<PricedUnitCost> UnitCostsOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var settings = scenario.Appraisal;
        return scenario.UnitCosts.Costs.Select(c =>
        {
            var year = c.Provenance.PriceYear;
            return settings.Deflator is { } deflator && settings.PriceBaseYear is { } target
                ? new PricedUnitCost(c.Channel, c.Amount, year, deflator.Rebase(c.Amount, year, target), target, scenario.UnitCosts.IsDigital(c.Channel))
                : new PricedUnitCost(c.Channel, c.Amount, year, c.Amount, year, scenario.UnitCosts.IsDigital(c.Channel));
        }).ToList().AsReadOnly();
    }

    /// <summary>The basis a scenario is judged on unless told otherwise: cashable where it has cost behaviour (what the
    /// budget banks), else at average cost.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The basis.</returns>
    public static Basis DefaultBasis(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.CostBehaviour.Count > 0 ? Basis.Cashable : Basis.Average;
    }

    /// <summary>The basis asked for, or the scenario's default; the cashable basis needs cost behaviour.</summary>
    internal static Basis CheckBasis(Scenario scenario, Basis? basis)
    {
        var on = basis ?? DefaultBasis(scenario);
        return on == Basis.Cashable && scenario.CostBehaviour.Count == 0 ? throw NoCashableBasis() : on;
    }

    /// <summary>The problem of the cashable basis asked of a scenario without cost behaviour.</summary>
    internal static InputValidationException NoCashableBasis() =>
        new([new InputProblem("basis", ProblemCodes.Inconsistent, "the cashable basis needs cost behaviour, and the scenario has none", "average, or a costBehaviour section in the scenario", "cashable")]);

    /// <summary>
    /// What a reader of the scenario's appraisal should know: how its unit costs are priced (rebased by its GDP deflator,
    /// or, without one, a warning when they are at the prices of several years or of another year than the appraisal's),
    /// and which inputs are uncertain (a single appraisal takes their point values).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The notes, in that order.</returns>
    public static IReadOnlyList<AppraisalNote> NotesOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var notes = new List<AppraisalNote>();
        var appraisal = scenario.Appraisal;
        var priceYears = scenario.UnitCosts.Costs.Select(c => c.Provenance.PriceYear).Distinct().Order().ToList();
        if (appraisal.Deflator is { } deflator && appraisal.PriceBaseYear is { } priceBase)
        {
            notes.Add(new UnitCostsRebasedNote(priceBase, deflator));
        }
        else if (priceYears.Count > 1)
        {
            notes.Add(new MixedPriceYearsNote(priceYears));
        }
        else if ((appraisal.PriceBaseYear ?? appraisal.FirstYear) is { } year && priceYears.Count == 1 && priceYears[0] != year)
        {
            notes.Add(new PriceYearDiffersNote(priceYears[0], year));
        }

        var uncertain = scenario.Uncertainty.Inputs;
        if (uncertain.Count > 0)
        {
            notes.Add(new UncertainInputsAtMeanNote(uncertain.Select(u => scenario.Describe(u.Input)).ToList(), uncertain.Select(u => u.Distribution).ToList()));
        }

        UnusualValues(scenario, notes);
        var bias = appraisal.OptimismBias;
        foreach (var input in uncertain.Select(u => u.Input).Where(i => i.Kind == InputKind.CostAmount))
        {
            var cost = scenario.Options[input.Option].Costs[input.Item];
            var uplift = cost.Type == CostType.OneOff ? bias.OneOff : bias.Recurring;
            if (uplift > 0m)
            {
                notes.Add(new OptimismBiasOnUncertainCostNote(scenario.Describe(input), uplift));
            }
        }

        return notes;
    }

    /// <summary>Warnings for valid numbers above what is usual for them (<see cref="NumberRule.WarnAbove"/>): an
    /// optimism-bias uplift stated (not a preset's) and a rise in handling time.</summary>
    private static void UnusualValues(Scenario scenario, List<AppraisalNote> notes)
    {
        var bias = scenario.Appraisal.OptimismBias;
        var preset = bias.PresetKey is { } key ? OptimismBias.FromPreset(key, bias.Bound ?? OptimismBiasBound.Upper) : null;
        if (Rules.Uplift.IsUnusual(bias.OneOff) && bias.OneOff != preset?.OneOff)
        {
            notes.Add(new UnusualValueNote("$.appraisal.optimismBias.oneOff", bias.OneOff, Rules.Uplift.WarnAbove!.Value));
        }

        if (Rules.Uplift.IsUnusual(bias.Recurring) && bias.Recurring != preset?.Recurring)
        {
            notes.Add(new UnusualValueNote("$.appraisal.optimismBias.recurring", bias.Recurring, Rules.Uplift.WarnAbove!.Value));
        }

        foreach (var (channel, behaviour) in scenario.CostBehaviour.OrderBy(c => c.Key.Key, StringComparer.Ordinal))
        {
            var rise = (decimal)behaviour.HandlingTimeRise;
            if (Rules.Rise.IsUnusual(rise))
            {
                notes.Add(new UnusualValueNote($"$.costBehaviour.{channel.Key}.handlingTimeRise", rise, Rules.Rise.WarnAbove!.Value));
            }
        }
    }

    /// <summary>The index (in the scenario's order) of the option <see cref="Appraise"/> ranks first on a basis: the
    /// highest NPV, the first in the scenario's order on a tie. What a simulation or a sensitivity analysis acts on
    /// unless told otherwise.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="basis">The basis; by default <see cref="DefaultBasis"/>.</param>
    /// <returns>The option's index.</returns>
    public static int FirstRanked(Scenario scenario, Basis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var on = CheckBasis(scenario, basis);
        return scenario.Options.Count == 1 ? 0 : Ranking(AppraiseAll(scenario), on)[0];
    }

    /// <summary>The full-time equivalents of each staffed channel, year by year, that the appraisal of an option
    /// computes (Erlang C, in double): what a spreadsheet cannot recompute, for a reader to see the cashable case
    /// build up from them.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="option">The option's index.</param>
    /// <returns>One entry per staffed channel and year 1 … N, by year then in the option's channel order; empty
    /// without staffing.</returns>
    /// <exception cref="InputValidationException">The scenario has no such option.</exception>
    public static IReadOnlyList<ChannelFteYear> StaffingOf(Scenario scenario, int option)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.CheckOption(option);
        var plan = new LedgerPlan(scenario, option);
        var sink = new StaffingSink([]);
        Ledger.Run(plan, plan.PointValues<decimal>(), new LedgerScratch<decimal>(plan), ref sink);
        return sink.Years.AsReadOnly();
    }

    /// <summary>Every option of the scenario, appraised, in the scenario's order.</summary>
    private static AppraisalResult[] AppraiseAll(Scenario scenario) =>
        scenario.Options.Select(o => AppraiseOption(scenario, o)).ToArray();

    /// <summary>The ranking of appraised options: their indexes by unrounded NPV on a basis, highest first, ties in the
    /// scenario's order (a stable sort).</summary>
    private static int[] Ranking(AppraisalResult[] results, Basis basis) =>
        Enumerable.Range(0, results.Length).OrderByDescending(i => results[i].Unrounded.On(basis).Npv).ToArray();

    /// <summary>Appraises one option against business as usual (the same baseline and growth, no shift, no cost).</summary>
    /// <param name="scenario">The scenario (baseline, costs, settings).</param>
    /// <param name="option">The option.</param>
    /// <returns>The appraisal, money rounded to the penny; <see cref="AppraisalResult.Unrounded"/> before rounding.</returns>
    public static AppraisalResult AppraiseOption(Scenario scenario, ScenarioOption option)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(option);
        try
        {
            return Compute(scenario, option).Rounded();
        }
        catch (OverflowException)
        {
            throw new InputValidationException([new InputProblem("scenario", ProblemCodes.TooLarge, "the amounts are too large to compute (they overflow a decimal)", "realistic volumes and costs")]);
        }
    }

    private static AppraisalResult Compute(Scenario scenario, ScenarioOption option)
    {
        var index = -1;
        for (var i = 0; i < scenario.Options.Count; i++)
        {
            if (ReferenceEquals(scenario.Options[i], option))
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            // An option of another scenario, appraised on this one's baseline, costs and settings.
            scenario = scenario.WithUncertainty(ScenarioUncertainty.None).WithOptions([option]);
            index = 0;
        }

        var plan = new LedgerPlan(scenario, index);
        var sink = new AppraisalSink(plan);
        Ledger.Run(plan, plan.PointValues<decimal>(), new LedgerScratch<decimal>(plan), ref sink);
        return sink.Result();
    }

    /// <summary>Keeps the FTE the ledger computes for each staffed channel and year.</summary>
    private readonly struct StaffingSink(List<ChannelFteYear> years) : ILedgerSink<decimal>
    {
        internal List<ChannelFteYear> Years => years;

        public void Year(in LedgerYear<decimal> year)
        {
        }

        public void Staffed(int year, Channel channel, double fteBusinessAsUsual, double fte) =>
            years.Add(new ChannelFteYear(year, channel, fteBusinessAsUsual, fte));

        public void StaffReleased(int year, Channel channel, int released, int fewer, decimal releaseCost)
        {
        }

        public void StepClosed(int year, Channel channel, FixedStep step, decimal volume, int? businessAsUsualYear)
        {
        }

        public void StepKeptOpen(int year, Channel channel, FixedStep step, decimal businessAsUsualVolume, decimal volume)
        {
        }
    }

    /// <summary>Keeps every year of the decimal ledger as a <see cref="YearResult"/> and phrases its events as notes.</summary>
    private struct AppraisalSink(LedgerPlan plan) : ILedgerSink<decimal>
    {
        private readonly YearResult[] years = new YearResult[plan.Years + 1];
        private readonly List<AppraisalNote> notes = [];

        public readonly void Year(in LedgerYear<decimal> year)
        {
            years[year.Year] = new YearResult
            {
                Year = year.Year,
                Label = plan.Scenario.Appraisal.Label(year.Year),
                Contacts = new ChannelVolumes(plan.Channels, year.Contacts.ToArray()),
                ContactsMoved = year.ContactsMoved,
                Saving = year.Saving,
                CashableSaving = year.CashableSaving,
                BenefitsHaircut = plan.HasHaircut ? year.Saving - (year.Net + year.Costs) : 0m,
                CashableBenefitsHaircut = plan.HasHaircut ? year.CashableSaving - (year.CashableNet + year.Costs + year.ReleaseCosts + year.ClosureCosts) : 0m,
                Costs = year.Costs,
                CostsBeforeOptimismBias = year.CostsBeforeOptimismBias,
                Net = year.Net,
                ReleaseCosts = year.ReleaseCosts,
                CapitalCosts = year.CapitalCosts,
                CapitalCostsBeforeOptimismBias = year.CapitalCostsBeforeOptimismBias,
                CapitalReleaseAndClosureCosts = year.CapitalReleaseAndClosureCosts,
                ClosureCosts = year.ClosureCosts,
                CashableNet = year.CashableNet,
                DiscountFactor = year.DiscountFactor,
                PresentValue = year.PresentValue,
                CumulativePresentValue = year.CumulativePresentValue,
                CashablePresentValue = year.CashablePresentValue,
                CumulativeCashablePresentValue = year.CumulativeCashablePresentValue,
                StaffChange = year.StaffChange,
                FteBusinessAsUsual = plan.HasStaffing && year.Year >= 1 ? year.FteBusinessAsUsual : null,
                Fte = plan.HasStaffing && year.Year >= 1 ? year.Fte : null,
                StepsTaken = year.StepsTaken,
            };
        }

        public readonly void Staffed(int year, Channel channel, double fteBusinessAsUsual, double fte)
        {
        }

        public readonly void StaffReleased(int year, Channel channel, int released, int fewer, decimal releaseCost) =>
            notes.Add(new StaffReleasedNote(year, Label(year), channel, released, fewer, releaseCost, plan.Scenario.Currency));

        public readonly void StepClosed(int year, Channel channel, FixedStep step, decimal volume, int? businessAsUsualYear) =>
            notes.Add(new FixedStepClosedNote(year, Label(year), channel, step, volume, plan.Scenario.Currency, businessAsUsualYear, businessAsUsualYear is { } y ? Label(y) : null));

        public readonly void StepKeptOpen(int year, Channel channel, FixedStep step, decimal businessAsUsualVolume, decimal volume) =>
            notes.Add(new FixedStepKeptOpenNote(year, Label(year), channel, step, businessAsUsualVolume, volume, plan.Scenario.Currency));

        internal readonly AppraisalResult Result()
        {
            var negative = years.Where(y => y.NonCashableSaving < -0.005m).Select(y => y.Year).ToList();
            if (plan.HasCostBehaviour && negative.Count > 0)
            {
                notes.Add(new NegativeNonCashableSavingNote(negative));
            }

            return new AppraisalResult(plan.Option.Name, plan.Scenario.Currency, years, plan.HasCostBehaviour ? notes : [], plan.HasCostBehaviour);
        }

        private readonly string Label(int year) => plan.Scenario.Appraisal.Label(year);
    }
}
