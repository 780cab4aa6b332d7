using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.PostalCode;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian postal code (کد پستی): ten ASCII digits.</summary>
/// <remarks>
/// <para>Parsing accepts ASCII, Persian and Arabic-Indic digits with spaces, dashes and invisible format characters.
/// Iran Post never uses 0 or 2 among the first five digits, and the first four digits are never all the same.</para>
/// <para>Rules: <c>postal-code.empty</c>, <c>postal-code.invalid-character</c>, <c>postal-code.length</c>,
/// <c>postal-code.forbidden-digit</c>, <c>postal-code.repeated-digits</c>.</para>
/// <para><c>default(PostalCode)</c> has an empty <see cref="Value"/> and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<PostalCode>))]
[TypeConverter(typeof(IdentifierTypeConverter<PostalCode>))]
public readonly record struct PostalCode : IIdentifier<PostalCode>, IIdentifierForms
{
    private readonly string? _value;

    private PostalCode(string value) => _value = value;

    /// <summary>Gets the ten ASCII digits of the code; empty for <c>default(PostalCode)</c>.</summary>
    /// <example><code>PostalCode.Parse("۱۱۹۳۶-۵۳۴۷۱").Value // "1193653471"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the first two digits, which identify the postal region of the province.</summary>
    /// <example><code>PostalCode.Parse("1193653471").ProvinceCode // "11"</code></example>
    public string ProvinceCode => _value is null ? string.Empty : _value[..2];

    /// <summary>Parses a postal code.</summary>
    /// <param name="text">The code as typed, for example <c>11936-53471</c>.</param>
    /// <returns>The postal code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid postal code; the message is the one
    /// <see cref="TryParse(string?, out PostalCode, out ValidationError?)"/> reports.</exception>
    /// <example><code>PostalCode.Parse("11936-53471").Value // "1193653471"</code></example>
    public static PostalCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a postal code; never throws.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid postal code.</returns>
    /// <example><code>PostalCode.TryParse("1193653471", out var code) // true</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out PostalCode result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new PostalCode(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a postal code and says which rule failed; never throws.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The code when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>postalCode</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is a valid postal code.</returns>
    /// <example><code>PostalCode.TryParse("0423437584", out _, out var error) // false, error.Rule == "postal-code.forbidden-digit"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out PostalCode result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new PostalCode(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Formats the code the way Iran Post prints it: five digits, a dash, five digits.</summary>
    /// <returns>For example <c>11936-53471</c>; empty for <c>default(PostalCode)</c>.</returns>
    /// <example><code>PostalCode.Parse("1193653471").Format() // "11936-53471"</code></example>
    public string Format() => _value is null ? string.Empty : string.Concat(_value.AsSpan(0, 5), "-", _value.AsSpan(5));

    /// <summary>Returns the ten digits of the code.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>PostalCode.Parse("11936-53471").ToString() // "1193653471"</code></example>
    public override string ToString() => Value;

    /// <inheritdoc/>
    string IIdentifierForms.ToMaskedString() => Value;

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c> the
    /// same as G (this identifier is not personal data); the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{PostalCode.Parse("1193653471"):D}" // "11936-53471"</code></example>
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

        Span<char> digits = stackalloc char[10];
        var status = IdentifierText.ScanDigits(text, digits, allowParentheses: false, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        if (count != 10)
        {
            return Rules.Length;
        }

        if (digits[..5].IndexOfAny('0', '2') >= 0)
        {
            return Rules.ForbiddenDigit;
        }

        if (IdentifierText.AllSame(digits[..4]))
        {
            return Rules.RepeatedDigits;
        }

        value = text.Length == 10 && IdentifierText.IsAsciiDigits(text) ? text : new string(digits);
        return null;
    }
}
