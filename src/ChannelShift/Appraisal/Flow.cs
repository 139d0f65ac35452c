namespace ChannelShift.Appraisal;

/// <summary>
/// One line of an estimate, so that a person can follow it: contacts a year going from one place to another, what each
/// cost where it was and where it went, and the saving. For a <see cref="FlowKind.Destination"/> line,
/// saving = contacts × (cost from − cost to); for failure demand and assisted digital, cost from is 0 (nothing is
/// removed: the contact was already counted on its new channel) and cost to is the return channel's cost or the
/// assisted-digital cost, so the saving is negative.
/// </summary>
/// <param name="Kind">What the line is.</param>
/// <param name="From">Key of the channel the contacts come from (for failure demand and assisted digital: the shift's
/// source channel).</param>
/// <param name="To">Key of the destination: a channel, <c>avoided</c>, the return channel (failure demand) or
/// <c>assisted-digital</c>.</param>
/// <param name="AnnualContacts">Contacts a year on this line (not rounded).</param>
/// <param name="CostPerContactFrom">Cost per contact removed at the source (0 for failure demand and assisted digital).</param>
/// <param name="CostPerContactTo">Cost per contact added at the destination (0 for avoided).</param>
/// <param name="AnnualSaving">AnnualContacts × (CostPerContactFrom − CostPerContactTo), a year, in the set's currency.</param>
public sealed record Flow(
    FlowKind Kind,
    string From,
    string To,
    decimal AnnualContacts,
    decimal CostPerContactFrom,
    decimal CostPerContactTo,
    decimal AnnualSaving);
