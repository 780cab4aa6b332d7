using System.Globalization;
using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Scheduling.Tests;

/// <summary>Issue 14, point 8: the scheduling options' problems are <see cref="ValidationError"/>s with a Persian message,
/// chosen by the culture the caller passes; the English strings of <c>Validate</c> are unchanged.</summary>
public sealed class SchedulingOptionsErrorsTests
{
    private static readonly CultureInfo Farsi = CultureInfo.GetCultureInfo("fa-IR");

    [Fact]
    public void Errors_EveryProblem_NamesTheSettingPathRuleAndValue_InEnglishAndPersian()
    {
        var options = new SchedulingOptions();
        options.WorkCalendar.Weekend = WeekendDays.Of([.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)]);

        options.WorkCalendar.TimeZoneId = "Mars/Olympus";
        options.WorkCalendar.Province = " ";
        options.Planner.HorizonDays = 0;
        options.Planner.DayOffPolicy = (DayOffPolicy)42;
        options.HolidayFeeds.Add("no-such-feed.json");

        var errors = options.Errors();

        Assert.Equal(
            [
                ("WorkCalendar.Weekend", "options.weekend"), ("WorkCalendar.TimeZoneId", "options.time-zone"), ("WorkCalendar.Province", "options.province"),
                ("Planner.DayOffPolicy", "options.day-off-policy"), ("Planner.HorizonDays", "options.horizon-days"), ("HolidayFeeds", "options.holiday-feed"),
            ],
            errors.Select(e => (e.Field, e.Rule)));
        Assert.Equal(options.Validate(), errors.Select(e => e.Message));
        Assert.Equal("WorkCalendar.TimeZoneId: 'Mars/Olympus' is not a tzdb time zone id (for example 'Asia/Tehran').", errors[1].Message);
        Assert.Equal("Mars/Olympus", errors[1].Value);
        Assert.All(errors, e =>
        {
            var persian = e.MessageIn(Farsi);
            Assert.Contains(e.Rule, persian, StringComparison.Ordinal);
            Assert.Contains(e.Field, persian, StringComparison.Ordinal);
            Assert.Matches("[\u0600-\u06FF]", persian);
            Assert.DoesNotContain('ي', persian);
            Assert.DoesNotContain('ك', persian);
            Assert.Equal(e.Message, e.MessageIn(CultureInfo.InvariantCulture));
        });
        Assert.Contains("۳۶۶۰", errors[4].PersianMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_DefaultOptions_AreNone()
    {
        Assert.Empty(new SchedulingOptions().Errors());
        Assert.Empty(WorkCalendarOptionsValidator.Errors(new WorkCalendarOptions()));
        Assert.Empty(new FollowUpPlannerOptions().Errors());
    }
}
