using System.Globalization;
using Ardalis.GuardClauses;
using Crm.Core.Persian;
using Crm.Core.Scheduling.Internal;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Exports plans and recurring follow-ups as iCalendar (RFC 5545) so staff see them in ordinary calendar apps. Written
/// by hand (no dependency): all-day events, CRLF line endings, lines folded at 75 octets, TEXT values escaped.
/// </summary>
public static class ICalendarExport
{
    private const string ProductId = "-//Crm.Core//Crm.Core.Scheduling//EN";

    /// <summary>Writes a plan: one all-day event per assignment on its scheduled day. An assignment moved off a provisional
    /// lunar holiday (<see cref="MoveReason.ProvisionalHoliday"/>) carries a COMMENT and <c>X-CRM-PROVISIONAL-HOLIDAY</c> with its due date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="stamp">The DTSTAMP of every event, normally <c>clock.GetCurrentInstant()</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example><code>ICalendarExport.WritePlan(plan, writer, clock.GetCurrentInstant());</code></example>
    public static void WritePlan(FollowUpPlan plan, TextWriter writer, Instant stamp)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(writer);
        var ics = Begin(writer);
        foreach (var assignment in plan.Assignments)
        {
            Event(ics, assignment.FollowUp, assignment.FollowUp.Id, assignment.Scheduled, stamp);
            if (assignment.Reason == MoveReason.ProvisionalHoliday)
            {
                ics.Text("COMMENT", $"Moved from {PersianDateFormat.Format(assignment.FollowUp.Due)}: a provisional (predicted) lunar holiday.");
                ics.Property("X-CRM-PROVISIONAL-HOLIDAY", PersianDateFormat.Format(assignment.FollowUp.Due));
            }

            ics.Property("END", "VEVENT");
        }

        ics.Property("END", "VCALENDAR");
    }

    /// <summary>Writes a plan to a string.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stamp">The DTSTAMP of every event.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static string ToICalendar(FollowUpPlan plan, Instant stamp)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WritePlan(plan, writer, stamp);
        return writer.ToString();
    }

    /// <summary>
    /// Writes a recurring follow-up. A rule a Gregorian RRULE can express (every N days or weeks) is written as one event
    /// with that RRULE. A Persian monthly or yearly rule is expanded: one event per occurrence; with
    /// <paramref name="includeRScale"/>, one event carries <c>RRULE:RSCALE=PERSIAN…</c> (RFC 7529) and the same dates as
    /// <c>RDATE</c>s instead, so clients without RSCALE still see every occurrence.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="template">The follow-up to repeat.</param>
    /// <param name="recurrence">The recurrence.</param>
    /// <param name="first">The first occurrence, in any calendar.</param>
    /// <param name="until">The last date, in any calendar.</param>
    /// <param name="stamp">The DTSTAMP.</param>
    /// <param name="includeRScale">Whether to write the RFC 7529 form.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteSeries(TextWriter writer, FollowUp template, PersianRecurrence recurrence, LocalDate first, LocalDate until,
        Instant stamp, bool includeRScale = false)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(template);
        Guard.Against.Null(recurrence);
        var dates = recurrence.Occurrences(first, until).ToList();
        var ics = Begin(writer);
        if (dates.Count > 0 && (recurrence.ToGregorianRule() is not null || includeRScale))
        {
            Event(ics, template, template.Id + "-series", dates[0], stamp);
            var rule = recurrence.ToGregorianRule() ?? recurrence.ToRScaleRule();
            ics.Property("RRULE", rule + ";UNTIL=" + IcsWriter.Date(until));
            if (recurrence.ToGregorianRule() is null)
            {
                ics.Property("RDATE;VALUE=DATE", string.Join(",", dates.Skip(1).Select(IcsWriter.Date)));
            }

            ics.Property("END", "VEVENT");
        }
        else
        {
            foreach (var date in dates)
            {
                Event(ics, template, template.Id + "-" + IcsWriter.Date(date), date, stamp);
                ics.Property("END", "VEVENT");
            }
        }

        ics.Property("END", "VCALENDAR");
    }

    /// <summary>Writes holidays: one all-day event per holiday; a provisional one has <c>STATUS:TENTATIVE</c> and
    /// <c>X-CRM-PROVISIONAL:TRUE</c>, the others <c>STATUS:CONFIRMED</c>.</summary>
    /// <param name="holidays">The holidays, for example <c>IranHolidayCalendar.Default.GetHolidays(1406)</c>.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="stamp">The DTSTAMP of every event.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <example><code>ICalendarExport.WriteHolidays(IranHolidayCalendar.Default.GetHolidays(1406), writer, clock.GetCurrentInstant());</code></example>
    public static void WriteHolidays(IEnumerable<Holiday> holidays, TextWriter writer, Instant stamp)
    {
        Guard.Against.Null(holidays);
        Guard.Against.Null(writer);
        var ics = Begin(writer);
        var index = 0;
        foreach (var holiday in holidays)
        {
            var day = holiday.Date;
            ics.Property("BEGIN", "VEVENT");
            ics.Text("UID", $"holiday-{IcsWriter.Date(day)}-{index++.ToString(CultureInfo.InvariantCulture)}@crm-core");
            ics.Property("DTSTAMP", IcsWriter.Stamp(stamp));
            ics.Property("DTSTART;VALUE=DATE", IcsWriter.Date(day));
            ics.Property("DTEND;VALUE=DATE", IcsWriter.Date(day.PlusDays(1)));
            ics.Text("SUMMARY", holiday.Title);
            ics.Property("TRANSP", "TRANSPARENT");
            ics.Property("STATUS", holiday.Provisional ? "TENTATIVE" : "CONFIRMED");
            ics.Property("CATEGORIES", "HOLIDAY," + holiday.Kind.ToString().ToUpperInvariant());
            if (holiday.Provisional)
            {
                ics.Property("X-CRM-PROVISIONAL", "TRUE");
            }

            if (holiday.Province is { } province)
            {
                ics.Text("X-CRM-PROVINCE", province);
            }

            ics.Property("X-CRM-PERSIAN-DATE", PersianDateFormat.Format(day));
            ics.Property("END", "VEVENT");
        }

        ics.Property("END", "VCALENDAR");
    }

    private static IcsWriter Begin(TextWriter writer)
    {
        var ics = new IcsWriter(writer);
        ics.Property("BEGIN", "VCALENDAR");
        ics.Property("VERSION", "2.0");
        ics.Property("PRODID", ProductId);
        ics.Property("CALSCALE", "GREGORIAN");
        return ics;
    }

    private static void Event(IcsWriter ics, FollowUp followUp, string uid, LocalDate day, Instant stamp)
    {
        ics.Property("BEGIN", "VEVENT");
        ics.Text("UID", uid + "@crm-core");
        ics.Property("DTSTAMP", IcsWriter.Stamp(stamp));
        ics.Property("DTSTART;VALUE=DATE", IcsWriter.Date(day));
        ics.Property("DTEND;VALUE=DATE", IcsWriter.Date(day.PlusDays(1)));
        ics.Text("SUMMARY", $"{followUp.Kind}: {followUp.CustomerId}");
        if (followUp.Note.Length > 0)
        {
            ics.Text("DESCRIPTION", followUp.Note);
        }

        ics.Text("CATEGORIES", followUp.Kind.ToString().ToUpperInvariant());
        ics.Property("PRIORITY", ((followUp.Priority * 2) - 1).ToString(CultureInfo.InvariantCulture));
        ics.Text("X-CRM-OWNER", followUp.Owner);
        ics.Property("X-CRM-PERSIAN-DATE", PersianDateFormat.Format(day));
    }
}
