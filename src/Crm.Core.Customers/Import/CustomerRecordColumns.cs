namespace Crm.Core.Customers;

/// <summary>The column names of a flat customer record (for example a CSV header), as read by <see cref="CustomerRecordImporter"/>.</summary>
public static class CustomerRecordColumns
{
    /// <summary><c>individual</c> or <c>company</c>; required.</summary>
    /// <remarks>When a record has no <c>kind</c> field at all (the file has no such column), a record with a
    /// <see cref="CompanyName"/> is a company and any other an individual; an empty <c>kind</c> cell is an error.</remarks>
    public const string Kind = "kind";

    /// <summary>The customer code; required.</summary>
    public const string Code = "code";

    /// <summary>An individual's first name.</summary>
    public const string FirstName = "first_name";

    /// <summary>An individual's last name; required for individuals.</summary>
    public const string LastName = "last_name";

    /// <summary>A company's name; required for companies.</summary>
    public const string CompanyName = "company_name";

    /// <summary>An individual's national code.</summary>
    public const string NationalCode = "national_code";

    /// <summary>A company's legal-entity national ID.</summary>
    public const string LegalEntityId = "legal_entity_id";

    /// <summary>A company's economic code.</summary>
    public const string EconomicCode = "economic_code";

    /// <summary>The postal code of the address.</summary>
    public const string PostalCode = "postal_code";

    /// <summary>A mobile number.</summary>
    public const string Mobile = "mobile";

    /// <summary>A landline number.</summary>
    public const string Phone = "phone";

    /// <summary>An e-mail address.</summary>
    public const string Email = "email";

    /// <summary>A Sheba (IBAN).</summary>
    public const string Sheba = "sheba";

    /// <summary>A bank card number (16 digits, Luhn).</summary>
    public const string BankCard = "bank_card";

    /// <summary>The province of the address.</summary>
    public const string Province = "province";

    /// <summary>The city of the address.</summary>
    public const string City = "city";

    /// <summary>An individual's birth date, Solar Hijri <c>yyyy/MM/dd</c> (any digits).</summary>
    public const string BirthDate = "birth_date";

    /// <summary>How the customer found us (the acquisition channel): one of <see cref="CustomerOptions.AcquisitionChannels"/>
    /// when that list is not empty (rule <c>channel.unknown</c>).</summary>
    public const string Channel = "channel";

    /// <summary>When the customer was acquired, in the form of <see cref="BirthDate"/> (any
    /// digits); without it, the import date (UTC) of a record with a <see cref="Channel"/>.</summary>
    public const string ChannelDate = "channel_date";

    /// <summary>The owning account manager.</summary>
    public const string Owner = "owner";

    /// <summary>The customer's rank: one of <see cref="CustomerOptions.Ranks"/> when that list is not empty (rule
    /// <c>rank.unknown</c>).</summary>
    public const string Rank = "rank";

    /// <summary>Groups, separated by <c>;</c>: each one of <see cref="CustomerOptions.Groups"/> when that list is not empty
    /// (rule <c>group.unknown</c>).</summary>
    public const string Groups = "groups";

    /// <summary>Tags, separated by <c>;</c>.</summary>
    public const string Tags = "tags";

    /// <summary>Gets every known column, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Kind, Code, FirstName, LastName, CompanyName, NationalCode, LegalEntityId, EconomicCode, PostalCode,
        Mobile, Phone, Email, Sheba, BankCard, Province, City, BirthDate, Channel, ChannelDate, Owner, Rank, Groups, Tags,
    ];
}
