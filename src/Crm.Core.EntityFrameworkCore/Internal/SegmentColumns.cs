using Crm.Core.Customers;
using Crm.Core.Segmentation;
using Crm.Core.Segmentation.Internal;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The customer's segment fields as the in-memory evaluator sees them, written on every save so that rule segments run
/// in the database: each text field Persian-folded and trimmed (<see langword="null"/> when empty), each customer date as
/// its ISO day number, and the instant of the last interaction. The values are read through the segment field catalogue
/// itself, so the stored and the in-memory values cannot drift apart.
/// </summary>
internal sealed class SegmentColumns
{
    /// <summary>The text fields stored folded, in catalogue order; each maps to the property of the same name.</summary>
    public static readonly string[] TextFields =
    [
        "code", "kind", "displayName", "firstName", "lastName", "companyName", "gender", "nationalCode", "province", "city",
        "owner", "rank", "acquisitionChannel", "email", "fieldOfActivity", "fieldOfStudy",
    ];

    /// <summary>The customer date fields stored as ISO day numbers.</summary>
    public static readonly string[] DateFields = ["birthDate", "marriageDate", "establishmentDate", "acquisitionDate"];

    public string FoldedCode { get; set; } = string.Empty;

    public string FoldedKind { get; set; } = string.Empty;

    public string? FoldedDisplayName { get; set; }

    public string? FoldedFirstName { get; set; }

    public string? FoldedLastName { get; set; }

    public string? FoldedCompanyName { get; set; }

    public string? FoldedGender { get; set; }

    public string? FoldedNationalCode { get; set; }

    public string? FoldedProvince { get; set; }

    public string? FoldedCity { get; set; }

    public string? FoldedOwner { get; set; }

    public string? FoldedRank { get; set; }

    public string? FoldedAcquisitionChannel { get; set; }

    public string? FoldedEmail { get; set; }

    public string? FoldedFieldOfActivity { get; set; }

    public string? FoldedFieldOfStudy { get; set; }

    public int? BirthDay { get; set; }

    public int? MarriageDay { get; set; }

    public int? EstablishmentDay { get; set; }

    public int? AcquisitionDay { get; set; }

    /// <summary>The Solar Hijri birth date as yyyymmdd (0 before the Persian calendar's first day).</summary>
    public int? BirthPersian { get; set; }

    public int? MarriagePersian { get; set; }

    public int? EstablishmentPersian { get; set; }

    public int? AcquisitionPersian { get; set; }

    public Instant? LastInteractionAt { get; set; }

    /// <summary>The property holding a text field (see <see cref="TextFields"/>).</summary>
    public static string TextProperty(string field) => "Folded" + char.ToUpperInvariant(field[0]) + field[1..];

    /// <summary>The property holding a customer date field (see <see cref="DateFields"/>).</summary>
    public static string DateProperty(string field) => field switch
    {
        "birthDate" => nameof(BirthDay),
        "marriageDate" => nameof(MarriageDay),
        "establishmentDate" => nameof(EstablishmentDay),
        "acquisitionDate" => nameof(AcquisitionDay),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a stored customer date field."),
    };

    /// <summary>The property holding a customer date field's Solar Hijri yyyymmdd.</summary>
    public static string PersianProperty(string field) => DateProperty(field).Replace("Day", "Persian", StringComparison.Ordinal);

    /// <summary>A day number's Solar Hijri date as yyyymmdd, 0 when the Persian calendar cannot hold it.</summary>
    public static int? Persian(int? day)
    {
        if (day is not { } d)
        {
            return null;
        }

        var (y, m, dd) = DateEnv.Persian(d);
        return (y * 10_000) + (m * 100) + dd;
    }

    /// <summary>Fills the columns from a customer.</summary>
    public void Write(Customer customer)
    {
        var facts = new CustomerFacts(customer);
        string? Text(string field) => CompiledCondition.FoldValue(FieldCatalog.ByName[field].Text!(facts));
        int? Day(string field) => CompiledCondition.DayNumber(FieldCatalog.ByName[field].Date!(facts, DateTimeZone.Utc));

        FoldedCode = Text("code")!;
        FoldedKind = Text("kind")!;
        FoldedDisplayName = Text("displayName");
        FoldedFirstName = Text("firstName");
        FoldedLastName = Text("lastName");
        FoldedCompanyName = Text("companyName");
        FoldedGender = Text("gender");
        FoldedNationalCode = Text("nationalCode");
        FoldedProvince = Text("province");
        FoldedCity = Text("city");
        FoldedOwner = Text("owner");
        FoldedRank = Text("rank");
        FoldedAcquisitionChannel = Text("acquisitionChannel");
        FoldedEmail = Text("email");
        FoldedFieldOfActivity = Text("fieldOfActivity");
        FoldedFieldOfStudy = Text("fieldOfStudy");
        BirthDay = Day("birthDate");
        MarriageDay = Day("marriageDate");
        EstablishmentDay = Day("establishmentDate");
        AcquisitionDay = Day("acquisitionDate");
        (BirthPersian, MarriagePersian) = (Persian(BirthDay), Persian(MarriageDay));
        (EstablishmentPersian, AcquisitionPersian) = (Persian(EstablishmentDay), Persian(AcquisitionDay));
        LastInteractionAt = customer.LastInteractionAt is { } at ? StoredValues.Truncate(at) : null;
    }
}
