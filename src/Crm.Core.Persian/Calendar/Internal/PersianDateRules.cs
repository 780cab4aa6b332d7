using System.Globalization;

namespace Crm.Core.Persian.Internal;

/// <summary>Validates Persian year/month/day triples with messages that name the impossible value.</summary>
internal static class PersianDateRules
{
    /// <summary>Returns <see langword="null"/> when the date exists, otherwise a message that starts with the faulty part.</summary>
    public static string? Validate(int year, int month, int day)
    {
        var calendar = SolarHijri.Calendar;
        if (year < calendar.MinYear || year > calendar.MaxYear)
        {
            return string.Create(CultureInfo.InvariantCulture, $"year {year} is outside the supported Persian years {calendar.MinYear} to {calendar.MaxYear}");
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"month {month} does not exist: a Persian year has months 1 to 12");
        }

        var length = calendar.GetDaysInMonth(year, month);
        if (day < 1 || day > length)
        {
            var monthName = PersianNames.MonthNameLatin(month);
            if (month == 12 && day == 30)
            {
                return string.Create(CultureInfo.InvariantCulture, $"day 30 does not exist in Esfand {year}: {year} is a common year and its Esfand has 29 days");
            }

            return string.Create(CultureInfo.InvariantCulture, $"day {day} does not exist in {monthName} {year}: the month has days 1 to {length}");
        }

        return null;
    }
}
