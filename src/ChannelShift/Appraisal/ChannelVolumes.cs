using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ChannelShift.Appraisal;

/// <summary>A year's contacts by channel key: a read-only view over the appraisal's arrays (no dictionary is built).
/// The channels may be a longer array shared by every year; the first <c>values.Length</c> of them are this view's.</summary>
internal sealed class ChannelVolumes(Channel[] channels, decimal[] values) : IReadOnlyDictionary<string, decimal>
{
    public int Count => values.Length;

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < values.Length; i++)
            {
                yield return channels[i].Key;
            }
        }
    }

    public IEnumerable<decimal> Values => values;

    public decimal this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"channel \"{key}\" is not in this appraisal; expected one of {string.Join(", ", Keys)}.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out decimal value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? values[i] : 0m;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, decimal>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return new KeyValuePair<string, decimal>(channels[i].Key, values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (string.Equals(channels[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
