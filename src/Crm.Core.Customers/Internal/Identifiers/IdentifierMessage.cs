namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Builds the invariant-culture sentence of a <see cref="ValidationError"/>.</summary>
/// <remarks>
/// The message quotes at most <see cref="MaxQuotedLength"/> characters of the value and shows control characters as
/// '?', so a huge or binary input cannot flood a log; <see cref="ValidationError.Value"/> keeps the input unchanged.
/// </remarks>
internal static class IdentifierMessage
{
    internal const int MaxQuotedLength = 64;

    public static string Format(string rule, string? value, string reason) =>
        string.Concat("Rule '", rule, "' failed for value '", Quote(value ?? string.Empty), "': ", reason, ".");

    private static string Quote(string value)
    {
        var shown = value.Length > MaxQuotedLength ? string.Concat(value.AsSpan(0, MaxQuotedLength), "…") : value;
        foreach (var c in shown)
        {
            if (char.IsControl(c))
            {
                return string.Create(shown.Length, shown, static (span, source) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = char.IsControl(source[i]) ? '?' : source[i];
                    }
                });
            }
        }

        return shown;
    }
}
