using System.Globalization;
using Crm.Core.Persian;
using Crm.Core.TestKit;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Scheduling.Tests.Holidays;

public class IranHolidayCalendarTests
{
    private static List<(string Date, HolidayKind Kind, string Title)> ReadGenerated(int year) =>
        File.ReadLines(SharedData.PathOf($"iran-holidays/iran-official-holidays-{year}.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(c => (PersianDateFormat.Format(PersianDateFormat.Parse(c[0], PersianDateStyles.AllowHyphen)),
                c[3].StartsWith("solar", StringComparison.Ordinal) ? HolidayKind.Solar : HolidayKind.Lunar,
                string.Join(",", c.Skip(5))))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item3, StringComparer.Ordinal)
            .ToList();

    private static List<(string Date, HolidayKind Kind, string Title)> Actual(IReadOnlyList<Holiday> holidays) =>
        holidays.Select(h => (PersianDateFormat.Format(h.Date), h.Kind, h.Title))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item3, StringComparer.Ordinal)
            .ToList();

    [Theory]
    [InlineData(1403)]
    [InlineData(1404)]
    [InlineData(1405)]
    public void GetHolidays_CoveredYear_ReproducesTheGeneratedListExactly(int year) =>
        Assert.Equal(ReadGenerated(year), Actual(new IranHolidayCalendar().GetHolidays(year)));

    [Theory]
    [InlineData(1404)]
    [InlineData(1405)]
    public void GetHolidays_1404And1405_Have26DistinctDays(int year)
    {
        Assert.Equal(26, ReadGenerated(year).Select(r => r.Date).Distinct().Count());
        Assert.Equal(26, new IranHolidayCalendar().GetHolidays(year).Select(h => h.Date).Distinct().Count());
    }

    [Fact]
    public void GetHolidays_Result_IsInDateOrderAndPersianCalendar()
    {
        var holidays = new IranHolidayCalendar().GetHolidays(1405);
        Assert.All(holidays, h => Assert.Equal(SolarHijri.Calendar, h.Date.Calendar));
        Assert.Equal(holidays.Select(h => h.Date).Order(), holidays.Select(h => h.Date));
    }

    [Fact]
    public void LunarCoveredYears_EmbeddedTable_Are1402To1405()
    {
        var calendar = new IranHolidayCalendar();
        Assert.Equal([1402, 1403, 1404, 1405], calendar.LunarCoveredYears());
        Assert.False(calendar.HasLunarData(1401));
        Assert.False(calendar.HasLunarData(1406));
    }

    [Fact]
    public void GetHolidays_YearWithoutLunarDataUnderThrowPolicy_ThrowsNamingTheYear()
    {
        var ex = Assert.Throws<LunarHolidayDataMissingException>(() => new IranHolidayCalendar().GetHolidays(1406, MissingLunarDataPolicy.Throw));
        Assert.Equal(1406, ex.PersianYear);
        Assert.Contains("1406", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1402, 1403, 1404, 1405", ex.Message, StringComparison.Ordinal);
        Assert.False(new IranHolidayCalendar().TryGetHolidays(1406, out var none));
        Assert.Empty(none);
    }

    [Fact]
    public void GetHolidays_SolarAndCustomOnlyPolicy_GivesTheSolarDaysAndOnlyOfficialLunarOnes()
    {
        var holidays = new IranHolidayCalendar().GetHolidays(1406, MissingLunarDataPolicy.SolarAndCustomOnly);
        Assert.Equal(10, holidays.Count(h => h.Kind == HolidayKind.Solar));
        // 1448/10 starts officially on 1405/12/19, so 25 Shawwal (1406/01/14) is known exactly; nothing later is.
        var lunar = Assert.Single(holidays, h => h.Kind == HolidayKind.Lunar);
        Assert.Equal(SolarHijri.Date(1406, 1, 14), lunar.Date);
        Assert.All(holidays, h => Assert.False(h.Provisional));
    }

    [Theory]
    [InlineData(1408)]
    [InlineData(1499)]
    public void GetSolarHolidays_AnyYear_Is29EsfandNot30(int year)
    {
        var days = new IranHolidayCalendar().GetSolarHolidays(year).Select(h => PersianDateFormat.Format(h.Date)).ToList();
        string[] expected = ["01/01", "01/02", "01/03", "01/04", "01/12", "01/13", "03/14", "03/15", "11/22", "12/29"];
        Assert.Equal(expected.Select(md => year.ToString(CultureInfo.InvariantCulture) + "/" + md), days);
    }

    [Fact]
    public void WithClosure_CustomClosure_AppearsWithItsTitleAndLeavesTheOriginalUnchanged()
    {
        var original = new IranHolidayCalendar();
        var calendar = original.WithClosure(new LocalDate(2026, 8, 1), "تعطیلی به دلیل گرما", "خوزستان");
        var added = Assert.Single(calendar.HolidaysOn(SolarHijri.Date(1405, 5, 10)));
        Assert.Equal(HolidayKind.Custom, added.Kind);
        Assert.Equal("تعطیلی به دلیل گرما", added.Title);
        Assert.Equal("خوزستان", added.Province);
        Assert.Empty(original.HolidaysOn(SolarHijri.Date(1405, 5, 10)));
    }

    [Fact]
    public void WithClosure_BlankTitle_Throws() =>
        Assert.Throws<ArgumentException>(() => new IranHolidayCalendar().WithClosure(SolarHijri.Date(1405, 5, 10), " "));

    [Fact]
    public void WithoutHolidays_RuleBasedHoliday_CancelsIt()
    {
        var original = new IranHolidayCalendar();
        var calendar = original.WithoutHolidays(SolarHijri.Date(1405, 1, 25));
        Assert.Empty(calendar.HolidaysOn(SolarHijri.Date(1405, 1, 25)));
        Assert.Equal(25, calendar.GetHolidays(1405).Select(h => h.Date).Distinct().Count());
        Assert.Equal(26, original.GetHolidays(1405).Select(h => h.Date).Distinct().Count());
    }

    [Fact]
    public void WithHolidaysMoved_MoonSighting_MovesTitlesAndKind()
    {
        var original = new IranHolidayCalendar();
        var predicted = SolarHijri.Date(1405, 12, 19);
        var observed = SolarHijri.Date(1405, 12, 20);
        var calendar = original.WithHolidaysMoved(predicted, observed);
        Assert.Empty(calendar.HolidaysOn(predicted));
        Assert.Single(original.HolidaysOn(predicted));
        Assert.Same(original, original.WithHolidaysMoved(SolarHijri.Date(1405, 12, 21), observed));
        var day = calendar.HolidaysOn(observed);
        Assert.Equal(2, day.Count);
        Assert.Contains(day, h => h.Title == "عید سعید فطر" && h.Kind == HolidayKind.Lunar);
    }

    [Fact]
    public void WithHijriMonthStarts_EmptyTableLoadedAtRuntime_GivesTheSameHolidays()
    {
        var empty = new IranHolidayCalendar([]);
        Assert.False(empty.HasLunarData(1405));
        var calendar = empty.WithHijriMonthStarts(
            File.ReadLines(SharedData.PathOf("iran-holidays/iran-hijri-month-starts-1444-1448.csv")).Skip(1).Select(l => l.Split(','))
                .Select(cells => new HijriMonthStart(
                    int.Parse(cells[0], CultureInfo.InvariantCulture),
                    int.Parse(cells[1], CultureInfo.InvariantCulture),
                    LocalDatePattern.Iso.Parse(cells[2]).Value,
                    cells[4].Length == 0 ? null : int.Parse(cells[4], CultureInfo.InvariantCulture))));

        Assert.True(calendar.HasLunarData(1405));
        Assert.False(empty.HasLunarData(1405));
        Assert.Equal(ReadGenerated(1405), Actual(calendar.GetHolidays(1405)));
        Assert.All(calendar.GetHolidays(1405), h => Assert.False(h.Provisional));
    }

    [Theory]
    [InlineData(1447, 13, null)]
    [InlineData(1447, 1, 31)]
    [InlineData(0, 1, null)]
    public void WithHijriMonthStarts_ImpossibleMonth_Throws(int year, int month, int? length) =>
        Assert.ThrowsAny<ArgumentException>(() =>
            new IranHolidayCalendar([]).WithHijriMonthStarts([new HijriMonthStart(year, month, new LocalDate(2026, 1, 1), length)]));

    [Fact]
    public void Holiday_ToString_IsPersianDateAndTitle() =>
        Assert.Equal("1405/11/22 x", new Holiday(SolarHijri.Date(1405, 11, 22), "x", HolidayKind.Solar).ToString());
}
