using Ardalis.GuardClauses;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>
/// Tests customers against a <see cref="CustomerQuery"/>; the query is normalised once (fold, canonical identifiers),
/// so a store implementation can reuse it over many customers.
/// </summary>
public sealed class CustomerMatcher
{
    private readonly CustomerQuery _query;
    private readonly string[] _words;
    private readonly string? _phone;
    private readonly string? _nationalCode;
    private readonly string? _legalEntityId;
    private readonly string? _economicCode;
    private readonly string? _code;
    private readonly bool _impossible;

    /// <summary>Prepares a query for matching.</summary>
    /// <param name="query">The query.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public CustomerMatcher(CustomerQuery query)
    {
        _query = Guard.Against.Null(query);
        _words = string.IsNullOrWhiteSpace(query.Text)
            ? []
            : PersianFold.FoldToString(query.Text).Split([' ', '\u200C'], StringSplitOptions.RemoveEmptyEntries);
        _code = Canonical(query.Code, s => CustomerCode.TryParse(s, out var c) ? c.Value : null);
        _nationalCode = Canonical(query.NationalCode, s => NationalCode.TryParse(s, out var v) ? v.Value : null);
        _legalEntityId = Canonical(query.LegalEntityId, s => LegalEntityId.TryParse(s, out var v) ? v.Value : null);
        _economicCode = Canonical(query.EconomicCode, s => EconomicCode.TryParse(s, out var v) ? v.Value : null);
        _phone = Canonical(query.Phone, s =>
            IranianMobile.TryParse(s, out var m) ? m.Value : IranianLandline.TryParse(s, out var l) ? l.Value : null);
        _impossible = Invalid(query.Code, _code) || Invalid(query.NationalCode, _nationalCode)
            || Invalid(query.LegalEntityId, _legalEntityId) || Invalid(query.EconomicCode, _economicCode)
            || Invalid(query.Phone, _phone);
    }

    /// <summary>Tells whether a customer matches every set field of the query.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns><see langword="true"/> on a match.</returns>
    public bool Matches(Customer customer)
    {
        Guard.Against.Null(customer);
        var q = _query;
        return !_impossible
            && (_code is null || string.Equals(customer.Code.Value, _code, StringComparison.Ordinal))
            && (q.Kind is null || customer.Kind == q.Kind)
            && (_words.Length == 0 || NamesContain(customer))
            && (_nationalCode is null || customer is Individual { Profile.NationalCode: { } n } && n.Value == _nationalCode)
            && (_legalEntityId is null || customer is Company { Profile.LegalEntityId: { } id } && id.Value == _legalEntityId)
            && (_economicCode is null || customer is Company { Profile.EconomicCode: { } e } && e.Value == _economicCode)
            && (_phone is null || customer.Phones.Any(p => string.Equals(p.Number, _phone, StringComparison.Ordinal)))
            && (q.Email is null || customer.Emails.Any(e => string.Equals(e.Value, q.Email.Trim(), StringComparison.OrdinalIgnoreCase)))
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
        var names = customer switch
        {
            Individual i => PersianFold.FoldToString(string.Join(' ', customer.DisplayName, i.Profile.FirstName, i.Profile.LastName)),
            Company c => PersianFold.FoldToString(c.Profile.Name),
            _ => PersianFold.FoldToString(customer.DisplayName),
        };
        var joined = names.Replace("\u200C", string.Empty, StringComparison.Ordinal);
        return _words.All(w => joined.Contains(w, StringComparison.Ordinal));
    }

    private static bool FoldEquals(string? value, string wanted) =>
        value is not null && string.Equals(PersianFold.FoldToString(value.Trim()), PersianFold.FoldToString(wanted.Trim()), StringComparison.Ordinal);

    private static string? Canonical(string? text, Func<string, string?> parse) =>
        string.IsNullOrWhiteSpace(text) ? null : parse(text);

    // A set field whose value cannot be valid (a malformed phone, say) can match nothing.
    private static bool Invalid(string? text, string? canonical) => !string.IsNullOrWhiteSpace(text) && canonical is null;
}
