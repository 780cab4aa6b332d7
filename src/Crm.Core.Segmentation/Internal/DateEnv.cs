using NodaTime;

namespace Crm.Core.Segmentation.Internal;

/// <summary>The as-of date prepared for date conditions: its ISO day number and, per Persian month and day, the days
/// until the next anniversary (Esfand 30 falls back to Esfand 29 in common years).</summary>
internal sealed class DateEnv
{
    private readonly int[] _anniversary = new int[12 * 31];

    public DateEnv(LocalDate asOf)
    {
        var iso = asOf.WithCalendar(CalendarSystem.Iso);
        AsOfDay = iso.ToDateOnly().DayNumber;
        var persian = iso.WithCalendar(CalendarSystem.PersianAstronomical);
        for (var m = 1; m <= 12; m++)
        {
            for (var d = 1; d <= 31; d++)
            {
                var next = Anniversary(persian.Year, m, d);
                if (next < persian)
                {
                    next = Anniversary(persian.Year + 1, m, d);
                }

                _anniversary[((m - 1) * 31) + d - 1] = Period.DaysBetween(persian, next);
            }
        }
    }

    public int AsOfDay { get; }

    public int DaysUntilAnniversary(int month, int day) => _anniversary[((month - 1) * 31) + day - 1];

    /// <summary>The first and last ISO day numbers the Persian calendar holds (Persian years 1 to 9377).</summary>
    private static readonly (int First, int Last) PersianRange = (
        new LocalDate(1, 1, 1, CalendarSystem.PersianAstronomical).WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber,
        new LocalDate(9377, 12, CalendarSystem.PersianAstronomical.GetDaysInMonth(9377, 12), CalendarSystem.PersianAstronomical).WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber);

    /// <summary>The Persian year, month and day of an ISO day number; (0, 0, 0) for a day the Persian calendar cannot
    /// hold (before 622-03-22, such as the common "unknown" sentinel 0001-01-01), which no Persian-month, Persian-year or
    /// anniversary condition matches.</summary>
    public static (int Year, int Month, int Day) Persian(int dayNumber)
    {
        if (dayNumber < PersianRange.First || dayNumber > PersianRange.Last)
        {
            return (0, 0, 0);
        }

        var p = LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber)).WithCalendar(CalendarSystem.PersianAstronomical);
        return (p.Year, p.Month, p.Day);
    }

    private static LocalDate Anniversary(int year, int month, int day)
    {
        var calendar = CalendarSystem.PersianAstronomical;
        var max = calendar.GetDaysInMonth(year, month);
        return new LocalDate(year, month, Math.Min(day, max), calendar);
    }
}
