namespace ChannelShift.Appraisal;

/// <summary>The financial view of one option (<see cref="FinancialView"/>): its years in cash.</summary>
public sealed class OptionFinancialView
{
    internal OptionFinancialView(string optionName, IReadOnlyList<FinancialYear> years)
    {
        OptionName = optionName;
        Years = Array.AsReadOnly(years.ToArray());
    }

    /// <summary>The option's name.</summary>
    public string OptionName { get; }

    /// <summary>Years 0 … N.</summary>
    public IReadOnlyList<FinancialYear> Years { get; }
}
