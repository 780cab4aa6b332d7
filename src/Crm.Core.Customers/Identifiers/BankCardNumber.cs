using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Rules = Crm.Core.Customers.Internal.Identifiers.IdentifierRules.BankCard;

namespace Crm.Core.Customers;

/// <summary>Represents an Iranian bank card number (شماره کارت): sixteen ASCII digits passing the Luhn check.</summary>
/// <remarks>
/// <para>Parsing accepts ASCII, Persian and Arabic-Indic digits with spaces, dashes and invisible format characters,
/// for example <c>۶۰۳۷-۹۹۱۲-۳۴۵۶-۷۸۹۳</c>. The first six digits name the issuing bank (<see cref="Bank"/>).</para>
/// <para>A card number is personal data: log <see cref="ToMaskedString"/> (<c>6037-99**-****-7893</c>, the first six
/// and last four digits, as card receipts print them), never <see cref="Value"/>.</para>
/// <para>Rules: <c>bank-card.empty</c>, <c>bank-card.invalid-character</c>, <c>bank-card.length</c>,
/// <c>bank-card.luhn</c>.</para>
/// <para><c>default(BankCardNumber)</c> has an empty <see cref="Value"/> and is never produced by parsing.</para>
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<BankCardNumber>))]
[TypeConverter(typeof(IdentifierTypeConverter<BankCardNumber>))]
public readonly record struct BankCardNumber : IIdentifier<BankCardNumber>, IIdentifierForms
{
    private const int DigitCount = 16;

    private readonly string? _value;

    private BankCardNumber(string value) => _value = value;

    /// <summary>Gets the sixteen ASCII digits; empty for <c>default(BankCardNumber)</c>.</summary>
    /// <example><code>BankCardNumber.Parse("۶۰۳۷ ۹۹۱۲ ۳۴۵۶ ۷۸۹۳").Value // "6037991234567893"</code></example>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the bank that issued the card, from its first six digits; <see cref="IranianBank.Unknown"/> when the
    /// prefix is not listed (and for <c>default</c>).</summary>
    /// <example><code>BankCardNumber.Parse("6037991234567893").Bank.EnglishName // "Bank Melli Iran"</code></example>
    public IranianBank Bank => _value is null ? IranianBank.Unknown : BankTable.FromCardPrefix(_value.AsSpan(0, 6));

    /// <summary>Parses a bank card number.</summary>
    /// <param name="text">The number as typed, for example <c>6037-9912-3456-7893</c>.</param>
    /// <returns>The card number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a valid card number; the message is the one
    /// <see cref="TryParse(string?, out BankCardNumber, out ValidationError?)"/> reports.</exception>
    /// <example><code>BankCardNumber.Parse("6037 9912 3456 7893").Value // "6037991234567893"</code></example>
    public static BankCardNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Tries to parse a bank card number; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The card number when the text is valid; otherwise <c>default</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid card number.</returns>
    /// <example><code>BankCardNumber.TryParse("6104-3398-7654-3210", out var card) // true</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out BankCardNumber result)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new BankCardNumber(value) : default;
        return rule is null;
    }

    /// <summary>Tries to parse a bank card number and says which rule failed; never throws.</summary>
    /// <param name="text">The number as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The card number when the text is valid; otherwise <c>default</c>.</param>
    /// <param name="error"><see langword="null"/> when the text is valid; otherwise the failed rule, with field
    /// <c>bankCard</c> and the text as typed.</param>
    /// <returns><see langword="true"/> when the text is a valid card number.</returns>
    /// <example><code>BankCardNumber.TryParse("6037991234567890", out _, out var error) // false, error.Rule == "bank-card.luhn"</code></example>
    public static bool TryParse([NotNullWhen(true)] string? text, out BankCardNumber result, [NotNullWhen(false)] out ValidationError? error)
    {
        var rule = Validate(text, out var value);
        result = rule is null ? new BankCardNumber(value) : default;
        error = rule?.ToError(text);
        return rule is null;
    }

    /// <summary>Formats the number for print: four groups of four digits joined by dashes.</summary>
    /// <returns>For example <c>6037-9912-3456-7893</c>; empty for <c>default(BankCardNumber)</c>.</returns>
    /// <example><code>BankCardNumber.Parse("6037991234567893").Format() // "6037-9912-3456-7893"</code></example>
    public string Format() => _value is null ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $"{_value.AsSpan(0, 4)}-{_value.AsSpan(4, 4)}-{_value.AsSpan(8, 4)}-{_value.AsSpan(12)}");

    /// <summary>Formats the number for logs: only the first six digits (the bank) and the last four are shown.</summary>
    /// <returns>For example <c>6037-99**-****-7893</c>; empty for <c>default(BankCardNumber)</c>.</returns>
    /// <example><code>BankCardNumber.Parse("6037991234567893").ToMaskedString() // "6037-99**-****-7893"</code></example>
    public string ToMaskedString() => IdentifierMask.Mask(Format(), 6, 4);

    /// <summary>Returns the sixteen digits.</summary>
    /// <returns><see cref="Value"/>.</returns>
    /// <example><code>BankCardNumber.Parse("6037-9912-3456-7893").ToString() // "6037991234567893"</code></example>
    public override string ToString() => Value;

    /// <summary>Formats the value: <c>G</c> (or none) gives <see cref="Value"/>, <c>D</c> <see cref="Format"/>, <c>M</c>
    /// <see cref="ToMaskedString"/>; the provider is ignored, so the result never depends on culture.</summary>
    /// <param name="format">G, D or M (case-insensitive); <see langword="null"/> means G.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not G, D or M.</exception>
    /// <example><code>$"{BankCardNumber.Parse("6037991234567893"):M}" // "6037-99**-****-7893"</code></example>
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

        Span<char> digits = stackalloc char[DigitCount];
        var status = IdentifierText.ScanDigits(text, digits, allowParentheses: false, out var count);
        if (status != ScanStatus.Digits)
        {
            return status == ScanStatus.Empty ? Rules.Spec.Empty : Rules.Spec.InvalidCharacter;
        }

        if (count != DigitCount)
        {
            return Rules.Length;
        }

        if (!Checksums.LuhnValid(digits))
        {
            return Rules.Luhn;
        }

        value = text.Length == DigitCount && IdentifierText.IsAsciiDigits(text) ? text : new string(digits);
        return null;
    }
}
