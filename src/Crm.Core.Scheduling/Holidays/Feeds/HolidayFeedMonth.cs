namespace Crm.Core.Scheduling;

/// <summary>An official lunar month start in a holiday feed.</summary>
/// <param name="Line">The line of the entry in the feed.</param>
/// <param name="Month">The month start (Persian date).</param>
public sealed record HolidayFeedMonth(int Line, HijriMonthStart Month);
