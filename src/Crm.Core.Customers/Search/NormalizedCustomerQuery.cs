using Ardalis.GuardClauses;
using Crm.Core.Persian;

namespace Crm.Core.Customers;

/// <summary>
/// A <see cref="CustomerQuery"/> in the form every store compares with: text folded (<see cref="PersianFold"/>: «علي»
/// and «علی» alike), identifiers and phones canonical (any digit script, any phone form), e-mail trimmed.
/// <see cref="CustomerMatcher"/> matches in memory with it; a database store compares its stored folded columns with it,
/// so both give the same answers.
/// </summary>
public sealed record NormalizedCustomerQuery
{
    private NormalizedCustomerQuery()
    {
    }

    /// <summary>Gets the folded words of <see cref="CustomerQuery.Text"/>, each of which a name must contain.</summary>
    public IReadOnlyList<string> Words { get; private init; } = [];

    /// <summary>Gets the canonical customer code, if set.</summary>
    public string? Code { get; private init; }

    /// <summary>Gets the kind, if set.</summary>
    public CustomerKind? Kind { get; private init; }

    /// <summary>Gets the canonical national code, if set.</summary>
    public string? NationalCode { get; private init; }

    /// <summary>Gets the canonical legal-entity ID, if set.</summary>
    public string? LegalEntityId { get; private init; }

    /// <summary>Gets the canonical economic code, if set.</summary>
    public string? EconomicCode { get; private init; }

    /// <summary>Gets the phone in E.164 form, if set.</summary>
    public string? Phone { get; private init; }

    /// <summary>Gets the trimmed e-mail address, compared ignoring case, if set.</summary>
    public string? Email { get; private init; }

    /// <summary>Gets the folded province, if set.</summary>
    public string? Province { get; private init; }

    /// <summary>Gets the folded city, if set.</summary>
    public string? City { get; private init; }

    /// <summary>Gets the folded group, if set.</summary>
    public string? Group { get; private init; }

    /// <summary>Gets the folded rank, if set.</summary>
    public string? Rank { get; private init; }

    /// <summary>Gets the folded tag, if set.</summary>
    public string? Tag { get; private init; }

    /// <summary>Gets the folded acquisition channel, if set.</summary>
    public string? Channel { get; private init; }

    /// <summary>Gets the folded owner, if set.</summary>
    public string? Owner { get; private init; }

    /// <summary>Gets whether a set identifier or phone can never be valid (a malformed phone, say), so nothing matches.</summary>
    public bool MatchesNothing { get; private init; }

    /// <summary>Normalises a query.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The normalised query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public static NormalizedCustomerQuery From(CustomerQuery query)
    {
        Guard.Against.Null(query);
        var code = Canonical(query.Code, s => CustomerCode.TryParse(s, out var c) ? c.Value : null);
        var nationalCode = Canonical(query.NationalCode, s => Customers.NationalCode.TryParse(s, out var v) ? v.Value : null);
        var legalEntityId = Canonical(query.LegalEntityId, s => Customers.LegalEntityId.TryParse(s, out var v) ? v.Value : null);
        var economicCode = Canonical(query.EconomicCode, s => Customers.EconomicCode.TryParse(s, out var v) ? v.Value : null);
        var phone = Canonical(query.Phone, s =>
            IranianMobile.TryParse(s, out var m) ? m.Value : IranianLandline.TryParse(s, out var l) ? l.Value : null);
        return new NormalizedCustomerQuery
        {
            Words = string.IsNullOrWhiteSpace(query.Text)
                ? []
                : PersianFold.FoldToString(query.Text).Split([' ', '\u200C'], StringSplitOptions.RemoveEmptyEntries),
            Code = code,
            Kind = query.Kind,
            NationalCode = nationalCode,
            LegalEntityId = legalEntityId,
            EconomicCode = economicCode,
            Phone = phone,
            Email = query.Email?.Trim(),
            Province = Fold(query.Province),
            City = Fold(query.City),
            Group = Fold(query.Group),
            Rank = Fold(query.Rank),
            Tag = Fold(query.Tag),
            Channel = Fold(query.Channel),
            Owner = Fold(query.Owner),
            MatchesNothing = Invalid(query.Code, code) || Invalid(query.NationalCode, nationalCode)
                || Invalid(query.LegalEntityId, legalEntityId) || Invalid(query.EconomicCode, economicCode)
                || Invalid(query.Phone, phone),
        };
    }

    /// <summary>Folds a stored text value the way the query's text fields are folded (trimmed, then
    /// <see cref="PersianFold"/>), for comparing with <see cref="Province"/>, <see cref="Rank"/> and the like.</summary>
    /// <param name="value">The stored value.</param>
    /// <returns>The folded value, or <see langword="null"/>.</returns>
    public static string? Fold(string? value) => value is null ? null : PersianFold.FoldToString(value.Trim());

    /// <summary>The folded text a customer's names are searched in (<see cref="Words"/>): display name, first and last
    /// name of an individual, or a company's name, with zero-width non-joiners removed.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The folded names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is <see langword="null"/>.</exception>
    public static string SearchableNames(Customer customer)
    {
        Guard.Against.Null(customer);
        var names = customer switch
        {
            Individual i => PersianFold.FoldToString(string.Join(' ', customer.DisplayName, i.Profile.FirstName, i.Profile.LastName)),
            Company c => PersianFold.FoldToString(c.Profile.Name),
            _ => PersianFold.FoldToString(customer.DisplayName),
        };
        return names.Replace("\u200C", string.Empty, StringComparison.Ordinal);
    }

    private static string? Canonical(string? text, Func<string, string?> parse) =>
        string.IsNullOrWhiteSpace(text) ? null : parse(text);

    private static bool Invalid(string? text, string? canonical) => !string.IsNullOrWhiteSpace(text) && canonical is null;
}
