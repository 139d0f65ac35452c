using System.Globalization;

namespace ChannelShift;

/// <summary>
/// A set of costs per contact by channel in one currency: a published set from the <see cref="UnitCostCatalogue"/>
/// (e.g. <c>socitm-2010</c>) or a council's own figures, possibly a published set with some channels overridden.
/// Immutable: <see cref="WithCost(Channel, decimal, Provenance?)"/> returns a new set.
/// </summary>
public sealed class UnitCostSet
{
    private readonly Dictionary<Channel, UnitCost> _costs;
    private readonly Dictionary<Channel, bool> _digital;

    private UnitCostSet(string key, string title, string currency, Dictionary<Channel, UnitCost> costs, Dictionary<Channel, bool>? digital = null)
    {
        Key = key;
        Title = title;
        Currency = currency;
        _costs = costs;
        _digital = digital ?? [];
    }

    /// <summary>The set's key, e.g. <c>socitm-2010</c>, or a council's own name.</summary>
    public string Key { get; }

    /// <summary>A title for people, e.g. "Socitm Insight, August 2010".</summary>
    public string Title { get; }

    /// <summary>The ISO 4217 currency of every amount in the set, e.g. "GBP".</summary>
    public string Currency { get; }

    /// <summary>The costs in the set, in a stable order (built-in channels first, in their order, then custom ones by key).</summary>
    public IReadOnlyList<UnitCost> Costs =>
        _costs.Values.OrderBy(c => Order(c.Channel)).ThenBy(c => c.Channel.Key, StringComparer.Ordinal).ToList();

    /// <summary>The channels that have a cost in this set, including a council's own channels.</summary>
    public IEnumerable<Channel> Channels => Costs.Select(c => c.Channel);

    /// <summary>Creates a set from costs that all share one currency.</summary>
    /// <param name="key">The set's key (not empty).</param>
    /// <param name="title">A title for people.</param>
    /// <param name="costs">The costs; one per channel; amounts 0 or more; all in the same currency.</param>
    /// <returns>The set.</returns>
    /// <exception cref="InputValidationException">Empty key, a channel given twice, <see cref="Channel.Avoided"/> given a cost,
    /// a negative amount, or mixed currencies.</exception>
    public static UnitCostSet Create(string key, string title, IEnumerable<UnitCost> costs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(costs);
        var list = costs.ToList();
        if (list.Count == 0)
        {
            throw Preconditions.Fail("costs", ProblemCodes.Missing, "the set is empty", "at least one cost per contact", null);
        }

        var currency = list[0].Provenance.Currency;
        var map = new Dictionary<Channel, UnitCost>();
        foreach (var cost in list)
        {
            Check(cost, currency);
            if (!map.TryAdd(cost.Channel, cost))
            {
                throw Preconditions.Fail("costs", ProblemCodes.Duplicate, $"channel \"{cost.Channel.Key}\" is given twice", "one cost per channel", null);
            }
        }

        return new UnitCostSet(key, title, currency, map);
    }

    /// <summary>Returns a copy of this set with one channel's cost replaced or added (a council's own figure).</summary>
    /// <param name="channel">The channel (a built-in one or a council's own).</param>
    /// <param name="amount">The cost per contact, 0 or more, in this set's currency.</param>
    /// <param name="provenance">Where the figure comes from; by default "user override" in this set's currency at the
    /// price year of the figure it replaces (or of the set).</param>
    /// <returns>The new set, keyed <c>KEY+overrides</c>.</returns>
    public UnitCostSet WithCost(Channel channel, decimal amount, Provenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var priceYear = _costs.TryGetValue(channel, out var existing)
            ? existing.Provenance.PriceYear
            : _costs.Values.First().Provenance.PriceYear;
        provenance ??= new Provenance("User", "Override", priceYear.ToString(CultureInfo.InvariantCulture), priceYear, Currency, CostBasis.PerContact, "A figure given by the user.");
        var cost = new UnitCost(channel, amount, provenance);
        Check(cost, Currency);
        var map = new Dictionary<Channel, UnitCost>(_costs) { [channel] = cost };
        var key = Key.EndsWith("+overrides", StringComparison.Ordinal) ? Key : Key + "+overrides";
        return new UnitCostSet(key, Title, Currency, map, _digital);
    }

    /// <summary>Whether a channel is digital in this set: as flagged by <see cref="WithDigital"/>, else
    /// <see cref="Channel.IsDigitalByDefault"/>. <see cref="Channel.Avoided"/> never is.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True for a digital channel.</returns>
    public bool IsDigital(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return !channel.IsAvoided && (_digital.TryGetValue(channel, out var flag) ? flag : channel.IsDigitalByDefault);
    }

    /// <summary>The channels flagged digital or not by <see cref="WithDigital"/>, by key.</summary>
    public IReadOnlyDictionary<Channel, bool> DigitalFlags =>
        _digital.OrderBy(p => Order(p.Key)).ThenBy(p => p.Key.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>Returns a copy of this set with a channel flagged digital or not (a council's own channel is not digital
    /// unless flagged; a built-in one may be re-flagged).</summary>
    /// <param name="channel">The channel (not <see cref="Channel.Avoided"/>).</param>
    /// <param name="digital">Whether it is digital.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="InputValidationException"><paramref name="channel"/> is <see cref="Channel.Avoided"/>.</exception>
    public UnitCostSet WithDigital(Channel channel, bool digital)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.IsAvoided)
        {
            throw Preconditions.Fail("digital", ProblemCodes.Inconsistent, "\"avoided\" is not a channel that can be digital", "a channel such as web", channel.Key);
        }

        var flags = new Dictionary<Channel, bool>(_digital) { [channel] = digital };
        return new UnitCostSet(Key, Title, Currency, _costs, flags);
    }

    /// <summary>Whether the set has a cost for the channel (<see cref="Channel.Avoided"/> always has: 0).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>True when <see cref="CostOf"/> will succeed.</returns>
    public bool Contains(Channel channel) => channel.IsAvoided || _costs.ContainsKey(channel);

    /// <summary>The cost per contact of a channel; 0 for <see cref="Channel.Avoided"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The amount in <see cref="Currency"/>.</returns>
    /// <exception cref="InputValidationException">The set has no cost for the channel (the message says how to give one).</exception>
    public decimal CostOf(Channel channel) => Find(channel)?.Amount ?? (channel.IsAvoided ? 0m : throw Missing(channel));

    /// <summary>The cost of a channel with its provenance, or null when the set has none (and for avoided).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The cost, or null.</returns>
    public UnitCost? Find(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return _costs.GetValueOrDefault(channel);
    }

    /// <summary>Parses a channel name among the built-in channels and this set's own channels.</summary>
    /// <param name="text">A key or alias.</param>
    /// <param name="allowAvoided">Whether <c>avoided</c> is acceptable.</param>
    /// <returns>The channel.</returns>
    public Channel ParseChannel(string text, bool allowAvoided = false) =>
        Channel.Parse(text, _costs.Keys, allowAvoided);

    private InputValidationException Missing(Channel channel) =>
        Preconditions.Fail(channel.Key, ProblemCodes.Missing, $"the unit-cost set \"{Key}\" has no cost for \"{channel.Key}\"", $"a cost per contact for it (e.g. \"overrides\": {{ \"{channel.Key}\": 2.50 }} in a scenario)", channel.Key);

    private static void Check(UnitCost cost, string currency)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (cost.Channel.IsAvoided)
        {
            throw Preconditions.Fail("costs", ProblemCodes.Inconsistent, "\"avoided\" cannot have a cost", "no cost: a contact no longer needed costs nothing", cost.Channel.Key);
        }

        Preconditions.NonNegative(cost.Amount, cost.Channel.Key);
        if (!string.Equals(cost.Provenance.Currency, currency, StringComparison.Ordinal))
        {
            throw Preconditions.Fail(cost.Channel.Key, ProblemCodes.Inconsistent, $"the cost is in {cost.Provenance.Currency} but the set is in {currency}", "one currency (convert first: mixing currencies is an error)", cost.Provenance.Currency);
        }
    }

    private static int Order(Channel channel)
    {
        var index = Channel.BuiltInChannels.ToList().IndexOf(channel);
        return index < 0 ? int.MaxValue : index;
    }
}
