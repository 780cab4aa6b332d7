namespace Crm.Core.Segmentation.Internal;

/// <summary>The meaning of each operator on one present value, shared by the in-memory and columnar evaluators.</summary>
internal static class ValueOps
{
    public static bool IsNegated(SegmentOperator op) => op is SegmentOperator.NotEqualTo or SegmentOperator.NotIn;

    public static SegmentOperator Positive(SegmentOperator op) => op switch
    {
        SegmentOperator.NotEqualTo => SegmentOperator.EqualTo,
        SegmentOperator.NotIn => SegmentOperator.In,
        _ => op,
    };

    public static bool Text(string folded, SegmentOperator positive, string[] operands) => positive switch
    {
        SegmentOperator.EqualTo => string.Equals(folded, operands[0], StringComparison.Ordinal),
        SegmentOperator.In => Array.IndexOf(operands, folded) >= 0,
        SegmentOperator.Contains => folded.Contains(operands[0], StringComparison.Ordinal),
        SegmentOperator.StartsWith => folded.StartsWith(operands[0], StringComparison.Ordinal),
        _ => false,
    };

    public static bool Number(decimal value, SegmentOperator positive, decimal[] operands) => positive switch
    {
        SegmentOperator.EqualTo => value == operands[0],
        SegmentOperator.In => Array.IndexOf(operands, value) >= 0,
        SegmentOperator.GreaterThan => value > operands[0],
        SegmentOperator.GreaterThanOrEqual => value >= operands[0],
        SegmentOperator.LessThan => value < operands[0],
        SegmentOperator.LessThanOrEqual => value <= operands[0],
        SegmentOperator.Between => value >= operands[0] && value <= operands[1],
        _ => false,
    };

    public static bool Date(int day, int persianYear, int persianMonth, int persianDay, CompiledCondition c, DateEnv env) => c.Positive switch
    {
        SegmentOperator.EqualTo => day == c.Days[0],
        SegmentOperator.Before => day < c.Days[0],
        SegmentOperator.After => day > c.Days[0],
        SegmentOperator.Between => day >= c.Days[0] && day <= c.Days[1],
        SegmentOperator.InLastDays => day <= env.AsOfDay && day >= env.AsOfDay - c.Count,
        SegmentOperator.InNextDays => day >= env.AsOfDay && day <= env.AsOfDay + c.Count,
        SegmentOperator.InPersianMonth => persianMonth == c.Month && (c.Year == 0 || persianYear == c.Year),
        SegmentOperator.InPersianYear => persianYear == c.Year,
        SegmentOperator.AnniversaryWithinDays => persianMonth > 0 && env.DaysUntilAnniversary(persianMonth, persianDay) <= c.Count,
        _ => false,
    };

    public static bool NeedsPersian(SegmentOperator positive) =>
        positive is SegmentOperator.InPersianMonth or SegmentOperator.InPersianYear or SegmentOperator.AnniversaryWithinDays;
}
