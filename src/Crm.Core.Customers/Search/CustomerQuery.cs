namespace Crm.Core.Customers;

/// <summary>
/// A search over customers: every field that is set must match (AND). Text fields compare after the Persian matching
/// fold, so «علي» finds «علی» and «نمي‌شود» finds «نمیشود»; identifiers and phones compare in canonical form, so any
/// accepted input form (Persian digits, 0912…, +98912…) finds the same customer.
/// </summary>
public sealed record CustomerQuery
{
    /// <summary>Gets words that must all occur in the customer's names (display name, first, last or company name).</summary>
    public string? Text { get; init; }

    /// <summary>Gets the customer code to match exactly.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the kind to match.</summary>
    public CustomerKind? Kind { get; init; }

    /// <summary>Gets a national code in any accepted form.</summary>
    public string? NationalCode { get; init; }

    /// <summary>Gets a legal-entity national ID in any accepted form.</summary>
    public string? LegalEntityId { get; init; }

    /// <summary>Gets an economic code in any accepted form.</summary>
    public string? EconomicCode { get; init; }

    /// <summary>Gets a phone number (mobile or landline) in any accepted form.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets an e-mail address (compared case-insensitively).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the province of any address.</summary>
    public string? Province { get; init; }

    /// <summary>Gets the city of any address.</summary>
    public string? City { get; init; }

    /// <summary>Gets a group the customer belongs to.</summary>
    public string? Group { get; init; }

    /// <summary>Gets the rank.</summary>
    public string? Rank { get; init; }

    /// <summary>Gets a tag the customer carries.</summary>
    public string? Tag { get; init; }

    /// <summary>Gets the acquisition channel.</summary>
    public string? Channel { get; init; }

    /// <summary>Gets the owning account manager.</summary>
    public string? Owner { get; init; }
}
