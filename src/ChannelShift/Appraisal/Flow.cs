namespace ChannelShift.Appraisal;

/// <summary>
/// One line of an estimate, so that a person can follow it: contacts a year going from one place to another, what each
/// cost where it was and where it went, and the saving. For a <see cref="FlowKind.Destination"/> line,
/// saving = contacts × (cost from − cost to); for failure demand and assisted digital, cost from is 0 (nothing is
/// removed: the contact was already counted on its new channel) and cost to is the return channel's cost or the
/// assisted-digital cost, so the saving is negative.
/// </summary>
public sealed record Flow
{
    /// <summary>Creates one.</summary>
    /// <param name="kind">What the line is.</param>
    /// <param name="from">Key of the channel the contacts come from (for failure demand and assisted digital: the shift's source channel).</param>
    /// <param name="to">Key of the destination: a channel, <c>avoided</c>, the return channel (failure demand) or <c>assisted-digital</c>.</param>
    /// <param name="annualContacts">Contacts a year on this line (not rounded).</param>
    /// <param name="costPerContactFrom">Cost per contact removed at the source (0 for failure demand and assisted digital).</param>
    /// <param name="costPerContactTo">Cost per contact added at the destination (0 for avoided).</param>
    /// <param name="annualSaving">AnnualContacts × (CostPerContactFrom − CostPerContactTo), a year, in the set's currency.</param>
    public Flow(FlowKind kind, string from, string to, decimal annualContacts, decimal costPerContactFrom, decimal costPerContactTo, decimal annualSaving)
    {
        Kind = kind;
        From = from;
        To = to;
        AnnualContacts = annualContacts;
        CostPerContactFrom = costPerContactFrom;
        CostPerContactTo = costPerContactTo;
        AnnualSaving = annualSaving;
    }

    /// <summary>What the line is.</summary>
    public FlowKind Kind { get; init; }

    /// <summary>Key of the channel the contacts come from (for failure demand and assisted digital: the shift's source channel).</summary>
    public string From { get; init; }

    /// <summary>Key of the destination: a channel, <c>avoided</c>, the return channel (failure demand) or <c>assisted-digital</c>.</summary>
    public string To { get; init; }

    /// <summary>Contacts a year on this line (not rounded).</summary>
    public decimal AnnualContacts { get; init; }

    /// <summary>Cost per contact removed at the source (0 for failure demand and assisted digital).</summary>
    public decimal CostPerContactFrom { get; init; }

    /// <summary>Cost per contact added at the destination (0 for avoided).</summary>
    public decimal CostPerContactTo { get; init; }

    /// <summary>AnnualContacts × (CostPerContactFrom − CostPerContactTo), a year, in the set's currency.</summary>
    public decimal AnnualSaving { get; init; }
}
