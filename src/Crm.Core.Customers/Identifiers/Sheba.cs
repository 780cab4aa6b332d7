using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.Sheba;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian bank account number in IBAN form, Sheba (شبا): <c>IR</c> and 24 digits.</summary>
/// <remarks>
/// <para>Parsing accepts <c>IR</c> in either case followed by 24 digits (ASCII, Persian or Arabic-Indic) with spaces,
/// dashes and invisible format characters anywhere, for example <c>ir06 2960-0000 ...</c>. The <c>IR</c> may be
/// omitted, as on Iranian bank forms that print it before the input box. The number must pass the ISO 13616 check:
/// check digits 02–98 and mod 97 = 1.</para>
/// <para>Rules: <c>sheba.empty</c>, <c>sheba.invalid-character</c>, <c>sheba.country</c>, <c>sheba.length</c>,
/// <c>sheba.check-digits</c>, <c>sheba.mod97</c>.</para>
/// <para><c>default(Sheba)</c> has an empty <see cref="Value"/> and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<Sheba>))]
[TypeConverter(typeof(IdentifierTypeConverter<Sheba>))]
public readonly record struct Sheba : IIdentifier<Sheba>, IIdentifierForms
{
    private const int DigitCount = 24;

    private readonly string? _value;

    private Sheba(string value) => _value = value;

    /// <summary>Gets the number in electronic form: upper-case <c>IR</c> and 24 ASCII digits; empty for <c>default</c>.</summary>
    /// <example><code>Sheba.Parse("ir06 2960 0000 0010 0324 2000 01").Value // "IR062960000000100324200001"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a Sheba number.</summary>
    /// <param name="text">The number as typed.</param>
    /// <returns>The Sheba number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid Sheba number; the message is the one
    /// <see cref="TryParse(string?, out Sheba, out ValidationError?)"/> reports.</exception>
    /// <example><code>Sheba.Parse("IR06-2960-0000-0010-0324-2000-01").Value // "IR062960000000100324200001"</code></example>
    public static Sheba Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a Sheba number; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid Sheba number.</returns>
    /// <example><code>Sheba.TryParse("IR820540102680020817909002", out var sheba) // true</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out Sheba result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new Sheba(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a Sheba number and says which rule failed; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The number when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>sheba</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is a valid Sheba number.</returns>
    /// <example><code>Sheba.TryParse("IR062960000000100324200002", out _, out var error) // false, error.Rule == "sheba.mod97"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out Sheba result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new Sheba(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Formats the number for print, in groups of four characters.</summary>
    /// <returns>For example <c>IR06 2960 0000 0010 0324 2000 01</c>; empty for <c>default(Sheba)</c>.</returns>
    /// <example><code>Sheba.Parse("IR062960000000100324200001").Format() // "IR06 2960 0000 0010 0324 2000 01"</code></example>
    public string Format()
    {
        if (_value is null)
        {
            return string.Empty;
        }

        return string.Create(_value.Length + ((_value.Length - 1) / 4), _value, static (span, value) =>
        {
            var j = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (i > 0 && i % 4 == 0)
                {
                    span[j++] = ' ';
                }

                span[j++] = value[i];
            }
        });
    }

    /// <summary>Returns the number in electronic form.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>Sheba.Parse("ir062960000000100324200001").ToString() // "IR062960000000100324200001"</code></example>
    public override string ToString() => Value;

    /// <summary>Gets the bank that holds the account, from the Sheba's bank code (digits 5–7);
    /// <see cref="IranianBank.Unknown"/> when the code is not listed (and for <c>default</c>).</summary>
    /// <example><code>Sheba.Parse("IR820540102680020817909002").Bank.EnglishName // "Parsian Bank"</code></example>
    public IranianBank Bank => _value is null ? IranianBank.Unknown : BankTable.FromShebaCode(_value.AsSpan(4, 3));

    /// <summary>Formats the number for logs: only the check digits, the bank code and the last four digits are shown.</summary>
    /// <returns>For example <c>IR06 296* **** **** **** **00 01</c>; empty for <c>default(Sheba)</c>.</returns>
    /// <example><code>Sheba.Parse("IR062960000000100324200001").ToMaskedString() // "IR06 296* **** **** **** **00 01"</code></example>
    public string ToMaskedString() => IdentifierMask.Mask(Format(), 5, 4);

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> the display form, <c>M</c> the
    /// masked form for logs; the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{Sheba.Parse("IR062960000000100324200001"):M}" // "IR06 296* **** **** **** **00 01"</code></example>
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

        var rest = IdentifierText.TrimLeadingSeparators(text);
        var hasCountry = false;
        if (rest.Length > 0 && char.IsLetter(rest[0]))
        {
            if (rest.Length < 2 || rest[0] is not ('I' or 'i') || rest[1] is not ('R' or 'r'))
            {
                return Rules.Country;
            }

            rest = rest[2..];
            hasCountry = true;
        }

        Span<char> digits = stackalloc char[DigitCount];
        var status = IdentifierText.ScanDigits(rest, digits, allowParentheses: false, out var count);
        if (status == ScanStatus.InvalidCharacter)
        {
            return Rules.Spec.InvalidCharacter;
        }

        if (status == ScanStatus.Empty && !hasCountry)
        {
            return Rules.Spec.Empty;
        }

        if (count != DigitCount)
        {
            return Rules.Length;
        }

        if (digits[..2] is "00" or "01" or "99")
        {
            return Rules.CheckDigits;
        }

        if (Checksums.IranianIbanRemainder(digits) != 1)
        {
            return Rules.Mod97;
        }

        value = string.Concat("IR", digits);
        return null;
    }
}
