using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Holidays;

using WorkCalendar = Crm.Core.Scheduling.WorkCalendar;

/// <summary>The code samples of docs/scheduling.md ("Official holidays" and "Runtime updates"), kept compiling and true here.</summary>
public class SchedulingDocsExamplesTests
{
    [Fact]
    public void OfficialHolidays_Example_IsTrue()
    {
        // docs/scheduling.md — Official holidays
        var holidays = IranHolidayCalendar.Default;
        Assert.Equal(30, holidays.GetHolidays(1405).Count);
        Assert.Equal(26, holidays.GetHolidays(1405).Select(h => h.Date).Distinct().Count());
        Assert.Equal([1402, 1403, 1404, 1405], holidays.LunarCoveredYears());
        Assert.Contains(holidays.GetHolidays(1406), h => h.Provisional);
        Assert.Equal(1406, Assert.Throws<LunarHolidayDataMissingException>(() => holidays.GetHolidays(1406, MissingLunarDataPolicy.Throw)).PersianYear);
        Assert.Equal(11, holidays.GetHolidays(1406, MissingLunarDataPolicy.SolarAndCustomOnly).Count);
        Assert.Equal(10, holidays.GetSolarHolidays(1410).Count);

        var updated = holidays
            .WithClosure(SolarHijri.Date(1405, 5, 10), "تعطیلی به دلیل گرما", province: "خوزستان")
            .WithHolidaysMoved(SolarHijri.Date(1405, 12, 19), SolarHijri.Date(1405, 12, 20))
            .WithoutHolidays(SolarHijri.Date(1405, 1, 25))
            .WithHijriMonthStarts([new HijriMonthStart(1448, 11, new LocalDate(2027, 4, 8), 30)]);
        Assert.Equal(LunarMonthSource.Official, updated.LunarMonths(1448, 1448)[10].Source);
        Assert.Empty(updated.HolidaysOn(SolarHijri.Date(1405, 1, 25)));
        Assert.NotEmpty(holidays.HolidaysOn(SolarHijri.Date(1405, 1, 25)));
    }

    [Fact]
    public void RuntimeUpdates_Example_AppliesAGoodFeedAndListsABadOne()
    {
        var directory = Directory.CreateTempSubdirectory();
        var path = Path.Combine(directory.FullName, "holidays-1406.csv");
        try
        {
            File.WriteAllText(path, "kind,hijri_year,hijri_month,date,length,title,province\nmonth,1448,11,2027-04-08,30,,\nclosure,,,1405/10/05,,تعطیلی به دلیل آلودگی هوا,تهران\n");
            var errorsSeen = new StringWriter();

            // docs/scheduling.md — Runtime updates
            var source = new HolidayCalendarSource();
            var work = WorkCalendar.Following(source);
            var read = HolidayFeed.Read(File.ReadAllText(path), HolidayFeedFormat.Csv);
            IReadOnlyList<HolidayFeedError> problems = read.Errors;
            if (read.Feed is null || !source.TryApply(read.Feed, out problems))
            {
                foreach (var e in problems)
                {
                    errorsSeen.WriteLine($"line {e.Line}, {e.Field} [{e.Rule}] '{e.Value}': {e.Message}");
                }
            }

            Assert.Equal("", errorsSeen.ToString());
            Assert.Equal(LunarMonthSource.Official, work.Holidays.LunarMonths(1448, 1448)[10].Source);
            Assert.Contains(work.Holidays.GetHolidays(1405), h => h.Province == "تهران");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
