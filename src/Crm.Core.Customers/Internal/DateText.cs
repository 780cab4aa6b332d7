using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Customers.Internal;

/// <summary>Formats dates for history entries: ISO yyyy-MM-dd, with the date in its own calendar in brackets (SH for Solar Hijri) when it is not ISO.</summary>
internal static class DateText
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso.WithCulture(CultureInfo.InvariantCulture);

    public static string Format(LocalDate date)
    {
        var iso = Iso.Format(date.WithCalendar(CalendarSystem.Iso));
        return date.Calendar == CalendarSystem.Iso
            ? iso
            : string.Create(CultureInfo.InvariantCulture, $"{iso} ({Label(date.Calendar)} {date.Year:0000}/{date.Month:00}/{date.Day:00})");
    }

    // NodaTime names PersianAstronomical "Persian Algorithmic"; the library's one Solar Hijri calendar reads "SH".
    private static string Label(CalendarSystem calendar) => calendar == CalendarSystem.PersianAstronomical ? "SH" : calendar.Id;

    public static string? Format(LocalDate? date) => date is null ? null : Format(date.Value);
}
