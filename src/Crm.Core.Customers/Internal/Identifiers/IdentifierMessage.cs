namespace Crm.Core.Customers.Internal.Identifiers;

/// <summary>Builds the invariant-culture sentence of a <see cref="ValidationError"/>.</summary>
/// <remarks>
/// The message quotes at most <see cref="MaxQuotedLength"/> characters of the value and shows control characters as
/// '?', so a huge or binary input cannot flood a log. For personal data (national code, mobile, Sheba, card number)
/// it shows only the leading and trailing digits the identifier's masked form shows, every other digit as '*'.
/// <see cref="ValidationError.Value"/> keeps the input unchanged.
/// </remarks>
internal static class IdentifierMessage
{
    internal const int MaxQuotedLength = 64;

    public static string Format(string rule, string? value, string reason, (int Start, int End)? mask = null)
    {
        var shown = value ?? string.Empty;
        if (mask is { } m)
        {
            shown = IdentifierMask.Mask(shown, m.Start, m.End);
        }

        return string.Concat("Rule '", rule, "' failed for value '", Quote(shown), "': ", reason, ".");
    }

    internal static string Quote(string value)
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
