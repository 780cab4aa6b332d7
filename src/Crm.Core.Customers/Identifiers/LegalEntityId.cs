using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.LegalEntityId;

namespace Crm.Core.Customers;

/// <summary>
/// Represents the national ID of an Iranian legal entity (شناسه ملی اشخاص حقوقی): eleven ASCII digits whose last digit
/// is a check digit.
/// </summary>
/// <remarks>
/// <para>Parsing accepts ASCII, Persian and Arabic-Indic digits with spaces, dashes and invisible format characters;
/// exactly 11 digits are required (no padding). The check digit: k = d[9] + 2, weights 29, 27, 23, 19, 17 repeating
/// over d[0..9], r = Σ (d[i] + k)·w mod 11, 10 becomes 0, valid when d[10] = r.</para>
/// <para>Rules: <c>legal-entity-id.empty</c>, <c>legal-entity-id.invalid-character</c>,
/// <c>legal-entity-id.length</c>, <c>legal-entity-id.checksum</c>.</para>
/// <para><c>default(LegalEntityId)</c> has an empty <see cref="Value"/> and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<LegalEntityId>))]
[TypeConverter(typeof(IdentifierTypeConverter<LegalEntityId>))]
public readonly record struct LegalEntityId : IIdentifier<LegalEntityId>, IIdentifierForms
{
    private readonly string? _value;

    private LegalEntityId(string value) => _value = value;

    /// <summary>Gets the eleven ASCII digits of the ID; empty for <c>default(LegalEntityId)</c>.</summary>
    /// <example><code>LegalEntityId.Parse("۱۰۳۸۰۲۸۴۷۹۰").Value // "10380284790"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a legal-entity national ID.</summary>
    /// <param name="text">The ID as typed, for example <c>1038-0284-790</c>.</param>
    /// <returns>The ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid ID; the message is the one
    /// <see cref="TryParse(string?, out LegalEntityId, out ValidationError?)"/> reports.</exception>
    /// <example><code>LegalEntityId.Parse("1038-0284-790").Value // "10380284790"</code></example>
    public static LegalEntityId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a legal-entity national ID; never throws.</summary>
    /// <param name="text">The ID as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The ID when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid ID.</returns>
    /// <example><code>LegalEntityId.TryParse("10380284790", out var id) // true</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out LegalEntityId result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new LegalEntityId(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a legal-entity national ID and says which rule failed; never throws.</summary>
    /// <param name="text">The ID as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The ID when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>legalEntityId</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is a valid ID.</returns>
    /// <example><code>LegalEntityId.TryParse("10380284792", out _, out var error) // false, error.Rule == "legal-entity-id.checksum"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out LegalEntityId result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new LegalEntityId(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Returns the eleven digits of the ID.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>LegalEntityId.Parse("10380284790").ToString() // "10380284790"</code></example>
    public override string ToString() => Value;

    /// <inheritdoc/>
    string IIdentifierForms.Format() => Value;

    /// <inheritdoc/>
    string IIdentifierForms.ToMaskedString() => Value;

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c> the
    /// same as G (this identifier is not personal data); the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{LegalEntityId.Parse("10380284790"):D}" // "10380284790"</code></example>
    public string ToString(string? format, IFormatProvider? formatProvider) => IdentifierFormat.ToString(this, format);

    /// <summary>Formats the value into a buffer, as <see cref="ToString(string?, IFormatProvider?)"/> does.</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the buffer is too small.</param>
    /// <param name="format">G, D or M (case-insensitive); empty means G.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns><see langword="true"/> when the text fits.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierFormat.TryFormat(this, destination, out charsWritten, format);

    private static IdentifierRule? Validate(string? text, out string value)
    {
        value = string.Empty;
        if (text is null)
        {
            return Rules.Spec.Empty;
        }

        Span<char> digits = stackalloc char[11];
        var status = IdentifierText.ScanDigits(text, digits, allowParentheses: false, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        if (count != 11)
        {
            return Rules.Length;
        }

        if (Checksums.LegalEntityCheckDigit(digits) != digits[10])
        {
            return Rules.Checksum;
        }

        value = text.Length == 11 && IdentifierText.IsAsciiDigits(text) ? text : new string(digits);
        return null;
    }
}
