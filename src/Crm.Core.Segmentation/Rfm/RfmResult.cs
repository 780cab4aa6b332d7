using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation;

/// <summary>The outcome of RFM scoring: scored customers, customers without purchases, and data that could not be used.</summary>
/// <param name="AsOf">The as-of date of the figures.</param>
/// <param name="Map">The segment map used.</param>
/// <param name="Rows">One row per scored customer, sorted by customer code (ordinal).</param>
/// <param name="WithoutPurchases">Known customers with no purchase on or before the as-of date, sorted; they are not scored.</param>
/// <param name="Errors">Customers or records left out, each with the rule that failed (for example mixed currencies).</param>
public sealed record RfmResult(
    LocalDate AsOf,
    RfmSegmentMap Map,
    IReadOnlyList<RfmRow> Rows,
    IReadOnlyList<CustomerCode> WithoutPurchases,
    IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Counts the scored customers of each segment, in the order of <see cref="RfmSegmentMap.Rules"/>.</summary>
    /// <returns>One entry per rule of the map, including empty segments.</returns>
    public IReadOnlyList<RfmSegmentSize> SegmentSizes()
    {
        var counts = new int[Map.Rules.Count];
        foreach (var row in Rows)
        {
            counts[Map.IndexOf(row.Score)]++;
        }

        return Map.Rules.Select((rule, i) => new RfmSegmentSize(rule, counts[i])).ToArray();
    }
}
