using System.Globalization;

namespace ChannelShift;

/// <summary>
/// Optimism bias, as HM Treasury's Green Book asks appraisals to adjust for it: uplifts on one-off and on recurring
/// costs, and a haircut on benefits (savings). All three are fractions (0.24 for 24%) and default to 0.
/// </summary>
/// <remarks>
/// <para>
/// Source: HM Treasury, <i>The Green Book</i> (2022), "Optimism bias" (section 5 and Annex A5), and its supplementary
/// guidance <i>Optimism Bias</i> (2003), whose project-type uplifts come from Mott MacDonald, <i>Review of Large
/// Public Procurement in the UK</i> (2002). The presets (<see cref="PresetKeys"/>) are Mott MacDonald's upper and lower
/// bounds of the capital-cost uplift: <c>standard-buildings</c> 24% / 2%,
/// <c>non-standard-buildings</c> 51% / 4%, <c>standard-civil-engineering</c> 44% / 3%,
/// <c>non-standard-civil-engineering</c> 66% / 6% and <c>equipment-development</c> 200% / 10% set
/// <see cref="OneOff"/>; <c>outsourcing</c> 41% / 0% (an uplift on operating cost) sets <see cref="Recurring"/>.
/// An explicit value beside a preset overrides it: <c>FromPreset("outsourcing", OptimismBiasBound.Upper).WithBenefits(0.1m)</c>.
/// </para>
/// <para>Applied as costs × (1 + uplift) and saving × (1 − haircut). Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class OptimismBias
{
    private static readonly Preset[] Presets =
    [
        new("standard-buildings", 0.24m, 0.02m, Recurring: false),
        new("non-standard-buildings", 0.51m, 0.04m, Recurring: false),
        new("standard-civil-engineering", 0.44m, 0.03m, Recurring: false),
        new("non-standard-civil-engineering", 0.66m, 0.06m, Recurring: false),
        new("equipment-development", 2.00m, 0.10m, Recurring: false),
        new("outsourcing", 0.41m, 0.00m, Recurring: true),
    ];

    private OptimismBias(decimal oneOff, decimal recurring, decimal benefits, string? preset, OptimismBiasBound? bound)
    {
        OneOff = oneOff;
        Recurring = recurring;
        Benefits = benefits;
        PresetKey = preset;
        Bound = bound;
    }

    /// <summary>No optimism bias: every uplift and the haircut are 0 (the default of a scenario).</summary>
    public static OptimismBias None { get; } = new(0m, 0m, 0m, null, null);

    /// <summary>
    /// The keys of the Green Book project-type presets, in the order of the Mott MacDonald table:
    /// <c>standard-buildings</c>, <c>non-standard-buildings</c>, <c>standard-civil-engineering</c>,
    /// <c>non-standard-civil-engineering</c>, <c>equipment-development</c>, <c>outsourcing</c>.
    /// </summary>
    public static IReadOnlyList<string> PresetKeys { get; } = Array.AsReadOnly(Array.ConvertAll(Presets, p => p.Key));

    /// <summary>The uplift on one-off costs, a fraction of 0 or more (0.24 for 24%).</summary>
    public decimal OneOff { get; }

    /// <summary>The uplift on recurring costs, a fraction of 0 or more.</summary>
    public decimal Recurring { get; }

    /// <summary>The haircut on benefits (savings), a fraction from 0 to 1.</summary>
    public decimal Benefits { get; }

    /// <summary>The preset this value started from (one of <see cref="PresetKeys"/>), or <c>null</c>. Explicit values
    /// given afterwards through the <c>With…</c> methods may have overridden it.</summary>
    public string? PresetKey { get; }

    /// <summary>The bound taken from <see cref="PresetKey"/>, or <c>null</c> when there is no preset.</summary>
    public OptimismBiasBound? Bound { get; }

    /// <summary>Optimism bias from explicit values.</summary>
    /// <param name="oneOff">Uplift on one-off costs, a fraction of 0 or more.</param>
    /// <param name="recurring">Uplift on recurring costs, a fraction of 0 or more.</param>
    /// <param name="benefits">Haircut on benefits, a fraction from 0 to 1.</param>
    /// <exception cref="InputValidationException">An uplift is negative or the haircut is outside 0–1.</exception>
    public static OptimismBias Create(decimal oneOff = 0m, decimal recurring = 0m, decimal benefits = 0m)
    {
        var problems = new List<InputProblem>();
        Rules.Uplift.Check(oneOff, nameof(oneOff), problems);
        Rules.Uplift.Check(recurring, nameof(recurring), problems);
        Rules.Haircut.Check(benefits, nameof(benefits), problems);
        if (problems.Count > 0)
        {
            throw new InputValidationException(problems);
        }
        return new OptimismBias(oneOff, recurring, benefits, null, null);
    }

    /// <summary>
    /// A Green Book project-type preset (Mott MacDonald 2002, upper or lower bound): the five capital
    /// project types set <see cref="OneOff"/>, <c>outsourcing</c> sets <see cref="Recurring"/>; the others are 0.
    /// </summary>
    /// <param name="preset">One of <see cref="PresetKeys"/>, exactly as written (ordinal, case-sensitive).</param>
    /// <param name="bound">Which end of the range to take.</param>
    /// <exception cref="ArgumentNullException"><paramref name="preset"/> is null.</exception>
    /// <exception cref="InputValidationException"><paramref name="preset"/> is not a known key; the message lists the known
    /// keys and suggests the closest one when the key looks like a typo.</exception>
    /// <exception cref="InputValidationException"><paramref name="bound"/> is not a defined value.</exception>
    public static OptimismBias FromPreset(string preset, OptimismBiasBound bound = OptimismBiasBound.Upper)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (bound is not (OptimismBiasBound.Upper or OptimismBiasBound.Lower))
        {
            throw Preconditions.Fail("bound", ProblemCodes.UnknownName, string.Create(CultureInfo.InvariantCulture, $"{(int)bound} is not a bound"), "Upper or Lower", bound);
        }

        foreach (var p in Presets)
        {
            if (string.Equals(p.Key, preset, StringComparison.Ordinal))
            {
                var uplift = bound == OptimismBiasBound.Upper ? p.Upper : p.Lower;
                return p.Recurring
                    ? new OptimismBias(0m, uplift, 0m, p.Key, bound)
                    : new OptimismBias(uplift, 0m, 0m, p.Key, bound);
            }
        }

        var suggestion = Suggestions.Closest(preset, PresetKeys);
        var didYouMean = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
        throw Preconditions.Fail(nameof(preset), ProblemCodes.UnknownName, $"\"{preset}\" is not an optimism-bias preset{didYouMean}", $"one of {string.Join(", ", PresetKeys)}", preset);
    }

    /// <summary>A copy with <see cref="OneOff"/> replaced (an explicit value overrides a preset).</summary>
    /// <param name="oneOff">Uplift on one-off costs, a fraction of 0 or more.</param>
    /// <exception cref="InputValidationException"><paramref name="oneOff"/> is negative.</exception>
    public OptimismBias WithOneOff(decimal oneOff) =>
        new(Rules.Uplift.Check(oneOff, nameof(oneOff)), Recurring, Benefits, PresetKey, Bound);

    /// <summary>A copy with <see cref="Recurring"/> replaced (an explicit value overrides a preset).</summary>
    /// <param name="recurring">Uplift on recurring costs, a fraction of 0 or more.</param>
    /// <exception cref="InputValidationException"><paramref name="recurring"/> is negative.</exception>
    public OptimismBias WithRecurring(decimal recurring) =>
        new(OneOff, Rules.Uplift.Check(recurring, nameof(recurring)), Benefits, PresetKey, Bound);

    /// <summary>A copy with <see cref="Benefits"/> replaced (an explicit value overrides a preset).</summary>
    /// <param name="benefits">Haircut on benefits, a fraction from 0 to 1.</param>
    /// <exception cref="InputValidationException"><paramref name="benefits"/> is outside 0–1.</exception>
    public OptimismBias WithBenefits(decimal benefits) =>
        new(OneOff, Recurring, Rules.Haircut.Check(benefits, nameof(benefits)), PresetKey, Bound);

    /// <summary>A one-off cost with its uplift: <c>cost × (1 + OneOff)</c>, unrounded.</summary>
    /// <param name="cost">A one-off cost in the scenario's currency.</param>
    public decimal ApplyToOneOff(decimal cost) => cost * (1m + OneOff);

    /// <summary>A recurring cost with its uplift: <c>cost × (1 + Recurring)</c>, unrounded.</summary>
    /// <param name="cost">A recurring cost in the scenario's currency.</param>
    public decimal ApplyToRecurring(decimal cost) => cost * (1m + Recurring);

    /// <summary>A benefit (saving) after the haircut: <c>saving × (1 − Benefits)</c>, unrounded; with no haircut, the
    /// saving itself (the same value, without a multiplication an appraisal would otherwise make every year).</summary>
    /// <param name="saving">A saving in the scenario's currency.</param>
    public decimal ApplyToBenefits(decimal saving) => Benefits == 0m ? saving : saving * (1m - Benefits);

    /// <summary>A one-line description (invariant culture), e.g. <c>one-off 2.00, recurring 0, benefits 0 (preset equipment-development, upper)</c>.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"one-off {OneOff}, recurring {Recurring}, benefits {Benefits}");
        return PresetKey is null
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text} (preset {PresetKey}, {(Bound == OptimismBiasBound.Lower ? "lower" : "upper")})");
    }

    private sealed record Preset(string Key, decimal Upper, decimal Lower, bool Recurring);
}
