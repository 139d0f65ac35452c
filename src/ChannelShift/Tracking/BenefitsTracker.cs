using ChannelShift.Appraisal;

namespace ChannelShift.Tracking;

/// <summary>
/// Tracks actual contact volumes against an approved option, after approval (benefits realisation, as HM Treasury and
/// the Infrastructure and Projects Authority's guidance asks: a baseline, a plan, measures month by month, the variance
/// and a forecast of the outturn). docs/benefits-realisation.md gives the formulas; in short:
/// <list type="bullet">
/// <item>the plan by month: year t runs from April of <c>appraisal.firstYear</c> + t to March; each year's planned
/// and business-as-usual contacts (the ledger's) are spread over its months evenly or by
/// <c>baseline.seasonality</c>, so that the months add up to the year;</item>
/// <item>realised saving at average cost in a month = Σ cost per contact × (business as usual − actual) − the
/// assisted-digital cost of each digital channel's rise above business as usual, in the plan's real prices,
/// undiscounted, before the haircut: actuals equal to the plan give the planned saving, actuals equal to business as
/// usual give 0;</item>
/// <item>realised cashable saving = that, less its fixed part as the ledger takes it, plus (staff in post before
/// year 1 − staff in post that month) × cost per FTE ÷ 12 on each staffed channel, plus a twelfth of the annual cost
/// of each fixed step recorded as closed, from the month after;</item>
/// <item>take-up observed = (business as usual − actual) on the source channels ÷ their fall at full take-up (what the
/// shifts move off them less what they send back to them); the plan's is (business as usual − planned) ÷ the same;</item>
/// <item>status, on the cumulative figure to date: realised ÷ planned ≥ 1 − at-risk margin on track, ≥ 1 − off-track
/// margin at risk, else off track; n/a when planned is 0;</item>
/// <item>re-forecast: the adoption fitted by least squares (<see cref="AdoptionFit"/>) and the option re-appraised
/// with it through the same ledger, its costs the plan's.</item>
/// </list>
/// </summary>
public static class BenefitsTracker
{
    /// <summary>How far actual demand on all channels may stray from business as usual (either way, as a fraction)
    /// before the result warns that the actuals may not count what the plan counts: 20%, a judgement (a channel shift
    /// moves contacts; it does not usually remove a fifth of them).</summary>
    private const decimal DemandWarning = 0.2m;

    /// <summary>Tracks actuals against an option of a scenario.</summary>
    /// <param name="scenario">The approved scenario; it must have <c>appraisal.firstYear</c>.</param>
    /// <param name="actuals">The months of actuals (<see cref="Serialization.ActualsCsv"/> reads them).</param>
    /// <param name="settings">The option, basis, steps taken, staff in post before the change and status bands;
    /// <see cref="TrackingSettings.Default"/> when null.</param>
    /// <returns>The months, the figures to date and the re-forecast.</returns>
    /// <exception cref="InputValidationException">The scenario has no first year; a month of actuals lies outside the
    /// plan; the actuals lack a channel the plan uses or give one it does not; a step taken is not a fixed step of the
    /// scenario or closed outside the plan; a baseline FTE is for a channel without staffing; the bands are out of
    /// order. Every problem is listed.</exception>
    public static TrackingResult Track(Scenario scenario, Actuals actuals, TrackingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(actuals);
        settings ??= TrackingSettings.Default;
        var problems = new List<InputProblem>();
        if (scenario.Appraisal.FirstYear is null)
        {
            throw new InputValidationException([new InputProblem("$.appraisal.firstYear", ProblemCodes.Missing, "the scenario gives no first year, so its years cannot be placed in months", "\"firstYear\": the calendar year in whose April year 0 starts, e.g. 2026")]);
        }

        if (settings.AtRisk < 0 || settings.AtRisk > 1)
        {
            problems.Add(new InputProblem("thresholds", ProblemCodes.OutOfRange, $"the at-risk margin {Preconditions.Show(settings.AtRisk)} is outside 0 to 1", "a fraction such as 0.05 (5%)", Preconditions.Show(settings.AtRisk)));
        }

        if (settings.OffTrack < settings.AtRisk || settings.OffTrack > 1)
        {
            problems.Add(new InputProblem("thresholds", ProblemCodes.OutOfRange, $"the off-track margin {Preconditions.Show(settings.OffTrack)} is not from the at-risk margin {Preconditions.Show(settings.AtRisk)} to 1", "an off-track margin at least the at-risk one, such as 5%,15%", Preconditions.Show(settings.OffTrack)));
        }

        if (settings.Option is { } o && (o < 0 || o >= scenario.Options.Count))
        {
            problems.Add(new InputProblem("option", ProblemCodes.OutOfRange, $"option {o} does not exist", $"0 to {scenario.Options.Count - 1}", o.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Check(problems);
        var basis = Appraiser.CheckBasis(scenario, settings.Basis);
        var index = settings.Option ?? Appraiser.FirstRanked(scenario, basis);
        try
        {
            return Track(scenario, actuals, settings, basis, index, problems);
        }
        catch (OverflowException)
        {
            throw new InputValidationException([new InputProblem("actuals", ProblemCodes.TooLarge, "the volumes or staff in post are too large to compute (they overflow a decimal)", "realistic monthly volumes and FTE").At(actuals.SourceName, null)]);
        }
    }

    private static TrackingResult Track(Scenario scenario, Actuals actuals, TrackingSettings settings, Basis basis, int index, List<InputProblem> problems)
    {
        var option = scenario.Options[index];
        var book = PlanBook.Of(scenario, option);
        CheckActuals(book, actuals, problems);
        var closed = ClosedSteps(book, settings, problems);
        var staffed = Enumerable.Range(0, book.Channels.Length).Where(c => book.Staffed[c]).ToArray();
        foreach (var (key, fte) in settings.BaselineFte)
        {
            if (fte < 0)
            {
                problems.Add(new InputProblem("baseline-fte", ProblemCodes.OutOfRange, $"{Preconditions.Show(fte)} FTE on {key} is negative", "staff in post in FTE, 0 or more", Preconditions.Show(fte)));
            }

            if (!staffed.Any(c => book.Channels[c].Key == key))
            {
                problems.Add(new InputProblem("baseline-fte", ProblemCodes.UnknownName, $"\"{key}\" is not a staffed channel of the scenario", staffed.Length == 0 ? "no baseline FTE: the scenario staffs no channel" : "one of " + string.Join(", ", staffed.Select(c => book.Channels[c].Key)), key));
            }
        }

        Check(problems);
        var notes = new List<string>
        {
            "Money is in the plan's real prices, undiscounted and before the benefits haircut; the saving at average cost is capacity released, which the budget banks only when staff or buildings go.",
            "Actual spend is not tracked: the re-forecast keeps the plan's costs.",
        };
        var establishment = Establishment(book, actuals, settings, staffed, notes);
        var cashableKnown = book.HasCostBehaviour && establishment is not null;
        if (!book.HasCostBehaviour)
        {
            notes.Add("The scenario has no cost behaviour, so no cashable saving is planned or realised.");
        }

        var months = new List<TrackedMonth>();
        var toDatePlanned = new decimal[book.Channels.Length];
        var toDateActual = new decimal[book.Channels.Length];
        var toDateBau = new decimal[book.Channels.Length];
        decimal plannedSaving = 0, realisedSaving = 0, plannedCashable = 0, realisedCashable = 0;
        var realisedCashableComplete = cashableKnown;
        var realisedByYear = new Dictionary<int, decimal>();
        var observations = new List<AdoptionFitter.Observation>();
        var falls = new List<(decimal Full, decimal Planned, decimal Actual)>();
        foreach (var month in actuals.Months)
        {
            var t = book.YearOf(month.Month);
            decimal Actual(int c) => month.Volumes.GetValueOrDefault(book.Channels[c]);
            decimal Planned(int c) => book.PlannedIn(c, month.Month);
            var planned = book.SavingOf(month.Month, Planned);
            var realised = book.SavingOf(month.Month, Actual);
            decimal? plannedCash = null;
            decimal? realisedCash = null;
            if (book.HasCostBehaviour)
            {
                plannedCash = planned - book.FixedPartOf(month.Month, Planned) + (book.StaffAndStepsOf(t) / 12m);
                if (establishment is not null && staffed.All(c => month.Fte.ContainsKey(book.Channels[c])))
                {
                    var cash = realised - book.FixedPartOf(month.Month, Actual);
                    foreach (var c in staffed)
                    {
                        cash += (EstablishmentIn(book, establishment[c], c, t) - month.Fte[book.Channels[c]]) * book.CostPerFte[c] / 12m;
                    }

                    foreach (var (name, when) in closed)
                    {
                        if (month.Month > when)
                        {
                            cash += book.Steps[name].AnnualCost / 12m;
                        }
                    }

                    realisedCash = cash;
                }
                else if (t >= 1)
                {
                    realisedCashableComplete = false;
                }
            }

            var (full, fall) = book.SourceFall(month.Month);
            var actualFall = book.Sources.Sum(c => book.BauIn(c, month.Month) - Actual(c));
            // Year 0 plans no take-up: its falls count in nothing to date.
            falls.Add(t >= 1 && full > 0 ? (full, fall, actualFall) : (0m, 0m, 0m));
            double? plannedTakeUp = null;
            double? takeUp = null;
            if (t >= 1 && full > 0)
            {
                plannedTakeUp = (double)(fall / full);
                takeUp = (double)(actualFall / full);
                var weights = new double[book.From.Length];
                for (var s = 0; s < weights.Length; s++)
                {
                    weights[s] = (double)(book.ShiftFall(s, month.Month, planned: false) / full);
                }

                observations.Add(new AdoptionFitter.Observation(t, takeUp.Value, weights));
            }

            var plannedVolumes = new Dictionary<string, decimal>();
            var actualVolumes = new Dictionary<string, decimal>();
            var bauVolumes = new Dictionary<string, decimal>();
            for (var c = 0; c < book.Channels.Length; c++)
            {
                var key = book.Channels[c].Key;
                plannedVolumes[key] = Planned(c);
                actualVolumes[key] = Actual(c);
                bauVolumes[key] = book.BauIn(c, month.Month);
                if (t >= 1)
                {
                    toDatePlanned[c] += plannedVolumes[key];
                    toDateActual[c] += actualVolumes[key];
                    toDateBau[c] += bauVolumes[key];
                }
            }

            realisedByYear[t] = realisedByYear.GetValueOrDefault(t) + realised;
            if (t >= 1)
            {
                // Year 0 plans nothing: its months are shown, and give the establishment, but count in no figure to date.
                plannedSaving += planned;
                realisedSaving += realised;
                plannedCashable += plannedCash ?? 0;
                realisedCashable += realisedCash ?? 0;
            }
            months.Add(new TrackedMonth
            {
                Month = month.Month,
                Year = t,
                YearLabel = scenario.Appraisal.Label(t),
                Planned = plannedVolumes.AsReadOnly(),
                Actual = actualVolumes.AsReadOnly(),
                BusinessAsUsual = bauVolumes.AsReadOnly(),
                PlannedSaving = MoneyRounding.ToPenny(planned),
                RealisedSaving = MoneyRounding.ToPenny(realised),
                PlannedCashableSaving = plannedCash is { } pc ? MoneyRounding.ToPenny(pc) : null,
                RealisedCashableSaving = realisedCash is { } rc ? MoneyRounding.ToPenny(rc) : null,
                PlannedTakeUp = plannedTakeUp,
                TakeUp = takeUp,
            });
        }

        var fallFull = falls.Sum(f => f.Full);
        var fallPlanned = falls.Sum(f => f.Planned);
        var fallActual = falls.Sum(f => f.Actual);
        var status = new MeasureStatus(
            StatusOf(realisedSaving, plannedSaving, settings),
            book.HasCostBehaviour && realisedCashableComplete ? StatusOf(realisedCashable, plannedCashable, settings) : TrackingStatus.NotApplicable,
            fallFull > 0 ? StatusOf(fallActual, fallPlanned, settings) : TrackingStatus.NotApplicable);
        var keys = book.Channels.Select(c => c.Key).ToArray();
        var toDate = new TrackedToDate
        {
            From = months.FirstOrDefault(m => m.Year >= 1)?.Month ?? actuals.First,
            To = actuals.Last,
            Planned = ByKey(keys, toDatePlanned),
            Actual = ByKey(keys, toDateActual),
            BusinessAsUsual = ByKey(keys, toDateBau),
            PlannedDemand = toDatePlanned.Sum(),
            ActualDemand = toDateActual.Sum(),
            BusinessAsUsualDemand = toDateBau.Sum(),
            PlannedSaving = MoneyRounding.ToPenny(plannedSaving),
            RealisedSaving = MoneyRounding.ToPenny(realisedSaving),
            PlannedCashableSaving = book.HasCostBehaviour ? MoneyRounding.ToPenny(plannedCashable) : null,
            RealisedCashableSaving = book.HasCostBehaviour && realisedCashableComplete ? MoneyRounding.ToPenny(realisedCashable) : null,
            PlannedTakeUp = fallFull > 0 ? (double)(fallPlanned / fallFull) : null,
            TakeUp = fallFull > 0 ? (double)(fallActual / fallFull) : null,
            Status = status,
        };

        if (toDate.DemandChange is { } change && Math.Abs(change) > (double)DemandWarning)
        {
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Actual demand on all channels is {change:+0.0%;-0.0%} from business as usual: check that the actuals count the same services and channels as the plan."));
        }

        var reforecast = Reforecasting(scenario, option, book, basis, observations, actuals.First, actuals.Last, realisedByYear);
        var quarters = Quarters(months, falls);
        return new TrackingResult
        {
            Quarters = quarters,
            Scenario = scenario.Name,
            Option = option.Name,
            Currency = scenario.Currency,
            Basis = basis,
            Channels = keys,
            Months = months.AsReadOnly(),
            ToDate = toDate,
            Reforecast = reforecast,
            Notes = notes.AsReadOnly(),
        };
    }

    /// <summary>The months summed by financial quarter: money as the sum of the months' (to the penny), take-up as the
    /// ratio of the quarter's summed falls.</summary>
    private static List<TrackedPeriod> Quarters(List<TrackedMonth> months, List<(decimal Full, decimal Planned, decimal Actual)> falls)
    {
        var quarters = new List<TrackedPeriod>();
        var indexes = Enumerable.Range(0, months.Count).GroupBy(i => $"{months[i].YearLabel} Q{((months[i].Month.Month + 8) % 12 / 3) + 1}");
        foreach (var group in indexes)
        {
            var inQuarter = group.Select(i => months[i]).ToArray();
            var full = group.Sum(i => falls[i].Full);
            quarters.Add(new TrackedPeriod
            {
                Label = group.Key,
                First = inQuarter[0].Month,
                Last = inQuarter[^1].Month,
                PlannedSaving = inQuarter.Sum(m => m.PlannedSaving),
                RealisedSaving = inQuarter.Sum(m => m.RealisedSaving),
                PlannedCashableSaving = inQuarter.All(m => m.PlannedCashableSaving is not null) ? inQuarter.Sum(m => m.PlannedCashableSaving!.Value) : null,
                RealisedCashableSaving = inQuarter.All(m => m.RealisedCashableSaving is not null) ? inQuarter.Sum(m => m.RealisedCashableSaving!.Value) : null,
                PlannedTakeUp = full > 0 ? (double)(group.Sum(i => falls[i].Planned) / full) : null,
                TakeUp = full > 0 ? (double)(group.Sum(i => falls[i].Actual) / full) : null,
                BusinessAsUsualDemand = inQuarter.Sum(m => m.BusinessAsUsualDemand),
                ActualDemand = inQuarter.Sum(m => m.ActualDemand),
            });
        }

        return quarters;
    }

    /// <summary>Actual demand against business as usual, as a fraction (−0.05 is 5% below), or null without business as
    /// usual to compare with.</summary>
    internal static double? DemandChange(decimal actual, decimal businessAsUsual) =>
        businessAsUsual == 0 ? null : (double)((actual / businessAsUsual) - 1);

    /// <summary>What was realised as a share of what was planned, or null when nothing was planned.</summary>
    internal static decimal? Share(decimal realised, decimal planned) => planned == 0 ? null : realised / planned;

    /// <summary>The status of a measure from its figures to date.</summary>
    /// <param name="realised">Realised to date.</param>
    /// <param name="planned">Planned to date.</param>
    /// <param name="settings">The bands.</param>
    /// <returns>n/a when planned is 0 or less; else on track, at risk or off track by realised ÷ planned.</returns>
    public static TrackingStatus StatusOf(decimal realised, decimal planned, TrackingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (planned <= 0)
        {
            // Nothing to realise, or a plan that expects a net cost so far: realised ÷ planned would read a larger
            // cost as progress.
            return TrackingStatus.NotApplicable;
        }

        var ratio = realised / planned;
        return ratio >= 1 - settings.AtRisk ? TrackingStatus.OnTrack
            : ratio >= 1 - settings.OffTrack ? TrackingStatus.AtRisk
            : TrackingStatus.OffTrack;
    }

    private static Reforecast Reforecasting(Scenario scenario, ScenarioOption option, PlanBook book, Basis basis, List<AdoptionFitter.Observation> observations, DateOnly first, DateOnly last, Dictionary<int, decimal> realisedByYear)
    {
        var approved = Appraiser.AppraiseOption(scenario, option);
        var (fit, curves) = AdoptionFitter.Fit(book.Adoption, observations);
        AppraisalResult result;
        PlanBook forecastBook;
        if (fit.IsThePlan)
        {
            result = approved;
            forecastBook = book;
        }
        else
        {
            var shifts = option.Shifts.Select((p, s) => new PlannedShift(p.Shift, curves[s], p.DigitalExclusion, p.Name)).ToArray();
            var refitted = option.WithShifts(shifts);
            result = Appraiser.AppraiseOption(scenario, refitted);
            forecastBook = PlanBook.Of(scenario, refitted);
        }

        // The outturn of the current year: its months of actuals realised, every other month of it re-forecast (those
        // after the last month of actuals, and any before the first).
        var year = book.YearOf(last);
        var outturn = realisedByYear.GetValueOrDefault(year);
        for (var month = book.StartOf(year); month < book.StartOf(year + 1); month = month.AddMonths(1))
        {
            if (month > last || month < first)
            {
                var m = month;
                outturn += forecastBook.SavingOf(m, c => forecastBook.PlannedIn(c, m));
            }
        }

        return new Reforecast
        {
            Fit = fit,
            ApprovedNpv = approved.Npv,
            Npv = result.Npv,
            CashableApprovedNpv = approved.Cashable?.Npv,
            CashableNpv = result.Cashable?.Npv,
            CurrentYear = year,
            CurrentYearLabel = scenario.Appraisal.Label(year),
            CurrentYearPlannedSaving = MoneyRounding.ToPenny(book.Saving[year]),
            CurrentYearForecastSaving = MoneyRounding.ToPenny(outturn),
            ApprovedPaybackMonth = PaybackMonth(book, approved.On(basis).PaybackYears),
            PaybackMonth = PaybackMonth(book, result.On(basis).PaybackYears),
        };
    }

    /// <summary>The month in which a case is repaid: payback p counts years from the end of year 0, so the month is
    /// the ⌈12p⌉-th from April of year 1 (March of year 0 when p is 0). 12p is rounded to 9 places first, so that a
    /// payback of exactly 2 years (24.000000000000004 months in binary) is March of year 2, not April.</summary>
    private static DateOnly? PaybackMonth(PlanBook book, double? paybackYears) =>
        paybackYears is { } p ? book.StartOf(1).AddMonths((int)Math.Ceiling(Math.Round(p * 12, 9)) - 1) : null;

    /// <summary>
    /// The staff in post that business as usual would have in year t: the establishment before the change, grown as the
    /// ledger grows the staff business as usual needs (FTE_BAU(t) ÷ FTE_BAU(1)), so that the FTE released are counted
    /// against the same business as usual as the plan's (with demand growth, holding the establishment flat is a
    /// release). Year 0, and a channel business as usual does not staff in year 1, take the establishment itself.
    /// </summary>
    private static decimal EstablishmentIn(PlanBook book, decimal before, int channel, int year)
    {
        var first = book.FteBusinessAsUsual[1][channel];
        return year < 1 || first <= 0 ? before : before * (decimal)(book.FteBusinessAsUsual[year][channel] / first);
    }

    private static Dictionary<int, decimal>? Establishment(PlanBook book, Actuals actuals, TrackingSettings settings, int[] staffed, List<string> notes)
    {
        if (!book.HasCostBehaviour)
        {
            return null;
        }

        var before = book.StartOf(1).AddMonths(-1);
        var month = actuals.Months.FirstOrDefault(m => m.Month == before);
        var result = new Dictionary<int, decimal>();
        foreach (var c in staffed)
        {
            var key = book.Channels[c].Key;
            if (settings.BaselineFte.TryGetValue(key, out var given))
            {
                result[c] = given;
            }
            else if (month is not null && month.Fte.TryGetValue(book.Channels[c], out var inPost))
            {
                result[c] = inPost;
            }
            else
            {
                notes.Add($"No cashable saving is realised: the staff in post on {key} before the change are not known; give them as a baseline FTE, or the actuals' fte for {ActualMonth.Label(before)}.");
                return null;
            }
        }

        return result;
    }

    private static Dictionary<string, DateOnly> ClosedSteps(PlanBook book, TrackingSettings settings, List<InputProblem> problems)
    {
        var result = new Dictionary<string, DateOnly>();
        foreach (var (name, month) in settings.Closed)
        {
            if (!book.Steps.ContainsKey(name))
            {
                var names = book.Steps.Keys.ToArray();
                problems.Add(new InputProblem("closed", ProblemCodes.UnknownName, $"\"{name}\" is not a fixed step of the scenario{(Suggestions.Closest(name, names) is { } near ? $" (did you mean \"{near}\"?)" : string.Empty)}", names.Length == 0 ? "no step taken: the scenario has no fixed step" : "one of " + string.Join(", ", names.Select(n => "\"" + n + "\"")), name));
                continue;
            }

            var (first, last) = book.Scenario.Appraisal.Months!.Value;
            var firstDay = new DateOnly(month.Year, month.Month, 1);
            if (firstDay < first || firstDay > last)
            {
                problems.Add(new InputProblem("closed", ProblemCodes.OutOfRange, $"\"{name}\" closed in {ActualMonth.Label(month)}, outside the plan", $"a month from {ActualMonth.Label(first)} to {ActualMonth.Label(last)}", ActualMonth.Label(month)));
                continue;
            }

            result[name] = firstDay;
        }

        return result;
    }

    private static void CheckActuals(PlanBook book, Actuals actuals, List<InputProblem> problems)
    {
        var (first, last) = book.Scenario.Appraisal.Months!.Value;
        foreach (var month in actuals.Months)
        {
            if (month.Month < first || month.Month > last)
            {
                problems.Add(new InputProblem("month", ProblemCodes.OutOfRange, $"{month} is outside the plan", $"a month from {ActualMonth.Label(first)} to {ActualMonth.Label(last)}", month.ToString()).At(actuals.SourceName, month.Line == 0 ? null : month.Line));
            }
        }

        var given = actuals.Channels.ToHashSet();
        for (var c = 0; c < book.Channels.Length; c++)
        {
            var used = Enumerable.Range(0, book.Years + 1).Any(t => book.Bau[t][c] != 0 || book.After[t][c] != 0);
            if (used && !given.Contains(book.Channels[c]))
            {
                problems.Add(new InputProblem(book.Channels[c].Key, ProblemCodes.Missing, $"the actuals give no volumes for {book.Channels[c].Key}, which the plan counts", "a volume for every channel of the plan: " + string.Join(", ", book.Channels.Select(ch => ch.Key))).At(actuals.SourceName, null));
            }
        }

        foreach (var channel in given)
        {
            if (!book.Channels.Contains(channel))
            {
                problems.Add(new InputProblem(channel.Key, ProblemCodes.UnknownName, $"the plan does not count {channel.Key}", "only the plan's channels: " + string.Join(", ", book.Channels.Select(ch => ch.Key))).At(actuals.SourceName, null));
            }
        }

        Check(problems);
    }

    private static IReadOnlyDictionary<string, decimal> ByKey(string[] keys, decimal[] values) =>
        keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => values[p.i]).AsReadOnly();

    private static void Check(List<InputProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }
    }
}
