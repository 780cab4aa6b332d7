namespace Crm.Core.Segmentation.Internal;

/// <summary>The JSON names of the operators.</summary>
internal static class SegmentOperatorNames
{
    private static readonly string[] Names =
    [
        "equals", "notEquals", "in", "notIn", "contains", "startsWith", "greaterThan", "greaterThanOrEqual", "lessThan",
        "lessThanOrEqual", "between", "isEmpty", "isNotEmpty", "before", "after", "inLastDays", "inNextDays",
        "inPersianMonth", "inPersianYear", "anniversaryWithinDays",
    ];

    public static string ToJson(SegmentOperator op) => (int)op >= 0 && (int)op < Names.Length ? Names[(int)op] : ((int)op).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? name, out SegmentOperator op)
    {
        var i = Array.IndexOf(Names, name);
        op = (SegmentOperator)Math.Max(i, 0);
        return i >= 0;
    }
}
