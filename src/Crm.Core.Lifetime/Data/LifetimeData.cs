using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Lifetime;

/// <summary>Turns per-customer figures into model inputs: collapsed (frequency, recency, age) rows and spend rows.</summary>
public static class LifetimeData
{
    /// <summary>Collapses customers into a weighted <see cref="RfmSummary"/>.</summary>
    /// <param name="customers">The customers; their times are in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit of recency and age.</param>
    /// <returns>The collapsed summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A customer's figures are inconsistent, or carry a <see cref="CustomerRfm.Unit"/>
    /// other than <paramref name="unit"/> (rule <c>time-unit.mismatch</c>, naming both units).</exception>
    public static RfmSummary ToRfmSummary(IEnumerable<CustomerRfm> customers, TimeUnit unit)
    {
        Guard.Against.Null(customers);
        var builder = new RfmSummaryBuilder(unit);
        foreach (var c in customers)
        {
            c.RequireUnit(unit, "the summary being built");
            builder.Add(c.Frequency, c.Recency, c.Age);
        }

        return builder.Build();
    }

    /// <summary>Collapses customers into a weighted <see cref="RfmSummary"/> in the unit their figures carry.</summary>
    /// <param name="customers">The customers, each with <see cref="CustomerRfm.Unit"/> set to one and the same unit (as
    /// <see cref="FromPurchaseSummary"/> returns them).</param>
    /// <returns>The collapsed summary, in the customers' unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no customers, a customer carries no unit or another unit than the
    /// first, or a customer's figures are inconsistent.</exception>
    public static RfmSummary ToRfmSummary(IEnumerable<CustomerRfm> customers)
    {
        Guard.Against.Null(customers);
        RfmSummaryBuilder? builder = null;
        foreach (var c in customers)
        {
            if (c.Unit is not { } unit)
            {
                throw new ArgumentException(
                    $"Rule 'time-unit.missing' failed for customer {c.CustomerId}: its figures carry no time unit; pass the unit to ToRfmSummary(customers, unit).",
                    nameof(customers));
            }

            builder ??= new RfmSummaryBuilder(unit);
            c.RequireUnit(builder.Unit, "the first customer");
            builder.Add(c.Frequency, c.Recency, c.Age);
        }

        return builder?.Build() ?? throw new ArgumentException("The sequence has no customers, so it has no time unit.", nameof(customers));
    }

    /// <summary>Returns the Gamma-Gamma input: one row per customer with at least one repeat purchase and a positive monetary value.</summary>
    /// <param name="customers">The customers.</param>
    /// <returns>The spend rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<SpendSummaryRow> ToSpendRows(IEnumerable<CustomerRfm> customers)
    {
        Guard.Against.Null(customers);
        return customers.Where(c => c.Frequency > 0 && c.MonetaryValue > 0d)
            .Select(c => new SpendSummaryRow(c.Frequency, c.MonetaryValue!.Value)).ToArray();
    }

    /// <summary>Converts purchase summaries (see <see cref="PurchaseSummarizer"/>) into model figures in their own unit.</summary>
    /// <param name="summary">The purchase summary.</param>
    /// <returns>One <see cref="CustomerRfm"/> per customer, with the mean repeat-day spend as monetary value and
    /// <see cref="CustomerRfm.Unit"/> set to the summary's unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CustomerRfm> FromPurchaseSummary(PurchaseSummary summary)
    {
        Guard.Against.Null(summary);
        return summary.Customers.Select(c => new CustomerRfm(c.CustomerId, c.RepeatPurchaseDays, c.Recency, c.Age,
            (double)c.MeanRepeatSpend.Amount) { Unit = c.Unit }).ToArray();
    }
}
