using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.Landline;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian landline number, stored in E.164 form: <c>+98</c>, a 2-digit area code, 8 digits.</summary>
/// <remarks>
/// <para>Parsing accepts <c>0</c> + area code + 8 digits (<c>021-1234 5678</c>, <c>(021) 12345678</c>) and the
/// international forms <c>+98 21 12345678</c>, <c>0098 21 12345678</c> and <c>98 21 12345678</c>, in ASCII, Persian or
/// Arabic-Indic digits, with spaces, dashes, parentheses and invisible format characters. The area code must be one
/// of Iran's 31 provincial codes (see <see cref="IranianProvince.All"/>).</para>
/// <para>Rules: <c>landline.empty</c>, <c>landline.invalid-character</c>, <c>landline.country-code</c>,
/// <c>landline.prefix</c> (no trunk 0 and no country code), <c>landline.area-code</c>, <c>landline.length</c>.</para>
/// <para><c>default(IranianLandline)</c> has an empty <see cref="Value"/>, <see cref="AreaCode"/> and
/// <see cref="NationalFormat"/>, a <c>default</c> <see cref="Province"/>, and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<IranianLandline>))]
[TypeConverter(typeof(IdentifierTypeConverter<IranianLandline>))]
public readonly record struct IranianLandline : IIdentifier<IranianLandline>, IIdentifierForms
{
    private readonly string? _value;

    private IranianLandline(string value) => _value = value;

    /// <summary>Gets the number in E.164 form, for example <c>+982112345678</c>; empty for <c>default</c>.</summary>
    /// <example><code>IranianLandline.Parse("۰۲۱-۱۲۳۴۵۶۷۸").Value // "+982112345678"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the two-digit area code without the trunk 0, for example <c>21</c>.</summary>
    /// <example><code>IranianLandline.Parse("031 3222 1234").AreaCode // "31"</code></example>
    public string AreaCode => _value is null ? string.Empty : _value.Substring(3, 2);

    /// <summary>Gets the eight-digit subscriber number after the area code.</summary>
    /// <example><code>IranianLandline.Parse("021 1234 5678").SubscriberNumber // "12345678"</code></example>
    public string SubscriberNumber => _value is null ? string.Empty : _value[5..];

    /// <summary>Gets the number as dialled inside Iran, for example <c>02112345678</c>.</summary>
    /// <example><code>IranianLandline.Parse("+98 21 1234 5678").NationalFormat // "02112345678"</code></example>
    public string NationalFormat => _value is null ? string.Empty : string.Concat("0", _value.AsSpan(3));

    /// <summary>Gets the province of the area code.</summary>
    /// <example><code>IranianLandline.Parse("041 3555 1234").Province.PersianName // "آذربایجان شرقی"</code></example>
    public IranianProvince Province =>
        _value is not null && ProvinceTable.TryFind(_value.AsSpan(3, 2), out var province) ? province : default;

    /// <summary>Parses a landline number.</summary>
    /// <param name="text">The number as typed, for example <c>021-12345678</c>.</param>
    /// <returns>The landline number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not an Iranian landline number; the message is the one
    /// <see cref="TryParse(string?, out IranianLandline, out ValidationError?)"/> reports.</exception>
    /// <example><code>IranianLandline.Parse("(021) 1234-5678").Value // "+982112345678"</code></example>
    public static IranianLandline Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a landline number; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is an Iranian landline number.</returns>
    /// <example><code>IranianLandline.TryParse("0098 21 12345678", out var phone) // true</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out IranianLandline result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new IranianLandline(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a landline number and says which rule failed; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>landline</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is an Iranian landline number.</returns>
    /// <example><code>IranianLandline.TryParse("09123456789", out _, out var error) // false, error.Rule == "landline.area-code"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out IranianLandline result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new IranianLandline(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Returns the number in E.164 form.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>IranianLandline.Parse("02112345678").ToString() // "+982112345678"</code></example>
    public override string ToString() => Value;

    /// <inheritdoc/>
    string IIdentifierForms.Format() => NationalFormat;

    /// <inheritdoc/>
    string IIdentifierForms.ToMaskedString() => Value;

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c> the
    /// same as G (this identifier is not personal data); D gives <see cref="NationalFormat"/>; the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{IranianLandline.Parse("+982112345678"):D}" // "02112345678"</code></example>
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

        Span<char> digits = stackalloc char[PhoneText.BufferLength];
        var status = PhoneText.Read(text, digits, out var prefix, out var start, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        if (prefix is PhonePrefix.OtherCountry or PhonePrefix.None)
        {
            return prefix == PhonePrefix.OtherCountry ? Rules.CountryCode : Rules.Prefix;
        }

        if (count < 2)
        {
            return Rules.Length;
        }

        if (!ProvinceTable.TryFind(digits.Slice(start, 2), out _))
        {
            return Rules.AreaCode;
        }

        if (count != 10)
        {
            return Rules.Length;
        }

        value = string.Concat("+98", digits.Slice(start, 10));
        return null;
    }
}
