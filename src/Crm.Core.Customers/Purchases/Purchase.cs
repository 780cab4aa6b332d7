using NodaTime;

namespace Crm.Core.Customers;

/// <summary>One purchase by a customer on a date.</summary>
/// <param name="CustomerId">The customer who bought.</param>
/// <param name="Date">The date of the purchase, in any NodaTime calendar (Persian dates are converted when summarised).</param>
/// <param name="Amount">What the customer paid.</param>
public readonly record struct Purchase(CustomerCode CustomerId, LocalDate Date, Money Amount);
