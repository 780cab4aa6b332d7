using System.Globalization;
using System.Text.Json;
using Crm.Core.TestKit;
using Crm.Sample.Host.Tests.Support;

namespace Crm.Sample.Host.Tests;

public class CalendarCommandsTests
{
    // The example of issue 3, character for character.
    private const string Nowruz1404Json = """{"persian":"1404/01/01","gregorian":"2025-03-21","weekday":"Friday","weekdayFa":"جمعه"}""";

    [Fact]
    public async Task CalendarConvert_GregorianJson_PrintsTheIssueExample()
    {
        var run = await SampleHost.RunAsync("calendar", "convert", "--gregorian", "2025-03-21", "--format", "json");

        HostAssert.Ok(run);
        Assert.Equal(Nowruz1404Json, Assert.Single(run.OutLines));
    }

    [Theory]
    [InlineData("1404/01/01")]
    [InlineData("۱۴۰۴/۰۱/۰۱")]
    [InlineData("١٤٠٤/٠١/٠١")]
    public async Task CalendarConvert_PersianJson_PrintsTheIssueExample(string persian)
    {
        var run = await SampleHost.RunAsync("calendar", "convert", "--persian", persian, "--format", "json");

        HostAssert.Ok(run);
        Assert.Equal(Nowruz1404Json, Assert.Single(run.OutLines));
    }

    [Fact]
    public async Task CalendarConvert_Text_PrintsBothDatesAndWeekdays()
    {
        var run = await SampleHost.RunAsync("calendar", "convert", "--gregorian", "2026-03-21");

        HostAssert.Ok(run);
        Assert.Equal("1405/01/01 = 2026-03-21 Saturday شنبه", Assert.Single(run.OutLines));
    }

    [Fact]
    public async Task CalendarConvert_FileJson_ConvertsEveryLineAndReportsBadLinesInPlace()
    {
        using var file = TempFile.WithLines(".txt", "2025-03-21", "", "1405/01/01", "1405/12/30", "2024-02-30");

        var run = await SampleHost.RunAsync("calendar", "convert", "--file", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Equal(Nowruz1404Json, rows[0].GetRawText());
        Assert.Equal("""{"persian":"1405/01/01","gregorian":"2026-03-21","weekday":"Saturday","weekdayFa":"شنبه"}""", rows[1].GetRawText());
        // 1405 is a common year: Esfand has 29 days. Line numbers count the blank line.
        Assert.Equal(4, rows[2].GetProperty("line").GetInt32());
        Assert.Equal("1405/12/30", rows[2].GetProperty("input").GetString());
        Assert.Contains("1405/12/30", rows[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, rows[3].GetProperty("line").GetInt32());
        Assert.Equal("2024-02-30", rows[3].GetProperty("input").GetString());
    }

    [Theory]
    [InlineData("--gregorian", "2025-02-30")]
    [InlineData("--gregorian", "21/03/2025x")]
    [InlineData("--persian", "1405/12/30")]
    [InlineData("--persian", "1404/13/01")]
    [InlineData("--persian", "1404/01/00")]
    public async Task CalendarConvert_ImpossibleDate_ExitsTwoWithOneLineNamingTheValue(string option, string value)
    {
        var run = await SampleHost.RunAsync("calendar", "convert", option, value, "--format", "json");

        HostAssert.BadInput(run, 2, value);
    }

    [Fact]
    public async Task CalendarConvert_OutsideThePersianCalendarRange_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("calendar", "convert", "--gregorian", "9999-12-31", "--format", "json");

        HostAssert.BadInput(run, 2, "9999-12-31");
    }

    [Fact]
    public async Task CalendarConvert_FileWithADateOutsideTheRange_ReportsThatLine()
    {
        using var file = TempFile.WithLines(".txt", "9999-12-31", "2025-03-21");

        var run = await SampleHost.RunAsync("calendar", "convert", "--file", file.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal((1, "9999-12-31"), (rows[0].GetProperty("line").GetInt32(), rows[0].GetProperty("input").GetString()));
        Assert.Equal(Nowruz1404Json, rows[1].GetRawText());
    }

    [Fact]
    public async Task CalendarConvert_MissingFile_ExitsTwoWithOneLine()
    {
        using var missing = TempFile.Reserve();

        var run = await SampleHost.RunAsync("calendar", "convert", "--file", missing.Path);

        HostAssert.BadInput(run, 2, missing.Path);
    }

    [Fact]
    public async Task CalendarConvert_TwoInputs_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("calendar", "convert", "--gregorian", "2025-03-21", "--persian", "1404/01/01");

        HostAssert.BadInput(run, 2, "exactly one");
    }

    [Theory]
    [InlineData(1404)]
    [InlineData(1405)]
    public async Task CalendarHolidays_Json_ReproducesTheSharedHolidayList(int year)
    {
        // Oracle: the generated list of ../shared/data, one CSV row per (date, occasion), grouped as the host groups
        // them: one entry per date and kind.
        var expected = SharedData.ReadAllLines($"iran-holidays/iran-official-holidays-{year}.csv").Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(f => (Persian: f[0].Replace('-', '/'), Gregorian: f[1], Kind: f[3].StartsWith("solar", StringComparison.Ordinal) ? "solar" : "lunar"))
            .Select(g => $"{g.Key.Persian} {g.Key.Gregorian} {g.Key.Kind} {string.Join(" | ", g.Select(f => f[5]).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", year.ToString(CultureInfo.InvariantCulture), "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        var actual = rows
            .Select(r => $"{r.GetProperty("persian").GetString()} {r.GetProperty("gregorian").GetString()} {r.GetProperty("kind").GetString()} "
                + string.Join(" | ", r.GetProperty("titles").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(26, rows.Select(r => r.GetProperty("persian").GetString()).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(["persian", "gregorian", "titles", "kind", "provisional"], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.False(r.GetProperty("provisional").GetBoolean()));
    }

    [Fact]
    public async Task CalendarHolidays_Text_ListsNowruzWithItsPersianTitle()
    {
        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", "1405");

        HostAssert.Ok(run);
        Assert.Contains("1405/01/01 2026-03-21 [solar] آغاز نوروز", run.OutLines);
        Assert.Contains("1405/11/22 2027-02-11 [solar] پیروزی انقلاب اسلامی ایران و سقوط نظام شاهنشاهی (۱۳۵۷ ه‍.ش)", run.OutLines);
    }

    [Fact]
    public async Task CalendarHolidays_1406_GivesExactSolarAndProvisionalPredictedLunarHolidays()
    {
        // The official 1406 month starts are not in ../shared/data yet: 1406's lunar holidays come from the predictor.
        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", "1406", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.All(rows.Where(r => r.GetProperty("kind").GetString() == "solar"), r => Assert.False(r.GetProperty("provisional").GetBoolean()));
        var lunar = rows.Where(r => r.GetProperty("kind").GetString() == "lunar").ToArray();
        // 25 Shawwal (1406/01/14) lies in the officially started month 1448/10; every later lunar holiday is provisional.
        Assert.False(lunar.Single(r => r.GetProperty("persian").GetString() == "1406/01/14").GetProperty("provisional").GetBoolean());
        Assert.All(lunar.Where(r => r.GetProperty("persian").GetString() != "1406/01/14"), r => Assert.True(r.GetProperty("provisional").GetBoolean()));
        Assert.True(lunar.Length >= 14);
        Assert.Contains(rows, r => r.GetProperty("titles").EnumerateArray().Any(t => t.GetString() == "عاشورای حسینی"));
    }

    [Fact]
    public async Task CalendarHolidays_1406Text_MarksProvisionalDays()
    {
        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", "1406");

        HostAssert.Ok(run);
        Assert.Contains(run.OutLines, l => l.Contains("[lunar, provisional] عاشورای حسینی", StringComparison.Ordinal));
        Assert.Contains("1406/01/01 2027-03-21 [solar] آغاز نوروز", run.OutLines);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9378")]
    public async Task CalendarHolidays_YearOutsideThePersianCalendar_ExitsTwoWithOneLineNamingTheYear(string year)
    {
        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", year, "--format", "json");

        HostAssert.BadInput(run, 2, year);
    }

    [Fact]
    public async Task CalendarHolidays_WithAFeed_UsesItsOfficialMonthAndClosure()
    {
        using var feed = TempFile.WithLines(".csv", "kind,hijri_year,hijri_month,date,length,title,province",
            "month,1448,11,2027-04-08,30,,", "closure,,,1406/02/10,,تعطیلی به دلیل گرما,");

        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", "1406", "--holiday-feed", feed.Path, "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        var adha = rows.Single(r => r.GetProperty("titles").EnumerateArray().Any(t => t.GetString() == "عید سعید قربان"));
        Assert.Equal("2027-05-17", adha.GetProperty("gregorian").GetString()); // 1448/12 starts 2027-05-08 (30 days after 04-08)
        Assert.False(adha.GetProperty("provisional").GetBoolean());
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "custom" && r.GetProperty("persian").GetString() == "1406/02/10");
    }

    [Fact]
    public async Task CalendarHolidays_BadFeed_ExitsTwoListingEveryProblem()
    {
        using var feed = TempFile.WithLines(".csv", "kind,hijri_year,hijri_month,date,length,title,province",
            "month,1448,11,2027-04-06,,,", "month,1448,12,2027-02-30,,,", "closure,,,1406/02/10,,,");

        var run = await SampleHost.RunAsync("calendar", "holidays", "--year", "1406", "--holiday-feed", feed.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains(run.ErrLines, l => l.Contains("line 3, date [date] '2027-02-30'", StringComparison.Ordinal));
        Assert.Contains(run.ErrLines, l => l.Contains("line 4, title [required]", StringComparison.Ordinal));
        HostAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task CalendarLunarMonths_AroundTheEndOfTheTable_GivesOfficialThenPredictedMonths()
    {
        var run = await SampleHost.RunAsync("calendar", "lunar-months", "--from", "1447", "--to", "1449", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(36, rows.Length);
        Assert.All(rows, r => Assert.Equal(["year", "month", "start", "source"], r.EnumerateObject().Select(p => p.Name)));
        var expected = SharedData.ReadAllLines("iran-holidays/iran-hijri-month-starts-1444-1448.csv").Skip(1).Select(l => l.Split(','))
            .Where(c => c[0] is "1447" or "1448").Select(c => $"{c[0]}/{c[1]} {c[2]} official").ToList();
        var actual = rows.Select(r => $"{r.GetProperty("year").GetInt32()}/{r.GetProperty("month").GetInt32()} {r.GetProperty("start").GetString()} {r.GetProperty("source").GetString()}").ToList();
        Assert.Equal(expected, actual.Take(22));
        Assert.All(actual.Skip(22), a => Assert.EndsWith(" predicted", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CalendarLunarMonths_Predicted_MatchesTheObservedFileWithinADay()
    {
        var observed = SharedData.ReadAllLines("iran-holidays/qamari-consolidated.txt")
            .Select(l => l.TrimStart('*').Trim().Split(' '))
            .Where(p => p[0].StartsWith("144", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => DateOnly.ParseExact(p[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));

        var run = await SampleHost.RunAsync("calendar", "lunar-months", "--from", "1440", "--to", "1447", "--predicted", "--format", "json");

        HostAssert.Ok(run);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.All(rows, r => Assert.Equal("predicted", r.GetProperty("source").GetString()));
        var compared = 0;
        foreach (var r in rows)
        {
            if (observed.TryGetValue($"{r.GetProperty("year").GetInt32()}/{r.GetProperty("month").GetInt32()}", out var date))
            {
                var days = DateOnly.ParseExact(r.GetProperty("start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - date.DayNumber;
                Assert.InRange(days, -1, 1);
                compared++;
            }
        }

        Assert.Equal(94, compared); // 1440/1 … 1447/10
    }

    [Theory]
    [InlineData("1448", "1447")]
    [InlineData("0", "1")]
    [InlineData("1", "2000")]
    public async Task CalendarLunarMonths_BadRange_ExitsTwo(string from, string to)
    {
        var run = await SampleHost.RunAsync("calendar", "lunar-months", "--from", from, "--to", to);

        HostAssert.BadInput(run, 2, "--from/--to");
    }

    [Fact]
    public async Task CalendarWorkdays_Farvardin1405_SkipsFridaysAndTheSharedHolidays()
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", "1405/01/01", "--to", "1405/01/31", "--format", "json");

        HostAssert.Ok(run);
        Assert.Equal(ExpectedFarvardin1405Workdays(DayOfWeek.Friday), JsonSerializer.Deserialize<string[]>(run.Stdout));
    }

    [Fact]
    public async Task CalendarWorkdays_ThursdayFridayWeekend_AlsoSkipsThursdays()
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", "2026-03-21", "--to", "1405/01/31", "--weekend", "thursday-friday", "--format", "json");

        HostAssert.Ok(run);
        Assert.Equal(ExpectedFarvardin1405Workdays(DayOfWeek.Thursday, DayOfWeek.Friday), JsonSerializer.Deserialize<string[]>(run.Stdout));
    }

    [Fact]
    public async Task CalendarWorkdays_Text_PrintsOneDatePerLine()
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", "1405/01/05", "--to", "1405/01/08");

        HostAssert.Ok(run);
        // 1405/01/05 is a Wednesday (1405/01/01 = Saturday 2026-03-21); the 7th is a Friday.
        Assert.Equal(["1405/01/05", "1405/01/06", "1405/01/08"], run.OutLines);
    }

    [Theory]
    [InlineData("--from", "1405/01/32", "1405/01/32")]
    [InlineData("--weekend", "funday", "funday")]
    public async Task CalendarWorkdays_BadInput_ExitsTwoWithOneLine(string option, string value, string mentions)
    {
        var run = await SampleHost.RunAsync(SampleHost.WithOption(["calendar", "workdays", "--from", "1405/01/01", "--to", "1405/01/31"], option, value));

        HostAssert.BadInput(run, 2, mentions);
    }

    [Fact]
    public async Task CalendarWorkdays_OutsideThePersianCalendarRange_ExitsTwoWithOneLine()
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", "9999-12-01", "--to", "9999-12-31");

        HostAssert.BadInput(run, 2, "range");
    }

    [Fact]
    public async Task CalendarWorkdays_AcrossNowruz1406_SkipsEsfand29AndNowruz()
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", "1405/12/25", "--to", "1406/01/10", "--format", "json");

        HostAssert.Ok(run);
        // 1405/12/28 (2027-03-19) and 1406/01/06 are Fridays; 12/29 and 01/01–01/04 are holidays.
        Assert.Equal(["1405/12/25", "1405/12/26", "1405/12/27", "1406/01/05", "1406/01/07", "1406/01/08", "1406/01/09", "1406/01/10"],
            JsonSerializer.Deserialize<string[]>(run.Stdout)!);
    }

    /// <summary>Farvardin 1405 by hand: 1405/01/d is 2026-03-20 + d days; holidays from the shared CSV.</summary>
    internal static string[] ExpectedFarvardin1405Workdays(params DayOfWeek[] weekend)
    {
        var holidays = SharedData.ReadAllLines("iran-holidays/iran-official-holidays-1405.csv").Skip(1)
            .Select(line => line.Split(',')[0].Replace('-', '/')).ToHashSet(StringComparer.Ordinal);
        var first = new DateOnly(2026, 3, 20);
        return [.. Enumerable.Range(1, 31)
            .Where(d => !weekend.Contains(first.AddDays(d).DayOfWeek))
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"1405/01/{d:00}"))
            .Where(p => !holidays.Contains(p))];
    }
}

public class CalendarReversedRangeTests
{
    [Theory]
    [InlineData("1405/01/31", "1405/01/01")]
    [InlineData("2026-04-20", "1405/01/01")]
    public async Task Workdays_ReversedRange_IsBadInputNotAnEmptyList(string from, string to)
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", from, "--to", to);

        HostAssert.BadInput(run, HostApp.BadInput, "is after --to");
    }

    [Fact]
    public async Task Workdays_OneDayRange_IsNotReversed()
    {
        var run = await SampleHost.RunAsync("calendar", "workdays", "--from", "1405/01/20", "--to", "2026-04-09", "--format", "json");

        HostAssert.Ok(run);
        Assert.Equal("[\"1405/01/20\"]", run.Stdout.Trim());
    }
}
