using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Segmentation.Internal;

/// <summary>The catalogue of segment fields and the operators each type accepts.</summary>
internal static class FieldCatalog
{
    public static readonly FieldInfo[] All =
    [
        Text("code", f => f.Customer.Code.Value),
        Text("kind", f => f.Customer.Kind == CustomerKind.Company ? "company" : "individual"),
        Text("displayName", f => f.Customer.DisplayName),
        Text("firstName", f => (f.Customer as Individual)?.Profile.FirstName),
        Text("lastName", f => (f.Customer as Individual)?.Profile.LastName),
        Text("companyName", f => (f.Customer as Company)?.Profile.Name),
        Text("gender", f => f.Customer is Individual { Profile.Gender: not Gender.Unspecified } i ? (i.Profile.Gender == Gender.Female ? "female" : "male") : null),
        Text("nationalCode", f => (f.Customer as Individual)?.Profile.NationalCode?.Value),
        Text("province", f => f.Customer.PrimaryAddress?.Province),
        Text("city", f => f.Customer.PrimaryAddress?.City),
        Text("owner", f => f.Customer.Owner),
        Text("rank", f => f.Customer.Rank),
        Text("acquisitionChannel", f => f.Customer.Acquisition?.Channel),
        Text("email", f => f.Customer.PrimaryEmail?.Value),
        Text("fieldOfActivity", f => (f.Customer as Company)?.Profile.FieldOfActivity),
        Text("fieldOfStudy", f => (f.Customer as Individual)?.Profile.FieldOfStudy),
        Text("rfmSegment", f => f.RfmSegment),
        new("tags", SegmentFieldType.TextSet, Set: f => f.Customer.Tags),
        new("groups", SegmentFieldType.TextSet, Set: f => f.Customer.Groups),
        Number("recencyDays", f => f.Purchases?.DaysSinceLastPurchase),
        Number("frequency", f => f.Purchases?.Purchases),
        Number("monetary", f => f.Purchases?.TotalSpend.Amount),
        Number("repeatPurchaseDays", f => f.Purchases?.RepeatPurchaseDays),
        Number("meanSpend", f => f.Purchases?.MeanSpend.Amount),
        Number("rfmR", f => f.Rfm.IsScored ? f.Rfm.R : null),
        Number("rfmF", f => f.Rfm.IsScored ? f.Rfm.F : null),
        Number("rfmM", f => f.Rfm.IsScored ? f.Rfm.M : null),
        Number("lifetimeValue", f => f.LifetimeValue),
        new("daysSinceLastInteraction", SegmentFieldType.Number, Date: LastInteraction),
        Date("birthDate", f => (f.Customer as Individual)?.Profile.BirthDate),
        Date("marriageDate", f => (f.Customer as Individual)?.Profile.MarriageDate),
        Date("establishmentDate", f => (f.Customer as Company)?.Profile.EstablishmentDate),
        Date("acquisitionDate", f => f.Customer.Acquisition?.Date),
        Date("firstPurchase", f => f.Purchases?.FirstPurchase),
        Date("lastPurchase", f => f.Purchases?.LastPurchase),
        new("lastInteraction", SegmentFieldType.Date, Date: LastInteraction),
    ];

    public static readonly Dictionary<string, FieldInfo> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    private static readonly SegmentOperator[] TextOps =
    [
        SegmentOperator.EqualTo, SegmentOperator.NotEqualTo, SegmentOperator.In, SegmentOperator.NotIn,
        SegmentOperator.Contains, SegmentOperator.StartsWith, SegmentOperator.IsEmpty, SegmentOperator.IsNotEmpty,
    ];

    private static readonly SegmentOperator[] NumberOps =
    [
        SegmentOperator.EqualTo, SegmentOperator.NotEqualTo, SegmentOperator.In, SegmentOperator.NotIn,
        SegmentOperator.GreaterThan, SegmentOperator.GreaterThanOrEqual, SegmentOperator.LessThan, SegmentOperator.LessThanOrEqual,
        SegmentOperator.Between, SegmentOperator.IsEmpty, SegmentOperator.IsNotEmpty,
    ];

    private static readonly SegmentOperator[] DateOps =
    [
        SegmentOperator.EqualTo, SegmentOperator.NotEqualTo, SegmentOperator.Before, SegmentOperator.After, SegmentOperator.Between,
        SegmentOperator.InLastDays, SegmentOperator.InNextDays, SegmentOperator.InPersianMonth, SegmentOperator.InPersianYear,
        SegmentOperator.AnniversaryWithinDays, SegmentOperator.IsEmpty, SegmentOperator.IsNotEmpty,
    ];

    public static IReadOnlyList<SegmentOperator> Operators(SegmentFieldType type) => type switch
    {
        SegmentFieldType.Text or SegmentFieldType.TextSet => TextOps,
        SegmentFieldType.Number => NumberOps,
        SegmentFieldType.Date => DateOps,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown field type."),
    };

    private static LocalDate? LastInteraction(CustomerFacts f, DateTimeZone zone) =>
        f.Customer.LastInteractionAt?.InZone(zone).Date;

    private static FieldInfo Text(string name, Func<CustomerFacts, string?> read) => new(name, SegmentFieldType.Text, Text: read);

    private static FieldInfo Number(string name, Func<CustomerFacts, decimal?> read) => new(name, SegmentFieldType.Number, Number: read);

    private static FieldInfo Date(string name, Func<CustomerFacts, LocalDate?> read) => new(name, SegmentFieldType.Date, Date: (f, _) => read(f));
}
