namespace Crm.Sample.Host.DemoData;

/// <summary>
/// One generated customer, an individual or a company, as text in the shapes the Customers package parses (the column
/// names of <c>CustomerRecordColumns</c>), plus what a flat record cannot carry: a company's contact person, a
/// behavioural note and the last conversation.
/// </summary>
/// <remarks>For a company, <see cref="FirstName"/> and <see cref="LastName"/> are empty and the identifiers are the
/// legal-entity ID, the economic code and a Sheba; for an individual, the national code and a birth date.</remarks>
internal sealed record SyntheticCustomer(
    string Code,
    string Kind,
    string FirstName,
    string LastName,
    string Mobile,
    string Province,
    string Channel)
{
    /// <summary>Gets whether this is a company.</summary>
    public bool IsCompany => Kind == "company";

    /// <summary>Gets the company's name; empty for an individual.</summary>
    public string CompanyName { get; init; } = string.Empty;

    /// <summary>Gets the name shown for the customer: the company's name or the person's first and last name.</summary>
    public string DisplayName => IsCompany ? CompanyName : FirstName + " " + LastName;

    /// <summary>Gets an individual's gender (from the first name); empty for a company.</summary>
    public string Gender { get; init; } = string.Empty;

    /// <summary>Gets an individual's national code; empty for a company.</summary>
    public string NationalCode { get; init; } = string.Empty;

    /// <summary>Gets an individual's birth date, Solar Hijri <c>yyyy/MM/dd</c>; empty for a company.</summary>
    public string BirthDate { get; init; } = string.Empty;

    /// <summary>Gets a company's legal-entity national ID; empty for an individual.</summary>
    public string LegalEntityId { get; init; } = string.Empty;

    /// <summary>Gets a company's economic code; empty for an individual.</summary>
    public string EconomicCode { get; init; } = string.Empty;

    /// <summary>Gets a company's Sheba; empty for an individual.</summary>
    public string Sheba { get; init; } = string.Empty;

    /// <summary>Gets a landline in the province (every company, some individuals), as dialled in Iran; or empty.</summary>
    public string Phone { get; init; } = string.Empty;

    /// <summary>Gets the province's capital, the city of the address.</summary>
    public string City { get; init; } = string.Empty;

    /// <summary>Gets the address's postal code.</summary>
    public string PostalCode { get; init; } = string.Empty;

    /// <summary>Gets the account manager who owns the customer.</summary>
    public string Owner { get; init; } = string.Empty;

    /// <summary>Gets a company's contact person: the code of an individual generated before it; or empty.</summary>
    public string ContactPerson { get; init; } = string.Empty;

    /// <summary>Gets the contact person's role at the company; or empty.</summary>
    public string ContactRole { get; init; } = string.Empty;

    /// <summary>Gets the contact person's unit at the company; or empty.</summary>
    public string ContactUnit { get; init; } = string.Empty;

    /// <summary>Gets a behavioural note in Persian, or empty.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>Gets how many days before the as-of day the last conversation took place; 0 when there was none.</summary>
    public int LastContactDaysAgo { get; init; }

    /// <summary>Gets the gist of the last conversation, in Persian; empty when there was none.</summary>
    public string LastContactSummary { get; init; } = string.Empty;

    /// <summary>Gets how many days after the as-of day the next contact was agreed; 0 when none was.</summary>
    public int NextContactInDays { get; init; }
}
