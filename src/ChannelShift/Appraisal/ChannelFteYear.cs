namespace ChannelShift.Appraisal;

/// <summary>
/// The full-time equivalents one staffed channel needs in one year of an option, in business as usual and in the
/// option, as the ledger computes them with Erlang C (docs/methodology.md, "Cashable savings and Erlang C"): before
/// rounding to whole staff. The whole staff released are ⌊FTE_BAU − FTE⌋ (or −⌈FTE − FTE_BAU⌉ when the load rises).
/// </summary>
/// <param name="Year">The year, 1 … N (no staffing is computed for year 0).</param>
/// <param name="Channel">The staffed channel.</param>
/// <param name="FteBusinessAsUsual">FTE the channel needs in business as usual.</param>
/// <param name="Fte">FTE the channel needs in the option (at the handling time risen with the take-up of its
/// shifts).</param>
public sealed record ChannelFteYear(int Year, Channel Channel, double FteBusinessAsUsual, double Fte);
