using System.Text;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Holidays;

public class HolidayFeedTests
{
    private const string Header = "kind,hijri_year,hijri_month,date,length,title,province";

    private static HolidayFeed ReadCsv(params string[] lines)
    {
        var result = HolidayFeed.Read(string.Join("\n", [Header, .. lines]), HolidayFeedFormat.Csv);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Feed!;
    }

    [Fact]
    public void Read_CsvWithEveryKind_ReadsEachEntryWithItsLine()
    {
        var feed = ReadCsv(
            "# the official 1406 calendar",
            "month,1448,11,2027-04-08,30,,",
            "closure,,,۱۴۰۵/۱۰/۰۵,,\"تعطیلی به دلیل آلودگی هوا, تهران\",تهران",
            "cancel,,,1406/04/25,,,");
        var month = Assert.Single(feed.MonthStarts);
        Assert.Equal(3, month.Line);
        Assert.Equal(new HijriMonthStart(1448, 11, SolarHijri.From(new LocalDate(2027, 4, 8)), 30), month.Month);
        var closure = Assert.Single(feed.Closures);
        Assert.Equal((4, SolarHijri.Date(1405, 10, 5), "تعطیلی به دلیل آلودگی هوا, تهران", "تهران"),
            (closure.Line, closure.Date, closure.Title, closure.Province));
        Assert.Equal(SolarHijri.Date(1406, 4, 25), Assert.Single(feed.Cancellations).Date);
    }

    [Fact]
    public void Read_JsonWithEveryKind_ReadsEachEntryWithItsLine()
    {
        const string json = """
            {
              "monthStarts": [
                { "hijriYear": 1448, "hijriMonth": 11, "start": "2027-04-08", "length": 30 }
              ],
              "closures": [ { "date": "1405/10/05", "title": "تعطیلی", "province": null } ],
              "cancellations": [ { "date": "2027-07-16" } ]
            }
            """;
        var result = HolidayFeed.Read(json, HolidayFeedFormat.Json);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(3, result.Feed!.MonthStarts[0].Line);
        Assert.Equal(30, result.Feed.MonthStarts[0].Month.Length);
        Assert.Null(result.Feed.Closures[0].Province);
        Assert.Equal(5, result.Feed.Closures[0].Line);
        Assert.Equal(SolarHijri.From(new LocalDate(2027, 7, 16)), result.Feed.Cancellations[0].Date);
    }

    [Fact]
    public void Read_CsvWithManyProblems_ListsEveryOneWithLineFieldRuleAndValue()
    {
        var result = HolidayFeed.Read(string.Join("\n",
            Header,
            "month,1448,13,2027-04-08,,,",          // line 2: month out of range
            "month,1448,11,1406/02/31,,,",          // line 3: impossible Persian date (Ordibehesht has 31 days; 1406/02/32 below)
            "month,1448,12,1406/02/32,,,",          // line 4
            "month,1448,12,2027-05-07,31,,",        // line 5: length 31
            "closure,,,2027-02-30,,x,",             // line 6: impossible Gregorian date
            "closure,,,1406/01/20,,,",              // line 7: no title
            "holiday,,,1406/01/20,,x,",             // line 8: unknown kind
            "month,1448,11,\"2027-04-08,,,",        // line 9: unterminated quote
            "cancel,,,1406/01/20"),                 // line 10: too few fields
            HolidayFeedFormat.Csv);

        Assert.Null(result.Feed);
        var byLine = result.Errors.ToLookup(e => e.Line);
        Assert.Equal(("hijri_month", "range", "13"), One(byLine[2]));
        Assert.DoesNotContain(3, byLine.Select(g => g.Key));
        Assert.Equal(("date", "date", "1406/02/32"), One(byLine[4]));
        Assert.Equal(("length", "range", "31"), One(byLine[5]));
        Assert.Equal(("date", "date", "2027-02-30"), One(byLine[6]));
        Assert.Equal(("title", "required", ""), One(byLine[7]));
        Assert.Equal(("kind", "kind", "holiday"), One(byLine[8]));
        Assert.Equal("csv-quote", Assert.Single(byLine[9]).Rule);
        Assert.Equal("columns", Assert.Single(byLine[10]).Rule);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));

        static (string, string, string) One(IEnumerable<HolidayFeedError> errors)
        {
            var e = Assert.Single(errors);
            return (e.Field, e.Rule, e.Value);
        }
    }

    [Fact]
    public void Read_MonthsOf28And31DaysAndOverlaps_AreRejectedNamingTheLine()
    {
        var result = HolidayFeed.Read(string.Join("\n",
            Header,
            "month,1449,1,2027-06-06,,,",
            "month,1449,2,2027-07-04,,,",   // 28 days after 1449/1
            "month,1449,3,2027-08-04,,,",   // 31 days after 1449/2
            "month,1449,5,2027-08-01,,,",   // before 1449/3: overlap
            "month,1449,5,2027-10-01,,,"),  // repeated month
            HolidayFeedFormat.Csv);

        Assert.Null(result.Feed);
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Rule == "duplicate");
        var first = HolidayFeed.Read(string.Join("\n", Header, "month,1449,1,2027-06-06,,,", "month,1449,2,2027-07-04,,,", "month,1449,3,2027-08-04,,,", "month,1449,5,2027-08-01,,,"), HolidayFeedFormat.Csv);
        Assert.Contains(first.Errors, e => e.Line == 3 && e.Rule == "month-length" && e.Message.Contains("28 days", StringComparison.Ordinal));
        Assert.Contains(first.Errors, e => e.Line == 4 && e.Rule == "month-length" && e.Message.Contains("31 days", StringComparison.Ordinal));
        Assert.Contains(first.Errors, e => e.Line == 5 && e.Rule == "overlap");
    }

    [Fact]
    public void Read_JsonProblems_NameTheirLines()
    {
        const string json = "{\n  \"monthStarts\": [\n    { \"hijriYear\": \"x\", \"hijriMonth\": 1, \"start\": \"2027-06-06\" },\n    { \"hijriYear\": 1449, \"hijriMonth\": 2, \"start\": \"2027-07-05\", \"color\": \"red\" }\n  ],\n  \"surprise\": []\n}";
        var result = HolidayFeed.Read(json, HolidayFeedFormat.Json);
        Assert.Null(result.Feed);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Field == "hijri_year" && e.Rule == "integer" && e.Value == "x");
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Field == "color" && e.Rule == "unknown-field");
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Field == "surprise" && e.Rule == "unknown-field");
        var broken = HolidayFeed.Read("{\n \"closures\": [ { \"date\": \"1406/01/20\", \n", HolidayFeedFormat.Json);
        Assert.Equal("json-syntax", Assert.Single(broken.Errors).Rule);
    }

    [Fact]
    public void TryWithFeed_MonthContradictingTheEmbeddedTable_IsRejectedAndTheCalendarUnchanged()
    {
        // 1448/10 starts officially on 2027-03-10 (1405/12/19); a feed putting 1448/11 only 27 days later is wrong.
        var feed = ReadCsv("month,1448,11,2027-04-06,,,");
        var calendar = IranHolidayCalendar.Default;
        Assert.False(calendar.TryWithFeed(feed, out var same, out var errors));
        Assert.Same(calendar, same);
        var error = Assert.Single(errors);
        Assert.Equal((2, "month-length"), (error.Line, error.Rule));
        Assert.Throws<HolidayFeedException>(() => calendar.WithFeed(feed));

        var source = new HolidayCalendarSource();
        Assert.False(source.TryApply(feed, out var problems));
        Assert.Single(problems);
        Assert.Same(IranHolidayCalendar.Default, source.Current);
    }

    [Fact]
    public void TryWithFeed_Official1406Start_ReplacesThePredictionAndClearsProvisional()
    {
        var before = IranHolidayCalendar.Default;
        var predicted = before.LunarMonths(1448, 1448)[10];
        Assert.Equal(LunarMonthSource.Predicted, predicted.Source);

        // A start one day after the prediction, as moon sighting might decide.
        var observed = predicted.Start.PlusDays(1);
        var feed = ReadCsv($"month,1448,11,{PersianDateFormat.Format(observed)},30,,", "closure,,,1406/02/10,,تعطیلی به دلیل گرما,خوزستان");
        var after = before.WithFeed(feed);
        var month = after.LunarMonths(1448, 1448)[10];
        Assert.Equal((observed, LunarMonthSource.Official, 30, true), (month.Start, month.Source, month.Length, month.LengthIsOfficial));
        // Dhu al-Qa'da has no holiday; its official length 30 makes the start of Dhu al-Hijja official too, so Eid al-Adha
        // (10 Dhu al-Hijja) is exact, while Ashura of the next year is still provisional.
        var adha = after.GetHolidays(1406).Single(h => h.Title == "عید سعید قربان");
        Assert.Equal(observed.PlusDays(30 + 9), adha.Date);
        Assert.False(adha.Provisional);
        Assert.True(before.GetHolidays(1406).Single(h => h.Title == "عید سعید قربان").Provisional);
        Assert.True(after.GetHolidays(1406).Single(h => h.Title == "عاشورای حسینی").Provisional);
        Assert.Contains(after.GetHolidays(1406), h => h.Kind == HolidayKind.Custom && h.Province == "خوزستان");
        Assert.DoesNotContain(before.GetHolidays(1406), h => h.Kind == HolidayKind.Custom);
    }

    public sealed record MonthRun(int FirstYear, int FirstMonth, int[] Lengths, int StartOffset)
    {
        public IEnumerable<HijriMonthStart> Months()
        {
            var start = new LocalDate(2030, 1, 1).PlusDays(StartOffset);
            var key = ((FirstYear - 1) * 12) + FirstMonth - 1;
            for (var i = 0; i < Lengths.Length; i++, key++)
            {
                yield return new HijriMonthStart((key / 12) + 1, (key % 12) + 1, start, i % 2 == 0 ? Lengths[i] : null);
                start = start.PlusDays(Lengths[i]);
            }
        }
    }

    private static Arbitrary<MonthRun> Runs() =>
        (from year in Gen.Choose(1400, 1500)
         from month in Gen.Choose(1, 12)
         from count in Gen.Choose(1, 14)
         from lengths in Gen.ArrayOf(Gen.Elements(29, 30), count)
         from offset in Gen.Choose(0, 3000)
         select new MonthRun(year, month, lengths, offset)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Read_CsvAndJsonOfValidMonths_RoundTripTheSameMonths() => Prop.ForAll(Runs(), run =>
    {
        var months = run.Months().ToList();
        var csv = new StringBuilder(Header + "\n");
        var json = new StringBuilder("{\"monthStarts\":[\n");
        foreach (var m in months)
        {
            var iso = NodaTime.Text.LocalDatePattern.Iso.Format(m.Start);
            csv.Append(FormattableString.Invariant($"month,{m.HijriYear},{m.HijriMonth},{(m.HijriMonth % 2 == 0 ? iso : PersianDateFormat.Format(m.Start, PersianDateDigits.Persian))},{m.Length},,\n"));
            json.Append(FormattableString.Invariant($"{{\"hijriYear\":{m.HijriYear},\"hijriMonth\":{m.HijriMonth},\"start\":\"{iso}\"{(m.Length is { } l ? $",\"length\":{l}" : "")}}},\n"));
        }

        json.Append("]}");
        var expected = months.Select(m => m with { Start = SolarHijri.From(m.Start) }).ToList();
        var fromCsv = HolidayFeed.Read(csv.ToString(), HolidayFeedFormat.Csv);
        var fromJson = HolidayFeed.Read(json.ToString(), HolidayFeedFormat.Json);
        return (fromCsv.Succeeded && fromJson.Succeeded
                && fromCsv.Feed!.MonthStarts.Select(m => m.Month).SequenceEqual(expected)
                && fromJson.Feed!.MonthStarts.Select(m => m.Month).SequenceEqual(expected))
            .Label(string.Join("; ", fromCsv.Errors.Concat(fromJson.Errors)));
    });

    [Property(MaxTest = 200)]
    public Property Read_OneMonthMovedByADay_IsRejectedOnItsLineOrTheNext() => Prop.ForAll(Runs(), Gen.Choose(0, 13).ToArbitrary(), Gen.Elements(-1, 1).ToArbitrary(), (run, pick, shift) =>
    {
        var months = run.Months().Select(m => m with { Length = null }).ToList();
        if (months.Count < 3)
        {
            return true.ToProperty();
        }

        var index = 1 + (pick % (months.Count - 2));
        // Shifting a middle month by a day keeps it valid only if both neighbours stay 29/30 days away.
        var before = Period.DaysBetween(months[index - 1].Start, months[index].Start) + shift;
        var after = Period.DaysBetween(months[index].Start, months[index + 1].Start) - shift;
        months[index] = months[index] with { Start = months[index].Start.PlusDays(shift) };
        var lines = months.Select(m => FormattableString.Invariant($"month,{m.HijriYear},{m.HijriMonth},{NodaTime.Text.LocalDatePattern.Iso.Format(m.Start)},,,"));
        var result = HolidayFeed.Read(string.Join("\n", [Header, .. lines]), HolidayFeedFormat.Csv);
        var valid = before is 29 or 30 && after is 29 or 30;
        var line = index + 2;
        return (valid
                ? result.Succeeded
                : !result.Succeeded && result.Errors.All(e => e.Rule == "month-length" && (e.Line == line || e.Line == line + 1 || e.Line == line - 1)))
            .Label($"valid={valid} errors={string.Join("; ", result.Errors)}");
    });
}
