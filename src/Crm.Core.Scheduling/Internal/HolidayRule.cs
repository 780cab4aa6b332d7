namespace Crm.Core.Scheduling.Internal;

/// <summary>One official holiday rule: a Persian or Iranian-Hijri month and day (0 = last day of the month).</summary>
internal readonly record struct HolidayRule(bool IsLunar, int Month, int Day, string Title);
