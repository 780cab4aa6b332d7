using Ardalis.GuardClauses;
using Crm.Core.Customers.Internal;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>
/// Turns flat records (column name → text, see <see cref="CustomerRecordColumns"/>) into customers, validating every field
/// and reporting every problem of a record at once; a bad record never stops the others.
/// </summary>
/// <remarks>
/// The rank, groups and channel of a record must be defined in the organisation's <see cref="CustomerCatalog"/> (rules
/// <c>rank.unknown</c>, <c>group.unknown</c>, <c>channel.unknown</c>, each message listing the allowed values) unless
/// that list is empty in <see cref="CustomerOptions"/>; they are stored in the configured spelling. With DI,
/// <c>AddCrm()</c> registers the importer (transient: its duplicate check spans one import) with the application's
/// catalog; <see cref="CustomerCatalog.Unrestricted"/> takes every value as it comes (a migration of old data).
/// </remarks>
/// <param name="catalog">The organisation's groups, ranks and channels.</param>
public sealed class CustomerRecordImporter(CustomerCatalog catalog)
{
    private readonly CustomerCatalog _catalog = Guard.Against.Null(catalog);
    private readonly HashSet<CustomerCode> _seen = [];

    private static readonly HashSet<string> Known = new(CustomerRecordColumns.All, StringComparer.Ordinal);

    /// <summary>Returns the header columns that are not known, in the order given.</summary>
    /// <param name="header">The column names, canonical or one of their <see cref="CustomerRecordColumns.Aliases"/>.</param>
    /// <returns>The unknown columns; empty when every column is known (<see cref="CustomerRecordColumns.Canonical"/> names
    /// one for each). Missing optional columns are fine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> UnknownColumns(IEnumerable<string> header) =>
        [.. Guard.Against.Null(header).Where(h => CustomerRecordColumns.Canonical(h) is null)];

    /// <summary>Validates one record and, when it is valid, builds the customer.</summary>
    /// <param name="record">The fields by column name (canonical or one of its <see cref="CustomerRecordColumns.Aliases"/>);
    /// absent and empty fields are treated alike.</param>
    /// <param name="created">Who imports the record and when; also the author and instant of the note of
    /// <see cref="CustomerRecordColumns.Notes"/>.</param>
    /// <returns>The customer or the errors, and the warnings (valid but doubtful values, such as a mobile number in an
    /// unassigned block) either way. Nothing is dropped: a field with a value under a name that is no column
    /// (<c>column.unknown</c>), or in a column for the other kind of customer (<c>column.wrong-kind</c>, for example a
    /// <c>legal_entity_id</c> on an individual), is an error, and so are two fields that name the same column
    /// (<c>column.duplicate</c>, for example <c>mobile</c> and «موبایل»). A code seen earlier by this importer is an error
    /// (rule <c>code.duplicate</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public CustomerRecordResult Import(IReadOnlyDictionary<string, string?> record, ChangeStamp created)
    {
        Guard.Against.Null(record);
        var errors = new List<ValidationError>();
        var warnings = new List<ValidationError>();
        var fields = Resolve(record, errors);
        string? Get(string column) => fields.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        T? Parse<T>(string column, TryParser<T> parse) where T : struct
        {
            var text = Get(column);
            if (text is null)
            {
                return null;
            }

            if (parse(text, out var value, out var error))
            {
                return value;
            }

            errors.Add(error! with { Field = column });
            return null;
        }

        var kindText = Get(CustomerRecordColumns.Kind);
        CustomerKind? kind = kindText?.ToUpperInvariant() switch
        {
            "INDIVIDUAL" => CustomerKind.Individual,
            "COMPANY" => CustomerKind.Company,
            null when !fields.ContainsKey(CustomerRecordColumns.Kind) =>
                Get(CustomerRecordColumns.CompanyName) is null ? CustomerKind.Individual : CustomerKind.Company,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(Error(CustomerRecordColumns.Kind, kindText is null ? "required" : "kind.value", kindText,
                "the kind must be 'individual' or 'company'"));
        }
        else
        {
            var (other, own) = kind == CustomerKind.Individual
                ? (CustomerRecordColumns.CompanyOnly, "companies only, and the record is an individual")
                : (CustomerRecordColumns.IndividualOnly, "individuals only, and the record is a company");
            foreach (var column in other)
            {
                if (Get(column) is { } text)
                {
                    errors.Add(Error(column, "column.wrong-kind", text, "the column applies to " + own));
                }
            }
        }

        var codeText = Get(CustomerRecordColumns.Code);
        var code = Parse<CustomerCode>(CustomerRecordColumns.Code, CustomerCode.TryParse);
        if (codeText is null)
        {
            errors.Add(Error(CustomerRecordColumns.Code, "required", null, "a customer code is required"));
        }
        else if (code is { } c && !_seen.Add(c))
        {
            errors.Add(Error(CustomerRecordColumns.Code, "code.duplicate", codeText, "the code appears on an earlier record"));
        }

        var nationalCode = Parse<NationalCode>(CustomerRecordColumns.NationalCode, NationalCode.TryParse);
        var legalId = Parse<LegalEntityId>(CustomerRecordColumns.LegalEntityId, LegalEntityId.TryParse);
        var economic = Parse<EconomicCode>(CustomerRecordColumns.EconomicCode, EconomicCode.TryParse);
        var postal = Parse<PostalCode>(CustomerRecordColumns.PostalCode, PostalCode.TryParse);
        var mobile = Parse<IranianMobile>(CustomerRecordColumns.Mobile, IranianMobile.TryParse);
        var phone = Parse<IranianLandline>(CustomerRecordColumns.Phone, IranianLandline.TryParse);
        var email = Parse<EmailAddress>(CustomerRecordColumns.Email, EmailAddress.TryParse);
        var sheba = Parse<Sheba>(CustomerRecordColumns.Sheba, Sheba.TryParse);
        var bankCard = Parse<BankCardNumber>(CustomerRecordColumns.BankCard, BankCardNumber.TryParse);
        if (mobile is { } doubtful && doubtful.TryGetWarning(out var warning))
        {
            warnings.Add(warning with { Field = CustomerRecordColumns.Mobile, Value = Get(CustomerRecordColumns.Mobile)! });
        }
        var birthDate = Parse<LocalDate>(CustomerRecordColumns.BirthDate, PersianDateText.TryParse);
        var channelDate = Parse<LocalDate>(CustomerRecordColumns.ChannelDate, PersianDateText.TryParse);
        var marriageDate = Parse<LocalDate>(CustomerRecordColumns.MarriageDate, PersianDateText.TryParse);
        var establishmentDate = Parse<LocalDate>(CustomerRecordColumns.EstablishmentDate, PersianDateText.TryParse);
        var gender = Closed<Gender>(CustomerRecordColumns.Gender, "gender.value", RecordValues.TryGender,
            "the gender must be female, male or unspecified (or زن, خانم, مرد, آقا)");
        var education = Closed<EducationDegree>(CustomerRecordColumns.Education, "education.value", RecordValues.TryDegree,
            "the degree must be a name of EducationDegree (BelowDiploma, Diploma, Associate, Bachelor, Master, Doctorate, Unspecified) or its Persian name");
        Uri? website = null;
        if (Get(CustomerRecordColumns.Website) is { } websiteText && !RecordValues.TryWebsite(websiteText, out website))
        {
            errors.Add(Error(CustomerRecordColumns.Website, "website.format", websiteText, "the website must be an absolute http or https address, such as https://example.ir"));
        }

        string? channel = null;
        if (Get(CustomerRecordColumns.Channel) is { } channelText && !_catalog.TryResolveChannel(channelText, out channel, out var channelError))
        {
            errors.Add(channelError with { Field = CustomerRecordColumns.Channel });
        }

        string? rank = null;
        if (Get(CustomerRecordColumns.Rank) is { } rankText && !_catalog.TryResolveRank(rankText, out rank, out var rankError))
        {
            errors.Add(rankError with { Field = CustomerRecordColumns.Rank });
        }

        var groups = new List<string>();
        foreach (var groupText in List(CustomerRecordColumns.Groups))
        {
            if (_catalog.TryResolveGroup(groupText, out var group, out var groupError))
            {
                groups.Add(group);
            }
            else
            {
                errors.Add(groupError with { Field = CustomerRecordColumns.Groups });
            }
        }

        var lastName = Get(CustomerRecordColumns.LastName);
        var companyName = Get(CustomerRecordColumns.CompanyName);
        if (kind == CustomerKind.Individual && lastName is null)
        {
            errors.Add(Error(CustomerRecordColumns.LastName, "required", null, "an individual needs a last name"));
        }

        if (kind == CustomerKind.Company && companyName is null)
        {
            errors.Add(Error(CustomerRecordColumns.CompanyName, "required", null, "a company needs a name"));
        }

        if (errors.Count > 0)
        {
            return new CustomerRecordResult(null, errors) { Warnings = warnings };
        }

        Customer customer = kind == CustomerKind.Individual
            ? Individual.Create(code!.Value, new IndividualProfile
            {
                FirstName = Get(CustomerRecordColumns.FirstName),
                LastName = lastName!,
                NationalCode = nationalCode,
                BirthDate = birthDate,
                Gender = gender ?? Gender.Unspecified,
                TitlePrefix = Get(CustomerRecordColumns.Title),
                MarriageDate = marriageDate,
                EducationDegree = education ?? EducationDegree.Unspecified,
                FieldOfStudy = Get(CustomerRecordColumns.FieldOfStudy),
                BirthCertificateNumber = Get(CustomerRecordColumns.BirthCertificateNumber),
                Sheba = sheba,
                BankCard = bankCard,
            }, created)
            : Company.Create(code!.Value, new CompanyProfile
            {
                Name = companyName!,
                LegalEntityId = legalId,
                EconomicCode = economic,
                FieldOfActivity = Get(CustomerRecordColumns.FieldOfActivity),
                EstablishmentDate = establishmentDate,
                PoBox = Get(CustomerRecordColumns.PoBox),
                Sheba = sheba,
                BankCard = bankCard,
            }, created);
        if (mobile is { } m)
        {
            customer.AddPhone(ContactPhone.Mobile(m), created);
        }

        if (phone is { } p)
        {
            customer.AddPhone(ContactPhone.Landline(p), created);
        }

        if (email is { } e)
        {
            customer.AddEmail(e, created);
        }

        var province = Get(CustomerRecordColumns.Province);
        var city = Get(CustomerRecordColumns.City);
        var street = Get(CustomerRecordColumns.Street);
        if (province is not null || city is not null || street is not null || postal is not null)
        {
            customer.AddAddress(new PostalAddress(province, city, street, postal), created);
        }

        if (website is not null)
        {
            customer.SetWebsite(website, created);
        }

        if (channel is not null)
        {
            customer.SetAcquisition(new AcquisitionChannel(channel, channelDate ?? created.At.InUtc().Date), _catalog, created);
        }

        customer.AssignOwner(Get(CustomerRecordColumns.Owner), created);
        customer.SetRank(rank, _catalog, created);
        foreach (var group in groups)
        {
            customer.AddToGroup(group, _catalog, created);
        }

        foreach (var tag in List(CustomerRecordColumns.Tags))
        {
            customer.AddTag(tag, created);
        }

        if (Get(CustomerRecordColumns.Notes) is { } note)
        {
            customer.AddNote(note, created);
        }

        return new CustomerRecordResult(customer, errors) { Warnings = warnings };

        IEnumerable<string> List(string column) =>
            Get(column)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

        T? Closed<T>(string column, string rule, ClosedParser<T> parse, string what) where T : struct
        {
            if (Get(column) is not { } text)
            {
                return null;
            }

            if (parse(text, out var value))
            {
                return value;
            }

            errors.Add(Error(column, rule, text, what));
            return null;
        }
    }

    /// <summary>The fields by canonical column: the record itself when it uses canonical names only (the usual case), else
    /// a copy keyed by <see cref="CustomerRecordColumns.Canonical"/>, with an error for every field with a value under a
    /// name that is no column and for every second name of one column.</summary>
    private static IReadOnlyDictionary<string, string?> Resolve(IReadOnlyDictionary<string, string?> record, List<ValidationError> errors)
    {
        if (record.Keys.All(Known.Contains))
        {
            return record;
        }

        var fields = new Dictionary<string, string?>(record.Count, StringComparer.Ordinal);
        var names = new Dictionary<string, string>(record.Count, StringComparer.Ordinal);
        foreach (var (name, value) in record)
        {
            var column = Known.Contains(name) ? name : CustomerRecordColumns.Canonical(name);
            if (column is null)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    errors.Add(Error(name, "column.unknown", value.Trim(), $"'{name}' names no column (known: {string.Join(", ", CustomerRecordColumns.All)})"));
                }
            }
            else if (names.TryGetValue(column, out var first))
            {
                errors.Add(Error(column, "column.duplicate", $"{first}, {name}", $"'{first}' and '{name}' both name the column {column}"));
            }
            else
            {
                names[column] = name;
                fields[column] = value;
            }
        }

        return fields;
    }

    private delegate bool TryParser<T>(string text, out T value, out ValidationError? error);

    private delegate bool ClosedParser<T>(string text, out T value);

    private static ValidationError Error(string field, string rule, string? value, string what) =>
        new(field, rule, value ?? string.Empty, $"Rule '{rule}' failed for {field} value '{value}': {what}.");
}
