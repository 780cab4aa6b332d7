using System.Globalization;
using Crm.Core.Persian;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace Crm.Core.Scheduling.Tests.WorkCalendar;

public class WorkCalendarTests
{
    private static readonly Scheduling.WorkCalendar Default = new();

    private static Scheduling.WorkCalendar ThursdayFriday() =>
        new(new WorkCalendarOptions { Weekend = WeekendDays.ThursdayAndFriday });

    [Fact]
    public void GetDayStatus_NowruzFridayAndOrdinaryDay_AreClassified()
    {
        Assert.Equal(DayStatus.Holiday, Default.GetDayStatus(new LocalDate(2026, 3, 21)));
        Assert.Equal(DayStatus.Weekend, Default.GetDayStatus(new LocalDate(2026, 3, 27)));
        Assert.Equal(DayStatus.WorkingDay, Default.GetDayStatus(new LocalDate(2026, 3, 25)));
        Assert.Equal(DayStatus.WorkingDay, Default.GetDayStatus(new LocalDate(2026, 3, 26)));
        Assert.Equal(DayStatus.Weekend, ThursdayFriday().GetDayStatus(new LocalDate(2026, 3, 26)));
    }

    [Fact]
    public void NextWorkingDay_BeforeNowruz_SkipsEsfand29AndTheFourNowruzDays()
    {
        var next = Default.NextWorkingDay(SolarHijri.Date(1404, 12, 28));
        Assert.Equal(SolarHijri.Date(1405, 1, 5), next);
        Assert.Equal(new LocalDate(2026, 3, 25), Default.NextWorkingDay(new LocalDate(2026, 3, 19)));
    }

    [Fact]
    public void PreviousWorkingDay_AfterNowruz_IsEsfand28()
    {
        Assert.Equal(SolarHijri.Date(1404, 12, 28), Default.PreviousWorkingDay(SolarHijri.Date(1405, 1, 5)));
        Assert.Equal(SolarHijri.Date(1405, 1, 6), Default.WorkingDayOnOrAfter(SolarHijri.Date(1405, 1, 6)));
    }

    [Fact]
    public void AddWorkingDays_FromNowruz_SkipsHolidaysBothWays()
    {
        Assert.Equal(SolarHijri.Date(1405, 1, 5), Default.AddWorkingDays(SolarHijri.Date(1405, 1, 1), 1));
        Assert.Equal(SolarHijri.Date(1405, 1, 8), Default.AddWorkingDays(SolarHijri.Date(1405, 1, 1), 3));
        Assert.Equal(SolarHijri.Date(1404, 12, 27), Default.AddWorkingDays(SolarHijri.Date(1405, 1, 5), -2));
        Assert.Equal(SolarHijri.Date(1405, 1, 1), Default.AddWorkingDays(SolarHijri.Date(1405, 1, 1), 0));
    }

    [Fact]
    public void WorkingDaysOfMonth_Farvardin1405_LeavesOutHolidaysAndWeekends()
    {
        // Farvardin 1405: 31 days; holidays 1-4, 12, 13, 25; Fridays 7, 14, 21, 28; Thursdays 6, 13, 20, 27.
        var fridayOnly = Default.WorkingDaysOfMonth(1405, 1);
        Assert.Equal(31 - 7 - 4, fridayOnly.Count);
        Assert.DoesNotContain(SolarHijri.Date(1405, 1, 25), fridayOnly);
        Assert.Equal(31 - 7 - 4 - 3, ThursdayFriday().WorkingDaysOfMonth(1405, 1).Count);
        Assert.Equal(20, Default.WorkingDaysBetween(SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 2, 1)));
        Assert.Equal(-20, Default.WorkingDaysBetween(SolarHijri.Date(1405, 2, 1), SolarHijri.Date(1405, 1, 1)));
    }

    [Fact]
    public void Today_FakeClockJustAfterTehranMidnight_IsTheTehranDate()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 20, 21, 0)); // 00:30 on 21 March in Tehran
        Assert.Equal(SolarHijri.Date(1405, 1, 1), Default.Today(clock));
        Assert.Equal(SolarHijri.Date(1405, 1, 1), Default.Today(Some.Clock()));
    }

    [Fact]
    public void WorkingIntervalOn_WorkingDay_IsOfficeHoursAtUtcPlus0330()
    {
        var interval = Default.WorkingIntervalOn(SolarHijri.Date(1405, 1, 5));
        Assert.NotNull(interval);
        Assert.Equal(Instant.FromUtc(2026, 3, 25, 4, 30), interval.Value.Start);
        Assert.Equal(Instant.FromUtc(2026, 3, 25, 12, 30), interval.Value.End);
        Assert.Null(Default.WorkingIntervalOn(SolarHijri.Date(1405, 1, 1)));
    }

    [Fact]
    public void WorkingHoursOn_ShortThursday_UsesTheDayOverride()
    {
        var options = new WorkCalendarOptions();
        options.WorkingHoursByDay[IsoDayOfWeek.Thursday] = new WorkingHours(new LocalTime(8, 0), new LocalTime(12, 0));
        var calendar = new Scheduling.WorkCalendar(options);
        Assert.Equal(Duration.FromHours(4), calendar.WorkingHoursOn(new LocalDate(2026, 3, 26))!.Value.Length);
        Assert.Equal(Duration.FromHours(8), calendar.WorkingHoursOn(new LocalDate(2026, 3, 25))!.Value.Length);
    }

    [Fact]
    public void IsWorkingDay_YearWithoutLunarDataUnderThrowPolicy_ThrowsUnlessPolicyAllows()
    {
        var date = SolarHijri.Date(1406, 5, 5);
        var strict = new Scheduling.WorkCalendar(new WorkCalendarOptions { MissingLunarData = MissingLunarDataPolicy.Throw });
        Assert.Throws<LunarHolidayDataMissingException>(() => strict.IsWorkingDay(date));
        var lenient = new Scheduling.WorkCalendar(new WorkCalendarOptions { MissingLunarData = MissingLunarDataPolicy.SolarAndCustomOnly });
        Assert.Equal(date.DayOfWeek != IsoDayOfWeek.Friday, lenient.IsWorkingDay(date));
    }

    [Fact]
    public void IsWorkingDay_HolidayAddedToTheSourceAtRuntime_IsSeenAtOnce()
    {
        var source = new HolidayCalendarSource();
        var calendar = Scheduling.WorkCalendar.Following(source);
        var fixedCalendar = new Scheduling.WorkCalendar();
        var day = SolarHijri.Date(1405, 5, 10);
        Assert.True(calendar.IsWorkingDay(day));
        source.Update(c => c.WithClosure(day, "تعطیلی سراسری"));
        Assert.False(calendar.IsWorkingDay(day));
        Assert.Equal(DayStatus.Holiday, calendar.GetDayStatus(day));
        Assert.True(fixedCalendar.IsWorkingDay(day));
    }

    [Fact]
    public void IsWorkingDay_ProvincialClosure_CountsOnlyInThatProvince()
    {
        var day = SolarHijri.Date(1405, 5, 10);
        var holidays = IranHolidayCalendar.Default.WithClosure(day, "تعطیلی به دلیل گرما", "خوزستان");
        Assert.False(new Scheduling.WorkCalendar(new WorkCalendarOptions { Province = "خوزستان" }, holidays).IsWorkingDay(day));
        Assert.True(new Scheduling.WorkCalendar(new WorkCalendarOptions { Province = "تهران" }, holidays).IsWorkingDay(day));
        Assert.True(new Scheduling.WorkCalendar(null, holidays).IsWorkingDay(day));
    }

    [Fact]
    public void Constructor_InvalidOptions_ReportsEveryProblemAtOnce()
    {
        var options = new WorkCalendarOptions
        {
            Weekend = WeekendDays.Of(Enum.GetValues<IsoDayOfWeek>().Skip(1).ToArray()),
            TimeZoneId = "Mars/Olympus",
            WorkingHours = default,
        };
        Assert.Equal(3, WorkCalendarOptionsValidator.Validate(options).Count);
        var ex = Assert.Throws<ArgumentException>(() => new Scheduling.WorkCalendar(options));
        Assert.Contains("Mars/Olympus", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Weekend", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void WorkingDaysOfMonth_AnyCulture_GivesTheSameDays(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var days = new Scheduling.WorkCalendar().WorkingDaysOfMonth(1405, 1).Select(d => PersianDateFormat.Format(d));
            Assert.Equal("1405/01/05", days.First());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static Arbitrary<LocalDate> CoveredDates() =>
        Gen.Choose(0, 1400).Select(offset => SolarHijri.Date(1402, 1, 1).PlusDays(offset)).ToArbitrary();

    [Property]
    public Property NextWorkingDay_IsTheFirstWorkingDayAfter() =>
        Prop.ForAll(CoveredDates(), date =>
        {
            var next = Default.NextWorkingDay(date);
            return next > date && Default.IsWorkingDay(next)
                && Enumerable.Range(1, Period.DaysBetween(date, next) - 1).All(i => !Default.IsWorkingDay(date.PlusDays(i)));
        });

    [Property]
    public Property AddWorkingDays_CountsBackWithWorkingDaysBetween() =>
        Prop.ForAll(CoveredDates(), Gen.Choose(0, 40).ToArbitrary(), (date, n) =>
        {
            var start = Default.WorkingDayOnOrAfter(date);
            var end = Default.AddWorkingDays(start, n);
            return Default.WorkingDaysBetween(start, end) == n && Default.AddWorkingDays(end, -n) == start;
        });
}
