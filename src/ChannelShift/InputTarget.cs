namespace ChannelShift;

/// <summary>Identifies one number of a scenario, whatever the file called it.</summary>
/// <param name="Kind">Which number.</param>
/// <param name="Channel">The channel key, for unit costs and volumes; null otherwise.</param>
/// <param name="Option">The option's index (0 for a file with <c>shifts</c>), for shift and cost inputs.</param>
/// <param name="Index">The shift's or cost's index within its option.</param>
public sealed record InputTarget(InputKind Kind, string? Channel = null, int Option = 0, int Index = 0);
