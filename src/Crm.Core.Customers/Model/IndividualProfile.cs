using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Customers;

/// <summary>The personal fields of an individual customer (seed 000: what to record about a natural person).</summary>
/// <remarks>Dates may be in any NodaTime calendar; Solar Hijri dates keep their calendar.</remarks>
public sealed record IndividualProfile
{
    /// <summary>Gets the first name (نام).</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name (نام خانوادگی); required.</summary>
    public required string LastName { get; init; }

    /// <summary>Gets the gender.</summary>
    public Gender Gender { get; init; }

    /// <summary>Gets the title prefix (عنوان), for example «دکتر» or «مهندس».</summary>
    public string? TitlePrefix { get; init; }

    /// <summary>Gets the birth-certificate number (شماره شناسنامه), as written (digits stored ASCII).</summary>
    public string? BirthCertificateNumber { get; init; }

    /// <summary>Gets the national code (کد ملی).</summary>
    public NationalCode? NationalCode { get; init; }

    /// <summary>Gets the birth date.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets the marriage date.</summary>
    public LocalDate? MarriageDate { get; init; }

    /// <summary>Gets the field of study (رشته تحصیلی).</summary>
    public string? FieldOfStudy { get; init; }

    /// <summary>Gets the bank account (Sheba) for refunds and payments.</summary>
    public Sheba? Sheba { get; init; }

    /// <summary>Gets the bank card number (شماره کارت) for refunds and card-to-card payments.</summary>
    public BankCardNumber? BankCard { get; init; }

    /// <summary>Gets the highest education degree.</summary>
    public EducationDegree EducationDegree { get; init; }

    // Dates print as Persian yyyy/MM/dd, whatever their calendar (a Persian LocalDate's default text names Gregorian months).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("FirstName", FirstName, first: true)
            .Value("LastName", LastName)
            .Value("Gender", Gender)
            .Value("TitlePrefix", TitlePrefix)
            .Value("BirthCertificateNumber", BirthCertificateNumber)
            .Value("NationalCode", NationalCode)
            .Date("BirthDate", BirthDate)
            .Date("MarriageDate", MarriageDate)
            .Value("FieldOfStudy", FieldOfStudy)
            .Value("Sheba", Sheba)
            .Value("BankCard", BankCard)
            .Value("EducationDegree", EducationDegree);
        return true;
    }
}
