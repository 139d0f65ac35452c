namespace ChannelShift;

/// <summary>
/// Assisted digital: help for the people moved to a digital channel who need it to use it (GDS Service Manual,
/// "Assisted digital support"). Of the contacts a shift moves to digital destinations, <see cref="Share"/> need help,
/// at <see cref="Cost"/> each: cost added = Σ over digital destinations of contacts moved × share × cost. Contacts
/// moved to the telephone, post or a counter need none. Immutable.
/// </summary>
public sealed class AssistedDigital
{
    /// <summary>Creates assisted digital.</summary>
    /// <param name="share">The share of the contacts moved to digital destinations that need help (0–1).</param>
    /// <param name="cost">The cost of helping one, 0 or more, in the unit-cost set's currency.</param>
    /// <exception cref="InputValidationException"><paramref name="cost"/> is negative.</exception>
    public AssistedDigital(Share share, decimal cost)
    {
        Share = share;
        Cost = Rules.Amount.Check(cost, "assistedDigital.cost");
    }

    /// <summary>The share of the contacts moved to digital destinations that need help.</summary>
    public Share Share { get; }

    /// <summary>The cost of helping one contact.</summary>
    public decimal Cost { get; }

    /// <summary>The cost per contact moved to a digital destination: share × cost.</summary>
    public decimal CostPerDigitalContact => Share.Fraction * Cost;

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Share} at {Cost}");
}
