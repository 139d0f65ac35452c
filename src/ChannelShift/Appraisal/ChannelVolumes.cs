using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ChannelShift.Appraisal;

/// <summary>A year's contacts by channel key: a read-only view over the appraisal's arrays (no dictionary is built).</summary>
internal sealed class ChannelVolumes(string[] keys, decimal[] values) : IReadOnlyDictionary<string, decimal>
{
    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<decimal> Values => values;

    public decimal this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"channel \"{key}\" is not in this appraisal; expected one of {string.Join(", ", keys)}.");

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out decimal value)
    {
        var i = Array.IndexOf(keys, key);
        value = i >= 0 ? values[i] : 0m;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, decimal>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, decimal>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
