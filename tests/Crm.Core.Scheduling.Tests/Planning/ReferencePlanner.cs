using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

/// <summary>
/// The planning rules of <see cref="FollowUpPlanner"/> written the slow, obvious way — LINQ ordering, dates walked
/// one by one, the calendar and absences asked for every day — to check the fast planner against on random inputs.
/// </summary>
internal static class ReferencePlanner
{
    public static (List<(string Id, string Owner, LocalDate Day, MoveReason Reason)> Assignments, List<(string Id, UnplacedReason Reason)> Unplaced) Plan(
        IReadOnlyList<FollowUp> items, LocalDate start, int days, FollowUpPlannerOptions options, Scheduling.WorkCalendar calendar, IReadOnlyList<Absence> absences)
    {
        var end = start.PlusDays(days - 1);
        var count = new Dictionary<(string Owner, LocalDate Day), int>();
        var used = new Dictionary<(string Owner, LocalDate Day), long>();
        var placed = new List<(string Id, string Owner, LocalDate Day, MoveReason Reason, int Rank)>();
        var unplaced = new List<(string Id, UnplacedReason Reason)>();

        DailyCapacity CapacityOf(string owner) => options.CapacityByOwner.TryGetValue(owner, out var c) ? c : options.DefaultCapacity;
        bool Away(string owner, LocalDate day) => absences.Any(a => a.Owner == owner && a.Covers(day));
        long CapacityOn(string owner, LocalDate day) =>
            calendar.IsWorkingDay(day) && !Away(owner, day) ? CapacityOf(owner).On(day.WithCalendar(CalendarSystem.Iso).DayOfWeek) : 0;
        bool ByCount(string owner) => CapacityOf(owner).Unit == CapacityUnit.Count;
        bool Full(string owner, LocalDate day) => ByCount(owner)
            ? count.GetValueOrDefault((owner, day)) >= CapacityOn(owner, day)
            : used.GetValueOrDefault((owner, day)) >= CapacityOn(owner, day);
        bool Fits(string owner, LocalDate day, long cost) => CapacityOn(owner, day) > 0 && (ByCount(owner)
            ? count.GetValueOrDefault((owner, day)) < CapacityOn(owner, day)
            : used.GetValueOrDefault((owner, day)) + cost <= CapacityOn(owner, day) || count.GetValueOrDefault((owner, day)) == 0);
        LocalDate? FirstFit(string owner, LocalDate from, long cost)
        {
            for (var day = from; day <= end; day = day.PlusDays(1))
            {
                if (CapacityOn(owner, day) > 0 && !Full(owner, day) && Fits(owner, day, cost))
                {
                    return day;
                }
            }

            return null;
        }

        var ordered = items.Select((f, index) => (f, index)).OrderBy(p => p.f.Priority).ThenBy(p => p.f.Due).ThenBy(p => p.index).Select(p => p.f);
        var rank = 0;
        foreach (var f in ordered)
        {
            var cost = ByCount(f.Owner) ? 1 : (long)f.Effort.TotalMinutes;
            if (f.Due > end)
            {
                unplaced.Add((f.Id, UnplacedReason.DueAfterHorizon));
                continue;
            }

            LocalDate? day;
            MoveReason reason;
            if (f.IsFiledUnderMonth)
            {
                var monthEnd = SolarHijri.LastDayOfMonth(f.Due.Year, f.Due.Month);
                var inHorizon = Days(f.Due < start ? start : f.Due, monthEnd < end ? monthEnd : end).Where(d => Fits(f.Owner, d, cost)).ToList();
                var best = inHorizon.Count == 0 ? (LocalDate?)null : inHorizon.MinBy(d => count.GetValueOrDefault((f.Owner, d)));
                var after = monthEnd.PlusDays(1);
                (day, reason) = best is { } b ? (b, MoveReason.SpreadOverMonth) : (FirstFit(f.Owner, after < start ? start : after, cost), MoveReason.Capacity);
            }
            else
            {
                LocalDate earliest;
                if (f.Due < start)
                {
                    (earliest, reason) = (start, MoveReason.Overdue);
                }
                else if (calendar.IsWorkingDay(f.Due) && !Away(f.Owner, f.Due))
                {
                    (earliest, reason) = (f.Due, MoveReason.None);
                }
                else
                {
                    var status = calendar.GetDayStatus(f.Due);
                    reason = status == DayStatus.Weekend ? MoveReason.Weekend : status == DayStatus.Holiday ? MoveReason.Holiday : MoveReason.Absence;
                    if (options.DayOffPolicy == DayOffPolicy.Reject)
                    {
                        unplaced.Add((f.Id, UnplacedReason.DueOnDayOff));
                        continue;
                    }

                    earliest = options.DayOffPolicy == DayOffPolicy.PreviousWorkingDay
                        ? Days(start, f.Due.PlusDays(-1)).LastOrDefault(d => CapacityOn(f.Owner, d) > 0, f.Due)
                        : f.Due;
                }

                day = FirstFit(f.Owner, earliest, cost);
                if (day != earliest && reason == MoveReason.None)
                {
                    reason = MoveReason.Capacity;
                }
            }

            if (day is not { } d)
            {
                unplaced.Add((f.Id, UnplacedReason.NoCapacityInHorizon));
                continue;
            }

            count[(f.Owner, d)] = count.GetValueOrDefault((f.Owner, d)) + 1;
            used[(f.Owner, d)] = used.GetValueOrDefault((f.Owner, d)) + cost;
            placed.Add((f.Id, f.Owner, d, reason, rank++));
        }

        var assignments = placed.OrderBy(p => p.Day).ThenBy(p => p.Owner, StringComparer.Ordinal).ThenBy(p => p.Rank)
            .Select(p => (p.Id, p.Owner, p.Day, p.Reason)).ToList();
        return (assignments, unplaced);
    }

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            yield return day;
        }
    }
}
