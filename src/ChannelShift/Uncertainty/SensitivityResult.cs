namespace ChannelShift.Uncertainty;

/// <summary>A sensitivity analysis of one option: the base NPV, the tornado (sorted by swing) and switching values.</summary>
public sealed class SensitivityResult
{
    internal SensitivityResult(string optionName, string currency, Appraisal.Basis basis, decimal baseNpv, IReadOnlyList<TornadoBar> tornado, IReadOnlyList<SwitchingValue> switchingValues, IReadOnlyList<string> notes)
    {
        OptionName = optionName;
        Basis = basis;
        Currency = currency;
        BaseNpv = baseNpv;
        Tornado = Array.AsReadOnly(tornado.ToArray());
        SwitchingValues = Array.AsReadOnly(switchingValues.ToArray());
        Notes = Array.AsReadOnly(notes.ToArray());
    }

    /// <summary>The option analysed.</summary>
    public string OptionName { get; }

    /// <summary>The ISO 4217 currency.</summary>
    public string Currency { get; }

    /// <summary>The basis of every NPV in the result: at average cost, or cashable.</summary>
    public Appraisal.Basis Basis { get; }

    /// <summary>NPV with every input at its mean.</summary>
    public decimal BaseNpv { get; }

    /// <summary>The tornado, largest swing first.</summary>
    public IReadOnlyList<TornadoBar> Tornado { get; }

    /// <summary>The switching value of each input of the tornado.</summary>
    public IReadOnlyList<SwitchingValue> SwitchingValues { get; }

    /// <summary>How the ranges were chosen.</summary>
    public IReadOnlyList<string> Notes { get; }
}
