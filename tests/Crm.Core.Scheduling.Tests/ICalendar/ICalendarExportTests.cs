using System.Globalization;
using System.Text;
using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.ICalendar;

public class ICalendarExportTests
{
    private static List<string> Unfold(string ics) =>
        ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private static FollowUp Find(FollowUpPlan plan, string id) => plan.Assignments.Single(a => a.FollowUp.Id == id).FollowUp;

    private static FollowUpPlan SamplePlan()
    {
        var note = "مشتری درباره پیش‌فاکتور پرسید؛ قیمت، تخفیف و زمان تحویل را توضیح بده. " + new string('x', 80);
        var items = new[]
        {
            new FollowUp("a", CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 2, 2), FollowUpKind.Call, 1, null, note),
            new FollowUp("b", CustomerCode.Parse("C-2"), "sara", SolarHijri.Date(1405, 2, 4), FollowUpKind.Visit, 3),
        };
        return new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan(items, SolarHijri.Date(1405, 2, 1), 30);
    }

    [Fact]
    public void ToICalendar_Plan_WritesOneAllDayEventPerAssignment()
    {
        var lines = Unfold(ICalendarExport.ToICalendar(SamplePlan(), Some.Instant));
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains("DTSTART;VALUE=DATE:20260422", lines); // 1405/02/02
        Assert.Contains("DTSTART;VALUE=DATE:20260425", lines); // 1405/02/04 is Friday → Saturday 02/05
        Assert.Contains("DTSTAMP:20260321T063000Z", lines);
        Assert.Contains("X-CRM-PERSIAN-DATE:1405/02/05", lines);
        Assert.Contains("PRIORITY:1", lines);
    }

    [Fact]
    public void ToICalendar_LongPersianNote_IsFoldedAt75OctetsAndEscaped()
    {
        var ics = ICalendarExport.ToICalendar(SamplePlan(), Some.Instant);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var description = Unfold(ics).Single(l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Equal("DESCRIPTION:" + Find(SamplePlan(), "a").Note, description); // the Persian comma needs no escaping
    }

    [Fact]
    public void ToICalendar_CommaAndSemicolonInText_AreEscaped()
    {
        var item = new FollowUp("c", CustomerCode.Parse("C-9"), "ali", SolarHijri.Date(1405, 2, 2), note: "a,b;c\\d\nnext");
        var plan = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan([item], SolarHijri.Date(1405, 2, 1), 10);
        Assert.Contains("DESCRIPTION:a\\,b\\;c\\\\d\\nnext", Unfold(ICalendarExport.ToICalendar(plan, Some.Instant)));
    }

    [Fact]
    public void WriteSeries_PersianMonthly_IsExpandedToDatedEvents()
    {
        var template = new FollowUp("m", CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 1, 1));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ICalendarExport.WriteSeries(writer, template, PersianRecurrence.EveryMonths(1, 31), SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 12, 29), Some.Instant);
        var lines = Unfold(writer.ToString());
        Assert.Equal(12, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.DoesNotContain(lines, l => l.StartsWith("RRULE", StringComparison.Ordinal));
        Assert.Contains("DTSTART;VALUE=DATE:20261022", lines); // 1405/07/30, the rule's day 31 in Mehr
    }

    [Fact]
    public void WriteSeries_WithRScale_WritesRfc7529RuleAndEveryDateAsRdate()
    {
        var template = new FollowUp("m", CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 1, 1));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ICalendarExport.WriteSeries(writer, template, PersianRecurrence.EveryMonths(1, 31), SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 12, 29), Some.Instant, includeRScale: true);
        var lines = Unfold(writer.ToString());
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Contains("RRULE:RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31;SKIP=BACKWARD;UNTIL=20270320", lines);
        Assert.Equal(11, lines.Single(l => l.StartsWith("RDATE", StringComparison.Ordinal)).Split(',').Length);
    }

    [Fact]
    public void WriteSeries_Weekly_UsesAPlainGregorianRrule()
    {
        var template = new FollowUp("w", CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 1, 1));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ICalendarExport.WriteSeries(writer, template, PersianRecurrence.EveryWeeks(1), SolarHijri.Date(1405, 1, 5), SolarHijri.Date(1405, 2, 5), Some.Instant);
        Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260425", Unfold(writer.ToString()));
    }
}
