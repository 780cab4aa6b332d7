using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Holidays;

/// <summary>Planning past the official table (1406 and later). The official 1406 month starts are not in
/// ../shared/data yet, so every 1406 lunar holiday here comes from the predictor.</summary>
public class ProvisionalHolidayTests
{
    [Fact]
    public void NextWorkingDay_FromLateEsfand1405IntoNowruz1406_DoesNotThrow()
    {
        // The first example: this threw LunarHolidayDataMissingException.
        var next = new Scheduling.WorkCalendar().NextWorkingDay(SolarHijri.Date(1405, 12, 28));
        Assert.Equal(SolarHijri.Date(1406, 1, 5), next); // 29 Esfand and Nowruz 1–4 are holidays; 1406/01/05 is a Thursday
    }

    [Fact]
    public void Plan_AcrossNowruz1406_PlansAndMovesOffTheHolidays()
    {
        // The second example.
        var plan = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan(
            [new FollowUp("f1", CustomerCode.Parse("C-1"), "sara", SolarHijri.Date(1405, 12, 25))], SolarHijri.Date(1405, 12, 15), days: 30);
        var assignment = Assert.Single(plan.Assignments);
        Assert.Equal(SolarHijri.Date(1405, 12, 25), assignment.Scheduled);
        var nowruz = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan(
            [new FollowUp("f2", CustomerCode.Parse("C-2"), "sara", SolarHijri.Date(1406, 1, 2))], SolarHijri.Date(1405, 12, 15), days: 30);
        Assert.Equal((SolarHijri.Date(1406, 1, 5), MoveReason.Holiday), (nowruz.Assignments[0].Scheduled, nowruz.Assignments[0].Reason));
    }

    [Fact]
    public void GetHolidays_1406_HasExactSolarAndProvisionalLunarHolidays()
    {
        var holidays = IranHolidayCalendar.Default.GetHolidays(1406);
        Assert.Equal(10, holidays.Count(h => h.Kind == HolidayKind.Solar));
        Assert.All(holidays.Where(h => h.Kind == HolidayKind.Solar), h => Assert.False(h.Provisional));
        // 25 Shawwal 1448 lies in a month that starts officially (1405/12/19): exact. Every later lunar holiday is predicted.
        Assert.False(holidays.Single(h => h.Date == SolarHijri.Date(1406, 1, 14)).Provisional);
        var lunar = holidays.Where(h => h.Kind == HolidayKind.Lunar && h.Date > SolarHijri.Date(1406, 1, 14)).ToList();
        Assert.Equal(17, lunar.Count);
        Assert.All(lunar, h => Assert.True(h.Provisional));
        Assert.EndsWith("(provisional)", lunar[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1402)]
    [InlineData(1403)]
    [InlineData(1404)]
    [InlineData(1405)]
    public void GetHolidays_OfficialYears_HaveNoProvisionalHoliday(int year) =>
        Assert.All(IranHolidayCalendar.Default.GetHolidays(year), h => Assert.False(h.Provisional));

    [Fact]
    public void GetDayStatus_PredictedAshura1449_IsAProvisionalHolidayUnderPredictAndAWorkingDayUnderSolarOnly()
    {
        var ashura = IranHolidayCalendar.Default.GetHolidays(1406).Single(h => h.Title == "عاشورای حسینی").Date;
        Assert.Equal(DayStatus.ProvisionalHoliday, new Scheduling.WorkCalendar().GetDayStatus(ashura));
        Assert.False(new Scheduling.WorkCalendar().IsWorkingDay(ashura));
        var solarOnly = new Scheduling.WorkCalendar(new WorkCalendarOptions { MissingLunarData = MissingLunarDataPolicy.SolarAndCustomOnly });
        Assert.Equal(ashura.DayOfWeek == IsoDayOfWeek.Friday ? DayStatus.Weekend : DayStatus.WorkingDay, solarOnly.GetDayStatus(ashura));
    }

    [Fact]
    public void Plan_FollowUpDueOnAProvisionalHoliday_IsMovedWithThatReasonAndMarkedInICalendar()
    {
        var ashura = IranHolidayCalendar.Default.GetHolidays(1406).Single(h => h.Title == "عاشورای حسینی").Date;
        var plan = new FollowUpPlanner(new Scheduling.WorkCalendar()).Plan([new FollowUp("f1", CustomerCode.Parse("C-1"), "sara", ashura)], ashura.PlusDays(-3), 20);
        var assignment = Assert.Single(plan.Assignments);
        Assert.Equal(MoveReason.ProvisionalHoliday, assignment.Reason);
        Assert.True(assignment.Scheduled > ashura);
        var ics = ICalendarExport.ToICalendar(plan, Instant.FromUtc(2026, 12, 3, 0, 0));
        Assert.Contains("X-CRM-PROVISIONAL-HOLIDAY:" + PersianDateFormat.Format(ashura), ics, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteHolidays_MarksProvisionalOnesTentative()
    {
        using var writer = new StringWriter();
        ICalendarExport.WriteHolidays(IranHolidayCalendar.Default.GetHolidays(1406), writer, Instant.FromUtc(2026, 12, 3, 0, 0));
        var text = writer.ToString();
        Assert.Equal(17, CountOf(text, "STATUS:TENTATIVE"));
        Assert.Equal(17, CountOf(text, "X-CRM-PROVISIONAL:TRUE"));
        Assert.Equal(11, CountOf(text, "STATUS:CONFIRMED"));

        static int CountOf(string text, string what) => text.Split(what).Length - 1;
    }

    [Property(MaxTest = 40)]
    public Property LunarMonths_AnyRange_Are29Or30DaysAndContiguous() => Prop.ForAll(
        Gen.Choose(1, LunarMonthPredictor.MaxHijriYear - 1).ToArbitrary(), year =>
        {
            var months = IranHolidayCalendar.Default.LunarMonths(year, year + 1);
            var ok = months.Count == 24
                && months.All(m => m.Length is 29 or 30)
                && months.Zip(months.Skip(1)).All(p => p.First.Start.PlusDays(p.First.Length) == p.Second.Start);
            return ok.Label(string.Join(", ", months.Select(m => $"{m.HijriYear}/{m.HijriMonth} {PersianDateFormat.Format(m.Start)} {m.Length}")));
        });

    [Fact]
    public void LunarMonths_AroundTheEndOfTheTable_JoinOfficialAndPredicted()
    {
        var months = IranHolidayCalendar.Default.LunarMonths(1447, 1449);
        Assert.All(months.Take(22), m => Assert.Equal(LunarMonthSource.Official, m.Source)); // 1447/1 … 1448/10
        Assert.All(months.Skip(22), m => Assert.Equal(LunarMonthSource.Predicted, m.Source));
        Assert.True(months.Zip(months.Skip(1)).All(p => p.First.Start.PlusDays(p.First.Length) == p.Second.Start));
    }

    [Property(MaxTest = 60)]
    public Property GetHolidays_AnyPersianYear_NeverThrowsAndStaysInTheYear() => Prop.ForAll(
        Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(1, SolarHijri.MaxYear), Gen.Choose(SolarHijri.MaxYear - 40, SolarHijri.MaxYear)).ToArbitrary(), year =>
        {
            var holidays = IranHolidayCalendar.Default.GetHolidays(year);
            return (holidays.All(h => h.Date.Year == year && h.Date.Calendar == SolarHijri.Calendar)
                    && holidays.Count(h => h.Kind == HolidayKind.Solar) == 10
                    && holidays.Select(h => h.Date).SequenceEqual(holidays.Select(h => h.Date).Order()))
                .Label($"year {year}: {holidays.Count} holidays");
        });

    [Property(MaxTest = 100)]
    public Property WithChanges_NeverChangeTheOriginal() => Prop.ForAll(
        Gen.Choose(0, 365 * 3).ToArbitrary(), Gen.Choose(0, 365 * 3).ToArbitrary(), (a, b) =>
        {
            var original = IranHolidayCalendar.Default;
            var before = Enumerable.Range(1404, 3).SelectMany(original.GetHolidays).ToList();
            var from = SolarHijri.Date(1404, 1, 1).PlusDays(a);
            var to = SolarHijri.Date(1404, 1, 1).PlusDays(b);
            _ = original.WithClosure(from, "x").WithoutHolidays(to).WithHolidaysMoved(to, from)
                .WithHijriMonthStarts([new HijriMonthStart(1449, 1, new LocalDate(2027, 6, 6))]);
            return Enumerable.Range(1404, 3).SelectMany(original.GetHolidays).SequenceEqual(before);
        });

    [Fact]
    public void HolidayCalendarSource_UpdatesFromEightThreads_LoseNothing()
    {
        var source = new HolidayCalendarSource();
        var changes = 0;
        source.Changed += (_, _) => Interlocked.Increment(ref changes);
        var first = SolarHijri.Date(1405, 6, 1);
        Parallel.For(0, 80, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            source.Update(c => c.WithClosure(first.PlusDays(i), "closure " + i)));
        var custom = source.Current.GetHolidays(1405).Where(h => h.Kind == HolidayKind.Custom).ToList();
        Assert.Equal(80, custom.Count);
        Assert.Equal(80, changes);
    }

    [Fact]
    public void TryGetHolidays_OutsideThePersianCalendar_ReturnsFalseWithoutThrowing()
    {
        Assert.False(IranHolidayCalendar.Default.TryGetHolidays(0, out var none));
        Assert.Empty(none);
        Assert.False(IranHolidayCalendar.Default.TryGetHolidays(9378, out _));
        Assert.False(IranHolidayCalendar.Default.TryGetHolidays(1406, out _));
        Assert.True(IranHolidayCalendar.Default.TryGetHolidays(1405, out var known));
        Assert.NotEmpty(known);
    }
}
