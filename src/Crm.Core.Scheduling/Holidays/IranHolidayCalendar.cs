using Ardalis.GuardClauses;
using Crm.Core.Persian;
using Crm.Core.Scheduling.Internal;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Iran's official holidays: the fixed solar ones for any year, the lunar ones placed by Iran's own lunar month table
/// (embedded, from the official calendars), and the changes an application makes at runtime.
/// </summary>
/// <remarks>
/// <para>Solar holidays: 1–4 and 12–13 Farvardin, 14–15 Khordad, 22 Bahman and 29 Esfand (29 Esfand, not the last day:
/// in a leap year 30 Esfand is a working day). Lunar holidays: Tasua, Ashura, Arbaeen, 28 Safar, the last day of Safar,
/// 8 and 17 Rabi al-Awwal, 3 Jumada al-Thani, 13 and 27 Rajab, 15 Sha'ban, 21 Ramadan, 1, 2 and 25 Shawwal, 10 and
/// 18 Dhu al-Hijja. The embedded month table covers Hijri 1444/1 to 1448/10, that is the whole Persian years 1402–1405.</para>
/// <para>For any other year the lunar holidays are unknown, and <see cref="GetHolidays(int)"/> throws
/// <see cref="LunarHolidayDataMissingException"/> instead of answering "no holidays". Moon sighting can move a lunar
/// holiday by a day (<see cref="Move"/>), and the government declares one-off or provincial closures (<see cref="Add"/>).</para>
/// <para>Instances are thread-safe. Dates of any calendar are accepted; returned dates are Persian.</para>
/// </remarks>
public sealed class IranHolidayCalendar
{
    private readonly Lock gate = new();
    private readonly IReadOnlyList<HolidayRule> rules;
    private readonly LunarMonthTable table = new();
    private readonly Dictionary<LocalDate, List<Holiday>> added = [];
    private readonly HashSet<LocalDate> removed = [];
    private readonly Dictionary<int, IReadOnlyList<Holiday>> cache = [];

    /// <summary>Creates a calendar with the embedded rules and the embedded lunar month table.</summary>
    public IranHolidayCalendar()
        : this(EmbeddedData.ReadMonthStarts())
    {
    }

    /// <summary>Creates a calendar with the embedded rules and the given lunar month table instead of the embedded one.</summary>
    /// <param name="hijriMonthStarts">Iran's lunar month starts; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hijriMonthStarts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1–12 or a length is not 29 or 30.</exception>
    public IranHolidayCalendar(IEnumerable<HijriMonthStart> hijriMonthStarts)
    {
        Guard.Against.Null(hijriMonthStarts);
        rules = EmbeddedData.ReadRules();
        foreach (var month in hijriMonthStarts)
        {
            AddHijriMonthStart(month);
        }
    }

    /// <summary>Gets a number that changes whenever holidays or the lunar table change, for caches built on this calendar.</summary>
    public int Version { get; private set; }

    /// <summary>Lists the Persian years whose lunar holidays are known.</summary>
    /// <returns>The covered years in ascending order, for example 1402–1405 with the embedded table.</returns>
    public IReadOnlyList<int> LunarCoveredYears()
    {
        lock (gate)
        {
            return table.CoveredYears();
        }
    }

    /// <summary>Tells whether the lunar holidays of a Persian year are known.</summary>
    /// <param name="persianYear">The Persian year.</param>
    /// <returns><see langword="true"/> when Iran's lunar month table covers every day of the year.</returns>
    public bool HasLunarData(int persianYear)
    {
        lock (gate)
        {
            return table.Covers(persianYear);
        }
    }

    /// <summary>Lists every holiday of a Persian year, one entry per occasion, in date order.</summary>
    /// <param name="persianYear">The Persian year, for example 1405.</param>
    /// <returns>The holidays, runtime changes included.</returns>
    /// <exception cref="LunarHolidayDataMissingException">The lunar month table does not cover the year.</exception>
    /// <example><code>new IranHolidayCalendar().GetHolidays(1405).Select(h => h.Date).Distinct().Count() // 26</code></example>
    public IReadOnlyList<Holiday> GetHolidays(int persianYear) => GetHolidays(persianYear, MissingLunarDataPolicy.Throw);

    /// <summary>Lists every holiday of a Persian year, with an explicit policy for a year without lunar data.</summary>
    /// <param name="persianYear">The Persian year.</param>
    /// <param name="policy">What to do when the year has no lunar data.</param>
    /// <returns>The holidays in date order.</returns>
    /// <exception cref="LunarHolidayDataMissingException">The year has no lunar data and the policy is <see cref="MissingLunarDataPolicy.Throw"/>.</exception>
    public IReadOnlyList<Holiday> GetHolidays(int persianYear, MissingLunarDataPolicy policy)
    {
        lock (gate)
        {
            if (cache.TryGetValue(persianYear, out var cached))
            {
                return cached;
            }

            var covered = table.Covers(persianYear);
            if (!covered && policy == MissingLunarDataPolicy.Throw)
            {
                throw new LunarHolidayDataMissingException(persianYear, DescribeCoverage());
            }

            var list = HolidayExpander.Expand(persianYear, rules, covered ? table : null, added, removed);
            if (covered)
            {
                cache[persianYear] = list;
            }

            return list;
        }
    }

    /// <summary>Tries to list every holiday of a Persian year.</summary>
    /// <param name="persianYear">The Persian year.</param>
    /// <param name="holidays">The holidays when the year has lunar data; otherwise an empty list.</param>
    /// <returns><see langword="false"/> when the lunar month table does not cover the year.</returns>
    public bool TryGetHolidays(int persianYear, out IReadOnlyList<Holiday> holidays)
    {
        if (!HasLunarData(persianYear))
        {
            holidays = [];
            return false;
        }

        holidays = GetHolidays(persianYear);
        return true;
    }

    /// <summary>Lists the fixed solar holidays of any Persian year (runtime changes included, lunar ones left out).</summary>
    /// <param name="persianYear">The Persian year.</param>
    /// <returns>The solar and custom holidays in date order.</returns>
    /// <example><code>calendar.GetSolarHolidays(1410).Count // 10</code></example>
    public IReadOnlyList<Holiday> GetSolarHolidays(int persianYear)
    {
        lock (gate)
        {
            return HolidayExpander.Expand(persianYear, rules, null, added, removed);
        }
    }

    /// <summary>Lists the holidays that fall on a date.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <param name="policy">What to do when the date's year has no lunar data.</param>
    /// <returns>The holidays of that day; empty for an ordinary day.</returns>
    /// <exception cref="LunarHolidayDataMissingException">The year has no lunar data and the policy is <see cref="MissingLunarDataPolicy.Throw"/>.</exception>
    public IReadOnlyList<Holiday> HolidaysOn(LocalDate date, MissingLunarDataPolicy policy = MissingLunarDataPolicy.Throw)
    {
        var persian = SolarHijri.From(date);
        return GetHolidays(persian.Year, policy).Where(h => h.Date == persian).ToList();
    }

    /// <summary>Adds a one-off or provincial holiday.</summary>
    /// <param name="date">The day off, in any calendar.</param>
    /// <param name="title">Its Persian title, for example «تعطیلی به دلیل آلودگی هوا».</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    public void Add(LocalDate date, string title)
    {
        Guard.Against.NullOrWhiteSpace(title);
        var persian = SolarHijri.From(date);
        lock (gate)
        {
            AddLocked(new Holiday(persian, title.Trim(), HolidayKind.Custom));
        }
    }

    /// <summary>Cancels every holiday of a date (rule-based or added), for example when a lunar holiday is not observed.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns><see langword="true"/> when the date had a holiday rule or an added holiday to cancel.</returns>
    public bool Remove(LocalDate date)
    {
        var persian = SolarHijri.From(date);
        lock (gate)
        {
            var had = added.Remove(persian) | HolidayExpander.Expand(persian.Year, rules, table.Covers(persian.Year) ? table : null, added, removed)
                .Any(h => h.Date == persian);
            removed.Add(persian);
            Changed();
            return had;
        }
    }

    /// <summary>Moves the holidays of one date to another, keeping titles and kinds (moon sighting moved the month).</summary>
    /// <param name="from">The predicted date, in any calendar.</param>
    /// <param name="to">The observed date, in any calendar.</param>
    /// <returns>The number of holidays moved; 0 when <paramref name="from"/> had none.</returns>
    /// <exception cref="LunarHolidayDataMissingException">The year of <paramref name="from"/> has no lunar data.</exception>
    public int Move(LocalDate from, LocalDate to)
    {
        var source = SolarHijri.From(from);
        var target = SolarHijri.From(to);
        lock (gate)
        {
            var moving = HolidaysOn(source);
            if (moving.Count == 0)
            {
                return 0;
            }

            added.Remove(source);
            removed.Add(source);
            foreach (var holiday in moving)
            {
                AddLocked(holiday with { Date = target });
            }

            return moving.Count;
        }
    }

    /// <summary>Adds or replaces the start of a lunar month, for example from a newly published official calendar.</summary>
    /// <param name="month">The month start.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12, the year is not positive, or the length is not 29 or 30.</exception>
    public void AddHijriMonthStart(HijriMonthStart month)
    {
        Guard.Against.OutOfRange(month.HijriMonth, nameof(month), 1, 12, "The Hijri month must be 1 to 12.");
        Guard.Against.NegativeOrZero(month.HijriYear, nameof(month), "The Hijri year must be positive.");
        if (month.Length is { } length && length is not (29 or 30))
        {
            throw new ArgumentOutOfRangeException(nameof(month), length, "A lunar month has 29 or 30 days.");
        }

        lock (gate)
        {
            table.Set(month);
            Changed();
        }
    }

    private void AddLocked(Holiday holiday)
    {
        if (!added.TryGetValue(holiday.Date, out var list))
        {
            added[holiday.Date] = list = [];
        }

        list.Add(holiday);
        Changed();
    }

    private void Changed()
    {
        cache.Clear();
        Version++;
    }

    private string DescribeCoverage()
    {
        var years = table.CoveredYears();
        return years.Count == 0 ? "no year" : $"the Persian years {string.Join(", ", years)}";
    }
}
