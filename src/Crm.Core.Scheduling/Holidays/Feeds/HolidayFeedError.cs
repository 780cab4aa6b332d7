namespace Crm.Core.Scheduling;

/// <summary>One problem in a holiday feed.</summary>
/// <param name="Line">The 1-based line of the entry in the feed's text.</param>
/// <param name="Field">The field, for example <c>date</c> or <c>hijri_month</c>.</param>
/// <param name="Rule">The rule broken, for example <c>date-format</c>, <c>month-length</c> or <c>overlap</c>.</param>
/// <param name="Value">The offending value as written (cut to 100 characters).</param>
/// <param name="Message">A sentence that says what is wrong, in invariant English.</param>
public sealed record HolidayFeedError(int Line, string Field, string Rule, string Value, string Message)
{
    /// <summary>Returns the error as <c>line N, field: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Field}: {Message}";
}
