using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>One customer's predictions.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="ProbabilityAlive">The probability that the customer is still active.</param>
/// <param name="ExpectedPurchases">The expected number of purchases over the horizon.</param>
/// <param name="ExpectedAverageValue">The Gamma-Gamma expected value per purchase, when a spend model was given.</param>
/// <param name="Clv">The discounted, margin-adjusted value over the horizon, when a spend model was given.</param>
public sealed record ClvRow(CustomerCode CustomerId, double ProbabilityAlive, double ExpectedPurchases, double? ExpectedAverageValue, double? Clv);
