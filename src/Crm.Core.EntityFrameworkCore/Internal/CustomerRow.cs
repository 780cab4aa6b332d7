using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>The stored form of a customer: one row per customer, individual and company fields side by side
/// (table-per-hierarchy on <see cref="Kind"/>), dates as ISO dates with the calendar they were entered in.</summary>
internal sealed class CustomerRow
{
    public CustomerCode Code { get; set; }

    public CustomerKind Kind { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public Instant CreatedAt { get; set; }

    public string? Website { get; set; }

    public string? AcquisitionChannel { get; set; }

    public DateOnly? AcquisitionDate { get; set; }

    public string? AcquisitionDateCalendar { get; set; }

    public string? Rank { get; set; }

    public string? Owner { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public Gender? Gender { get; set; }

    public string? TitlePrefix { get; set; }

    public string? BirthCertificateNumber { get; set; }

    public NationalCode? NationalCode { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? BirthDateCalendar { get; set; }

    public DateOnly? MarriageDate { get; set; }

    public string? MarriageDateCalendar { get; set; }

    public string? FieldOfStudy { get; set; }

    public EducationDegree? EducationDegree { get; set; }

    public Sheba? Sheba { get; set; }

    public BankCardNumber? BankCard { get; set; }

    public string? CompanyName { get; set; }

    public string? FieldOfActivity { get; set; }

    public DateOnly? EstablishmentDate { get; set; }

    public string? EstablishmentDateCalendar { get; set; }

    public LegalEntityId? LegalEntityId { get; set; }

    public EconomicCode? EconomicCode { get; set; }

    public string? PoBox { get; set; }

    /// <summary>The folded names a text search looks in (<see cref="NormalizedCustomerQuery.SearchableNames"/>), written on save.</summary>
    public string SearchNames { get; set; } = string.Empty;

    /// <summary>The folded rank, written on save.</summary>
    public string? SearchRank { get; set; }

    /// <summary>The folded acquisition channel, written on save.</summary>
    public string? SearchChannel { get; set; }

    /// <summary>The folded owner, written on save.</summary>
    public string? SearchOwner { get; set; }

    /// <summary>The optimistic concurrency token: incremented on every save.</summary>
    public long Version { get; set; }

    public List<PhoneRow> Phones { get; set; } = [];

    public List<EmailRow> Emails { get; set; } = [];

    public List<AddressRow> Addresses { get; set; } = [];

    public List<LabelRow> Labels { get; set; } = [];

    public List<NoteRow> Notes { get; set; } = [];

    public List<InteractionRow> Interactions { get; set; } = [];

    public List<ChangeRow> History { get; set; } = [];

    public List<ContactRow> Contacts { get; set; } = [];

    /// <summary>The segment fields, folded and as day numbers, for rule segments in the database.</summary>
    public SegmentColumns Segment { get; set; } = new();
}
