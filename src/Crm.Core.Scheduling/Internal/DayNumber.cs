using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>
/// Fast day numbers (days since 1970-01-01) for Persian dates: a cached Nowruz per year plus the fixed month offsets
/// of the Solar Hijri calendar (six 31-day months, then 30-day months). NodaTime's <c>Period.DaysBetween</c> is
/// correct but costs about a microsecond for non-ISO calendars, which dominates planning 100,000 follow-ups.
/// </summary>
internal static class DayNumber
{
    private const int FirstCachedYear = 1200;
    private static readonly int[] NowruzCache = BuildCache(FirstCachedYear, 1600);

    public static int Of(LocalDate date)
    {
        var persian = SolarHijri.From(date);
        var index = persian.Year - FirstCachedYear;
        var yearStart = unchecked((uint)index) < (uint)NowruzCache.Length ? NowruzCache[index] : Iso(SolarHijri.FirstDayOfYear(persian.Year));
        var month = persian.Month;
        var offset = month <= 7 ? (month - 1) * 31 : 186 + ((month - 7) * 30);
        return yearStart + offset + persian.Day - 1;
    }

    private static int[] BuildCache(int from, int to) =>
        Enumerable.Range(from, to - from).Select(year => Iso(SolarHijri.FirstDayOfYear(year))).ToArray();

    /// <summary>Days since 1970-01-01 of a date, by the proleptic Gregorian "days from civil" formula.</summary>
    private static int Iso(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        var y = iso.Year - (iso.Month <= 2 ? 1 : 0);
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var m = iso.Month;
        var dayOfYear = ((153 * (m > 2 ? m - 3 : m + 9)) + 2) / 5 + iso.Day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }
}
