using ChannelShift.Serialization;
using ChannelShift.Tests.Docs;
using ChannelShift.Tests.Support;
using ChannelShift.Tracking;

namespace ChannelShift.Tests.Tracking;

/// <summary>
/// Tracking actuals against docs/examples/waste-services.json, whose year-1 figures docs/methodology.md works by hand:
/// 50,000 face-to-face visits, 120,000 calls and 300,000 web visits a month; half the visits move (web 70%, telephone
/// 20%, avoided 10%; 20% of those sent to the web come back by telephone) over a 3-year linear ramp; unit costs
/// 8.62, 2.83 and 0.15 at 2011 prices × k = 1.025^15 at 2026 prices; year 1 is April 2027 to March 2028.
/// </summary>
public class BenefitsTrackerTests
{
    private static readonly decimal K = Enumerable.Repeat(1.025m, 15).Aggregate(1m, (a, f) => a * f);

    private static readonly Lazy<Scenario> WasteServices = new(() =>
    {
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "waste-services.json"));
        return ScenarioReader.Read(file, "waste-services.json");
    });

    private static Channel F2F => Channel.FaceToFace;

    private static Channel Tel => Channel.Telephone;

    private static Channel Web => Channel.Web;

    /// <summary>Monthly volumes of waste-services when a(t) of the ramp is reached: face-to-face 50,000 − 25,000a;
    /// web 300,000 + 25,000a × 0.7; telephone 120,000 + 25,000a × (0.2 + 0.2 × 0.7).</summary>
    private static ActualMonth At(DateOnly month, decimal adoption) => new(month, new Dictionary<Channel, decimal>
    {
        [F2F] = 50_000m - (25_000m * adoption),
        [Web] = 300_000m + (25_000m * adoption * 0.7m),
        [Tel] = 120_000m + (25_000m * adoption * 0.34m),
    });

    /// <summary>Months from a start, the adoption of each given by its year of the appraisal (April to March).</summary>
    private static Actuals Months(DateOnly first, int count, Func<int, decimal> adoptionInYear) =>
        new(Enumerable.Range(0, count).Select(i =>
        {
            var month = first.AddMonths(i);
            var year = (month.Month >= 4 ? month.Year : month.Year - 1) - 2026;
            return At(month, adoptionInYear(year));
        }).ToArray());

    private static decimal Plan(int year) => Math.Min(year, 3) / 3m;

    [Fact]
    public void Track_ActualsEqualToThePlan_RealiseThePlannedSavingToThePenny()
    {
        // Year 1: a(1) = 1/3, so 100,000 visits move in the year; the saving is 100,000 × 7.5528 × k = 1,093,870.64.
        var actuals = Months(new DateOnly(2027, 4, 1), 12, Plan);

        var result = BenefitsTracker.Track(WasteServices.Value, actuals);

        result.ToDate.PlannedSaving.Should().Be(MoneyRounding.ToPenny(100_000m * 7.5528m * K));
        result.ToDate.PlannedSaving.Should().Be(1_093_870.64m);
        result.ToDate.RealisedSaving.Should().Be(result.ToDate.PlannedSaving);
        result.ToDate.Variance.Should().Be(0m);
        result.ToDate.Status.Should().Be(new MeasureStatus(TrackingStatus.OnTrack, TrackingStatus.NotApplicable, TrackingStatus.OnTrack));
        result.Months.Should().OnlyContain(m => m.RealisedSaving == m.PlannedSaving);
        result.Months[0].PlannedSaving.Should().Be(91_155.89m);   // 1,093,870.639… ÷ 12 = 91,155.886…
        result.Reforecast.Fit.IsThePlan.Should().BeTrue();
        result.Reforecast.Npv.Should().Be(result.Reforecast.ApprovedNpv);
        result.Reforecast.ApprovedNpv.Should().Be(23_474_307.29m);
        result.Reforecast.CurrentYearForecastSaving.Should().Be(1_093_870.64m);
        // Payback 350,000 / 1,053,870.64 = 0.332 years = 3.99 months after the end of 2026/27: repaid during July 2027.
        result.Reforecast.ApprovedPaybackMonth.Should().Be(new DateOnly(2027, 7, 1));
    }

    [Fact]
    public void Track_ActualsFromMidYear_ForecastTheYearsEarlierMonthsToo()
    {
        // June to August 2028 (year 2) on plan: the outturn of 2028/29 is its plan, 200,000 × 10.938706… = 2,187,741.28,
        // April and May re-forecast (the plan, as the actuals follow it) beside the months realised.
        var actuals = new Actuals(Enumerable.Range(0, 3).Select(i => At(new DateOnly(2028, 6, 1).AddMonths(i), 2m / 3m)).ToArray());

        var result = BenefitsTracker.Track(WasteServices.Value, actuals);

        result.Reforecast.CurrentYearForecastSaving.Should().Be(MoneyRounding.ToPenny(200_000m * 7.5528m * K));
        result.Reforecast.CurrentYearForecastSaving.Should().Be(2_187_741.28m);
    }

    [Fact]
    public void Track_YearZeroMonths_AreShownButNotCountedToDate()
    {
        // March 2027 (year 0) 2,000 visits below business as usual, then April 2027 on plan: to date is April alone,
        // 100,000 × 7.5528 × k ÷ 12 = 91,155.89.
        var march = new ActualMonth(new DateOnly(2027, 3, 1), new Dictionary<Channel, decimal> { [F2F] = 48_000m, [Tel] = 120_000m, [Web] = 302_000m });

        var result = BenefitsTracker.Track(WasteServices.Value, new Actuals([march, At(new DateOnly(2027, 4, 1), 1m / 3m)]));

        result.Months.Should().HaveCount(2);
        result.Months[0].RealisedSaving.Should().BeGreaterThan(0m);
        result.ToDate.From.Should().Be(new DateOnly(2027, 4, 1));
        result.ToDate.PlannedSaving.Should().Be(91_155.89m);
        result.ToDate.RealisedSaving.Should().Be(91_155.89m);
        result.ToDate.Actual["face-to-face"].Should().BeApproximately(50_000m - (25_000m / 3m), 0.000001m);
    }

    [Fact]
    public void Track_FixedStepAndVariableShare_RealiseTheCashableSavingWorkedByHand()
    {
        // Face-to-face 10.00 (10% variable), web 0.50; half of 1,000 visits a month move to the web at once. A month of
        // year 1 saves 500 × 9.5 = 4,750, of which cashable: 4,750 − 0.9 × 10 × 500 = 250; the counter (120,000 a year)
        // closes in year 1, as 6,000 visits a year are below 8,000: + 10,000 a month. Planned cashable 10,250 a month.
        // April: 600 visits and 4,400 web visits: saving 400 × 9.5 = 3,800, cashable 3,800 − 0.9 × 10 × 400 = 200; the
        // counter, closed in April, saves from May. May on plan: 250 + 10,000 = 10,250. To date 10,450 of 20,500.
        var scenario = ScenarioReader.Parse("""
            { "name": "Counter", "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
              "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 } },
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
              "costBehaviour": { "face-to-face": { "variableShare": 0.1,
                "fixed": [ { "name": "Counter", "annualCost": 120000, "closesBelow": 8000 } ] } },
              "appraisal": { "years": 3, "firstYear": 2026 } }
            """, "counter.json");
        var months = new[]
        {
            new ActualMonth(new DateOnly(2027, 4, 1), new Dictionary<Channel, decimal> { [F2F] = 600m, [Web] = 4_400m }),
            new ActualMonth(new DateOnly(2027, 5, 1), new Dictionary<Channel, decimal> { [F2F] = 500m, [Web] = 4_500m }),
        };

        var result = BenefitsTracker.Track(scenario, new Actuals(months), new TrackingSettings { Closed = new Dictionary<string, DateOnly> { ["Counter"] = new DateOnly(2027, 4, 1) } });

        result.Months[0].PlannedCashableSaving.Should().Be(10_250m);
        result.Months[0].RealisedCashableSaving.Should().Be(200m);
        result.Months[1].RealisedCashableSaving.Should().Be(10_250m);
        result.ToDate.RealisedCashableSaving.Should().Be(10_450m);
        result.ToDate.PlannedCashableSaving.Should().Be(20_500m);
        result.ToDate.Status.CashableSaving.Should().Be(TrackingStatus.OffTrack);   // 51%
        result.ToDate.CashableRealisedShare.Should().Be(10_450m / 20_500m);
        result.ToDate.SavingRealisedShare.Should().Be(0.9m);   // (3,800 + 4,750) / (2 × 4,750)
    }

    [Fact]
    public void Track_StaffAsPlanned_RealiseThePlannedCashableSaving()
    {
        // Eastbrook's telephone team staffed as the plan has it: volumes on plan, the establishment before the change
        // the FTE business as usual needs in year 1, and in post each month that year's business-as-usual FTE less the
        // whole staff the plan releases; the office recorded closed in March 2028, so that it saves from April (year 2),
        // as the plan has it. The cashable saving realised is the plan's, as the saving is.
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "eastbrook-tracking.json"));
        var scenario = ScenarioReader.Read(file, "eastbrook-tracking.json");
        var years = ChannelShift.Appraisal.Appraiser.AppraiseOption(scenario, scenario.Options[0]).Years;
        var channels = new[] { F2F, Tel, Web };
        var business = Enumerable.Range(0, 24).Select(i => new ActualMonth(new DateOnly(2027, 4, 1).AddMonths(i), channels.ToDictionary(c => c, _ => 1m))).ToArray();
        var released = 0;
        var planned = BenefitsTracker.Track(scenario, new Actuals(business)).Months.Select(m =>
        {
            released = years[m.Year].StaffChange;
            var inPost = (decimal)years[m.Year].FteBusinessAsUsual!.Value - released;
            return new ActualMonth(m.Month, channels.ToDictionary(c => c, c => m.Planned[c.Key]), new Dictionary<Channel, decimal> { [Tel] = inPost });
        }).ToArray();
        var settings = new TrackingSettings
        {
            BaselineFte = new Dictionary<string, decimal> { ["telephone"] = (decimal)years[1].FteBusinessAsUsual!.Value },
            Closed = new Dictionary<string, DateOnly> { ["Market Street office"] = new DateOnly(2028, 3, 1) },
        };

        var result = BenefitsTracker.Track(scenario, new Actuals(planned), settings);

        result.ToDate.Variance.Should().Be(0m);
        result.ToDate.RealisedCashableSaving!.Value.Should().BeApproximately(result.ToDate.PlannedCashableSaving!.Value, 0.05m);
        result.ToDate.Status.CashableSaving.Should().Be(TrackingStatus.OnTrack);
    }


    [Fact]
    public void Track_ActualsEqualToBusinessAsUsual_RealiseNothing()
    {
        var actuals = Months(new DateOnly(2027, 4, 1), 6, _ => 0m);

        var result = BenefitsTracker.Track(WasteServices.Value, actuals);

        result.Months.Should().OnlyContain(m => m.RealisedSaving == 0m && m.TakeUp == 0.0);
        result.ToDate.RealisedSaving.Should().Be(0m);
        result.ToDate.Variance.Should().Be(-result.ToDate.PlannedSaving);
        result.ToDate.Status.Saving.Should().Be(TrackingStatus.OffTrack);
        result.ToDate.Status.TakeUp.Should().Be(TrackingStatus.OffTrack);
    }

    [Fact]
    public void Track_OneMonth_RealisesTheSavingWorkedByHand()
    {
        // April 2027: 45,000 visits (5,000 fewer than business as usual), 121,000 calls (1,000 more), 303,000 web visits
        // (3,000 more). Realised = (8.62 × 5,000 − 2.83 × 1,000 − 0.15 × 3,000) × k = 39,820 × 1.448298166… = 57,671.23.
        var month = new ActualMonth(new DateOnly(2027, 4, 1), new Dictionary<Channel, decimal> { [F2F] = 45_000m, [Tel] = 121_000m, [Web] = 303_000m });

        var result = BenefitsTracker.Track(WasteServices.Value, new Actuals([month]));

        result.Months[0].RealisedSaving.Should().Be(57_671.23m);
        result.Months[0].BusinessAsUsual["face-to-face"].Should().Be(50_000m);
        // Take-up: 5,000 fewer visits of the 25,000 a month that would move at full take-up = 0.2 (plan: 1/3).
        result.Months[0].TakeUp.Should().BeApproximately(0.2, 1e-12);
        result.Months[0].PlannedTakeUp.Should().BeApproximately(1.0 / 3, 1e-12);
        // Demand: 45,000 + 121,000 + 303,000 = 469,000 against 470,000 business as usual, −1/470.
        result.Months[0].ActualDemand.Should().Be(469_000m);
        result.Months[0].DemandChange.Should().BeApproximately(-1.0 / 470, 1e-12);
        result.ToDate.DemandChange.Should().BeApproximately(-1.0 / 470, 1e-12);
    }

    [Fact]
    public void Track_TwoYearsOfASlowerRamp_FitsTheLinearYearsTheyCameFrom()
    {
        // Actuals made with a ramp over 4 years instead of 3: a(1) = 1/4, a(2) = 1/2. Least squares over 24 months
        // recovers 4 years exactly: (1/Y − 1/4)² + (2/Y − 1/2)² is 0 only at Y = 4.
        var actuals = Months(new DateOnly(2027, 4, 1), 24, t => Math.Min(t, 4) / 4m);

        var fit = BenefitsTracker.Track(WasteServices.Value, actuals).Reforecast.Fit;

        fit.Kind.Should().Be("linear");
        fit.MonthsFitted.Should().Be(24);
        fit.IsThePlan.Should().BeFalse();
        Tolerance.Absolute(4.0, fit.Parameters["years"], 1e-6, "years");
        Tolerance.Absolute(0.0, fit.RootMeanSquareError, 1e-9, "residual");
    }

    [Fact]
    public void Track_SixMonthsBehind_FitsADelay()
    {
        // Six months of year 1 at a take-up of 1/4 instead of 1/3: with fewer than 12 months only a delay d is
        // fitted, a(1 − d) = (1 − d)/3 = 1/4, so d = 0.25 years (3 months).
        var actuals = Months(new DateOnly(2027, 4, 1), 6, t => t == 1 ? 0.25m : 0m);

        var result = BenefitsTracker.Track(WasteServices.Value, actuals);

        result.Reforecast.Fit.Kind.Should().Be("delay");
        Tolerance.Absolute(0.25, result.Reforecast.Fit.Parameters["delayYears"], 1e-6, "delay");
        result.Reforecast.Npv.Should().BeLessThan(result.Reforecast.ApprovedNpv);
        result.ToDate.Status.Saving.Should().Be(TrackingStatus.OffTrack);   // 0.25 / (1/3) = 0.75 < 0.85
    }

    [Fact]
    public void Track_SCurveActuals_FitTheGrowthRateAndMidpointTheyCameFrom()
    {
        // Plan: s-curve from 0.2 to 0.8 over 4 years. Actuals from 0.1 to 0.8 over 5 years:
        // k = (logit 0.8 − logit 0.1) / 4 = (1.386294 + 2.197225) / 4 = 0.895880, midpoint m = 1 − logit(0.1)/k = 3.452583.
        var scenario = ScenarioReader.Parse("""
            { "name": "S", "unitCosts": { "catalogue": "socitm-2012" },
              "baseline": { "period": "month", "volumes": { "face-to-face": 50000, "web": 300000 } },
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web",
                            "adoption": { "curve": "s-curve", "start": 0.2, "target": 0.8, "years": 4 } } ],
              "appraisal": { "years": 10, "firstYear": 2026 } }
            """, "s.json");
        var truth = AdoptionCurve.SCurve(0.1, 0.8, 5);
        var months = Enumerable.Range(0, 24).Select(i =>
        {
            var month = new DateOnly(2027, 4, 1).AddMonths(i);
            var a = (decimal)truth.Fraction(i < 12 ? 1 : 2);
            return new ActualMonth(month, new Dictionary<Channel, decimal> { [F2F] = 50_000m - (25_000m * a), [Web] = 300_000m + (25_000m * a) });
        }).ToArray();

        var fit = BenefitsTracker.Track(scenario, new Actuals(months)).Reforecast.Fit;

        var k = (Math.Log(0.8 / 0.2) + Math.Log(0.9 / 0.1)) / 4;
        fit.Kind.Should().Be("s-curve");
        Tolerance.Places(0.895880, k, 6, "k by hand");
        Tolerance.Absolute(k, fit.Parameters["growthRate"], 1e-5, "growth rate");
        Tolerance.Absolute(1 + (Math.Log(9) / k), fit.Parameters["midpoint"], 1e-5, "midpoint");
    }

    [Fact]
    public void Track_ScenarioWithoutFirstYear_NamesTheField()
    {
        var scenario = ScenarioReader.Parse("""
            { "name": "S", "unitCosts": { "catalogue": "socitm-2012" },
              "baseline": { "period": "month", "volumes": { "face-to-face": 50000, "web": 300000 } },
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
              "appraisal": { "years": 5 } }
            """, "s.json");
        var month = new ActualMonth(new DateOnly(2027, 4, 1), new Dictionary<Channel, decimal> { [F2F] = 1m, [Web] = 1m });

        var act = () => BenefitsTracker.Track(scenario, new Actuals([month]));

        act.Should().Throw<InputValidationException>().Which.Problems.Should().ContainSingle(p => p.Path == "$.appraisal.firstYear");
    }

    [Fact]
    public void Track_MonthOutsideThePlanAndAMissingChannel_AreBothReported()
    {
        // The plan runs from April 2026 (year 0) to March 2037 (year 10).
        var month = new ActualMonth(new DateOnly(2037, 4, 1), new Dictionary<Channel, decimal> { [F2F] = 1m, [Web] = 1m });

        var act = () => BenefitsTracker.Track(WasteServices.Value, new Actuals([month]));

        var problems = act.Should().Throw<InputValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Path == "month" && p.What.Contains("2037-04") && p.Expected!.Contains("2026-04 to 2037-03"));
        problems.Should().Contain(p => p.Path == "telephone");
    }

    [Fact]
    public void Track_Seasonality_SpreadsEachChannelByItsWeightsAndAddsUpToTheYear()
    {
        // Face-to-face 10.00, web 0.50; 1,000 visits a month (12,000 a year) weighted January 1.5, February 0.5, the
        // rest 1; half move to the web at once. Year 1 saves 6,000 × 9.5 = 57,000. The web has no profile, so its rise
        // of 6,000 a year is 500 every month: January's visits fall by 6,000 × 1.5 / 12 = 750, saving
        // 750 × 10 − 500 × 0.5 = 7,250; February's by 250: 2,500 − 250 = 2,250; the other ten months 4,750 each;
        // 7,250 + 2,250 + 10 × 4,750 = 57,000.
        var scenario = ScenarioReader.Parse("""
            { "name": "Seasonal",
              "unitCosts": { "catalogue": "socitm-2012", "overrides": { "face-to-face": 10.00, "web": 0.50 } },
              "baseline": { "period": "month", "volumes": { "face-to-face": 1000, "web": 4000 },
                            "seasonality": { "face-to-face": [1.5, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } },
              "shifts": [ { "from": "face-to-face", "share": 0.5, "to": "web" } ],
              "appraisal": { "years": 3, "firstYear": 2026 } }
            """, "seasonal.json");
        var months = Enumerable.Range(0, 12).Select(i =>
        {
            var month = new DateOnly(2027, 4, 1).AddMonths(i);
            var weight = month.Month switch { 1 => 1.5m, 2 => 0.5m, _ => 1m };
            return new ActualMonth(month, new Dictionary<Channel, decimal> { [F2F] = 500m * weight, [Web] = 4_500m });
        }).ToArray();

        var result = BenefitsTracker.Track(scenario, new Actuals(months));

        result.Months.Single(m => m.Month.Month == 1).PlannedSaving.Should().Be(7_250m);
        result.Months.Single(m => m.Month.Month == 2).PlannedSaving.Should().Be(2_250m);
        result.Months.Single(m => m.Month.Month == 4).PlannedSaving.Should().Be(4_750m);
        result.ToDate.PlannedSaving.Should().Be(57_000m);
        result.ToDate.RealisedSaving.Should().Be(57_000m);
    }

    [Fact]
    public void Track_PlanFedBackWithFlowsIntoASource_IsOnPlanInEveryMeasure()
    {
        // docs/examples/eastbrook-tracking.json sends counter visits (and failure demand) to the telephone, which is
        // itself the source of a shift, with seasonal profiles on both. Feeding the plan's own monthly volumes back as
        // actuals must give the plan back: saving, take-up and the fitted curve.
        using var file = File.OpenRead(RepositoryRoot.File("docs", "examples", "eastbrook-tracking.json"));
        var scenario = ScenarioReader.Read(file, "eastbrook-tracking.json");
        var channels = new[] { F2F, Tel, Web };
        var business = Enumerable.Range(0, 18).Select(i => new ActualMonth(new DateOnly(2027, 4, 1).AddMonths(i), channels.ToDictionary(c => c, _ => 1m))).ToArray();
        var planned = BenefitsTracker.Track(scenario, new Actuals(business)).Months
            .Select(m => new ActualMonth(m.Month, channels.ToDictionary(c => c, c => m.Planned[c.Key]))).ToArray();

        var result = BenefitsTracker.Track(scenario, new Actuals(planned));

        result.ToDate.Variance.Should().Be(0m);
        result.Months.Should().OnlyContain(m => Math.Abs(m.TakeUp!.Value - m.PlannedTakeUp!.Value) < 1e-12);
        result.ToDate.Status.TakeUp.Should().Be(TrackingStatus.OnTrack);
        result.Reforecast.Fit.IsThePlan.Should().BeTrue();
        result.Reforecast.Npv.Should().Be(result.Reforecast.ApprovedNpv);
    }

    [Fact]
    public void Track_Quarter_SumsItsMonthsAndTakesTheTakeUpOfTheSums()
    {
        // 2027/28 Q1: April 5,000 visits fewer than business as usual, May on plan (25,000 / 3 fewer), June none fewer.
        // Take-up over the quarter: the summed falls over the summed contacts at full take-up,
        // (5,000 + 8,333.33 + 0) / (3 × 25,000) = 0.177778.
        var months = new[]
        {
            At(new DateOnly(2027, 4, 1), 0.2m),
            At(new DateOnly(2027, 5, 1), 1m / 3m),
            At(new DateOnly(2027, 6, 1), 0m),
            At(new DateOnly(2027, 7, 1), 1m / 3m),
        };

        var result = BenefitsTracker.Track(WasteServices.Value, new Actuals(months));

        result.Quarters.Select(q => q.Label).Should().Equal("2027/28 Q1", "2027/28 Q2");
        var q1 = result.Quarters[0];
        q1.TakeUp.Should().BeApproximately((5_000 + (25_000 / 3.0)) / 75_000, 1e-12);
        q1.PlannedTakeUp.Should().BeApproximately(1.0 / 3, 1e-12);
        // Realised: April (8.62 × 5,000 − 0.15 × 3,500 − 2.83 × 1,700) × k = 37,764 × 1.448298166… = 54,693.53; May on
        // plan, 91,155.89; June nothing. 54,693.53 + 91,155.89 = 145,849.42.
        q1.RealisedSaving.Should().Be(145_849.42m);
        q1.PlannedSaving.Should().Be(3 * 91_155.89m);   // 1,093,870.639… ÷ 12 a month, rounded each month
        q1.Variance.Should().Be(-127_618.25m);   // 145,849.42 − 273,467.67
        result.Quarters[1].First.Should().Be(new DateOnly(2027, 7, 1));
    }

    [Theory]
    // realised, planned, status with the default bands (on track ≥ 95%, at risk ≥ 85%)
    [InlineData(95, 100, TrackingStatus.OnTrack)]
    [InlineData(94.99, 100, TrackingStatus.AtRisk)]
    [InlineData(85, 100, TrackingStatus.AtRisk)]
    [InlineData(84.99, 100, TrackingStatus.OffTrack)]
    [InlineData(-5, 100, TrackingStatus.OffTrack)]
    [InlineData(10, 0, TrackingStatus.NotApplicable)]
    [InlineData(-300, -100, TrackingStatus.NotApplicable)]   // a plan that expects a net cost so far: no ratio to judge
    public void StatusOf_Bands_FollowTheRatioToDate(decimal realised, decimal planned, TrackingStatus expected)
    {
        BenefitsTracker.StatusOf(realised, planned, TrackingSettings.Default).Should().Be(expected);
    }
}
