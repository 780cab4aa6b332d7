using System.Globalization;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using NodaTime;
using Spectre.Console;

namespace Crm.Sample.Host.Terminal;

/// <summary>The scheduling section of <c>demo</c> on a terminal: one owner's day, her month as a Persian calendar (weeks from
/// Saturday) and the year's holidays, dates in Persian digits.</summary>
internal static class SchedulingView
{
    private static readonly string[] WeekHeadings = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه"];

    public static void Render(IAnsiConsole console, WorkCalendar calendar, FollowUpPlan plan, LocalDate today, LocalDate tab, bool beyondLunarData)
    {
        var culture = CultureInfo.InvariantCulture;
        console.Heading("Scheduling: the tickler file on the Persian calendar");
        console.Line($"Today: {PersianDateFormat.FormatLong(today)} ({Iso(today)})");
        if (beyondLunarData)
        {
            console.Line($"Official lunar data covers the Persian years {string.Join(", ", calendar.Holidays.LunarCoveredYears())}; " +
                "lunar holidays beyond it are predicted from the crescent and marked provisional.");
        }

        var day = TerminalTable.Create(">Priority", "Kind", "Customer", "Due", "Moved", "Note");
        day.Title = new TableTitle($"Sara's tab for {PersianDateFormat.FormatLong(tab)} ({PersianRelativeDate.Humanize(tab, today)})");
        foreach (var a in plan.ForDay("sara", tab).Take(8))
        {
            day.Row("P" + a.FollowUp.Priority.ToString(culture), a.FollowUp.Kind.ToString(), a.FollowUp.CustomerId.Value,
                PersianRelativeDate.Humanize(a.FollowUp.Due, today), a.Reason.ToString(), a.FollowUp.Note ?? string.Empty);
        }

        console.Write(day);

        var month = TerminalTable.Create(WeekHeadings);
        month.Title = new TableTitle($"Sara's month, {PersianDateFormat.FormatMonth(today.Year, today.Month)} (count/capacity; '-' weekend, 'H' holiday, 'H?' provisional)");
        var cells = new List<string>();
        var days = plan.MonthView("sara", today.Year, today.Month);
        if (days.Count > 0)
        {
            // Persian weeks start on Saturday: IsoDayOfWeek Saturday (6) is column 0.
            cells.AddRange(Enumerable.Repeat(string.Empty, ((int)days[0].Date.DayOfWeek + 1) % 7));
        }

        cells.AddRange(days.Select(d => PersianDigits.ToPersian(d.Date.Day.ToString(culture)) + " " + d.Status switch
        {
            DayStatus.Weekend => "-",
            DayStatus.Holiday => "H",
            DayStatus.ProvisionalHoliday => "H?",
            _ => string.Create(culture, $"{d.Count}/{d.Capacity}"),
        }));
        foreach (var week in cells.Chunk(7))
        {
            month.Row([.. week, .. Enumerable.Repeat(string.Empty, 7 - week.Length)]);
        }

        month.Caption = new TableTitle($"Unplaced: {plan.Unplaced.Count} (each with a reason; nothing is dropped).");
        console.Write(month);

        var holidays = TerminalTable.Create("تاریخ", "Date", "Holiday", "Provisional");
        holidays.Title = new TableTitle($"Official holidays of {PersianDigits.ToPersian(today.Year.ToString(culture))}");
        foreach (var group in calendar.Holidays.GetHolidays(today.Year).GroupBy(h => h.Date))
        {
            holidays.Row(TerminalTable.Fa(group.Key), Iso(group.Key), string.Join(" / ", group.Select(h => h.Title)), group.All(h => h.Provisional) ? "provisional" : string.Empty);
        }

        console.Write(holidays);
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso));
}
