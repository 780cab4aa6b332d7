using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Expands holiday rules, the lunar table and runtime changes into the holidays of one Persian year.</summary>
internal static class HolidayExpander
{
    public static IReadOnlyList<Holiday> Expand(
        int persianYear,
        IReadOnlyList<HolidayRule> rules,
        LunarMonthTable? table,
        Dictionary<LocalDate, List<Holiday>> added,
        HashSet<LocalDate> removed)
    {
        var result = new List<Holiday>();
        foreach (var rule in rules)
        {
            if (!rule.IsLunar && rule.Day <= SolarHijri.DaysInMonth(persianYear, rule.Month))
            {
                var day = rule.Day == 0 ? SolarHijri.DaysInMonth(persianYear, rule.Month) : rule.Day;
                result.Add(new Holiday(SolarHijri.Date(persianYear, rule.Month, day), rule.Title, HolidayKind.Solar));
            }
        }

        if (table is not null)
        {
            foreach (var month in table.Months)
            {
                foreach (var rule in rules)
                {
                    if (!rule.IsLunar || rule.Month != month.HijriMonth)
                    {
                        continue;
                    }

                    var length = table.LengthOf(month);
                    var day = rule.Day == 0 ? length : rule.Day;
                    if (day is null || (day == 30 && length is not 30))
                    {
                        continue;
                    }

                    var date = month.Start.PlusDays(day.Value - 1);
                    if (date.Year == persianYear)
                    {
                        result.Add(new Holiday(date, rule.Title, HolidayKind.Lunar));
                    }
                }
            }
        }

        result.RemoveAll(h => removed.Contains(h.Date));
        foreach (var (date, list) in added)
        {
            if (date.Year == persianYear)
            {
                result.AddRange(list);
            }
        }

        result.Sort(static (a, b) =>
        {
            var byDate = a.Date.CompareTo(b.Date);
            return byDate != 0 ? byDate : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Title, b.Title);
        });
        return result;
    }
}
