using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>A customer's value tier: 1 is the most valuable group (for deciles, the top 10%).</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Value">The value the tier is based on.</param>
/// <param name="Tier">The tier, from 1 (highest value) to the number of tiers.</param>
public sealed record ValueTier(CustomerCode CustomerId, double Value, int Tier);
