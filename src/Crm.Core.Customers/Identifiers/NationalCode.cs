using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.NationalCode;

namespace Crm.Core.Customers;

/// <summary>
/// Represents an Iranian national code (کد ملی) of an individual: ten ASCII digits whose last digit is a mod-11 check
/// digit.
/// </summary>
/// <remarks>
/// <para>Parsing accepts ASCII, Persian (۰–۹) and Arabic-Indic (٠–٩) digits with spaces, dashes and invisible format
/// characters anywhere; 8 or 9 digits are left-padded with zeros (leading zeros are often lost in spreadsheets).
/// The code is stored as text, never as a number.</para>
/// <para>Rules, in order: <c>national-code.empty</c>, <c>national-code.invalid-character</c>,
/// <c>national-code.length</c>, <c>national-code.padding</c>, <c>national-code.repeated-digits</c> (one digit repeated ten times, except
/// 1111111111, which a real person holds) and <c>national-code.checksum</c>. There is deliberately no check of the
/// city prefix: published prefix lists are incomplete and reject real codes.</para>
/// <para><c>default(NationalCode)</c> has an empty <see cref="Value"/> and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<NationalCode>))]
[TypeConverter(typeof(IdentifierTypeConverter<NationalCode>))]
public readonly record struct NationalCode : IIdentifier<NationalCode>, IIdentifierForms
{
    private readonly string? _value;

    private NationalCode(string value) => _value = value;

    /// <summary>Gets the ten ASCII digits of the code; empty for <c>default(NationalCode)</c>.</summary>
    /// <example><code>NationalCode.Parse("۰۴۹۹۳۷۰۸۹۹").Value // "0499370899"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a national code.</summary>
    /// <param name="text">The code as typed, for example <c>049-937089-9</c> or <c>۰۴۹۹۳۷۰۸۹۹</c>.</param>
    /// <returns>The national code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid national code; the message is the
    /// <see cref="ValidationError.Message"/> that <see cref="TryParse(string?, out NationalCode, out ValidationError?)"/>
    /// reports.</exception>
    /// <example><code>NationalCode.Parse("049-937089-9").Value // "0499370899"</code></example>
    public static NationalCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a national code; never throws.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The national code when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid national code.</returns>
    /// <example><code>NationalCode.TryParse("84575948", out var code) // true, code.Value == "0084575948"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out NationalCode result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new NationalCode(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a national code and says which rule failed; never throws.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The national code when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>nationalCode</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is a valid national code.</returns>
    /// <example><code>NationalCode.TryParse("0499370898", out _, out var error) // false, error.Rule == "national-code.checksum"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out NationalCode result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new NationalCode(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Returns the ten digits of the code.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>NationalCode.Parse("0499370899").ToString() // "0499370899"</code></example>
    public override string ToString() => Value;

    /// <summary>Formats the code for people: three digits, six digits, the check digit.</summary>
    /// <returns>For example <c>049-937089-9</c>; empty for <c>default(NationalCode)</c>.</returns>
    /// <example><code>NationalCode.Parse("0499370899").Format() // "049-937089-9"</code></example>
    public string Format() => _value is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{_value.AsSpan(0, 3)}-{_value.AsSpan(3, 6)}-{_value[9]}");

    /// <summary>Formats the code for logs: only the first three digits and the check digit are shown.</summary>
    /// <returns>For example <c>049-******-9</c>; empty for <c>default(NationalCode)</c>.</returns>
    /// <example><code>NationalCode.Parse("0499370899").ToMaskedString() // "049-******-9"</code></example>
    public string ToMaskedString() => IdentifierMask.Mask(Format(), 3, 1);

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c> the
    /// masked form for logs; the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{NationalCode.Parse("0499370899"):M}" // "049-******-9"</code></example>
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

    internal static IdentifierRule? Validate(string? text, out string value)
    {
        value = string.Empty;
        if (text is null)
        {
            return Rules.Spec.Empty;
        }

        if (text.Length == 10 && IdentifierText.IsAsciiDigits(text))
        {
            var failed = Check(text);
            value = failed is null ? text : string.Empty;
            return failed;
        }

        Span<char> digits = stackalloc char[10];
        var status = IdentifierText.ScanDigits(text, digits, allowParentheses: false, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        if (count is < 8 or > 10)
        {
            return Rules.Length;
        }

        if (count < 10 && !IdentifierText.IsBareDigits(text))
        {
            return Rules.Padding;
        }

        var padding = 10 - count;
        digits[..count].CopyTo(digits[padding..]);
        digits[..padding].Fill('0');
        var rule = Check(digits);
        if (rule is null)
        {
            value = new string(digits);
        }

        return rule;
    }

    internal static IdentifierRule? Check(ReadOnlySpan<char> digits)
    {
        if (IdentifierText.AllSame(digits) && digits[0] != '1')
        {
            return Rules.RepeatedDigits;
        }

        return Checksums.NationalCodeCheckDigit(digits) == digits[9] ? null : Rules.Checksum;
    }
}
