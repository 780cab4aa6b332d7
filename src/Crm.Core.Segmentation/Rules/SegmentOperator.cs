namespace Crm.Core.Segmentation;

/// <summary>The operators of a <see cref="SegmentCondition"/>; which ones a field accepts depends on its <see cref="SegmentFieldType"/>.</summary>
/// <remarks>A missing value (no city, no birth date, no purchase) satisfies only <see cref="IsEmpty"/>, <see cref="NotEqualTo"/>
/// and <see cref="NotIn"/>. Text is compared after the Persian matching fold, so «علي» equals and contains «علی».</remarks>
public enum SegmentOperator
{
    /// <summary>The value equals the operand (JSON <c>equals</c>); for tags and groups: has the element.</summary>
    EqualTo = 0,

    /// <summary>The value differs from the operand or is missing (JSON <c>notEquals</c>); for tags and groups: lacks the element.</summary>
    NotEqualTo = 1,

    /// <summary>The value is one of the operands (JSON <c>in</c>); for tags and groups: has any of them.</summary>
    In = 2,

    /// <summary>The value is none of the operands or is missing (JSON <c>notIn</c>); for tags and groups: has none of them.</summary>
    NotIn = 3,

    /// <summary>The text contains the operand (JSON <c>contains</c>); for tags and groups: some element does.</summary>
    Contains = 4,

    /// <summary>The text starts with the operand (JSON <c>startsWith</c>); for tags and groups: some element does.</summary>
    StartsWith = 5,

    /// <summary>The number is greater than the operand (JSON <c>greaterThan</c>).</summary>
    GreaterThan = 6,

    /// <summary>The number is greater than or equal to the operand (JSON <c>greaterThanOrEqual</c>).</summary>
    GreaterThanOrEqual = 7,

    /// <summary>The number is less than the operand (JSON <c>lessThan</c>).</summary>
    LessThan = 8,

    /// <summary>The number is less than or equal to the operand (JSON <c>lessThanOrEqual</c>).</summary>
    LessThanOrEqual = 9,

    /// <summary>The number or date lies between the two operands, both included (JSON <c>between</c>).</summary>
    Between = 10,

    /// <summary>The value is missing (JSON <c>isEmpty</c>); for tags and groups: there is no element.</summary>
    IsEmpty = 11,

    /// <summary>The value is present (JSON <c>isNotEmpty</c>).</summary>
    IsNotEmpty = 12,

    /// <summary>The date is before the operand date (JSON <c>before</c>).</summary>
    Before = 13,

    /// <summary>The date is after the operand date (JSON <c>after</c>).</summary>
    After = 14,

    /// <summary>The date lies in the N days up to and including the as-of date (JSON <c>inLastDays</c>).</summary>
    InLastDays = 15,

    /// <summary>The date lies in the N days from and including the as-of date (JSON <c>inNextDays</c>).</summary>
    InNextDays = 16,

    /// <summary>The date falls in a Persian month (1–12), optionally of a given Persian year (JSON <c>inPersianMonth</c>).</summary>
    InPersianMonth = 17,

    /// <summary>The date falls in a Persian year (JSON <c>inPersianYear</c>).</summary>
    InPersianYear = 18,

    /// <summary>The date's next anniversary on the Persian calendar is within N days of the as-of date, today included
    /// (JSON <c>anniversaryWithinDays</c>); Esfand 30 is celebrated on Esfand 29 in common years.</summary>
    AnniversaryWithinDays = 19,
}
