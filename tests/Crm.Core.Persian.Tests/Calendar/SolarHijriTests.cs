using System.Globalization;
using Crm.Core.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Persian.Tests.Calendar;

public class SolarHijriTests
{
    public static TheoryData<int, bool, string> KabiseYears()
    {
        var data = new TheoryData<int, bool, string>();
        foreach (var line in File.ReadLines(SharedData.PathOf("persian-calendar/kabise.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var yearText = parts[0].TrimEnd('*');
            data.Add(int.Parse(yearText, CultureInfo.InvariantCulture), parts[0].EndsWith('*'), parts[1]);
        }

        return data;
    }

    [Fact]
    public void KabiseTable_CoversEveryYearFrom1206To1498()
    {
        var years = KabiseYears().Select(row => (int)row[0]).ToList();
        Assert.Equal(Enumerable.Range(1206, 1498 - 1206 + 1), years);
    }

    [Theory]
    [MemberData(nameof(KabiseYears))]
    public void IsLeapYearAndFirstDayOfYear_OfficialTable_Agree(int year, bool leap, string nowruz)
    {
        Assert.Equal(leap, SolarHijri.IsLeapYear(year));
        Assert.Equal(LocalDatePattern.Iso.Parse(nowruz).Value, SolarHijri.FirstDayOfYear(year).WithCalendar(CalendarSystem.Iso));
        Assert.Equal(leap ? 30 : 29, SolarHijri.DaysInMonth(year, 12));
    }

    [Fact]
    public void OracleCsv_OfficialLeapColumn_MatchesStarsOfKabise()
    {
        // Confirms the reading of the table's stars: a starred year is itself the leap year.
        var stars = KabiseYears().ToDictionary(row => (int)row[0], row => (bool)row[1]);
        var lines = File.ReadLines(SharedData.PathOf("persian-calendar/persian-calendar-oracle-1206-1500.csv")).Skip(1);
        var checkedYears = 0;
        foreach (var cells in lines.Select(l => l.Split(',')))
        {
            var year = int.Parse(cells[0], CultureInfo.InvariantCulture);
            if (stars.TryGetValue(year, out var leap))
            {
                Assert.Equal(leap, cells[1] == "1");
                checkedYears++;
            }
        }

        Assert.Equal(293, checkedYears);
    }

    [Fact]
    public void Calendar_IsPersianAstronomical() =>
        Assert.Equal(CalendarSystem.PersianAstronomical, SolarHijri.Calendar);

    [Theory]
    [InlineData(1404, 2025, 3, 21)]
    [InlineData(1403, 2024, 3, 20)]
    [InlineData(1405, 2026, 3, 21)]
    public void FirstDayOfYear_AroundPersianArithmeticError_IsOfficialNowruz(int year, int gy, int gm, int gd) =>
        Assert.Equal(new LocalDate(gy, gm, gd), SolarHijri.FirstDayOfYear(year).WithCalendar(CalendarSystem.Iso));

    [Theory]
    [InlineData(1405, 12, 30, "day", "day 30 does not exist in Esfand 1405")]
    [InlineData(1405, 13, 1, "month", "month 13")]
    [InlineData(1405, 1, 0, "day", "day 0")]
    [InlineData(1405, 7, 31, "day", "day 31 does not exist in Mehr 1405")]
    [InlineData(0, 1, 1, "year", "year 0")]
    public void Date_ImpossibleDate_ThrowsNamingTheValue(int year, int month, int day, string param, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijri.Date(year, month, day));
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_Esfand30InLeapYear_Exists() =>
        Assert.Equal(new LocalDate(2025, 3, 20), SolarHijri.Date(1403, 12, 30).WithCalendar(CalendarSystem.Iso));

    [Theory]
    [InlineData(1, 31)]
    [InlineData(6, 31)]
    [InlineData(7, 30)]
    [InlineData(11, 30)]
    [InlineData(12, 29)]
    public void DaysInMonth_CommonYear_FollowsTheSolarHijriRule(int month, int expected) =>
        Assert.Equal(expected, SolarHijri.DaysInMonth(1405, month));

    [Fact]
    public void DaysInMonth_Month13_Throws() =>
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijri.DaysInMonth(1405, 13)).ParamName);

    [Fact]
    public void FirstAndLastDayOfMonth_Esfand_AreOneAndTwentyNineOrThirty()
    {
        Assert.Equal(SolarHijri.Date(1405, 12, 1), SolarHijri.FirstDayOfMonth(1405, 12));
        Assert.Equal(SolarHijri.Date(1405, 12, 29), SolarHijri.LastDayOfMonth(1405, 12));
        Assert.Equal(SolarHijri.Date(1403, 12, 30), SolarHijri.LastDayOfYear(1403));
    }

    [Fact]
    public void From_IsoDate_ConvertsToPersian() =>
        Assert.Equal(SolarHijri.Date(1404, 1, 1), SolarHijri.From(new LocalDate(2025, 3, 21)));

    [Property]
    public Property YearLength_EqualsDistanceBetweenNowruzes() =>
        Prop.ForAll(Gen.Choose(1206, 1500).ToArbitrary(), year =>
            Period.DaysBetween(SolarHijri.FirstDayOfYear(year), SolarHijri.FirstDayOfYear(year + 1)) == SolarHijri.DaysInYear(year));

    [Property]
    public Property LastDayOfMonth_PlusOneDay_IsFirstDayOfNextMonth() =>
        Prop.ForAll(Gen.Choose(1206, 1500).ToArbitrary(), Gen.Choose(1, 11).ToArbitrary(), (year, month) =>
            SolarHijri.LastDayOfMonth(year, month).PlusDays(1) == SolarHijri.FirstDayOfMonth(year, month + 1));
}
