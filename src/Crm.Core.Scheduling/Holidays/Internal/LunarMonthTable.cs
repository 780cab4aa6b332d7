using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Iran's lunar Hijri month starts, keyed by <c>year * 12 + month - 1</c>, with coverage by Persian year.</summary>
internal sealed class LunarMonthTable
{
    private readonly SortedDictionary<int, HijriMonthStart> months = [];

    public void Set(HijriMonthStart month)
    {
        var start = SolarHijri.From(month.Start);
        months[Key(month.HijriYear, month.HijriMonth)] = month with { Start = start };
    }

    public IEnumerable<HijriMonthStart> Months => months.Values;

    /// <summary>Returns the month length: the stated one, else the distance to a known next month, else null.</summary>
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

    /// <summary>Tells whether contiguous known months cover every day of the Persian year.</summary>
    public bool Covers(int persianYear)
    {
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

        var from = SolarHijri.From(months.First().Value.Start).Year;
        var to = SolarHijri.From(months.Last().Value.Start).Year;
        return Enumerable.Range(from, to - from + 1).Where(Covers).ToList();
    }

    private static int Key(int year, int month) => (year * 12) + month - 1;
}
