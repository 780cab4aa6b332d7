using System.Diagnostics.CodeAnalysis;
using Crm.Core.Segmentation.Internal;

namespace Crm.Core.Segmentation;

/// <summary>
/// The fields a segment condition can test. Text: <c>code, kind, displayName, firstName, lastName, companyName, gender,
/// nationalCode, province, city, owner, rank, acquisitionChannel, email, fieldOfActivity, fieldOfStudy, rfmSegment</c>.
/// Sets: <c>tags, groups</c>. Numbers: <c>recencyDays, frequency, monetary, repeatPurchaseDays, meanSpend, rfmR, rfmF,
/// rfmM, lifetimeValue, daysSinceLastInteraction</c>. Dates: <c>birthDate, marriageDate, establishmentDate,
/// acquisitionDate, firstPurchase, lastPurchase, lastInteraction</c>.
/// </summary>
public static class SegmentFields
{
    /// <summary>Gets every field name, in catalogue order.</summary>
    public static IReadOnlyList<string> Names { get; } = FieldCatalog.All.Select(f => f.Name).ToArray();

    /// <summary>Looks up a field's type.</summary>
    /// <param name="name">The field name (case-sensitive), for example <c>"city"</c>.</param>
    /// <param name="type">The field's type when it exists.</param>
    /// <returns><see langword="true"/> when the field exists.</returns>
    public static bool TryGetType([NotNullWhen(true)] string? name, out SegmentFieldType type)
    {
        type = default;
        if (name is null || !FieldCatalog.ByName.TryGetValue(name, out var field))
        {
            return false;
        }

        type = field.Type;
        return true;
    }

    /// <summary>Lists the operators a field type accepts.</summary>
    /// <param name="type">The field type.</param>
    /// <returns>The operators.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public static IReadOnlyList<SegmentOperator> OperatorsFor(SegmentFieldType type) => FieldCatalog.Operators(type);
}
