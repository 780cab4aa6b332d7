using NodaTime;

namespace Crm.Core.Segmentation.Internal;

/// <summary>One segment field: its type and how to read it from <see cref="CustomerFacts"/>.</summary>
internal sealed record FieldInfo(
    string Name,
    SegmentFieldType Type,
    Func<CustomerFacts, string?>? Text = null,
    Func<CustomerFacts, IEnumerable<string>>? Set = null,
    Func<CustomerFacts, decimal?>? Number = null,
    Func<CustomerFacts, DateTimeZone, LocalDate?>? Date = null)
{
    /// <summary>Gets a value indicating whether the number is the days from <see cref="Date"/> to the as-of date.</summary>
    public bool DaysSinceDate => Type == SegmentFieldType.Number && Date is not null;
}
