using System.ComponentModel.DataAnnotations;

namespace Crm.Core.Customers;

/// <summary>
/// Validates that a DataAnnotations model property holds a valid identifier of type <typeparamref name="T"/>: a string
/// that parses, or a <typeparamref name="T"/> that is set.
/// </summary>
/// <typeparam name="T">The identifier type, for example <see cref="NationalCode"/>.</typeparam>
/// <remarks>
/// <para><see langword="null"/> is valid (combine with <see cref="RequiredAttribute"/> to require a value); an empty or
/// white-space string and <c>default(T)</c> are invalid. The error message is the
/// <see cref="ValidationError.Message"/> of the failed rule, which masks personal data (see
/// <see cref="ValidationError"/>); <see cref="ValidationAttribute.ErrorMessage"/> replaces it when set.</para>
/// </remarks>
/// <example><code>public sealed class SignUp { [Identifier&lt;NationalCode&gt;] public string? NationalCode { get; set; } }</code></example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class IdentifierAttribute<T> : ValidationAttribute
    where T : struct, IIdentifier<T>
{
    /// <summary>Validates the value.</summary>
    /// <param name="value">A string, a <typeparamref name="T"/> or <see langword="null"/>.</param>
    /// <param name="validationContext">The member being validated.</param>
    /// <returns><see cref="ValidationResult.Success"/>, or the failed rule's message for the member.</returns>
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        string? message = value switch
        {
            null => null,
            string text => T.TryParse(text, out _, out var error) ? null : error.Message,
            T identifier => identifier.Value.Length > 0 ? null : string.Concat("default(", typeof(T).Name, ") is not a value."),
            _ => string.Concat("A ", value.GetType().Name, " is not a ", typeof(T).Name, " nor a string."),
        };
        if (message is null)
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is { } name ? new[] { name } : null;
        return new ValidationResult(ErrorMessage is null ? message : FormatErrorMessage(validationContext.DisplayName), members);
    }
}
