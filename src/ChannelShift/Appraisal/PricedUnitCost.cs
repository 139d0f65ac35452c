namespace ChannelShift.Appraisal;

/// <summary>
/// A unit cost as an appraisal uses it: at its own price year, and rebased to the appraisal's price base by the GDP
/// deflator (HM Treasury, <i>The Green Book</i> (2022), "Real and nominal prices"), or left at its own prices without
/// one.
/// </summary>
/// <param name="Channel">The channel.</param>
/// <param name="Amount">The cost per contact as published or given, at <paramref name="PriceYear"/> prices.</param>
/// <param name="PriceYear">The year of its prices.</param>
/// <param name="Used">The cost per contact the appraisal uses: rebased to <paramref name="PriceBaseYear"/>, or
/// <paramref name="Amount"/> when it is not rebased (unrounded).</param>
/// <param name="PriceBaseYear">The price year of <paramref name="Used"/>: the appraisal's price base when rebased, else
/// <paramref name="PriceYear"/>.</param>
/// <param name="Digital">Whether the channel is digital in the scenario's unit-cost set.</param>
public sealed record PricedUnitCost(Channel Channel, decimal Amount, int PriceYear, decimal Used, int PriceBaseYear, bool Digital);
