using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Crm.Core.Persian;
using Crm.Core.Scheduling;
using Crm.Sample.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Crm.Sample.Host.Commands;

/// <summary>The <c>calendar</c> command group: <c>convert</c>, <c>holidays</c>, <c>workdays</c> and <c>lunar-months</c>.</summary>
internal static class CalendarCommands
{
    private sealed record Conversion(string Persian, string Gregorian, string Weekday, string WeekdayFa);

    private sealed record ConversionError(int Line, string Input, string Error);

    private sealed record HolidayRow(string Persian, string Gregorian, IReadOnlyList<string> Titles, string Kind, bool Provisional);

    private sealed record LunarMonthRow(int Year, int Month, string Start, string Source);

    public static Command Create(IServiceProvider services)
    {
        var group = new Command("calendar", "Persian calendar and Iran's working calendar.");
        group.Subcommands.Add(Convert());
        group.Subcommands.Add(Holidays(services));
        group.Subcommands.Add(Workdays(services));
        group.Subcommands.Add(LunarMonths(services));
        return group;
    }

    internal static Option<string> HolidayFeedOption() =>
        new("--holiday-feed") { Description = "A holiday feed (JSON, or CSV: kind,hijri_year,hijri_month,date,length,title,province) applied on top of the embedded data." };

    /// <summary>Gets the shared holiday calendar with an optional feed applied; a rejected feed is listed on <paramref name="stderr"/>.</summary>
    internal static bool TryHolidays(IServiceProvider services, string? feedPath, TextWriter stderr, out IranHolidayCalendar holidays)
    {
        holidays = services.GetRequiredService<IranHolidayCalendar>();
        if (feedPath is null)
        {
            return true;
        }

        if (!File.Exists(feedPath))
        {
            stderr.WriteLine($"--holiday-feed: '{feedPath}' does not exist");
            return false;
        }

        var read = HolidayFeed.ReadFile(feedPath);
        IReadOnlyList<HolidayFeedError> errors = read.Errors;
        if (read.Feed is not null && holidays.TryWithFeed(read.Feed, out var updated, out errors))
        {
            holidays = updated;
            return true;
        }

        stderr.WriteLine($"--holiday-feed: '{feedPath}' was rejected ({errors.Count} problem(s)); the embedded calendar is unchanged");
        foreach (var e in errors)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {e.Line}, {e.Field} [{e.Rule}] '{e.Value}': {e.Message}"));
        }

        return false;
    }

    internal static Option<string> FormatOption()
    {
        var option = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>Reads a Persian yyyy/MM/dd or a Gregorian yyyy-MM-dd date; the error names the value.</summary>
    internal static bool TryReadDate(string text, out LocalDate date, out string error)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains('/', StringComparison.Ordinal) || trimmed.Any(c => c > '9' && PersianDigits.IsDigit(c)))
        {
            var ok = PersianDateFormat.TryParse(trimmed, PersianDateStyles.None, out date, out var persianError);
            error = persianError ?? string.Empty;
            return ok;
        }

        var result = LocalDatePattern.Iso.Parse(trimmed);
        date = result.Success ? result.Value : default;
        error = result.Success ? string.Empty : $"date '{trimmed}': expected a Persian yyyy/MM/dd or a Gregorian yyyy-MM-dd date";
        return result.Success;
    }

    /// <summary>Converts a date, or says that it lies outside the Persian calendar's range (Gregorian years 622 to 9999).</summary>
    private static bool TryConvert(LocalDate date, [NotNullWhen(true)] out Conversion? conversion, out string error)
    {
        try
        {
            conversion = Convert(date);
            error = string.Empty;
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            conversion = null;
            error = $"date '{LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso))}' is outside the range of the Persian calendar";
            return false;
        }
    }

    private static Conversion Convert(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return new Conversion(PersianDateFormat.Format(iso), LocalDatePattern.Iso.Format(iso), iso.DayOfWeek.ToString(), PersianNames.WeekdayName(iso.DayOfWeek));
    }

    private static Command Convert()
    {
        var gregorian = new Option<string>("--gregorian") { Description = "A Gregorian date, yyyy-MM-dd." };
        var persian = new Option<string>("--persian") { Description = "A Persian date, yyyy/MM/dd (ASCII, Persian or Arabic-Indic digits)." };
        var file = new Option<string>("--file") { Description = "A file with one date per line, either form." };
        var format = FormatOption();
        var command = new Command("convert", "Convert between Persian and Gregorian dates.") { gregorian, persian, file, format };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var given = new[] { parse.GetValue(gregorian), parse.GetValue(persian), parse.GetValue(file) }.Count(v => v is not null);
            if (given != 1)
            {
                stderr.WriteLine("calendar convert: give exactly one of --gregorian, --persian or --file");
                return 2;
            }

            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(file) is { } path)
            {
                return ConvertFile(path, json, stdout, stderr);
            }

            LocalDate date;
            if (parse.GetValue(gregorian) is { } g)
            {
                var result = LocalDatePattern.Iso.Parse(g.Trim());
                if (!result.Success)
                {
                    stderr.WriteLine($"--gregorian: '{g}' is not a Gregorian yyyy-MM-dd date");
                    return 2;
                }

                date = result.Value;
            }
            else if (!PersianDateFormat.TryParse(parse.GetValue(persian)!, PersianDateStyles.None, out date, out var error))
            {
                stderr.WriteLine("--persian: " + error);
                return 2;
            }

            if (!TryConvert(date, out var conversion, out var rangeError))
            {
                stderr.WriteLine(rangeError);
                return 2;
            }

            stdout.WriteLine(json ? JsonSerializer.Serialize(conversion, HostJson.Options)
                : $"{conversion.Persian} = {conversion.Gregorian} {conversion.Weekday} {conversion.WeekdayFa}");
            return 0;
        });
        return command;
    }

    private static int ConvertFile(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"--file: '{path}' does not exist");
            return 2;
        }

        var rows = new List<object>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(TryReadDate(line, out var date, out var error) && TryConvert(date, out var conversion, out error) ? conversion : new ConversionError(lineNumber, line.Trim(), error));
        }

        if (json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(rows, HostJson.Options));
        }
        else
        {
            foreach (var row in rows)
            {
                stdout.WriteLine(row is Conversion c ? $"{c.Persian} = {c.Gregorian} {c.Weekday} {c.WeekdayFa}" : $"line {((ConversionError)row).Line}: {((ConversionError)row).Error}");
            }
        }

        return 0;
    }

    private static Command Holidays(IServiceProvider services)
    {
        var year = new Option<int>("--year") { Description = "The Persian year, e.g. 1405.", Required = true };
        var feed = HolidayFeedOption();
        var format = FormatOption();
        var command = new Command("holidays", "List Iran's official holidays of a Persian year (lunar ones beyond the official table are predicted and marked provisional).") { year, feed, format };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryHolidays(services, parse.GetValue(feed), stderr, out var holidays))
            {
                return 2;
            }

            IReadOnlyList<Holiday> list;
            try
            {
                list = holidays.GetHolidays(parse.GetValue(year));
            }
            catch (ArgumentOutOfRangeException ex)
            {
                stderr.WriteLine(ex.Message.ReplaceLineEndings(" "));
                return 2;
            }

            var rows = list.GroupBy(h => (h.Date, h.Kind)).Select(g => new HolidayRow(
                PersianDateFormat.Format(g.Key.Date), LocalDatePattern.Iso.Format(g.Key.Date.WithCalendar(CalendarSystem.Iso)),
                g.Select(h => h.Province is null ? h.Title : $"{h.Title} ({h.Province})").ToList(), g.Key.Kind.ToString().ToLowerInvariant(),
                g.Any(h => h.Provisional))).ToList();
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(rows, HostJson.Options));
            }
            else if (services.GetService<HostTerminal>()?.Output is { } console)
            {
                console.Table(null, ["تاریخ", "Date", "Kind", "Holiday"],
                    rows.Select(r => new[] { TerminalTable.Fa(r.Persian), r.Gregorian, r.Kind + (r.Provisional ? ", provisional" : string.Empty), string.Join(" / ", r.Titles) }),
                    rows.Any(r => r.Provisional) ? "provisional: placed by predicted lunar month starts; the official date may differ by a day." : null);
            }
            else
            {
                rows.ForEach(r => stdout.WriteLine($"{r.Persian} {r.Gregorian} [{r.Kind}{(r.Provisional ? ", provisional" : "")}] {string.Join(" / ", r.Titles)}"));
                if (rows.Any(r => r.Provisional))
                {
                    stdout.WriteLine("provisional: placed by predicted lunar month starts; the official date may differ by a day.");
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Workdays(IServiceProvider services)
    {
        var from = new Option<string>("--from") { Description = "First day (Persian yyyy/MM/dd or Gregorian yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, included.", Required = true };
        var weekend = new Option<string>("--weekend") { Description = "friday (default), thursday-friday, or any day list." };
        var feed = HolidayFeedOption();
        var format = FormatOption();
        var command = new Command("workdays", "List the working days between two dates.") { from, to, weekend, feed, format };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!TryReadDate(parse.GetValue(from)!, out var start, out var error) || !TryReadDate(parse.GetValue(to)!, out var end, out error))
            {
                stderr.WriteLine(error);
                return 2;
            }

            if (start.WithCalendar(CalendarSystem.Iso) > end.WithCalendar(CalendarSystem.Iso))
            {
                // A reversed range used to print nothing and exit 0, as if there were no working days.
                stderr.WriteLine($"--from {parse.GetValue(from)} is after --to {parse.GetValue(to)}: the range is empty; give the earlier date first");
                return 2;
            }

            if (!TryCalendar(services, parse.GetValue(weekend), parse.GetValue(feed), stderr, out var calendar))
            {
                return 2;
            }

            try
            {
                var days = new List<string>();
                for (var day = SolarHijri.From(start); day <= SolarHijri.From(end); day = day.PlusDays(1))
                {
                    if (calendar.IsWorkingDay(day))
                    {
                        days.Add(PersianDateFormat.Format(day));
                    }
                }

                stdout.WriteLine(parse.GetValue(format) == "json" ? JsonSerializer.Serialize(days, HostJson.Options) : string.Join(Environment.NewLine, days));
                return 0;
            }
            catch (Exception ex) when (ex is LunarHolidayDataMissingException or ArgumentOutOfRangeException)
            {
                stderr.WriteLine(ex.Message.ReplaceLineEndings(" "));
                return 2;
            }
        });
        return command;
    }

    /// <summary>Builds a work calendar on the shared holidays with an optional weekend override and holiday feed; a bad
    /// weekend or feed is reported on <paramref name="stderr"/>.</summary>
    internal static bool TryCalendar(IServiceProvider services, string? weekendText, string? feedPath, TextWriter stderr, out WorkCalendar calendar)
    {
        calendar = services.GetRequiredService<WorkCalendar>();
        if (weekendText is null && feedPath is null)
        {
            return true;
        }

        var weekend = calendar.Weekend;
        if (weekendText is not null && !WeekendDays.TryParse(weekendText, out weekend))
        {
            stderr.WriteLine($"--weekend: '{weekendText}' is not a weekend (expected friday, thursday-friday or day names)");
            return false;
        }

        if (!TryHolidays(services, feedPath, stderr, out var holidays))
        {
            return false;
        }

        calendar = new WorkCalendar(new WorkCalendarOptions { Weekend = weekend }, holidays);
        return true;
    }

    private static Command LunarMonths(IServiceProvider services)
    {
        var from = new Option<int>("--from") { Description = "First lunar Hijri year (AH), e.g. 1447.", Required = true };
        var to = new Option<int>("--to") { Description = "Last lunar Hijri year (AH), included.", Required = true };
        var predicted = new Option<bool>("--predicted") { Description = "Give the predictor's answer for every month, even where official data exists." };
        var feed = HolidayFeedOption();
        var format = FormatOption();
        var command = new Command("lunar-months", "List the first day of each lunar Hijri month as used in Iran, official or predicted.") { from, to, predicted, feed, format };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            int first = parse.GetValue(from), last = parse.GetValue(to);
            if (first < 1 || last > LunarMonthPredictor.MaxHijriYear || last < first || last - first >= 1000)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"--from/--to: {first}–{last} is not a range of at most 1000 Hijri years within 1–{LunarMonthPredictor.MaxHijriYear}"));
                return 2;
            }

            if (!TryHolidays(services, parse.GetValue(feed), stderr, out var holidays))
            {
                return 2;
            }

            var rows = holidays.LunarMonths(first, last, parse.GetValue(predicted)).Select(m => new LunarMonthRow(
                m.HijriYear, m.HijriMonth, LocalDatePattern.Iso.Format(m.Start.WithCalendar(CalendarSystem.Iso)),
                m.Source == LunarMonthSource.Official ? "official" : "predicted")).ToList();
            if (parse.GetValue(format) == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(rows, HostJson.Options));
            }
            else if (services.GetService<HostTerminal>()?.Output is { } console)
            {
                console.Table(null, ["Hijri month", "Starts", "تاریخ", "Source"], rows.Select(r => new[]
                {
                    string.Create(CultureInfo.InvariantCulture, $"{r.Year}/{r.Month:00}"), r.Start, TerminalTable.Fa(LocalDatePattern.Iso.Parse(r.Start).Value), r.Source,
                }));
            }
            else
            {
                foreach (var r in rows)
                {
                    var persian = PersianDateFormat.Format(LocalDatePattern.Iso.Parse(r.Start).Value);
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Year}/{r.Month:00} {r.Start} {persian} {r.Source}"));
                }
            }

            return 0;
        });
        return command;
    }
}
