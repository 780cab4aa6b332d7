using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;

namespace Crm.Core.Customers;

/// <summary>An e-mail address, validated with <see cref="MailAddress"/> and stored trimmed with a lower-case domain.</summary>
/// <remarks><c>default(EmailAddress)</c> has an empty <see cref="Value"/> and is never produced by parsing.</remarks>
public readonly record struct EmailAddress
{
    private readonly string? _value;

    private EmailAddress(string value) => _value = value;

    /// <summary>Gets the address. Empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses an e-mail address.</summary>
    /// <param name="text">The address as typed.</param>
    /// <returns>The address.</returns>
    /// <exception cref="FormatException">The text is not a single plain address.</exception>
    /// <example><code>EmailAddress.Parse(" Sara@Example.IR ").Value // "Sara@example.ir"</code></example>
    public static EmailAddress Parse(string text) =>
        TryParse(text, out var email, out var error) ? email : throw new FormatException(error!.Message);

    /// <summary>Tries to parse an e-mail address and says why it is rejected (rule <c>email.format</c>).</summary>
    /// <param name="text">The address as typed.</param>
    /// <param name="result">The address when valid.</param>
    /// <param name="error">Why the text was rejected.</param>
    /// <returns><see langword="true"/> when the text is one plain address without a display name.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out EmailAddress result, out ValidationError? error)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length is > 0 and <= 254
            && MailAddress.TryCreate(trimmed, out var parsed)
            && string.Equals(parsed.Address, trimmed, StringComparison.Ordinal)
            && parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            result = new EmailAddress(parsed.User + "@" + parsed.Host.ToLowerInvariant());
            error = null;
            return true;
        }

        result = default;
        error = new ValidationError("email", "email.format", text ?? string.Empty,
            $"Rule 'email.format' failed for value '{text}': expected one plain address such as name@example.ir.");
        return false;
    }

    /// <summary>Returns the address.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
