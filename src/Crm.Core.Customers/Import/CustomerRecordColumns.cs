using Ardalis.GuardClauses;
using Crm.Core.Customers.Internal;

namespace Crm.Core.Customers;

/// <summary>The column names of a flat customer record (for example a CSV header), as read by <see cref="CustomerRecordImporter"/>.</summary>
/// <remarks>
/// <para>A column marked <em>individuals only</em> or <em>companies only</em> with a value on a record of the other kind is an
/// error (rule <c>column.wrong-kind</c>), never dropped. The other columns apply to both kinds.</para>
/// <para>Headers may be written in other common spellings, Persian or English (<see cref="Aliases"/>,
/// <see cref="Canonical"/>): «کد ملی», "National ID" and <c>national_code</c> name the same column.</para>
/// </remarks>
public static class CustomerRecordColumns
{
    /// <summary><c>individual</c> or <c>company</c> (any case); required.</summary>
    /// <remarks>When a record has no <c>kind</c> field at all (the file has no such column), a record with a
    /// <see cref="CompanyName"/> is a company and any other an individual; an empty <c>kind</c> cell is an error.</remarks>
    public const string Kind = "kind";

    /// <summary>The customer code; required.</summary>
    public const string Code = "code";

    /// <summary>An individual's first name; individuals only.</summary>
    public const string FirstName = "first_name";

    /// <summary>An individual's last name; required for individuals, individuals only.</summary>
    public const string LastName = "last_name";

    /// <summary>A company's name; required for companies, companies only.</summary>
    public const string CompanyName = "company_name";

    /// <summary>An individual's national code; individuals only.</summary>
    public const string NationalCode = "national_code";

    /// <summary>A company's legal-entity national ID; companies only.</summary>
    public const string LegalEntityId = "legal_entity_id";

    /// <summary>A company's economic code; companies only.</summary>
    public const string EconomicCode = "economic_code";

    /// <summary>The postal code of the primary address.</summary>
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

    /// <summary>The province of the primary address.</summary>
    public const string Province = "province";

    /// <summary>The city of the primary address.</summary>
    public const string City = "city";

    /// <summary>The address line (street, alley, building, unit) of the primary address.</summary>
    public const string Street = "street";

    /// <summary>An individual's birth date, Solar Hijri <c>yyyy/MM/dd</c> (any digits); individuals only.</summary>
    public const string BirthDate = "birth_date";

    /// <summary>An individual's gender: <c>female</c>, <c>male</c> or <c>unspecified</c> (any case), or «زن»/«خانم»,
    /// «مرد»/«آقا»; anything else is rule <c>gender.value</c>. Individuals only.</summary>
    public const string Gender = "gender";

    /// <summary>An individual's title prefix (<see cref="IndividualProfile.TitlePrefix"/>), for example «دکتر»; individuals only.</summary>
    public const string Title = "title";

    /// <summary>An individual's marriage date, in the form of <see cref="BirthDate"/>; individuals only.</summary>
    public const string MarriageDate = "marriage_date";

    /// <summary>An individual's highest degree: a name of <see cref="EducationDegree"/> (any case) or its Persian name
    /// («زیر دیپلم»، «دیپلم»، «کاردانی»، «کارشناسی»، «کارشناسی ارشد»، «دکتری» or «دکترا»); anything else is rule
    /// <c>education.value</c>. Individuals only.</summary>
    public const string Education = "education";

    /// <summary>An individual's field of study; individuals only.</summary>
    public const string FieldOfStudy = "field_of_study";

    /// <summary>An individual's birth-certificate number (شماره شناسنامه); individuals only.</summary>
    public const string BirthCertificateNumber = "birth_certificate_number";

    /// <summary>A company's field of activity; companies only.</summary>
    public const string FieldOfActivity = "field_of_activity";

    /// <summary>A company's establishment date, in the form of <see cref="BirthDate"/>; companies only.</summary>
    public const string EstablishmentDate = "establishment_date";

    /// <summary>A company's PO box; companies only.</summary>
    public const string PoBox = "po_box";

    /// <summary>The website: an absolute <c>http</c> or <c>https</c> address (rule <c>website.format</c>).</summary>
    public const string Website = "website";

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

    /// <summary>One behavioural note, added with the import's <see cref="ChangeStamp"/> as author and instant. The whole
    /// cell is one note: a note is free text, so <c>;</c> does not split it.</summary>
    public const string Notes = "notes";

    /// <summary>Gets every known column, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Kind, Code, FirstName, LastName, CompanyName, NationalCode, LegalEntityId, EconomicCode, PostalCode,
        Mobile, Phone, Email, Sheba, BankCard, Province, City, BirthDate, Channel, ChannelDate, Owner, Rank, Groups, Tags,
        Street, Gender, Title, MarriageDate, Education, FieldOfStudy, BirthCertificateNumber,
        FieldOfActivity, EstablishmentDate, PoBox, Website, Notes,
    ];

    /// <summary>Gets the columns that apply to individuals only.</summary>
    public static IReadOnlyList<string> IndividualOnly { get; } =
        [FirstName, LastName, NationalCode, BirthDate, Gender, Title, MarriageDate, Education, FieldOfStudy, BirthCertificateNumber];

    /// <summary>Gets the columns that apply to companies only.</summary>
    public static IReadOnlyList<string> CompanyOnly { get; } =
        [CompanyName, LegalEntityId, EconomicCode, FieldOfActivity, EstablishmentDate, PoBox];

    /// <summary>Gets, for every column of <see cref="All"/>, the other header spellings that name it (Persian and English),
    /// as <see cref="Canonical"/> reads them; docs/customers.md prints the table.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases => ColumnAliases.ByColumn;

    /// <summary>Returns the column a header names, by its canonical name or one of its <see cref="Aliases"/>.</summary>
    /// <param name="header">A header as written in a file.</param>
    /// <returns>The canonical column name (one of <see cref="All"/>), or <see langword="null"/> when the header names none.</returns>
    /// <remarks>Headers are compared after <see cref="Persian.PersianFold"/> (Arabic and Persian yeh and kaf, ZWNJ, digits,
    /// invariant lower case) with surrounding space trimmed and the separators space, ZWNJ, <c>_</c>, <c>-</c> and <c>.</c>
    /// removed, so <c>First Name</c>, <c>first-name</c> and <c>FIRST_NAME</c> are one header, as are «کد ملي» and
    /// «کدملی». The result never depends on the current culture.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// CustomerRecordColumns.Canonical("نام خانوادگی")  // "last_name"
    /// CustomerRecordColumns.Canonical("E-mail")        // "email"
    /// CustomerRecordColumns.Canonical(" Customer ID ") // "code"
    /// CustomerRecordColumns.Canonical("nickname")      // null
    /// </code>
    /// </example>
    public static string? Canonical(string header) => ColumnAliases.Canonical(Guard.Against.Null(header));
}
