using Crm.Core.Customers;
using Crm.Core.Persian;
using Crm.Core.TestKit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

/// <summary>Records that hold dates print them as Persian yyyy/MM/dd, never with Gregorian month names, in any culture.</summary>
public class RecordTextTests
{
    private static readonly string[] GregorianMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static TheoryData<string> Cultures() => ["", "fa-IR", "ar-SA", "tr-TR", "de-DE"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ToString_RecordsWithDates_PrintPersianDates(string culture)
    {
        using var scope = new CultureScope(culture);
        var dey3 = SolarHijri.Date(1405, 10, 3);
        var followUp = new FollowUp("f1", CustomerCode.Parse("C-1"), "sara", dey3);
        string[] texts =
        [
            new Assignment(followUp, dey3, MoveReason.ProvisionalHoliday).ToString(),
            new DayLoad(dey3, DayStatus.WorkingDay, 3, Duration.FromMinutes(90), 20).ToString(),
            new Absence("sara", dey3, new LocalDate(2026, 12, 30)).ToString(),
            new Occasion(CustomerCode.Parse("C-1"), OccasionKind.Birthday, new LocalDate(1987, 3, 21), dey3, 39).ToString(),
            IranHolidayCalendar.Default.LunarMonths(1448, 1448)[6].ToString(),
            new HijriMonthStart(1448, 7, new LocalDate(2026, 12, 11), 30).ToString(),
        ];

        Assert.Contains("Scheduled = 1405/10/03, Reason = ProvisionalHoliday", texts[0], StringComparison.Ordinal);
        Assert.Equal("DayLoad { Date = 1405/10/03, Status = WorkingDay, Count = 3, Effort = 0:01:30:00, Capacity = 20 }", texts[1]);
        Assert.Equal("Absence { Owner = sara, From = 1405/10/03, To = 1405/10/09 }", texts[2]);
        Assert.Contains("OriginalDate = 1366/01/01, Date = 1405/10/03", texts[3], StringComparison.Ordinal);
        Assert.Equal("LunarMonth { HijriYear = 1448, HijriMonth = 7, Start = 1405/09/20, Length = 30, Source = Official, LengthIsOfficial = True }", texts[4]);
        Assert.Equal("HijriMonthStart { HijriYear = 1448, HijriMonth = 7, Start = 1405/09/20, Length = 30 }", texts[5]);
        Assert.All(texts, t => Assert.DoesNotContain(GregorianMonthNames, m => t.Contains(m, StringComparison.Ordinal)));
    }
}
