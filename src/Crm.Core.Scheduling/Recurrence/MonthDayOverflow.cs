namespace Crm.Core.Scheduling;

/// <summary>
/// Says what a Persian monthly or yearly recurrence does when its day does not exist in a month: day 31 in the 30-day
/// months Mehr to Bahman, and day 30 of Esfand in a common year. The names follow RFC 7529's SKIP values.
/// </summary>
public enum MonthDayOverflow
{
    /// <summary>Uses the last day of the month: 31 → 30 Mehr, 30 Esfand → 29 Esfand (RFC 7529 <c>SKIP=BACKWARD</c>).
    /// This is the default: the contact still happens in the intended month.</summary>
    LastDayOfMonth = 0,

    /// <summary>Uses the first day of the next month: 31 Mehr → 1 Aban (RFC 7529 <c>SKIP=FORWARD</c>).</summary>
    FirstDayOfNextMonth = 1,

    /// <summary>Leaves that month out (RFC 7529 <c>SKIP=OMIT</c>, the RFC 5545 behaviour).</summary>
    Skip = 2,
}
