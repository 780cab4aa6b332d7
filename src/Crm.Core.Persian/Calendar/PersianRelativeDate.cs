using System.Globalization;
using NodaTime;

namespace Crm.Core.Persian;

/// <summary>
/// Describes a date relative to today in Persian words, as a tickler shows it: «امروز», «فردا», «دیروز»,
/// «۳ روز دیگر», «۲ هفته پیش».
/// </summary>
/// <remarks>
/// The rules, with <c>n</c> the number of days from <c>today</c> to <c>date</c>:
/// 0 → «امروز»; 1 → «فردا»; −1 → «دیروز»; 2 to 13 days → «n روز دیگر» / «n روز پیش»;
/// 14 to 59 days → whole weeks («n هفته …», rounded down); 60 to 364 days → whole 30-day months («n ماه …»);
/// 365 days and more → whole 365-day years («n سال …»). «دیگر» is the future, «پیش» the past.
/// Numbers use Persian digits. The two dates may be in any calendar.
/// </remarks>
public static class PersianRelativeDate
{
    /// <summary>Describes <paramref name="date"/> relative to <paramref name="today"/>.</summary>
    /// <param name="date">The date to describe.</param>
    /// <param name="today">Today's date, normally from an <c>IClock</c> in the Asia/Tehran zone.</param>
    /// <returns>A short Persian phrase.</returns>
    /// <example><code>PersianRelativeDate.Humanize(today.PlusDays(3), today) // "۳ روز دیگر"
    /// PersianRelativeDate.Humanize(today.PlusDays(-15), today) // "۲ هفته پیش"</code></example>
    public static string Humanize(LocalDate date, LocalDate today)
    {
        var days = Period.DaysBetween(today.WithCalendar(CalendarSystem.Iso), date.WithCalendar(CalendarSystem.Iso));
        switch (days)
        {
            case 0:
                return "امروز";
            case 1:
                return "فردا";
            case -1:
                return "دیروز";
        }

        var magnitude = Math.Abs(days);
        var (count, unit) = magnitude switch
        {
            < 14 => (magnitude, "روز"),
            < 60 => (magnitude / 7, "هفته"),
            < 365 => (magnitude / 30, "ماه"),
            _ => (magnitude / 365, "سال"),
        };
        var direction = days > 0 ? "دیگر" : "پیش";
        return PersianDigits.ToPersian(count.ToString(CultureInfo.InvariantCulture)) + " " + unit + " " + direction;
    }
}
