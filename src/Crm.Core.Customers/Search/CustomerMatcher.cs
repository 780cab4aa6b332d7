using Ardalis.GuardClauses;

namespace Crm.Core.Customers;

/// <summary>
/// Tests customers against a <see cref="CustomerQuery"/>; the query is normalised once
/// (<see cref="NormalizedCustomerQuery"/>: fold, canonical identifiers), so a store implementation can reuse it over
/// many customers.
/// </summary>
public sealed class CustomerMatcher
{
    private readonly NormalizedCustomerQuery _q;

    /// <summary>Prepares a query for matching.</summary>
    /// <param name="query">The query.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public CustomerMatcher(CustomerQuery query) => _q = NormalizedCustomerQuery.From(query);

    /// <summary>Tells whether a customer matches every set field of the query.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool Matches(Customer customer)
    {
        Guard.Against.Null(customer);
        var q = _q;
        return !q.MatchesNothing
            && (q.Code is null || string.Equals(customer.Code.Value, q.Code, StringComparison.Ordinal))
            && (q.Kind is null || customer.Kind == q.Kind)
            && (q.Words.Count == 0 || NamesContain(customer))
            && (q.NationalCode is null || customer is Individual { Profile.NationalCode: { } n } && n.Value == q.NationalCode)
            && (q.LegalEntityId is null || customer is Company { Profile.LegalEntityId: { } id } && id.Value == q.LegalEntityId)
            && (q.EconomicCode is null || customer is Company { Profile.EconomicCode: { } e } && e.Value == q.EconomicCode)
            && (q.Phone is null || customer.Phones.Any(p => string.Equals(p.Number, q.Phone, StringComparison.Ordinal)))
            && (q.Email is null || customer.Emails.Any(e => string.Equals(e.Value, q.Email, StringComparison.OrdinalIgnoreCase)))
            && (q.Province is null || customer.Addresses.Any(a => FoldEquals(a.Province, q.Province)))
            && (q.City is null || customer.Addresses.Any(a => FoldEquals(a.City, q.City)))
            && (q.Group is null || customer.Groups.Any(g => FoldEquals(g, q.Group)))
            && (q.Rank is null || FoldEquals(customer.Rank, q.Rank))
            && (q.Tag is null || customer.Tags.Any(t => FoldEquals(t, q.Tag)))
            && (q.Channel is null || FoldEquals(customer.Acquisition?.Channel, q.Channel))
            && (q.Owner is null || FoldEquals(customer.Owner, q.Owner));
    }

    private bool NamesContain(Customer customer)
    {
        var joined = NormalizedCustomerQuery.SearchableNames(customer);
        return _q.Words.All(w => joined.Contains(w, StringComparison.Ordinal));
    }

    private static bool FoldEquals(string? value, string foldedWanted) =>
        string.Equals(NormalizedCustomerQuery.Fold(value), foldedWanted, StringComparison.Ordinal);
}
