namespace Crm.Core.Customers;

/// <summary>
/// Describes why one external value (a national code, a phone number, a CSV cell) was rejected: which field, which
/// rule, which value, and a sentence for people.
/// </summary>
/// <remarks>
/// Every <c>TryParse</c> overload that reports why returns one of these instead of throwing. Rule ids are stable and
/// machine-readable (for example <c>national-code.checksum</c>); docs/identifiers.md lists every id. A caller that
/// reads a CSV file can replace <see cref="Field"/> with the column name: <c>error with { Field = "national_code" }</c>.
/// </remarks>
/// <param name="Field">The logical field name, for example <c>nationalCode</c>.</param>
/// <param name="Rule">The stable id of the rule that failed, for example <c>national-code.checksum</c>.</param>
/// <param name="Value">The offending input exactly as typed; empty when the input was <see langword="null"/>.</param>
/// <param name="Message">An English sentence in invariant culture that names the rule and the value.</param>
public sealed record ValidationError(string Field, string Rule, string Value, string Message);
