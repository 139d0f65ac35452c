using ChannelShift.Appraisal;

namespace ChannelShift.Tracking;

/// <summary>
/// An option's plan as the ledger computes it, kept year by year with what is needed to spread it over months and to
/// price actuals by the same rules: business-as-usual and planned contacts by channel, each shift's contacts moved and
/// at full take-up, the unit costs as the appraisal uses them, and the cashable terms. Every figure comes from one run
/// of <see cref="Ledger"/>; nothing here recomputes the economics of a year.
/// </summary>
internal sealed class PlanBook
{
    private PlanBook(LedgerPlan plan, BookSink sink, LedgerScratch<decimal> scratch, decimal[] inputs)
    {
        Scenario = plan.Scenario;
        Option = plan.Option;
        Channels = plan.Channels;
        Years = plan.Years;
        FirstYear = plan.Scenario.Appraisal.FirstYear ?? 0;
        Bau = sink.Bau.ToArray();
        After = sink.After.ToArray();
        Moves = sink.Moves.ToArray();
        Full = sink.Full.ToArray();
        Saving = sink.Saving.ToArray();
        Cashable = sink.Cashable.ToArray();
        FteBusinessAsUsual = new double[Years + 1][];
        for (var t = 0; t <= Years; t++)
        {
            FteBusinessAsUsual[t] = new double[Channels.Length];
            for (var c = 0; c < Channels.Length; c++)
            {
                FteBusinessAsUsual[t][c] = sink.Staffing.GetValueOrDefault((t, Channels[c]));
            }
        }
        UnitCost = scratch.UnitCost.ToArray();
        HasCostBehaviour = plan.HasCostBehaviour;
        var k = plan.Constants<decimal>();
        FixedShare = k.FixedShare.ToArray();
        CostPerFte = k.CostPerFte.ToArray();
        Staffed = Array.ConvertAll(plan.Behaviour, b => b?.Staffing is not null);
        Digital = Array.ConvertAll(Channels, c => plan.Scenario.UnitCosts.IsDigital(c));
        var shifts = plan.Shifts;
        From = Array.ConvertAll(shifts, s => s.From);
        Adoption = Array.ConvertAll(shifts, s => s.Adoption);
        Sources = From.Distinct().ToArray();
        Fall = new decimal[shifts.Length][];
        Arrivals = new decimal[shifts.Length][];
        Help = new decimal[shifts.Length];
        for (var s = 0; s < shifts.Length; s++)
        {
            var shift = shifts[s];
            var fractions = scratch.ShiftFractions[s];
            Fall[s] = new decimal[Channels.Length];
            Fall[s][shift.From] += 1m;
            Arrivals[s] = new decimal[Channels.Length];
            for (var d = 0; d < shift.Destinations.Length; d++)
            {
                Fall[s][shift.Destinations[d]] -= fractions[d];
                if (shift.IsDigital[d])
                {
                    Arrivals[s][shift.Destinations[d]] += fractions[d];
                }
            }

            for (var r = 0; r < shift.Returns.Length; r++)
            {
                Fall[s][shift.Returns[r]] -= scratch.Failure[s] * k.ReturnFractions[s][r];
            }

            Help[s] = inputs[shift.AssistedShareSlot] * inputs[shift.AssistedCostSlot];
        }

        HelpPerArrival = new decimal[Years + 1][];
        for (var t = 0; t <= Years; t++)
        {
            HelpPerArrival[t] = new decimal[Channels.Length];
            for (var c = 0; c < Channels.Length; c++)
            {
                HelpPerArrival[t][c] = HelpOn(t, c);
            }
        }

        Steps = [];
        for (var c = 0; c < Channels.Length; c++)
        {
            if (plan.Behaviour[c] is { } behaviour)
            {
                foreach (var step in behaviour.Steps)
                {
                    Steps[step.Name] = (c, step.AnnualCost);
                }
            }
        }
    }

    internal Scenario Scenario { get; }

    internal ScenarioOption Option { get; }

    internal Channel[] Channels { get; }

    internal int Years { get; }

    internal int FirstYear { get; }

    /// <summary>Business-as-usual contacts a year, [year][channel].</summary>
    internal decimal[][] Bau { get; }

    /// <summary>Planned contacts a year after the shifts and failure demand, [year][channel].</summary>
    internal decimal[][] After { get; }

    /// <summary>Contacts moved by each shift, [year][shift].</summary>
    internal decimal[][] Moves { get; }

    /// <summary>Contacts each shift would move at full take-up, [year][shift].</summary>
    internal decimal[][] Full { get; }

    /// <summary>The ledger's saving at average cost a year, before the haircut.</summary>
    internal decimal[] Saving { get; }

    /// <summary>The ledger's cashable saving a year, before the haircut.</summary>
    internal decimal[] Cashable { get; }

    /// <summary>The FTE business as usual needs on each staffed channel, [year][channel] (0 in year 0 and on channels
    /// without staffing).</summary>
    internal double[][] FteBusinessAsUsual { get; }

    /// <summary>The unit costs as the appraisal uses them (rebased), by channel.</summary>
    internal decimal[] UnitCost { get; }

    internal bool HasCostBehaviour { get; }

    internal decimal[] FixedShare { get; }

    internal decimal[] CostPerFte { get; }

    internal bool[] Staffed { get; }

    internal bool[] Digital { get; }

    internal int[] From { get; }

    internal AdoptionCurve[] Adoption { get; }

    /// <summary>The fall in each channel per contact a shift moves, [shift][channel]: 1 on its source, less the
    /// fraction sent to a channel and the failure demand returning to it (so that business as usual − planned on a
    /// channel is Σ over shifts of contacts moved × this).</summary>
    internal decimal[][] Fall { get; }

    /// <summary>The channels some shift moves contacts from.</summary>
    internal int[] Sources { get; }

    /// <summary>Each shift's fraction of contacts moved that arrive on each digital channel, [shift][channel].</summary>
    internal decimal[][] Arrivals { get; }

    /// <summary>Each shift's assisted-digital cost per contact arriving on a digital channel (help share × cost).</summary>
    internal decimal[] Help { get; }

    /// <summary>The assisted-digital cost per contact by which a digital channel rises above business as usual, in a
    /// year: the shifts' help costs weighted by the contacts each sends there that year (at full take-up when none
    /// moves yet), [year][channel].</summary>
    internal decimal[][] HelpPerArrival { get; }

    /// <summary>The fixed steps by name: their channel and annual cost.</summary>
    internal Dictionary<string, (int Channel, decimal AnnualCost)> Steps { get; }

    /// <summary>Runs the ledger on an option of a scenario (one not among its options is appraised on its baseline
    /// and settings, its uncertainty left out, as <see cref="Appraiser.AppraiseOption"/> does).</summary>
    internal static PlanBook Of(Scenario scenario, ScenarioOption option)
    {
        var index = -1;
        for (var i = 0; i < scenario.Options.Count; i++)
        {
            if (ReferenceEquals(scenario.Options[i], option))
            {
                index = i;
            }
        }

        if (index < 0)
        {
            scenario = scenario.WithUncertainty(ScenarioUncertainty.None).WithOptions([option]);
            index = 0;
        }

        var plan = new LedgerPlan(scenario, index);
        var scratch = new LedgerScratch<decimal>(plan);
        var inputs = plan.PointValues<decimal>();
        var sink = new BookSink([], [], [], [], [], [], []);
        Ledger.Run(plan, inputs, scratch, ref sink);
        return new PlanBook(plan, sink, scratch, inputs);
    }

    /// <summary>The year of the appraisal a month falls in: year t runs from April of first year + t to March.</summary>
    internal int YearOf(DateOnly month) => (month.Month >= 4 ? month.Year : month.Year - 1) - FirstYear;

    /// <summary>The first month of year t.</summary>
    internal DateOnly StartOf(int year) => new(FirstYear + year, 4, 1);

    /// <summary>The part of a year's figure on a channel that falls in a month (<see cref="Baseline.MonthlyPart"/>).</summary>
    internal decimal InMonth(int channel, DateOnly month, decimal yearly) => Scenario.Baseline.MonthlyPart(Channels[channel], month.Month, yearly);

    /// <summary>Business-as-usual contacts on a channel in a month.</summary>
    internal decimal BauIn(int channel, DateOnly month) => InMonth(channel, month, Bau[YearOf(month)][channel]);

    /// <summary>Planned contacts on a channel in a month.</summary>
    internal decimal PlannedIn(int channel, DateOnly month) => InMonth(channel, month, After[YearOf(month)][channel]);

    /// <summary>
    /// The saving at average cost of a month's volumes against business as usual, by the ledger's rules: Σ cost per
    /// contact × (business as usual − volume), less the assisted-digital cost of each digital channel's rise above
    /// business as usual. The plan's volumes give the plan's saving: the months of a year add up to the ledger's year.
    /// </summary>
    internal decimal SavingOf(DateOnly month, Func<int, decimal> volume)
    {
        var t = YearOf(month);
        var saving = 0m;
        for (var c = 0; c < Channels.Length; c++)
        {
            var bau = BauIn(c, month);
            var v = volume(c);
            saving += UnitCost[c] * (bau - v);
            if (Digital[c] && v > bau)
            {
                saving -= HelpPerArrival[t][c] * (v - bau);
            }
        }

        return saving;
    }

    /// <summary>The part of a month's saving that is not cashable: Σ fixed share × cost per contact × (business as
    /// usual − volume), as the ledger takes it from the cashable saving.</summary>
    internal decimal FixedPartOf(DateOnly month, Func<int, decimal> volume)
    {
        var part = 0m;
        for (var c = 0; c < Channels.Length; c++)
        {
            part += FixedShare[c] * UnitCost[c] * (BauIn(c, month) - volume(c));
        }

        return part;
    }

    /// <summary>The cashable saving a year from staff and fixed steps (the ledger's cashable saving less its variable
    /// part), spread evenly over the year's months by the caller.</summary>
    internal decimal StaffAndStepsOf(int year)
    {
        var variable = Saving[year];
        for (var c = 0; c < Channels.Length; c++)
        {
            variable -= FixedShare[c] * UnitCost[c] * (Bau[year][c] - After[year][c]);
        }

        return Cashable[year] - variable;
    }

    /// <summary>The fall on the source channels in a month that one shift makes at full take-up: Σ over source channels
    /// of its contacts at full take-up × its fall there, each spread over the months by its channel's profile. The fall
    /// of the plan is the same with the contacts it moves; both count what other shifts send to a source.</summary>
    internal decimal ShiftFall(int shift, DateOnly month, bool planned)
    {
        var t = YearOf(month);
        var contacts = planned ? Moves[t][shift] : Full[t][shift];
        var fall = 0m;
        foreach (var c in Sources)
        {
            fall += InMonth(c, month, contacts * Fall[shift][c]);
        }

        return fall;
    }

    /// <summary>The fall on the source channels in a month at full take-up, and the plan's (which is business as usual
    /// − planned on them).</summary>
    internal (decimal Full, decimal Planned) SourceFall(DateOnly month)
    {
        var full = 0m;
        var planned = 0m;
        for (var s = 0; s < From.Length; s++)
        {
            full += ShiftFall(s, month, planned: false);
            planned += ShiftFall(s, month, planned: true);
        }

        return (full, planned);
    }

    private decimal HelpOn(int year, int channel)
    {
        var moved = 0m;
        var help = 0m;
        for (var s = 0; s < From.Length; s++)
        {
            moved += Moves[year][s] * Arrivals[s][channel];
            help += Moves[year][s] * Arrivals[s][channel] * Help[s];
        }

        if (moved == 0m)
        {
            for (var s = 0; s < From.Length; s++)
            {
                moved += Full[year][s] * Arrivals[s][channel];
                help += Full[year][s] * Arrivals[s][channel] * Help[s];
            }
        }

        return moved == 0m ? 0m : help / moved;
    }

    /// <summary>Keeps each year of the decimal ledger.</summary>
    private readonly struct BookSink(List<decimal[]> bau, List<decimal[]> after, List<decimal[]> moves, List<decimal[]> full, List<decimal> saving, List<decimal> cashable, Dictionary<(int, Channel), double> staffing) : ILedgerSink<decimal>
    {
        internal Dictionary<(int, Channel), double> Staffing => staffing;

        internal List<decimal[]> Bau => bau;

        internal List<decimal[]> After => after;

        internal List<decimal[]> Moves => moves;

        internal List<decimal[]> Full => full;

        internal List<decimal> Saving => saving;

        internal List<decimal> Cashable => cashable;

        public void Year(in LedgerYear<decimal> year)
        {
            bau.Add(year.BusinessAsUsual.ToArray());
            after.Add(year.Contacts.ToArray());
            moves.Add(year.Moves.ToArray());
            full.Add(year.Full.ToArray());
            saving.Add(year.Saving);
            cashable.Add(year.CashableSaving);
        }

        public void Staffed(int year, Channel channel, double fteBusinessAsUsual, double fte) =>
            staffing[(year, channel)] = fteBusinessAsUsual;

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
}
