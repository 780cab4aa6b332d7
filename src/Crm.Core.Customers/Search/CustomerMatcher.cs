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
    private readonly string? _province;
    private readonly string? _city;
    private readonly string? _group;
    private readonly string? _rank;
    private readonly string? _tag;
    private readonly string? _channel;
    private readonly string? _owner;

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
        // The query side of every text comparison is folded once here, not once per customer.
        _province = FoldOrNull(query.Province);
        _city = FoldOrNull(query.City);
        _group = FoldOrNull(query.Group);
        _rank = FoldOrNull(query.Rank);
        _tag = FoldOrNull(query.Tag);
        _channel = FoldOrNull(query.Channel);
        _owner = FoldOrNull(query.Owner);
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
            && (_province is null || customer.Addresses.Any(a => FoldEquals(a.Province, _province)))
            && (_city is null || customer.Addresses.Any(a => FoldEquals(a.City, _city)))
            && (_group is null || customer.Groups.Any(g => FoldEquals(g, _group)))
            && (_rank is null || FoldEquals(customer.Rank, _rank))
            && (_tag is null || customer.Tags.Any(t => FoldEquals(t, _tag)))
            && (_channel is null || FoldEquals(customer.Acquisition?.Channel, _channel))
            && (_owner is null || FoldEquals(customer.Owner, _owner));
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

    private static string? FoldOrNull(string? value) => value is null ? null : PersianFold.FoldToString(value.Trim());

    private static bool FoldEquals(string? value, string foldedWanted) =>
        value is not null && string.Equals(PersianFold.FoldToString(value.Trim()), foldedWanted, StringComparison.Ordinal);

    private static string? Canonical(string? text, Func<string, string?> parse) =>
        string.IsNullOrWhiteSpace(text) ? null : parse(text);

    // A set field whose value cannot be valid (a malformed phone, say) can match nothing.
    private static bool Invalid(string? text, string? canonical) => !string.IsNullOrWhiteSpace(text) && canonical is null;
}
