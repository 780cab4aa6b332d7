namespace Crm.Core.Segmentation;

/// <summary>One test on one field, for example <c>city equals «تهران»</c> or <c>birthDate anniversaryWithinDays 7</c>.</summary>
/// <param name="Field">A field name from <see cref="SegmentFields"/>, for example <c>"city"</c>.</param>
/// <param name="Operator">The operator; it must suit the field's type.</param>
/// <param name="Values">The operands as invariant text: numbers with '.' as decimal point, dates as <c>yyyy-MM-dd</c>
/// (Gregorian) or <c>yyyy/MM/dd</c> (Solar Hijri), day counts, months and years as integers. None for
/// <see cref="SegmentOperator.IsEmpty"/> and <see cref="SegmentOperator.IsNotEmpty"/>, two for
/// <see cref="SegmentOperator.Between"/>, one or more for <see cref="SegmentOperator.In"/>.</param>
public sealed record SegmentCondition(string Field, SegmentOperator Operator, IReadOnlyList<string> Values) : SegmentNode;
