using System.Collections.Concurrent;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Crm.Core.Persian;
using Crm.Core.Scheduling.Internal;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>
/// Iran's official holidays, as an immutable snapshot: the fixed solar ones for any year, the lunar ones placed by Iran's
/// own lunar month table (embedded, from the official calendars) and, beyond the table, by a <see cref="LunarMonthPredictor"/>
/// (marked provisional), plus closures and corrections made at run time.
/// </summary>
/// <remarks>
/// <para>Solar holidays: 1–4 and 12–13 Farvardin, 14–15 Khordad, 22 Bahman and 29 Esfand (29 Esfand, not the last day:
/// in a leap year 30 Esfand is a working day). Lunar holidays: Tasua, Ashura, Arbaeen, 28 Safar, the last day of Safar,
/// 8 and 17 Rabi al-Awwal, 3 Jumada al-Thani, 13 and 27 Rajab, 15 Sha'ban, 21 Ramadan, 1, 2 and 25 Shawwal, 10 and
/// 18 Dhu al-Hijja. The embedded month table covers Hijri 1444/1 to 1448/10, that is the whole Persian years 1402–1405.</para>
/// <para>Beyond the table the <see cref="MissingLunarDataPolicy"/> decides: predicted and provisional (the default),
/// an exception, or no lunar holidays. Every change (<see cref="WithHijriMonthStarts"/>, <see cref="WithClosure"/>,
/// <see cref="WithoutHolidays"/>, <see cref="WithHolidaysMoved"/>, <see cref="WithFeed"/>) returns a new calendar and leaves
/// this one as it was, so no caller can change the holidays another caller sees; share updates through a
/// <see cref="HolidayCalendarSource"/>. Instances are thread-safe. Dates of any calendar are accepted; returned dates are Persian.</para>
/// </remarks>
public sealed class IranHolidayCalendar
{
    private static readonly Lazy<IranHolidayCalendar> EmbeddedDefault = new(() => new IranHolidayCalendar());
    private static readonly Lazy<IReadOnlyList<HolidayRule>> EmbeddedRules = new(EmbeddedData.ReadRules);

    private readonly IReadOnlyList<HolidayRule> rules;
    private readonly LunarMonthTable table;
    private readonly ImmutableDictionary<LocalDate, ImmutableList<Holiday>> added;
    private readonly ImmutableHashSet<LocalDate> removed;
    private readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> cache = new();

    /// <summary>Creates a calendar with the embedded rules, the embedded lunar month table and <see cref="LunarMonthPredictor.Default"/>.</summary>
    public IranHolidayCalendar()
        : this(EmbeddedData.ReadMonthStarts())
    {
    }

    /// <summary>Creates a calendar with the embedded rules and the given lunar month table instead of the embedded one.</summary>
    /// <param name="hijriMonthStarts">Iran's official lunar month starts; may be empty.</param>
    /// <param name="predictor">The predictor for months the table lacks; <see cref="LunarMonthPredictor.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hijriMonthStarts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1–12, a year is not 1–<see cref="LunarMonthPredictor.MaxHijriYear"/>, or a length is not 29 or 30.</exception>
    public IranHolidayCalendar(IEnumerable<HijriMonthStart> hijriMonthStarts, LunarMonthPredictor? predictor = null)
        : this(EmbeddedRules.Value, LunarMonthTable.Empty.With(Checked(hijriMonthStarts)), predictor ?? LunarMonthPredictor.Default,
            ImmutableDictionary<LocalDate, ImmutableList<Holiday>>.Empty, ImmutableHashSet<LocalDate>.Empty)
    {
    }

    private IranHolidayCalendar(
        IReadOnlyList<HolidayRule> rules,
        LunarMonthTable table,
        LunarMonthPredictor predictor,
        ImmutableDictionary<LocalDate, ImmutableList<Holiday>> added,
        ImmutableHashSet<LocalDate> removed)
    {
        this.rules = rules;
        this.table = table;
        Predictor = predictor;
        this.added = added;
        this.removed = removed;
    }

    /// <summary>Gets the calendar with the embedded data and the default predictor (one shared immutable instance).</summary>
    public static IranHolidayCalendar Default => EmbeddedDefault.Value;

    /// <summary>Gets the predictor used for months the official table lacks.</summary>
    public LunarMonthPredictor Predictor { get; }

    /// <summary>Gets the official lunar month starts, in order, as Persian dates.</summary>
    public IReadOnlyList<HijriMonthStart> OfficialMonthStarts => [.. table.Months];

    /// <summary>Lists the Persian years whose lunar holidays are all official.</summary>
    /// <returns>The covered years in ascending order, for example 1402–1405 with the embedded table.</returns>
    public IReadOnlyList<int> LunarCoveredYears() => table.CoveredYears();

    /// <summary>Tells whether the lunar holidays of a Persian year are all official (none predicted).</summary>
    /// <param name="persianYear">The Persian year; any value is accepted.</param>
    /// <returns><see langword="true"/> when Iran's official month table covers every day of the year.</returns>
    public bool HasLunarData(int persianYear) => table.Covers(persianYear);

    /// <summary>Lists every holiday of a Persian year, one entry per occasion, in date order; lunar holidays beyond the
    /// official table are predicted and marked <see cref="Holiday.Provisional"/>.</summary>
    /// <param name="persianYear">The Persian year, for example 1405.</param>
    /// <returns>The holidays, runtime changes included.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the Persian calendar (1–9377).</exception>
    /// <example><code>IranHolidayCalendar.Default.GetHolidays(1405).Select(h => h.Date).Distinct().Count() // 26</code></example>
    public IReadOnlyList<Holiday> GetHolidays(int persianYear) => GetHolidays(persianYear, MissingLunarDataPolicy.Predict);

    /// <summary>Lists every holiday of a Persian year, with an explicit policy for lunar months without official data.</summary>
    /// <param name="persianYear">The Persian year.</param>
    /// <param name="policy">What to do for lunar months without official data.</param>
    /// <returns>The holidays in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the Persian calendar (1–9377), or the policy is not defined.</exception>
    /// <exception cref="LunarHolidayDataMissingException">The year is not covered by official data and the policy is <see cref="MissingLunarDataPolicy.Throw"/>.</exception>
    public IReadOnlyList<Holiday> GetHolidays(int persianYear, MissingLunarDataPolicy policy)
    {
        Guard.Against.OutOfRange(persianYear, nameof(persianYear), SolarHijri.MinYear, SolarHijri.MaxYear,
            $"The Persian year {persianYear} is outside the Persian calendar ({SolarHijri.MinYear}–{SolarHijri.MaxYear}).");
        switch (policy)
        {
            case MissingLunarDataPolicy.Predict:
                return cache.GetOrAdd(persianYear, Expand);
            case MissingLunarDataPolicy.Throw:
                if (!table.Covers(persianYear))
                {
                    throw new LunarHolidayDataMissingException(persianYear, DescribeCoverage());
                }

                return cache.GetOrAdd(persianYear, Expand);
            case MissingLunarDataPolicy.SolarAndCustomOnly:
                var all = cache.GetOrAdd(persianYear, Expand);
                return all.Any(h => h.Provisional) ? all.Where(h => !h.Provisional).ToList() : all;
            default:
                throw new ArgumentOutOfRangeException(nameof(policy), policy, "The policy is not defined.");
        }
    }

    /// <summary>Tries to list every holiday of a Persian year from official data only; never throws.</summary>
    /// <param name="persianYear">The Persian year; any value is accepted.</param>
    /// <param name="holidays">The holidays when the year is covered by official data; otherwise an empty list.</param>
    /// <returns><see langword="false"/> when the official month table does not cover the year (or the year is outside the calendar).</returns>
    public bool TryGetHolidays(int persianYear, out IReadOnlyList<Holiday> holidays)
    {
        if (!table.Covers(persianYear))
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
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the Persian calendar (1–9377).</exception>
    /// <example><code>calendar.GetSolarHolidays(1410).Count // 10</code></example>
    public IReadOnlyList<Holiday> GetSolarHolidays(int persianYear) =>
        GetHolidays(persianYear).Where(h => h.Kind != HolidayKind.Lunar).ToList();

    /// <summary>Lists the holidays that fall on a date.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <param name="policy">What to do for lunar months without official data.</param>
    /// <returns>The holidays of that day; empty for an ordinary day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the Persian calendar.</exception>
    /// <exception cref="LunarHolidayDataMissingException">The year has no official lunar data and the policy is <see cref="MissingLunarDataPolicy.Throw"/>.</exception>
    public IReadOnlyList<Holiday> HolidaysOn(LocalDate date, MissingLunarDataPolicy policy = MissingLunarDataPolicy.Predict)
    {
        var persian = Persian(date, nameof(date));
        return GetHolidays(persian.Year, policy).Where(h => h.Date == persian).ToList();
    }

    /// <summary>Lists the lunar months of a range of Hijri years with their source: official where the table has them,
    /// otherwise predicted.</summary>
    /// <param name="fromHijriYear">The first Hijri year.</param>
    /// <param name="toHijriYear">The last Hijri year, included.</param>
    /// <param name="predictedOnly"><see langword="true"/> to give the predictor's answer for every month, even where official data exists.</param>
    /// <returns>Twelve months per year, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is not 1–<see cref="LunarMonthPredictor.MaxHijriYear"/>, or the range is reversed.</exception>
    /// <example><code>IranHolidayCalendar.Default.LunarMonths(1448, 1449)[9] // 1448/10 from 1405/12/19, official</code></example>
    public IReadOnlyList<LunarMonth> LunarMonths(int fromHijriYear, int toHijriYear, bool predictedOnly = false)
    {
        Guard.Against.OutOfRange(fromHijriYear, nameof(fromHijriYear), 1, LunarMonthPredictor.MaxHijriYear, $"The Hijri year must be 1 to {LunarMonthPredictor.MaxHijriYear}.");
        Guard.Against.OutOfRange(toHijriYear, nameof(toHijriYear), fromHijriYear, LunarMonthPredictor.MaxHijriYear,
            $"The last Hijri year must be {fromHijriYear} to {LunarMonthPredictor.MaxHijriYear}.");
        var source = predictedOnly ? LunarMonthTable.Empty : table;
        var months = new List<LunarMonth>((toHijriYear - fromHijriYear + 1) * 12);
        for (var key = LunarMonthTable.Key(fromHijriYear, 1); key <= LunarMonthTable.Key(toHijriYear, 12); key++)
        {
            months.Add(LunarMonthResolver.Resolve(source, Predictor, key));
        }

        return months;
    }

    /// <summary>Returns a calendar with lunar month starts added or replaced, for example from a newly published official calendar.</summary>
    /// <param name="months">The official month starts.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is not 1–12, a year is not 1–<see cref="LunarMonthPredictor.MaxHijriYear"/>, or a length is not 29 or 30.</exception>
    public IranHolidayCalendar WithHijriMonthStarts(IEnumerable<HijriMonthStart> months) =>
        new(rules, table.With(Checked(months)), Predictor, added, removed);

    /// <summary>Returns a calendar that uses another predictor beyond the official table.</summary>
    /// <param name="predictor">The predictor.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predictor"/> is <see langword="null"/>.</exception>
    public IranHolidayCalendar WithPredictor(LunarMonthPredictor predictor) =>
        new(rules, table, Guard.Against.Null(predictor), added, removed);

    /// <summary>Returns a calendar with a one-off or provincial closure added.</summary>
    /// <param name="date">The day off, in any calendar.</param>
    /// <param name="title">Its Persian title, for example «تعطیلی به دلیل آلودگی هوا».</param>
    /// <param name="province">The province it applies to, or <see langword="null"/> for the whole country.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space, or <paramref name="province"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the Persian calendar.</exception>
    public IranHolidayCalendar WithClosure(LocalDate date, string title, string? province = null)
    {
        Guard.Against.NullOrWhiteSpace(title);
        if (province is not null)
        {
            Guard.Against.NullOrWhiteSpace(province);
        }

        var persian = Persian(date, nameof(date));
        var holiday = new Holiday(persian, title.Trim(), HolidayKind.Custom, false, province?.Trim());
        var list = added.TryGetValue(persian, out var existing) ? existing.Add(holiday) : [holiday];
        return new(rules, table, Predictor, added.SetItem(persian, list), removed);
    }

    /// <summary>Returns a calendar without any holiday on a date (rule-based or added), for example when a lunar holiday is not observed.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the Persian calendar.</exception>
    public IranHolidayCalendar WithoutHolidays(LocalDate date)
    {
        var persian = Persian(date, nameof(date));
        return new(rules, table, Predictor, added.Remove(persian), removed.Add(persian));
    }

    /// <summary>Returns a calendar where the holidays of one date are moved to another, keeping titles and kinds (moon
    /// sighting moved the month); moved holidays are no longer provisional.</summary>
    /// <param name="from">The predicted date, in any calendar.</param>
    /// <param name="to">The observed date, in any calendar.</param>
    /// <returns>The new calendar; this one when <paramref name="from"/> has no holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the Persian calendar.</exception>
    public IranHolidayCalendar WithHolidaysMoved(LocalDate from, LocalDate to)
    {
        var source = Persian(from, nameof(from));
        var target = Persian(to, nameof(to));
        var moving = HolidaysOn(source);
        if (moving.Count == 0)
        {
            return this;
        }

        var without = added.Remove(source);
        var list = (without.TryGetValue(target, out var existing) ? existing : []).AddRange(
            moving.Select(h => h with { Date = target, Provisional = false }));
        return new(rules, table, Predictor, without.SetItem(target, list), removed.Add(source).Remove(target));
    }

    /// <summary>Returns a calendar with a feed applied: its month starts replace predictions and earlier entries, its
    /// closures are added and its cancellations remove holidays.</summary>
    /// <param name="feed">The feed, read with <see cref="HolidayFeed.Read(string, HolidayFeedFormat)"/>.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feed"/> is <see langword="null"/>.</exception>
    /// <exception cref="HolidayFeedException">The feed's months would make a month of fewer than 29 or more than 30 days,
    /// or overlap, together with this calendar's table; the exception lists every problem.</exception>
    public IranHolidayCalendar WithFeed(HolidayFeed feed)
    {
        if (!TryWithFeed(feed, out var updated, out var errors))
        {
            throw new HolidayFeedException(errors);
        }

        return updated;
    }

    /// <summary>Tries to apply a feed; on any problem returns <see langword="false"/> with every problem listed and no calendar.</summary>
    /// <param name="feed">The feed.</param>
    /// <param name="updated">The new calendar, or this one when the feed is rejected.</param>
    /// <param name="errors">Every problem (line, field, rule, value); empty on success.</param>
    /// <returns><see langword="true"/> when the feed was applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="feed"/> is <see langword="null"/>.</exception>
    public bool TryWithFeed(HolidayFeed feed, out IranHolidayCalendar updated, out IReadOnlyList<HolidayFeedError> errors)
    {
        Guard.Against.Null(feed);
        var merged = table.With(feed.MonthStarts.Select(m => m.Month));
        errors = HolidayFeedChecks.CheckAgainst(merged, feed);
        if (errors.Count > 0)
        {
            updated = this;
            return false;
        }

        var calendar = new IranHolidayCalendar(rules, merged, Predictor, added, removed);
        foreach (var cancellation in feed.Cancellations)
        {
            calendar = calendar.WithoutHolidays(cancellation.Date);
        }

        foreach (var closure in feed.Closures)
        {
            calendar = calendar.WithClosure(closure.Date, closure.Title, closure.Province);
        }

        updated = calendar;
        return true;
    }

    private IReadOnlyList<Holiday> Expand(int persianYear) =>
        HolidayExpander.Expand(persianYear, rules, LunarMonthResolver.Overlapping(table, Predictor, persianYear), added, removed);

    private static LocalDate Persian(LocalDate date, string parameterName)
    {
        try
        {
            return SolarHijri.From(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(parameterName, date, $"The date {NodaTime.Text.LocalDatePattern.Iso.Format(date)} is outside the Persian calendar.");
        }
    }

    private static IEnumerable<HijriMonthStart> Checked(IEnumerable<HijriMonthStart> months)
    {
        Guard.Against.Null(months);
        var list = months.ToList();
        foreach (var month in list)
        {
            Guard.Against.OutOfRange(month.HijriMonth, nameof(months), 1, 12, $"The Hijri month {month.HijriMonth} must be 1 to 12.");
            Guard.Against.OutOfRange(month.HijriYear, nameof(months), 1, LunarMonthPredictor.MaxHijriYear,
                $"The Hijri year {month.HijriYear} must be 1 to {LunarMonthPredictor.MaxHijriYear}.");
            if (month.Length is { } length && length is not (29 or 30))
            {
                throw new ArgumentOutOfRangeException(nameof(months), length, "A lunar month has 29 or 30 days.");
            }

            Persian(month.Start, nameof(months));
        }

        return list;
    }

    private string DescribeCoverage()
    {
        var years = table.CoveredYears();
        return years.Count == 0 ? "no year" : $"the Persian years {string.Join(", ", years)}";
    }
}
