using System.Diagnostics.CodeAnalysis;
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
public readonly record struct CustomerCode : IComparable<CustomerCode>
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
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error!.Message);

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
    public static bool TryParse([NotNullWhen(true)] string? text, out CustomerCode result, out ValidationError? error)
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

    private static ValidationError Error(string rule, string? value, string what) =>
        new("code", rule, value ?? string.Empty, $"Rule '{rule}' failed for value '{value}': {what}.");
}
