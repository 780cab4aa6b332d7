using System.Globalization;
using Ardalis.GuardClauses;

namespace Crm.Core.Customers;

/// <summary>
/// Thrown when a change to a customer breaks one of the organisation's rules, for example a rank that is not one of
/// <see cref="CustomerOptions.Ranks"/> (rule <c>rank.unknown</c>). It carries the customer and the
/// <see cref="ValidationError"/> (field, rule, value, English and Persian message), so an application can show it in
/// the user's language.
/// </summary>
public sealed class CustomerValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customer">The customer whose change was refused.</param>
    /// <param name="error">What was wrong.</param>
    public CustomerValidationException(CustomerCode customer, ValidationError error)
        : base(string.Create(CultureInfo.InvariantCulture, $"Customer '{customer}': {Guard.Against.Null(error).Message}"), error.Field)
    {
        Customer = customer;
        Error = error;
    }

    /// <summary>Gets the customer whose change was refused.</summary>
    public CustomerCode Customer { get; }

    /// <summary>Gets the field, the rule, the value and the messages.</summary>
    public ValidationError Error { get; }

    /// <summary>Returns the message in the language of <paramref name="culture"/> (Persian for a Persian culture, English
    /// otherwise), naming the customer.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The message.</returns>
    public string MessageIn(CultureInfo culture) =>
        Internal.ValidationMessages.IsPersian(Guard.Against.Null(culture))
            ? $"مشتری «{Customer}»: {Error.PersianMessage}"
            : Message;
}
