namespace ChannelShift.Serialization;

/// <summary>One CSV record read by <see cref="CsvRecordReader"/>.</summary>
/// <param name="Fields">The fields, unquoted (those read before an error, when there is one).</param>
/// <param name="Line">The 1-based line on which the record starts.</param>
/// <param name="Error">What is wrong with the record's quoting, or null.</param>
/// <param name="IsBlank">True for an empty line (no field, no quote).</param>
internal readonly record struct CsvRecord(IReadOnlyList<string> Fields, long Line, CsvError? Error, bool IsBlank = false);

/// <summary>What is wrong with a malformed CSV record, and what was expected.</summary>
/// <param name="What">What is wrong.</param>
/// <param name="Expected">What was expected.</param>
internal readonly record struct CsvError(string What, string Expected);
