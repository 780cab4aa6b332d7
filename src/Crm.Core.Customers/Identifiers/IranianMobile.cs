using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.Mobile;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian mobile number, stored in E.164 form: <c>+989xxxxxxxxx</c>.</summary>
/// <remarks>
/// <para>Parsing accepts <c>09xxxxxxxxx</c>, <c>9xxxxxxxxx</c>, <c>+989xxxxxxxxx</c>, <c>989xxxxxxxxx</c> and
/// <c>00989xxxxxxxxx</c>, in ASCII, Persian or Arabic-Indic digits, with spaces, dashes, parentheses and invisible
/// format characters anywhere. Validation is structural (9 followed by 9 digits). A number in a 09xy block that holds
/// no assigned numbers (0980…, 0962… — about 61 of the 100 blocks) is still accepted by default but flagged:
/// <see cref="IsInAssignedBlock"/> is <see langword="false"/> and <see cref="TryGetWarning"/> reports
/// <c>mobile.unassigned-block</c>; <see cref="MobileBlockPolicy.Reject"/> rejects it instead. Two numbers glued
/// together fail <c>mobile.length</c>.</para>
/// <para>Rules: <c>mobile.empty</c>, <c>mobile.invalid-character</c>, <c>mobile.country-code</c>,
/// <c>mobile.prefix</c>, <c>mobile.length</c>, and (a warning unless <see cref="MobileBlockPolicy.Reject"/>)
/// <c>mobile.unassigned-block</c>.</para>
/// <para><c>default(IranianMobile)</c> has an empty <see cref="Value"/> and <see cref="NationalFormat"/> and is never
/// produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<IranianMobile>))]
[TypeConverter(typeof(IdentifierTypeConverter<IranianMobile>))]
public readonly record struct IranianMobile : IIdentifier<IranianMobile>, IIdentifierForms
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
    public MobileOperator Operator => _value is null ? MobileOperator.Unknown : MobileBlockTable.Find(_value.AsSpan(3)).Operator;

    /// <summary>Gets whether the number's 09xy block holds numbers assigned to an operator, according to libphonenumber's
    /// metadata for Iran (docs/identifiers.md lists the 39 blocks, with the date they were checked);
    /// <see langword="false"/> for <c>default(IranianMobile)</c>.</summary>
    /// <example><code>IranianMobile.Parse("09801234567").IsInAssignedBlock // false</code></example>
    public bool IsInAssignedBlock => _value is not null && MobileBlockTable.Find(_value.AsSpan(3)).Assigned;

    /// <summary>Formats the number for people: <c>0912 345 6789</c>.</summary>
    /// <returns>The national format in groups of 4, 3 and 4 digits; empty for <c>default(IranianMobile)</c>.</returns>
    /// <example><code>IranianMobile.Parse("+989123456789").Format() // "0912 345 6789"</code></example>
    public string Format() => _value is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"0{_value.AsSpan(3, 3)} {_value.AsSpan(6, 3)} {_value.AsSpan(9)}");

    /// <summary>Reports the warning for a number that is valid but doubtful: one in an unassigned 09xy block.</summary>
    /// <param name="warning">The warning <c>mobile.unassigned-block</c> with field <c>mobile</c> and the number in national
    /// format as value; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when there is a warning (never for <c>default(IranianMobile)</c>).</returns>
    /// <example><code>IranianMobile.Parse("09801234567").TryGetWarning(out var w) // true, w.Rule == "mobile.unassigned-block"</code></example>
    public bool TryGetWarning([NotNullWhen(true)] out ValidationError? warning)
    {
        warning = _value is null || IsInAssignedBlock ? null : Rules.UnassignedBlock.ToError(NationalFormat);
        return warning is not null;
    }

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

    /// <summary>Tries to parse a mobile number under a policy for unassigned blocks, and says which rule failed; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="policy">What to do with a number in an unassigned 09xy block.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>mobile</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is an Iranian mobile number acceptable under the policy.</returns>
    /// <example><code>IranianMobile.TryParse("09801234567", MobileBlockPolicy.Reject, out _, out var error) // false, error.Rule == "mobile.unassigned-block"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, MobileBlockPolicy policy, out IranianMobile result, [NotNullWhen(false)] out ValidationError? error)
    {
        if (!TryParse(text, out result, out error))
        {
            return false;
        }

        if (policy == MobileBlockPolicy.Reject && !result.IsInAssignedBlock)
        {
            result = default;
            error = Rules.UnassignedBlock.ToError(text);
            return false;
        }

        return true;
    }

    /// <summary>Returns the number in E.164 form.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>IranianMobile.Parse("09123456789").ToString() // "+989123456789"</code></example>
    public override string ToString() => Value;

    /// <summary>Formats the number for logs: only the first four digits (the block) and the last four are shown.</summary>
    /// <returns>For example <c>0912 *** 6789</c>; empty for <c>default(IranianMobile)</c>.</returns>
    /// <example><code>IranianMobile.Parse("09123456789").ToMaskedString() // "0912 *** 6789"</code></example>
    public string ToMaskedString() => IdentifierMask.Mask(Format(), 4, 4);

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c> the
    /// masked form for logs; the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{IranianMobile.Parse("09123456789"):M}" // "0912 *** 6789"</code></example>
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
