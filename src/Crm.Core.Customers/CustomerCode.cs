using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Crm.Core.Customers.Internal.Identifiers;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>
/// Identifies a customer, individual or company, in one identity space chosen by the using organisation
/// (for example <c>C-1001</c> or <c>۱۲۳۴</c>).
/// </summary>
/// <remarks>
/// A code is 1–64 characters of letters, digits, '-', '_', '.' and '/'; Persian and Arabic-Indic digits are stored as
/// ASCII and surrounding white space is trimmed. Codes compare ordinally and case-sensitively.
/// <c>default(CustomerCode)</c> has an empty <see cref="Value"/> and is never produced by parsing.
/// </remarks>
[JsonConverter(typeof(IdentifierJsonConverter<CustomerCode>))]
[TypeConverter(typeof(IdentifierTypeConverter<CustomerCode>))]
public readonly record struct CustomerCode : IComparable<CustomerCode>, IIdentifier<CustomerCode>, IIdentifierForms
{
    /// <summary>The longest accepted code, in characters.</summary>
    public const int MaxLength = 64;

    private readonly string? _value;

    private CustomerCode(string value) => _value = value;

    /// <summary>Gets the code as stored: trimmed, with ASCII digits. Empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a customer code.</summary>
    /// <param name="text">The code as typed.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is empty, too long or holds a character that is not allowed.</exception>
    /// <example><code>CustomerCode.Parse(" C-۱۰۰۱ ").Value // "C-1001"</code></example>
    public static CustomerCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error.Message);

    /// <summary>Tries to parse a customer code.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The code when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CustomerCode result) =>
        TryParse(text, out result, out _);

    /// <summary>Tries to parse a customer code and says why it is rejected.</summary>
    /// <param name="text">The code as typed; may be <see langword="null"/>.</param>
    /// <param name="result">The code when the text is valid.</param>
    /// <param name="error">The rule that failed (<c>customer-code.empty</c>, <c>customer-code.length</c> or
    /// <c>customer-code.character</c>) when it is not.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CustomerCode result, [NotNullWhen(false)] out ValidationError? error)
    {
        result = default;
        var trimmed = PersianDigits.ToAscii(text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = Error("customer-code.empty", text, "a customer code must not be empty");
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            error = Error("customer-code.length", text, $"a customer code has at most {MaxLength} characters");
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
            {
                error = Error("customer-code.character", text, $"character U+{(int)c:X4} is not allowed in a customer code");
                return false;
            }
        }

        result = new CustomerCode(trimmed);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(CustomerCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code.</summary>
    /// <returns><see cref="Value"/>.</returns>
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
    /// <example><code>$"{CustomerCode.Parse("C-1001"):G}" // "C-1001"</code></example>
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

    private static ValidationError Error(string rule, string? value, string what) =>
        new("code", rule, value ?? string.Empty, $"Rule '{rule}' failed for value '{value}': {what}.");
}
