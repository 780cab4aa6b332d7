using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Spectre.Console;

namespace Crm.Sample.Host.Commands;

/// <summary>The scheduling section of <c>demo</c>: today's tickler, one owner's month, and the year's holidays.</summary>
internal static class SchedulingDemo
{
    /// <summary>Writes the section: plain lines on <paramref name="output"/>, or tables on <paramref name="console"/> when the
    /// output is a terminal.</summary>
    public static void Run(IServiceProvider services, TextWriter output, IClock clock, IAnsiConsole? console = null)
    {
        var calendar = services.GetRequiredService<WorkCalendar>();
        var planner = services.GetRequiredService<FollowUpPlanner>();
        var today = calendar.Today(clock);
        var horizonEnd = today.PlusDays(45);
        string[] owners = ["sara", "reza"];
        var followUps = Enumerable.Range(0, 60).Select(i => new FollowUp(
            $"f{i:00}", CustomerCode.Parse($"C-{100 + i}"), owners[i % 2], today.PlusDays(i % 9 - 2), (FollowUpKind)(i % 4), (i % 5) + 1, null,
            $"Last call: asked about invoice {i}; promised a price list.")).ToList();
        followUps.Add(FollowUp.FiledUnderMonth("m1", CustomerCode.Parse("C-900"), "sara", today.PlusMonths(1).Year, today.PlusMonths(1).Month, note: "call next month about renewal"));
        var occasion = Occasions.InYear(CustomerCode.Parse("C-777"), SolarHijri.Date(1370, today.Month, Math.Min(today.Day + 1, 29)), OccasionKind.Birthday, today.Year);
        if (occasion is { } birthday)
        {
            followUps.Add(birthday.ToFollowUp("sara"));
        }

        var plan = planner.Plan(followUps, today, 45);
        var tab = calendar.IsWorkingDay(today) ? today : calendar.NextWorkingDay(today);
        if (console is not null)
        {
            SchedulingView.Render(console, calendar, plan, today, tab, !calendar.Holidays.HasLunarData(today.Year) || !calendar.Holidays.HasLunarData(horizonEnd.Year));
            return;
        }

        output.WriteLine();
        output.WriteLine("== Scheduling: the tickler file on the Persian calendar ==");
        output.WriteLine($"Today: {PersianDateFormat.FormatLong(today)} ({PersianDateFormat.Format(today)}, {Iso(today)})");
        if (!calendar.Holidays.HasLunarData(today.Year) || !calendar.Holidays.HasLunarData(horizonEnd.Year))
        {
            output.WriteLine($"Official lunar data covers the Persian years {string.Join(", ", calendar.Holidays.LunarCoveredYears())}; " +
                "lunar holidays beyond it are predicted from the crescent and marked provisional.");
        }

        output.WriteLine($"Sara's tab for {PersianDateFormat.FormatLong(tab)} ({PersianRelativeDate.Humanize(tab, today)}):");
        foreach (var a in plan.ForDay("sara", tab).Take(8))
        {
            output.WriteLine($"  P{a.FollowUp.Priority} {a.FollowUp.Kind,-14} {a.FollowUp.CustomerId.Value,-6} due {PersianRelativeDate.Humanize(a.FollowUp.Due, today),-12} moved: {a.Reason,-9} {a.FollowUp.Note}");
        }

        output.WriteLine($"Sara's month, {PersianDateFormat.FormatMonth(today.Year, today.Month)} (count/capacity; '-' weekend, 'H' holiday, 'H?' provisional holiday):");
        var cells = plan.MonthView("sara", today.Year, today.Month).Select(d =>
            $"{d.Date.Day,2}:" + (d.Status switch
            {
                DayStatus.Weekend => "  -  ",
                DayStatus.Holiday => "  H  ",
                DayStatus.ProvisionalHoliday => "  H? ",
                _ => $"{d.Count,2}/{d.Capacity,-2}",
            }));
        foreach (var week in cells.Chunk(7))
        {
            output.WriteLine("  " + string.Join("  ", week));
        }

        output.WriteLine($"Unplaced: {plan.Unplaced.Count} (each with a reason; nothing is dropped).");
        output.WriteLine($"Official holidays of {today.Year}:");
        foreach (var day in calendar.Holidays.GetHolidays(today.Year).GroupBy(h => h.Date))
        {
            var mark = day.All(h => h.Provisional) ? " (provisional)" : "";
            output.WriteLine($"  {PersianDateFormat.Format(day.Key)} {Iso(day.Key)} {string.Join(" / ", day.Select(h => h.Title))}{mark}");
        }
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso));
}
