using System.Collections.Immutable;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Iran's official lunar Hijri month starts (immutable), keyed by <see cref="Key"/>, with coverage by Persian year.</summary>
internal sealed class LunarMonthTable
{
    private readonly ImmutableSortedDictionary<int, HijriMonthStart> months;

    private LunarMonthTable(ImmutableSortedDictionary<int, HijriMonthStart> months) => this.months = months;

    public static LunarMonthTable Empty { get; } = new(ImmutableSortedDictionary<int, HijriMonthStart>.Empty);

    public IEnumerable<HijriMonthStart> Months => months.Values;

    public int Count => months.Count;

    /// <summary>Returns a table with the given months added or replaced (starts stored as Persian dates).</summary>
    public LunarMonthTable With(IEnumerable<HijriMonthStart> changes)
    {
        var builder = months.ToBuilder();
        foreach (var month in changes)
        {
            builder[Key(month.HijriYear, month.HijriMonth)] = month with { Start = SolarHijri.From(month.Start) };
        }

        return new LunarMonthTable(builder.ToImmutable());
    }

    public bool TryGet(int key, out HijriMonthStart month) => months.TryGetValue(key, out month);

    /// <summary>Returns the official month length: the stated one, else the distance to an official next month, else null.</summary>
    public int? LengthOf(HijriMonthStart month)
    {
        if (month.Length is { } length)
        {
            return length;
        }

        return months.TryGetValue(Key(month.HijriYear, month.HijriMonth) + 1, out var next)
            ? Period.DaysBetween(month.Start, next.Start)
            : null;
    }

    /// <summary>Tells whether contiguous official months cover every day of the Persian year.</summary>
    public bool Covers(int persianYear)
    {
        if (persianYear < SolarHijri.MinYear || persianYear > SolarHijri.MaxYear)
        {
            return false;
        }

        var first = SolarHijri.FirstDayOfYear(persianYear);
        var last = SolarHijri.LastDayOfYear(persianYear);
        LocalDate? runStart = null;
        var previousKey = int.MinValue;
        foreach (var (key, month) in months)
        {
            if (key != previousKey + 1 || runStart is null)
            {
                runStart = month.Start;
            }

            previousKey = key;
            var runEnd = month.Start.PlusDays((LengthOf(month) ?? 29) - 1);
            if (runStart.Value <= first && runEnd >= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lists the covered Persian years within the span of the table.</summary>
    public IReadOnlyList<int> CoveredYears()
    {
        if (months.Count == 0)
        {
            return [];
        }

        var from = months.First().Value.Start.Year;
        var to = months.Last().Value.Start.Year;
        return Enumerable.Range(from, to - from + 1).Where(Covers).ToList();
    }

    public static int Key(int year, int month) => ((year - 1) * 12) + month - 1;
}
