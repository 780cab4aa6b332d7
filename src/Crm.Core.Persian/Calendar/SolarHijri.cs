using System.Globalization;
using NodaTime;

namespace Crm.Core.Persian;

/// <summary>
/// Gives the Solar Hijri (Persian, شمسی) calendar used by every Crm.Core package, and the month and year arithmetic
/// built on it.
/// </summary>
/// <remarks>
/// <para>
/// The calendar is NodaTime's <see cref="CalendarSystem.PersianAstronomical"/>. It agrees with the leap-year table of
/// the Iranian calendar authority (University of Tehran, AP 1206–1498) for every year of that table, which the test
/// suite checks year by year. NodaTime's <c>PersianArithmetic</c> disagrees with the authority for 1403/1404 and other
/// years, and the BCL's <c>System.Globalization.PersianCalendar</c> is banned in this repository so that one calendar
/// system is used everywhere.
/// </para>
/// <para>
/// Methods that take a <see cref="LocalDate"/> accept a date in any calendar and convert it; methods that return a
/// date return it in <see cref="Calendar"/>.
/// </para>
/// </remarks>
public static class SolarHijri
{
    /// <summary>Gets the calendar system of every Persian date in Crm.Core: <see cref="CalendarSystem.PersianAstronomical"/>.</summary>
    public static CalendarSystem Calendar { get; } = CalendarSystem.PersianAstronomical;

    /// <summary>Gets the smallest Persian year this calendar supports.</summary>
    public static int MinYear => Calendar.MinYear;

    /// <summary>Gets the largest Persian year this calendar supports.</summary>
    public static int MaxYear => Calendar.MaxYear;

    /// <summary>Creates a Persian date, with an error that names the impossible part.</summary>
    /// <param name="year">The Persian year (AP), for example 1405.</param>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <param name="day">The day of the month, 1 to the length of the month.</param>
    /// <returns>The date in <see cref="Calendar"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day does not exist; the message names the value,
    /// for example "day 30 does not exist in Esfand 1405: a common year's Esfand has 29 days".</exception>
    /// <example><code>SolarHijri.Date(1405, 1, 1) // 1405/01/01, the Gregorian 2026-03-21</code></example>
    public static LocalDate Date(int year, int month, int day)
    {
        var error = Internal.PersianDateRules.Validate(year, month, day);
        if (error is not null)
        {
            var name = error.StartsWith("year", StringComparison.Ordinal) ? nameof(year)
                : error.StartsWith("month", StringComparison.Ordinal) ? nameof(month) : nameof(day);
            throw new ArgumentOutOfRangeException(name, error);
        }

        return new LocalDate(year, month, day, Calendar);
    }

    /// <summary>Converts a date of any calendar to the Persian calendar.</summary>
    /// <param name="date">The date, for example an ISO date.</param>
    /// <returns>The same day in <see cref="Calendar"/>.</returns>
    /// <example><code>SolarHijri.From(new LocalDate(2025, 3, 21)) // 1404/01/01</code></example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the Persian calendar: before its
    /// first day (ISO 622-03-22) or after the last day of year <see cref="MaxYear"/>. The message names the date and the range.</exception>
    public static LocalDate From(LocalDate date)
    {
        if (date.Calendar == Calendar)
        {
            return date;
        }

        if (!Contains(date))
        {
            var iso = date.WithCalendar(CalendarSystem.Iso);
            throw new ArgumentOutOfRangeException(nameof(date), iso, string.Create(CultureInfo.InvariantCulture,
                $"The date {iso.Year:0000}-{iso.Month:00}-{iso.Day:00} is outside the range of the Solar Hijri calendar, {FirstIsoDay.Year:0000}-{FirstIsoDay.Month:00}-{FirstIsoDay.Day:00} (1/01/01) to {LastIsoDay.Year:0000}-{LastIsoDay.Month:00}-{LastIsoDay.Day:00} ({MaxYear}/12/{LastIsoDayInPersian.Day:00})."));
        }

        return date.WithCalendar(Calendar);
    }

    /// <summary>Tells whether a date of any calendar falls inside the Persian calendar's range, so that <see cref="From"/>
    /// and the formatting methods accept it.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from ISO 622-03-22 to the last day of Persian year <see cref="MaxYear"/>.</returns>
    public static bool Contains(LocalDate date)
    {
        if (date.Calendar == Calendar)
        {
            return true;
        }

        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= FirstIsoDay && iso <= LastIsoDay;
    }

    private static LocalDate LastIsoDayInPersian => new(MaxYear, 12, Calendar.GetDaysInMonth(MaxYear, 12), Calendar);

    private static LocalDate FirstIsoDay => new LocalDate(MinYear, 1, 1, Calendar).WithCalendar(CalendarSystem.Iso);

    private static LocalDate LastIsoDay => LastIsoDayInPersian.WithCalendar(CalendarSystem.Iso);

    /// <summary>Tells whether a Persian year is a leap year (Esfand has 30 days).</summary>
    /// <param name="year">The Persian year.</param>
    /// <returns><see langword="true"/> for a leap year such as 1403; <see langword="false"/> for a common year such as 1405.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static bool IsLeapYear(int year)
    {
        CheckYear(year);
        return Calendar.IsLeapYear(year);
    }

    /// <summary>Returns the number of days in a Persian year.</summary>
    /// <param name="year">The Persian year.</param>
    /// <returns>366 in a leap year, otherwise 365.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int DaysInYear(int year) => IsLeapYear(year) ? 366 : 365;

    /// <summary>Returns the length of a Persian month.</summary>
    /// <param name="year">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>31 for months 1–6, 30 for months 7–11, and 29 or 30 for Esfand.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    /// <example><code>SolarHijri.DaysInMonth(1403, 12) // 30 (leap year)</code></example>
    public static int DaysInMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"month {month} does not exist: a Persian year has months 1 to 12");
        }

        return Calendar.GetDaysInMonth(year, month);
    }

    /// <summary>Returns the first day of a Persian month.</summary>
    /// <param name="year">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>Day 1 of the month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    /// <example><code>SolarHijri.FirstDayOfMonth(1405, 7) // 1405/07/01</code></example>
    public static LocalDate FirstDayOfMonth(int year, int month) => Date(year, month, 1);

    /// <summary>Returns the last day of a Persian month.</summary>
    /// <param name="year">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The last day of the month (for Esfand, the 29th or the 30th).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    /// <example><code>SolarHijri.LastDayOfMonth(1405, 12) // 1405/12/29</code></example>
    public static LocalDate LastDayOfMonth(int year, int month) => Date(year, month, DaysInMonth(year, month));

    /// <summary>Returns 1 Farvardin (Nowruz) of a Persian year.</summary>
    /// <param name="year">The Persian year.</param>
    /// <returns>The first day of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    /// <example><code>SolarHijri.FirstDayOfYear(1404).WithCalendar(CalendarSystem.Iso) // 2025-03-21</code></example>
    public static LocalDate FirstDayOfYear(int year) => Date(year, 1, 1);

    /// <summary>Returns the last day of a Persian year (29 or 30 Esfand).</summary>
    /// <param name="year">The Persian year.</param>
    /// <returns>The last day of the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    /// <example><code>SolarHijri.LastDayOfYear(1403) // 1403/12/30</code></example>
    public static LocalDate LastDayOfYear(int year) => LastDayOfMonth(year, 12);

    private static void CheckYear(int year)
    {
        if (year < Calendar.MinYear || year > Calendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"year {year} is outside the supported Persian years {Calendar.MinYear} to {Calendar.MaxYear}");
        }
    }
}
