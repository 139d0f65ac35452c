using System.Globalization;

namespace ChannelShift.Tests;

public class OptimismBiasTests
{
    // fixtures.md §2: Mott MacDonald for HM Treasury, upper / lower bound, % uplift on capital cost (one-off), and on
    // operating cost (recurring) for outsourcing.
    public static TheoryData<string, OptimismBiasBound, decimal, decimal> Presets => new()
    {
        { "standard-buildings", OptimismBiasBound.Upper, 0.24m, 0m },
        { "standard-buildings", OptimismBiasBound.Lower, 0.02m, 0m },
        { "non-standard-buildings", OptimismBiasBound.Upper, 0.51m, 0m },
        { "non-standard-buildings", OptimismBiasBound.Lower, 0.04m, 0m },
        { "standard-civil-engineering", OptimismBiasBound.Upper, 0.44m, 0m },
        { "standard-civil-engineering", OptimismBiasBound.Lower, 0.03m, 0m },
        { "non-standard-civil-engineering", OptimismBiasBound.Upper, 0.66m, 0m },
        { "non-standard-civil-engineering", OptimismBiasBound.Lower, 0.06m, 0m },
        { "equipment-development", OptimismBiasBound.Upper, 2.00m, 0m },
        { "equipment-development", OptimismBiasBound.Lower, 0.10m, 0m },
        { "outsourcing", OptimismBiasBound.Upper, 0m, 0.41m },
        { "outsourcing", OptimismBiasBound.Lower, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void FromPreset_EveryGreenBookPreset_SetsTheMottMacDonaldUplift(string key, OptimismBiasBound bound, decimal oneOff, decimal recurring)
    {
        var bias = OptimismBias.FromPreset(key, bound);

        bias.OneOff.Should().Be(oneOff);
        bias.Recurring.Should().Be(recurring);
        bias.Benefits.Should().Be(0m);
        bias.PresetKey.Should().Be(key);
        bias.Bound.Should().Be(bound);
    }

    [Fact]
    public void FromPreset_NoBound_TakesTheUpperBound() =>
        OptimismBias.FromPreset("standard-buildings").OneOff.Should().Be(0.24m);

    [Fact]
    public void PresetKeys_AreTheSixKeysExactlyAsWritten() =>
        OptimismBias.PresetKeys.Should().Equal(
            "standard-buildings", "non-standard-buildings", "standard-civil-engineering",
            "non-standard-civil-engineering", "equipment-development", "outsourcing");

    [Fact]
    public void WithOneOff_BesideAPreset_OverridesItAndKeepsTheRest()
    {
        var bias = OptimismBias.FromPreset("equipment-development", OptimismBiasBound.Upper).WithOneOff(0.4m);

        bias.OneOff.Should().Be(0.4m);
        bias.Recurring.Should().Be(0m);
        bias.PresetKey.Should().Be("equipment-development");
    }

    [Fact]
    public void WithRecurringAndBenefits_BesideAPreset_OverrideThemAndKeepThePresetOneOff()
    {
        var bias = OptimismBias.FromPreset("standard-buildings", OptimismBiasBound.Upper).WithRecurring(0.05m).WithBenefits(0.1m);

        bias.OneOff.Should().Be(0.24m);
        bias.Recurring.Should().Be(0.05m);
        bias.Benefits.Should().Be(0.1m);
    }

    [Fact]
    public void WithRecurring_OverOutsourcing_ReplacesThePresetUplift() =>
        OptimismBias.FromPreset("outsourcing", OptimismBiasBound.Upper).WithRecurring(0.1m).Recurring.Should().Be(0.1m);

    [Fact]
    public void None_IsAllZero()
    {
        OptimismBias.None.OneOff.Should().Be(0m);
        OptimismBias.None.Recurring.Should().Be(0m);
        OptimismBias.None.Benefits.Should().Be(0m);
        OptimismBias.None.PresetKey.Should().BeNull();
        OptimismBias.None.Bound.Should().BeNull();
    }

    [Fact]
    public void Apply_UpliftsCostsAndCutsBenefits()
    {
        // 1,000 one-off × 1.24 = 1,240; 500 recurring × 1.41 = 705; 2,000 saving × (1 − 0.15) = 1,700.
        var bias = OptimismBias.Create(oneOff: 0.24m, recurring: 0.41m, benefits: 0.15m);

        bias.ApplyToOneOff(1_000m).Should().Be(1_240m);
        bias.ApplyToRecurring(500m).Should().Be(705m);
        bias.ApplyToBenefits(2_000m).Should().Be(1_700m);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    public void ApplyToBenefits_NoHaircut_IsTheSavingItself(string benefits)
    {
        // With no haircut the saving comes back as it is: the same value and the same digits (1234.5678, not 1234.567800).
        var bias = OptimismBias.Create(oneOff: 0.24m, recurring: 0m, benefits: decimal.Parse(benefits, CultureInfo.InvariantCulture));

        decimal.GetBits(bias.ApplyToBenefits(1_234.5678m)).Should().Equal(decimal.GetBits(1_234.5678m));
        decimal.GetBits(bias.ApplyToBenefits(-0.01m)).Should().Equal(decimal.GetBits(-0.01m));
    }

    [Fact]
    public void FromPreset_NearMiss_ThrowsSuggestingTheKeyAndListingAll()
    {
        var act = () => OptimismBias.FromPreset("equipment-developmnt", OptimismBiasBound.Upper);
        var error = act.Should().Throw<ArgumentException>().Which;

        error.ParamName.Should().Be("preset");
        error.Message.Should().Contain("\"equipment-developmnt\"").And.Contain("did you mean \"equipment-development\"?");
        foreach (var key in OptimismBias.PresetKeys)
        {
            error.Message.Should().Contain(key);
        }
    }

    [Fact]
    public void FromPreset_WrongCase_IsRejectedWithASuggestion()
    {
        var act = () => OptimismBias.FromPreset("Outsourcing");
        act.Should().Throw<ArgumentException>().WithMessage("*did you mean \"outsourcing\"?*");
    }

    [Fact]
    public void FromPreset_FarFromEveryKey_ThrowsWithoutASuggestion()
    {
        var act = () => OptimismBias.FromPreset("bridges");
        var error = act.Should().Throw<ArgumentException>().Which;

        error.Message.Should().NotContain("did you mean").And.Contain("standard-buildings, non-standard-buildings");
    }

    [Fact]
    public void FromPreset_Null_ThrowsArgumentNull()
    {
        var act = () => OptimismBias.FromPreset(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FromPreset_UndefinedBound_Throws()
    {
        var act = () => OptimismBias.FromPreset("outsourcing", (OptimismBiasBound)7);
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == "bound");
    }

    [Theory]
    [InlineData("-0.01", "0", "0", "oneOff")]
    [InlineData("0", "-1", "0", "recurring")]
    [InlineData("0", "0", "-0.1", "benefits")]
    [InlineData("0", "0", "1.01", "benefits")]
    public void Create_OutOfRange_ThrowsNamingTheValue(string oneOff, string recurring, string benefits, string param)
    {
        var act = () => OptimismBias.Create(Parse(oneOff), Parse(recurring), Parse(benefits));
        act.Should().Throw<InputValidationException>().Where(e => e.Problems[0].Path == param && e.Message.StartsWith(param + ": "));
    }

    [Fact]
    public void Create_Bounds_AreAccepted()
    {
        var bias = OptimismBias.Create(oneOff: 0m, recurring: 2m, benefits: 1m);
        bias.Benefits.Should().Be(1m);
        bias.ApplyToBenefits(123m).Should().Be(0m);
    }

    [Fact]
    public void With_OutOfRange_Throws()
    {
        FluentActions.Invoking(() => OptimismBias.None.WithOneOff(-1m)).Should().Throw<InputValidationException>();
        FluentActions.Invoking(() => OptimismBias.None.WithRecurring(-1m)).Should().Throw<InputValidationException>();
        FluentActions.Invoking(() => OptimismBias.None.WithBenefits(2m)).Should().Throw<InputValidationException>();
    }

    [Fact]
    public void ToString_NamesValuesAndPreset() =>
        OptimismBias.FromPreset("equipment-development", OptimismBiasBound.Lower).ToString()
            .Should().Be("one-off 0.10, recurring 0, benefits 0 (preset equipment-development, lower)");

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
