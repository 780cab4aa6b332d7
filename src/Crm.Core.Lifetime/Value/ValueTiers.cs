using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>Splits customers into equal-sized value tiers (deciles by default), usable as a segmentation input.</summary>
public static class ValueTiers
{
    /// <summary>Assigns tiers by descending value: tier = 1 + ⌊rank · tiers / n⌋; equal values always share a tier.</summary>
    /// <param name="values">Each customer's value (CLV from <see cref="ClvRow.Clv"/>, historic spend from
    /// <see cref="Money.Amount"/>, …), as decimal like every money figure.</param>
    /// <param name="tiers">The number of tiers (10 for deciles).</param>
    /// <returns>One tier per customer, most valuable first (ties ordered by customer code).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tiers"/> is below 1.</exception>
    public static IReadOnlyList<ValueTier> Assign(IEnumerable<(CustomerCode CustomerId, decimal Value)> values, int tiers = 10)
    {
        Guard.Against.Null(values);
        Guard.Against.NegativeOrZero(tiers);
        var sorted = values.OrderByDescending(v => v.Value).ThenBy(v => v.CustomerId).ToArray();
        var result = new ValueTier[sorted.Length];
        var n = sorted.Length;
        for (var i = 0; i < n; i++)
        {
            var tier = (int)(1 + ((long)i * tiers / n));
            if (i > 0 && sorted[i].Value.Equals(sorted[i - 1].Value))
            {
                tier = result[i - 1].Tier;
            }

            result[i] = new ValueTier(sorted[i].CustomerId, sorted[i].Value, tier);
        }

        return result;
    }
}
