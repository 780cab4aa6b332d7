using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>Value from history alone: spend to date, margin-adjusted spend, and the classic AOV × rate × lifespan estimate.</summary>
public static class HistoricValue
{
    /// <summary>Returns the spend to date multiplied by the margin.</summary>
    /// <param name="summary">The customer's purchase summary.</param>
    /// <param name="margin">The profit margin in [0, 1].</param>
    /// <returns>The margin-adjusted spend, in the summary's currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="margin"/> is outside [0, 1].</exception>
    public static Money MarginAdjusted(CustomerSummary summary, decimal margin)
    {
        Guard.Against.Null(summary);
        Guard.Against.OutOfRange(margin, nameof(margin), 0m, 1m);
        return new Money(summary.TotalSpend.Amount * margin, summary.TotalSpend.Currency);
    }

    /// <summary>Returns the classic estimate: average order value × purchases per unit × expected lifespan in units × margin.</summary>
    /// <param name="averageOrderValue">The average order value.</param>
    /// <param name="purchasesPerUnit">The purchase rate per time unit.</param>
    /// <param name="expectedLifespan">The expected customer lifespan, in the same unit.</param>
    /// <param name="margin">The profit margin in [0, 1] (1 for revenue).</param>
    /// <returns>The lifetime value estimate, in the order value's currency.</returns>
    /// <exception cref="ArgumentException">A figure is negative or the margin is outside [0, 1].</exception>
    /// <example><code>HistoricValue.Classic(new Money(500_000m), 2m, 36m, 0.3m) // 10,800,000 IRR: 2 a month for 3 years at 30% margin</code></example>
    public static Money Classic(Money averageOrderValue, decimal purchasesPerUnit, decimal expectedLifespan, decimal margin = 1m)
    {
        Guard.Against.Negative(averageOrderValue.Amount, nameof(averageOrderValue));
        Guard.Against.Negative(purchasesPerUnit);
        Guard.Against.Negative(expectedLifespan);
        Guard.Against.OutOfRange(margin, nameof(margin), 0m, 1m);
        return new Money(averageOrderValue.Amount * purchasesPerUnit * expectedLifespan * margin, averageOrderValue.Currency);
    }

    /// <summary>Returns the classic estimate from a purchase summary: its mean spend, its purchase rate since the first purchase, and a lifespan.</summary>
    /// <param name="summary">The customer's purchase summary; its age is the unit of the rate.</param>
    /// <param name="expectedLifespan">The expected lifespan in the summary's unit.</param>
    /// <param name="margin">The profit margin in [0, 1].</param>
    /// <returns>The estimate; a customer observed for zero time is rated by purchases per one unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lifespan is negative or the margin is outside [0, 1].</exception>
    public static Money ClassicFromSummary(CustomerSummary summary, decimal expectedLifespan, decimal margin)
    {
        Guard.Against.Null(summary);
        var observed = (decimal)Math.Max(summary.Age, 1d);
        return Classic(summary.MeanSpend, (summary.RepeatPurchaseDays + 1) / observed, expectedLifespan, margin);
    }
}
