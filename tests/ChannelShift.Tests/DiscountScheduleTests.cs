using System.Globalization;
using ChannelShift.Tests.Support;
using CsCheck;

namespace ChannelShift.Tests;

public class DiscountScheduleTests
{
    // fixtures.md §2: HM Treasury Green Book STPR discount factors, published to 6 places.
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 0.966184)]
    [InlineData(2, 0.933511)]
    [InlineData(3, 0.901943)]
    [InlineData(4, 0.871442)]
    [InlineData(5, 0.841973)]
    [InlineData(30, 0.356278)]
    [InlineData(31, 0.345901)]
    public void Factor_GreenBookFixtureTable_MatchesToSixPlaces(int year, double expected)
    {
        Tolerance.Places(expected, (double)DiscountSchedule.GreenBook.Factor(year), 6, $"DF({year})");
        Tolerance.Places(expected, DiscountSchedule.GreenBook.FactorAsDouble(year), 6, $"DF({year}) as double");
    }

    [Fact]
    public void Factor_YearZero_IsExactlyOne()
    {
        DiscountSchedule.GreenBook.Factor(0).Should().Be(1m);
        DiscountSchedule.GreenBookHealth.Factor(0).Should().Be(1m);
        DiscountSchedule.Constant(0.2).Factor(0).Should().Be(1m);
    }

    [Fact]
    public void Factor_YearOne_IsOneOverOnePointZeroThreeFiveInDecimal() =>
        DiscountSchedule.GreenBook.Factor(1).Should().Be(1m / 1.035m);

    [Fact]
    public void Factors_GreenBookYearsOneToFive_SumToTheFixtureAnnuityFactor()
    {
        // fixtures.md §2 annuity check: 2,220,000 a year in years 1–5 has PV 2,220,000 × 4.5150524 = 10,023,416.27.
        var factors = DiscountSchedule.GreenBook.Factors(5);
        var annuity = factors[1] + factors[2] + factors[3] + factors[4] + factors[5];

        Tolerance.Places(4.5150524, (double)annuity, 7, "Σ DF(1..5)");
        MoneyRounding.ToPenny(2_220_000m * annuity).Should().Be(10_023_416.27m);
    }

    // Band boundaries by hand: "the rate of a band applies to the years in it" (fixtures.md §2), so the first year of
    // each band is discounted from the year before at the new band's rate.
    [Theory]
    [InlineData(31, 1.030)]
    [InlineData(75, 1.030)]
    [InlineData(76, 1.025)]
    [InlineData(125, 1.025)]
    [InlineData(126, 1.020)]
    [InlineData(200, 1.020)]
    [InlineData(201, 1.015)]
    [InlineData(300, 1.015)]
    [InlineData(301, 1.010)]
    [InlineData(1000, 1.010)]
    public void Factor_GreenBookBandBoundary_IsPreviousYearOverTheBandRate(int year, double growth)
    {
        var schedule = DiscountSchedule.GreenBook;
        var expected = (double)schedule.Factor(year - 1) / growth;
        Tolerance.Relative(expected, (double)schedule.Factor(year), 1e-14, $"DF({year}) = DF({year - 1}) / {growth}");
    }

    // The closed form by band: DF(t) = Π over bands of (1 + r)^−(years of the band up to t), with Math.Pow, independent
    // of the library's year-by-year division.
    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(76)]
    [InlineData(126)]
    [InlineData(201)]
    [InlineData(301)]
    [InlineData(1000)]
    public void Factor_GreenBook_MatchesClosedFormByBand(int year)
    {
        double[] starts = [1, 31, 76, 126, 201, 301];
        double[] ends = [30, 75, 125, 200, 300, double.PositiveInfinity];
        double[] rates = [0.035, 0.030, 0.025, 0.020, 0.015, 0.010];
        var expected = ClosedForm(year, starts, ends, rates);
        Tolerance.Relative(expected, DiscountSchedule.GreenBook.FactorAsDouble(year), 1e-12, $"DF({year})");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(76)]
    [InlineData(126)]
    [InlineData(201)]
    [InlineData(301)]
    [InlineData(500)]
    public void Factor_GreenBookHealth_MatchesClosedFormByBand(int year)
    {
        // fixtures.md §2: 1.5% for 0–30, then 1.29%, 1.07%, 0.86%, 0.64%, 0.43% on the standard bands.
        double[] starts = [1, 31, 76, 126, 201, 301];
        double[] ends = [30, 75, 125, 200, 300, double.PositiveInfinity];
        double[] rates = [0.015, 0.0129, 0.0107, 0.0086, 0.0064, 0.0043];
        var expected = ClosedForm(year, starts, ends, rates);
        Tolerance.Relative(expected, DiscountSchedule.GreenBookHealth.FactorAsDouble(year), 1e-12, $"DF({year})");
    }

    [Fact]
    public void Factor_GreenBookHealthYear30_IsOneOver1Point015ToThe30()
    {
        // 1.015^30 = 1.563080 (ln 1.015 = 0.0148886 × 30 = 0.446659, e^0.446659 = 1.563080), so DF(30) = 0.639762.
        Tolerance.Places(0.639762, DiscountSchedule.GreenBookHealth.FactorAsDouble(30), 6);
        Tolerance.Relative(DiscountSchedule.GreenBookHealth.FactorAsDouble(30) / 1.0129, DiscountSchedule.GreenBookHealth.FactorAsDouble(31), 1e-14);
    }

    [Theory]
    [InlineData(0, "0.035")]
    [InlineData(30, "0.035")]
    [InlineData(31, "0.030")]
    [InlineData(75, "0.030")]
    [InlineData(76, "0.025")]
    [InlineData(125, "0.025")]
    [InlineData(126, "0.020")]
    [InlineData(200, "0.020")]
    [InlineData(201, "0.015")]
    [InlineData(300, "0.015")]
    [InlineData(301, "0.010")]
    [InlineData(10_000, "0.010")]
    public void RateInYear_GreenBook_FollowsTheBands(int year, string expected) =>
        DiscountSchedule.GreenBook.RateInYear(year).Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));

    [Fact]
    public void Factor_ConstantFivePercentYearTen_IsOneOver1Point05ToThe10()
    {
        // 1.05^10 = 1.628894627 (compound interest tables), 1 / 1.628894627 = 0.613913254.
        Tolerance.Places(0.613913254, DiscountSchedule.Constant(0.05).FactorAsDouble(10), 9);
    }

    [Fact]
    public void Factor_ConstantZero_IsOneEveryYear() =>
        DiscountSchedule.Constant(0.0).Factors(50).Should().AllSatisfy(f => f.Should().Be(1m));

    [Fact]
    public void Factor_ConstantNegativeRate_GrowsAsOneOverOneMinusTheRate() =>
        DiscountSchedule.Constant(-0.5).Factor(3).Should().Be(8m); // 1 / 0.5^3

    [Fact]
    public void Factor_ConstantRate_FallsAsTheRateRises()
    {
        // Rates in basis points from −50% to +50%, the rule's maximum (distinct basis points are distinct decimals),
        // years 1–60.
        Gen.Select(Gen.Int[-5000, 5000], Gen.Int[-5000, 5000], Gen.Int[1, 60])
            .Where((a, b, _) => a != b)
            .Sample((a, b, year) =>
            {
                var (low, high) = a < b ? (a, b) : (b, a);
                var atLow = DiscountSchedule.Constant(low / 10000.0).Factor(year);
                var atHigh = DiscountSchedule.Constant(high / 10000.0).Factor(year);
                return atHigh < atLow;
            });
    }

    [Fact]
    public void Factors_EachEntry_EqualsFactorOfItsYear()
    {
        var factors = DiscountSchedule.GreenBook.Factors(320);
        var doubles = DiscountSchedule.GreenBook.FactorsAsDouble(320);

        factors.Should().HaveCount(321);
        doubles.Should().HaveCount(321);
        foreach (var year in new[] { 0, 1, 30, 31, 75, 76, 200, 201, 301, 320 })
        {
            factors[year].Should().Be(DiscountSchedule.GreenBook.Factor(year));
            doubles[year].Should().Be((double)factors[year]);
        }
    }

    [Fact]
    public void Key_NamesTheSchedule_InTheInvariantCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            DiscountSchedule.GreenBook.Key.Should().Be("green-book");
            DiscountSchedule.GreenBookHealth.Key.Should().Be("green-book-health");
            DiscountSchedule.Constant(0.05).Key.Should().Be("rate 0.05");
            DiscountSchedule.Constant(0.05).ToString().Should().Be("rate 0.05");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(DiscountSchedule.MaxYear + 1)]
    [InlineData(int.MinValue)]
    public void Factor_YearOutOfRange_Throws(int year)
    {
        var act = () => DiscountSchedule.GreenBook.Factor(year);
        act.Should().Throw<InputValidationException>()
            .Where(e => e.Problems[0].Path == "year" && e.Message.Contains(year.ToString(CultureInfo.InvariantCulture)));
        FluentActions.Invoking(() => DiscountSchedule.GreenBook.Factors(year)).Should().Throw<InputValidationException>();
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1000.5)]
    public void Constant_InvalidRate_Throws(double rate)
    {
        var act = () => DiscountSchedule.Constant(rate);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "rate" && e.Message.StartsWith("rate: "));
    }

    [Fact]
    public void Factor_NegativeRateBeyondDecimalRange_ThrowsOverflow()
    {
        // 1 / 0.5^t = 2^t passes decimal.MaxValue (≈ 7.9e28 ≈ 2^96) at t = 97.
        var act = () => DiscountSchedule.Constant(-0.5).Factor(200);
        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void AppraisalFactors_GreenBookFirstBand_AreTheExactFactorRoundedToTwelvePlaces()
    {
        // DF(t) = 1000^t / 1035^t exactly (3.5% a year for t ≤ 30). Held to 12 places, half away from zero, its mantissa
        // is ⌊(2 × 10^12 × 1000^t + 1035^t) / (2 × 1035^t)⌋, computed here in integers, independently of decimal.
        var factors = DiscountSchedule.GreenBook.AppraisalFactors(30);

        for (var t = 0; t <= 30; t++)
        {
            var numerator = System.Numerics.BigInteger.Pow(1000, t) * System.Numerics.BigInteger.Pow(10, 12);
            var denominator = System.Numerics.BigInteger.Pow(1035, t);
            var mantissa = ((2 * numerator) + denominator) / (2 * denominator);
            factors[t].Should().Be((decimal)mantissa / 1_000_000_000_000m, $"DF({t}) to 12 places");
            factors[t].Scale.Should().BeLessThanOrEqualTo(12);
        }
    }

    public static TheoryData<string, int> Schedules => new()
    {
        { "green-book", 1000 },
        { "green-book-health", 1000 },
        { "rate 0.05", 400 },
        { "rate 0.2", 150 },
        { "rate -0.03", 1000 },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void AppraisalFactors_EveryYear_AreWithinHalfAUnitInTheTwelfthPlaceOfTheExactFactor(string key, int years)
    {
        // The stated bound (docs/methodology.md, "Precision"): |DF held − DF| ≤ 5e-13, against the 28-digit factors.
        var schedule = key switch
        {
            "green-book" => DiscountSchedule.GreenBook,
            "green-book-health" => DiscountSchedule.GreenBookHealth,
            _ => DiscountSchedule.Constant(double.Parse(key[5..], CultureInfo.InvariantCulture)),
        };
        var exact = schedule.Factors(years);
        var held = schedule.AppraisalFactors(years);

        for (var t = 0; t <= years; t++)
        {
            Math.Abs(held[t] - exact[t]).Should().BeLessThanOrEqualTo(0.0000000000005m, $"DF({t}) of {key}");
            held[t].Scale.Should().BeLessThanOrEqualTo(12);
        }
    }

    private static double ClosedForm(int year, double[] starts, double[] ends, double[] rates)
    {
        var factor = 1.0;
        for (var band = 0; band < rates.Length; band++)
        {
            var yearsInBand = Math.Max(0, Math.Min(year, ends[band]) - starts[band] + 1);
            factor /= Math.Pow(1 + rates[band], yearsInBand);
        }

        return factor;
    }
}
