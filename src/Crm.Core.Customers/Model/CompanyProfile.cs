using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>The fields of a company customer (seed 000: what to record about a legal entity).</summary>
public sealed record CompanyProfile
{
    /// <summary>Gets the company name; required.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the field of activity (زمینه فعالیت).</summary>
    public string? FieldOfActivity { get; init; }

    /// <summary>Gets the establishment date (تاریخ تاسیس).</summary>
    public LocalDate? EstablishmentDate { get; init; }

    /// <summary>Gets the national ID of the legal entity (شناسه ملی).</summary>
    public LegalEntityId? LegalEntityId { get; init; }

    /// <summary>Gets the economic code (کد اقتصادی).</summary>
    public EconomicCode? EconomicCode { get; init; }

    /// <summary>Gets the bank account (Sheba) for payments.</summary>
    public Sheba? Sheba { get; init; }

    /// <summary>Gets the company's bank card number (شماره کارت), for example for card-to-card payments.</summary>
    public BankCardNumber? BankCard { get; init; }

    /// <summary>Gets the PO box (صندوق پستی), digits stored ASCII.</summary>
    public string? PoBox { get; init; }

    // Dates print as Persian yyyy/MM/dd, whatever their calendar (a Persian LocalDate's default text names Gregorian months).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("Name", Name, first: true)
            .Value("FieldOfActivity", FieldOfActivity)
            .Date("EstablishmentDate", EstablishmentDate)
            .Value("LegalEntityId", LegalEntityId)
            .Value("EconomicCode", EconomicCode)
            .Value("Sheba", Sheba)
            .Value("BankCard", BankCard)
            .Value("PoBox", PoBox);
        return true;
    }
}
