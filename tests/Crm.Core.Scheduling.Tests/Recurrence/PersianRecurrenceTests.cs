using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Recurrence;

public class PersianRecurrenceTests
{
    private static string[] Format(IEnumerable<LocalDate> dates) => dates.Select(d => PersianDateFormat.Format(d)).ToArray();

    [Fact]
    public void EveryMonths_Day31_UsesTheLastDayOfShortMonthsByDefault()
    {
        var dates = Format(PersianRecurrence.EveryMonths(1, 31).Occurrences(SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 12, 29)));
        Assert.Equal(
            ["1405/01/31", "1405/02/31", "1405/03/31", "1405/04/31", "1405/05/31", "1405/06/31",
             "1405/07/30", "1405/08/30", "1405/09/30", "1405/10/30", "1405/11/30", "1405/12/29"], dates);
    }

    [Fact]
    public void EveryMonths_Day31WithSkip_LeavesShortMonthsOut() =>
        Assert.Equal(6, PersianRecurrence.EveryMonths(1, 31, MonthDayOverflow.Skip)
            .Occurrences(SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 12, 29)).Count());

    [Fact]
    public void EveryMonths_Day31WithForward_UsesTheFirstOfTheNextMonth()
    {
        var dates = Format(PersianRecurrence.EveryMonths(3, 31, MonthDayOverflow.FirstDayOfNextMonth)
            .Occurrences(SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1406, 1, 1)));
        Assert.Equal(["1405/01/31", "1405/04/31", "1405/08/01", "1405/11/01"], dates);
    }

    [Fact]
    public void Yearly_Esfand30_IsEsfand29InCommonYears()
    {
        var dates = Format(PersianRecurrence.Yearly(12, 30).Occurrences(SolarHijri.Date(1403, 1, 1), SolarHijri.Date(1408, 12, 30)));
        // 1403 and 1408 are leap years in the official table.
        Assert.Equal(["1403/12/30", "1404/12/29", "1405/12/29", "1406/12/29", "1407/12/29", "1408/12/30"], dates);
    }

    [Fact]
    public void EveryWeeks_Two_StepsFourteenDays()
    {
        var dates = PersianRecurrence.EveryWeeks(2).Occurrences(SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 1, 31)).ToList();
        Assert.Equal([SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 1, 15), SolarHijri.Date(1405, 1, 29)], dates);
    }

    [Fact]
    public void Rules_ForICalendar_AreGregorianOnlyWhenExpressible()
    {
        Assert.Equal("FREQ=DAILY;INTERVAL=3", PersianRecurrence.EveryDays(3).ToGregorianRule());
        Assert.Null(PersianRecurrence.EveryMonths(1, 31).ToGregorianRule());
        Assert.Equal("RSCALE=PERSIAN;FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31;SKIP=BACKWARD", PersianRecurrence.EveryMonths(1, 31).ToRScaleRule());
        Assert.Equal("RSCALE=PERSIAN;FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30;SKIP=OMIT",
            PersianRecurrence.Yearly(12, 30, MonthDayOverflow.Skip).ToRScaleRule());
    }

    [Theory]
    [InlineData(7, 31)]
    [InlineData(13, 1)]
    public void Yearly_ImpossibleDate_Throws(int month, int day) =>
        Assert.ThrowsAny<ArgumentException>(() => PersianRecurrence.Yearly(month, day));

    [Fact]
    public void Expand_Template_CreatesRecurrenceFollowUpsWithTheContext()
    {
        var template = new FollowUp("t", CustomerCode.Parse("C-1"), "ali", SolarHijri.Date(1405, 1, 1), FollowUpKind.Visit, 2, null, "monthly check");
        var items = RecurringFollowUps.Expand(template, PersianRecurrence.EveryMonths(1, 10), SolarHijri.Date(1405, 1, 1), SolarHijri.Date(1405, 3, 31)).ToList();
        Assert.Equal(["t-14050110", "t-14050210", "t-14050310"], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(("monthly check", FollowUpOrigin.Recurrence, "t"), (i.Note, i.Origin, i.OriginId)));
    }

    [Property]
    public Property EveryMonths_AnyDay_GivesOneDatePerMonthWithinTheMonth() =>
        Prop.ForAll(Gen.Choose(1, 31).ToArbitrary(), Gen.Choose(1300, 1480).ToArbitrary(), (day, year) =>
        {
            var dates = PersianRecurrence.EveryMonths(1, day).Occurrences(SolarHijri.Date(year, 1, 1), SolarHijri.LastDayOfYear(year)).ToList();
            return dates.Count == 12 && dates.Select(d => d.Month).SequenceEqual(Enumerable.Range(1, 12))
                && dates.All(d => d.Day == Math.Min(day, SolarHijri.DaysInMonth(year, d.Month)));
        });
}
