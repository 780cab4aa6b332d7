using Ardalis.GuardClauses;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Iran's working calendar: the weekend rule, official holidays and office hours in Asia/Tehran, with the questions a
/// tickler asks (is this a working day, the next one, N working days later, the working days of a Persian month).
/// </summary>
/// <remarks>Dates of any calendar are accepted. A method that takes a date returns dates in that date's calendar; methods
/// that start from a Persian year or month return Persian dates. Thread-safe.</remarks>
public sealed class WorkCalendar
{
    private readonly Dictionary<IsoDayOfWeek, WorkingHours> hoursByDay;
    private readonly WorkingHours hours;
    private readonly MissingLunarDataPolicy missingLunarData;
    private readonly string? province;
    private readonly HolidayCalendarSource source;
    private HolidayDays cache;

    /// <summary>Creates a work calendar on a fixed holiday calendar.</summary>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <param name="holidays">The holidays; <see cref="IranHolidayCalendar.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public WorkCalendar(WorkCalendarOptions? options = null, IranHolidayCalendar? holidays = null)
        : this(new HolidayCalendarSource(holidays), options)
    {
    }

    private WorkCalendar(HolidayCalendarSource holidays, WorkCalendarOptions? options)
    {
        options ??= new WorkCalendarOptions();
        var errors = WorkCalendarOptionsValidator.Validate(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid work calendar options: " + string.Join(" ", errors), nameof(options));
        }

        Weekend = options.Weekend;
        TimeZone = DateTimeZoneProviders.Tzdb[options.TimeZoneId];
        hours = options.WorkingHours;
        hoursByDay = new Dictionary<IsoDayOfWeek, WorkingHours>(options.WorkingHoursByDay);
        missingLunarData = options.MissingLunarData;
        province = options.Province?.Trim();
        source = holidays;
        cache = new HolidayDays(source.Current);
    }

    /// <summary>Creates a work calendar that follows a holiday source: updates applied to the source are seen at once.</summary>
    /// <param name="holidays">The source of the holiday calendar.</param>
    /// <param name="options">The settings; the defaults when <see langword="null"/>.</param>
    /// <returns>The work calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static WorkCalendar Following(HolidayCalendarSource holidays, WorkCalendarOptions? options = null) =>
        new(Guard.Against.Null(holidays), options);

    /// <summary>Gets the weekend rule.</summary>
    public WeekendDays Weekend { get; }

    /// <summary>Gets the time zone of the office (Asia/Tehran by default).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the holiday calendar in use now (the source's current snapshot).</summary>
    public IranHolidayCalendar Holidays => source.Current;

    /// <summary>Gets what the calendar does for lunar months without official data.</summary>
    public MissingLunarDataPolicy MissingLunarData => missingLunarData;

    /// <summary>Returns today's date in the office's time zone, in the Persian calendar.</summary>
    /// <param name="clock">The clock (inject NodaTime's <see cref="IClock"/>; a fake clock in tests).</param>
    /// <returns>Today's Persian date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant().InZone(TimeZone).Date.WithCalendar(SolarHijri.Calendar);
    }

    /// <summary>Tells whether a date is a working day, a weekend day, a holiday or a provisional holiday.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The status of the day; a day with both an exact and a provisional holiday is a <see cref="DayStatus.Holiday"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the Persian calendar (before 622-03-22 or after 9999-03-20 CE).</exception>
    /// <exception cref="LunarHolidayDataMissingException">The year has no official lunar data and the policy is to throw.</exception>
    /// <example><code>calendar.GetDayStatus(SolarHijri.Date(1405, 1, 1)) // DayStatus.Holiday (Nowruz)</code></example>
    public DayStatus GetDayStatus(LocalDate date)
    {
        var persian = ToPersian(date);
        if (HolidayDaysOf(persian.Year).TryGetValue(persian, out var provisional))
        {
            return provisional ? DayStatus.ProvisionalHoliday : DayStatus.Holiday;
        }

        return Weekend.Contains(persian.DayOfWeek) ? DayStatus.Weekend : DayStatus.WorkingDay;
    }

    /// <summary>Tells whether a date is a working day.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns><see langword="true"/> unless the date is a weekend day or a holiday.</returns>
    /// <exception cref="LunarHolidayDataMissingException">The year has no lunar data and the policy is to throw.</exception>
    public bool IsWorkingDay(LocalDate date) => GetDayStatus(date) == DayStatus.WorkingDay;

    /// <summary>Returns the first working day strictly after a date.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The next working day, in the calendar of <paramref name="date"/>.</returns>
    /// <exception cref="LunarHolidayDataMissingException">A year on the way has no lunar data and the policy is to throw.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => Step(date, 1);

    /// <summary>Returns the last working day strictly before a date.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The previous working day, in the calendar of <paramref name="date"/>.</returns>
    /// <exception cref="LunarHolidayDataMissingException">A year on the way has no lunar data and the policy is to throw.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => Step(date, -1);

    /// <summary>Returns the date itself when it is a working day, otherwise the next working day.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>A working day on or after <paramref name="date"/>.</returns>
    public LocalDate WorkingDayOnOrAfter(LocalDate date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>Moves a date by a number of working days (backwards when negative), like "five working days later".</summary>
    /// <param name="date">The start date, in any calendar; it need not be a working day.</param>
    /// <param name="workingDays">The number of working days to move; 0 returns <paramref name="date"/>.</param>
    /// <returns>The resulting working day, in the calendar of <paramref name="date"/>.</returns>
    /// <example><code>calendar.AddWorkingDays(SolarHijri.Date(1405, 1, 1), 1) // 1405/01/05: Nowruz holidays skipped</code></example>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        var direction = Math.Sign(workingDays);
        var result = date;
        for (var i = 0; i != workingDays; i += direction)
        {
            result = Step(result, direction);
        }

        return result;
    }

    /// <summary>Counts the working days from <paramref name="start"/> (included) to <paramref name="end"/> (excluded).</summary>
    /// <param name="start">The first day, in any calendar.</param>
    /// <param name="end">The day after the last, in any calendar.</param>
    /// <returns>The count; negative when <paramref name="end"/> is before <paramref name="start"/>.</returns>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var from = SolarHijri.From(start);
        var to = SolarHijri.From(end);
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from; day < to; day = day.PlusDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Lists the working days of a Persian month, the tabs of the "intensive" tickler binder.</summary>
    /// <param name="persianYear">The Persian year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The working days in order, as Persian dates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12.</exception>
    public IReadOnlyList<LocalDate> WorkingDaysOfMonth(int persianYear, int month)
    {
        var first = SolarHijri.FirstDayOfMonth(persianYear, month);
        var length = SolarHijri.DaysInMonth(persianYear, month);
        return Enumerable.Range(0, length).Select(first.PlusDays).Where(IsWorkingDay).ToList();
    }

    /// <summary>Returns the office hours of a date, or <see langword="null"/> on a day off.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The hours, or <see langword="null"/>.</returns>
    public WorkingHours? WorkingHoursOn(LocalDate date) =>
        IsWorkingDay(date) ? hoursByDay.GetValueOrDefault(date.DayOfWeek, hours) : null;

    /// <summary>Returns the office hours of a date as an interval of instants, or <see langword="null"/> on a day off.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The interval in the office's time zone, or <see langword="null"/>.</returns>
    public Interval? WorkingIntervalOn(LocalDate date)
    {
        if (WorkingHoursOn(date) is not { } day)
        {
            return null;
        }

        var iso = date.WithCalendar(CalendarSystem.Iso);
        return new Interval(
            (iso + day.Start).InZoneLeniently(TimeZone).ToInstant(),
            (iso + day.End).InZoneLeniently(TimeZone).ToInstant());
    }

    private LocalDate Step(LocalDate date, int direction)
    {
        var day = date;
        do
        {
            day = day.PlusDays(direction);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    private static LocalDate ToPersian(LocalDate date)
    {
        try
        {
            return SolarHijri.From(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"The date {NodaTime.Text.LocalDatePattern.Iso.Format(date)} is outside the Persian calendar (622-03-22 to 9999-03-20).");
        }
    }

    /// <summary>The holiday days of a year (date → provisional only), for the source's current snapshot.</summary>
    private Dictionary<LocalDate, bool> HolidayDaysOf(int persianYear)
    {
        var snapshot = source.Current;
        var days = Volatile.Read(ref cache);
        if (!ReferenceEquals(days.Calendar, snapshot))
        {
            days = new HolidayDays(snapshot);
            Volatile.Write(ref cache, days);
        }

        return days.Years.GetOrAdd(persianYear, year =>
        {
            var map = new Dictionary<LocalDate, bool>();
            foreach (var holiday in snapshot.GetHolidays(year, missingLunarData))
            {
                if (holiday.Province is { } p && !string.Equals(p, province, StringComparison.Ordinal))
                {
                    continue;
                }

                map[holiday.Date] = map.TryGetValue(holiday.Date, out var provisional) ? provisional && holiday.Provisional : holiday.Provisional;
            }

            return map;
        });
    }

    private sealed class HolidayDays(IranHolidayCalendar calendar)
    {
        public IranHolidayCalendar Calendar { get; } = calendar;

        public System.Collections.Concurrent.ConcurrentDictionary<int, Dictionary<LocalDate, bool>> Years { get; } = new();
    }
}
