using System.Collections.Immutable;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Expands holiday rules, resolved lunar months and runtime changes into the holidays of one Persian year.</summary>
internal static class HolidayExpander
{
    public static IReadOnlyList<Holiday> Expand(
        int persianYear,
        IReadOnlyList<HolidayRule> rules,
        IReadOnlyList<LunarMonth> months,
        ImmutableDictionary<LocalDate, ImmutableList<Holiday>> added,
        ImmutableHashSet<LocalDate> removed)
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

        foreach (var month in months)
        {
            foreach (var rule in rules)
            {
                if (!rule.IsLunar || rule.Month != month.HijriMonth)
                {
                    continue;
                }

                var day = rule.Day == 0 ? month.Length : rule.Day;
                if (day > month.Length)
                {
                    continue;
                }

                var date = month.Start.PlusDays(day - 1);
                if (date.Year == persianYear)
                {
                    var lengthMatters = rule.Day == 0 || day == 30;
                    var provisional = month.Source == LunarMonthSource.Predicted || (lengthMatters && !month.LengthIsOfficial);
                    result.Add(new Holiday(date, rule.Title, HolidayKind.Lunar, provisional));
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
