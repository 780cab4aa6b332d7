using System.Diagnostics.CodeAnalysis;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.Mobile;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian mobile number, stored in E.164 form: <c>+989xxxxxxxxx</c>.</summary>
/// <remarks>
/// <para>Parsing accepts <c>09xxxxxxxxx</c>, <c>9xxxxxxxxx</c>, <c>+989xxxxxxxxx</c>, <c>989xxxxxxxxx</c> and
/// <c>00989xxxxxxxxx</c>, in ASCII, Persian or Arabic-Indic digits, with spaces, dashes, parentheses and invisible
/// format characters anywhere. Validation is structural (9 followed by 9 digits): prefixes change faster than any
/// table, so an unlisted prefix is accepted with <see cref="MobileOperator.Unknown"/>. Two numbers glued together
/// fail <c>mobile.length</c>.</para>
/// <para>Rules: <c>mobile.empty</c>, <c>mobile.invalid-character</c>, <c>mobile.country-code</c>,
/// <c>mobile.prefix</c>, <c>mobile.length</c>.</para>
/// <para><c>default(IranianMobile)</c> has an empty <see cref="Value"/> and <see cref="NationalFormat"/> and is never
/// produced by parsing.</para>
/// </remarks>
public readonly record struct IranianMobile
{
    private readonly string? _value;

    private IranianMobile(string value) => _value = value;

    /// <summary>Gets the number in E.164 form, <c>+989xxxxxxxxx</c>; empty for <c>default(IranianMobile)</c>.</summary>
    /// <example><code>IranianMobile.Parse("۰۹۱۲ ۳۴۵ ۶۷۸۹").Value // "+989123456789"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the number as dialled inside Iran, <c>09xxxxxxxxx</c>.</summary>
    /// <example><code>IranianMobile.Parse("+98 912 345 6789").NationalFormat // "09123456789"</code></example>
    public string NationalFormat => _value is null ? string.Empty : string.Concat("0", _value.AsSpan(3));

    /// <summary>Gets the operator originally assigned the prefix: display data only, since number portability lets a
    /// subscriber keep the number with another operator.</summary>
    /// <example><code>IranianMobile.Parse("09123456789").Operator // MobileOperator.HamrahAval</code></example>
    public MobileOperator Operator => _value is null ? MobileOperator.Unknown : MobileOperatorTable.Find(_value.AsSpan(3));

    /// <summary>Parses a mobile number.</summary>
    /// <param name="text">The number as typed, for example <c>0912-345-6789</c> or <c>+98 (912) 345 6789</c>.</param>
    /// <returns>The mobile number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an Iranian mobile number; the message is the one
    /// <see cref="TryParse(string?, out IranianMobile, out ValidationError?)"/> reports.</exception>
    /// <example><code>IranianMobile.Parse("0098 912 345 6789").Value // "+989123456789"</code></example>
    public static IranianMobile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a mobile number; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is an Iranian mobile number.</returns>
    /// <example><code>IranianMobile.TryParse("9123456789", out var mobile) // true, mobile.Value == "+989123456789"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out IranianMobile result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new IranianMobile(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a mobile number and says which rule failed; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>mobile</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is an Iranian mobile number.</returns>
    /// <example><code>IranianMobile.TryParse("02112345678", out _, out var error) // false, error.Rule == "mobile.prefix"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out IranianMobile result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new IranianMobile(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Returns the number in E.164 form.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>IranianMobile.Parse("09123456789").ToString() // "+989123456789"</code></example>
    public override string ToString() => Value;

    private static IdentifierRule? Validate(string? text, out string value)
    {
        value = string.Empty;
        if (text is null)
        {
            return Rules.Spec.Empty;
        }

        Span<char> digits = stackalloc char[PhoneText.BufferLength];
        var status = PhoneText.Read(text, digits, out var prefix, out var start, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        if (prefix == PhonePrefix.OtherCountry)
        {
            return Rules.CountryCode;
        }

        if (count > 0 && digits[start] != '9')
        {
            return Rules.Prefix;
        }

        if (count != 10)
        {
            return Rules.Length;
        }

        value = string.Concat("+98", digits.Slice(start, 10));
        return null;
    }
}
