using Ardalis.GuardClauses;
using Crm.Core.Customers;

namespace Crm.Core.Segmentation;

/// <summary>A customer together with the figures computed for it, as seen by segment conditions.</summary>
/// <param name="Customer">The customer record.</param>
public sealed record CustomerFacts(Customer Customer)
{
    /// <summary>Gets the purchase summary at the as-of date, or <see langword="null"/> when the customer has not bought.</summary>
    public CustomerSummary? Purchases { get; init; }

    /// <summary>Gets the RFM score, or <c>default</c> when not scored.</summary>
    public RfmScore Rfm { get; init; }

    /// <summary>Gets the RFM segment name, or <see langword="null"/> when not scored.</summary>
    public string? RfmSegment { get; init; }

    /// <summary>Gets the lifetime value when one was computed (for example by Crm.Core.Lifetime).</summary>
    public decimal? LifetimeValue { get; init; }

    /// <summary>Joins customers with their purchase summaries, RFM rows and lifetime values by customer code.</summary>
    /// <param name="customers">The customers.</param>
    /// <param name="summaries">Purchase summaries, or <see langword="null"/>.</param>
    /// <param name="rfm">RFM results, or <see langword="null"/>.</param>
    /// <param name="lifetimeValues">Lifetime values by customer, or <see langword="null"/>.</param>
    /// <returns>One fact record per customer, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<CustomerFacts> Combine(
        IEnumerable<Customer> customers,
        IEnumerable<CustomerSummary>? summaries = null,
        RfmResult? rfm = null,
        IReadOnlyDictionary<CustomerCode, decimal>? lifetimeValues = null)
    {
        Guard.Against.Null(customers);
        var bySummary = (summaries ?? []).ToDictionary(s => s.CustomerId);
        var byRfm = (rfm?.Rows ?? []).ToDictionary(r => r.CustomerId);
        return customers.Select(c => new CustomerFacts(c)
        {
            Purchases = bySummary.GetValueOrDefault(c.Code),
            Rfm = byRfm.TryGetValue(c.Code, out var row) ? row.Score : default,
            RfmSegment = row?.Segment.Name,
            LifetimeValue = lifetimeValues is not null && lifetimeValues.TryGetValue(c.Code, out var v) ? v : null,
        }).ToArray();
    }
}
