using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.EconomicCode;

namespace Crm.Core.Customers;

/// <summary>
/// Represents an Iranian economic code (کد اقتصادی), the tax identifier: 11 digits for legal entities or 14 digits
/// for individuals.
/// </summary>
/// <remarks>
/// <para>Parsing accepts ASCII, Persian and Arabic-Indic digits with spaces, dashes and invisible format characters.
/// The 11-digit form must pass the legal-entity national ID check digit; the 14-digit form must start with a valid
/// national code (no repeated digit, matching check digit). Older 12-digit codes are rejected.</para>
/// <para>Rules: <c>economic-code.empty</c>, <c>economic-code.invalid-character</c>, <c>economic-code.length</c>,
/// <c>economic-code.legal-entity-checksum</c>, <c>economic-code.repeated-digits</c>,
/// <c>economic-code.national-code-checksum</c>.</para>
/// <para><c>default(EconomicCode)</c> has an empty <see cref="Value"/>, kind <see cref="EconomicCodeKind.Unspecified"/>,
/// and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<EconomicCode>))]
[TypeConverter(typeof(IdentifierTypeConverter<EconomicCode>))]
public readonly record struct EconomicCode : IIdentifier<EconomicCode>, IIdentifierForms
{
    private readonly string? _value;

    private EconomicCode(string value) => _value = value;

    /// <summary>Gets the 11 or 14 ASCII digits of the code; empty for <c>default(EconomicCode)</c>.</summary>
    /// <example><code>EconomicCode.Parse("۱۰۳۸۰۲۸۴۷۹۰").Value // "10380284790"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the form of the code, from its length.</summary>
    public EconomicCodeKind Kind => Value.Length switch
    {
        11 => EconomicCodeKind.LegalEntity,
        14 => EconomicCodeKind.Individual,
        _ => EconomicCodeKind.Unspecified,
    };

    /// <summary>Parses an economic code.</summary>
    /// <param name="text">The code as typed.</param>
    /// <returns>The economic code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid economic code; the message is the one
    /// <see cref="TryParse(string?, out EconomicCode, out ValidationError?)"/> reports.</exception>
    /// <example><code>EconomicCode.Parse("0499370899-1234").Kind // EconomicCodeKind.Individual</code></example>
    public static EconomicCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse an economic code; never throws.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid economic code.</returns>
    /// <example><code>EconomicCode.TryParse("10380284790", out var code) // true, code.Kind == EconomicCodeKind.LegalEntity</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out EconomicCode result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new EconomicCode(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse an economic code and says which rule failed; never throws.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>economicCode</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is a valid economic code.</returns>
    /// <example><code>EconomicCode.TryParse("123456789012", out _, out var error) // false, error.Rule == "economic-code.length"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out EconomicCode result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new EconomicCode(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Returns the digits of the code.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>EconomicCode.Parse("10380284790").ToString() // "10380284790"</code></example>
    public override string ToString() => Value;

    /// <inheritdoc/>
    string IIdentifierForms.Format() => Value;

    /// <summary>Formats the code for logs: a 14-digit code holds an individual's national code, so only its first three
    /// digits and its last digit are shown; an 11-digit (legal-entity) code is not personal data and is shown whole.</summary>
    /// <returns>For example <c>049**********4</c> or <c>10380284790</c>; empty for <c>default(EconomicCode)</c>.</returns>
    /// <example><code>EconomicCode.Parse("04993708991234").ToMaskedString() // "049**********4"</code></example>
    public string ToMaskedString() => Value.Length == 14 ? IdentifierMask.Mask(Value, 3, 1) : Value;

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c>
    /// <see cref="ToMaskedString"/>; the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{EconomicCode.Parse("10380284790"):D}" // "10380284790"</code></example>
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

        Span<char> digits = stackalloc char[14];
        var status = IdentifierText.ScanDigits(text, digits, allowParentheses: false, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        var rule = count switch
        {
            11 => Checksums.LegalEntityCheckDigit(digits) == digits[10] ? null : Rules.LegalEntityChecksum,
            14 => CheckIndividual(digits),
            _ => Rules.Length,
        };
        if (rule is null)
        {
            value = text.Length == count && IdentifierText.IsAsciiDigits(text) ? text : new string(digits[..count]);
        }

        return rule;
    }

    private static IdentifierRule? CheckIndividual(ReadOnlySpan<char> digits)
    {
        var nationalCode = digits[..10];
        if (IdentifierText.AllSame(nationalCode) && nationalCode[0] != '1')
        {
            return Rules.RepeatedDigits;
        }

        return Checksums.NationalCodeCheckDigit(nationalCode) == nationalCode[9] ? null : Rules.NationalCodeChecksum;
    }
}
