using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>A customer's value tier: 1 is the most valuable group (for deciles, the top 10%).</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Value">The value the tier is based on (a money figure such as <see cref="ClvRow.Clv"/>, as decimal).</param>
/// <param name="Tier">The tier, from 1 (highest value) to the number of tiers.</param>
public sealed record ValueTier(CustomerCode CustomerId, decimal Value, int Tier);
