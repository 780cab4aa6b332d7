using Crm.Core.Persian;

namespace Crm.Core.Scheduling.Internal;

/// <summary>One run of the planning algorithm described on <see cref="FollowUpPlanner"/>.</summary>
internal static class PlanRun
{
    public static (IReadOnlyList<Assignment> Assignments, IReadOnlyList<UnplacedFollowUp> Unplaced) Execute(
        FollowUp[] items, PlanningHorizon horizon, List<Absence> absences, Func<string, DailyCapacity> capacityOf, DayOffPolicy policy)
    {
        var days = horizon.Days;
        var lanes = new Dictionary<string, OwnerLane>(StringComparer.Ordinal);
        var keys = new long[items.Length];
        var order = new int[items.Length];
        var due = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            due[i] = horizon.IndexOf(items[i].Due);
            var clamped = Math.Clamp(due[i], -(1 << 23), (1 << 23) - 1) + (1 << 23);
            keys[i] = ((long)items[i].Priority << 50) | ((long)clamped << 26) | (uint)i;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var placedDay = new int[items.Length];
        var reasons = new MoveReason[items.Length];
        var unplaced = new List<UnplacedFollowUp>();
        foreach (var i in order)
        {
            var item = items[i];
            if (!lanes.TryGetValue(item.Owner, out var lane))
            {
                var owner = item.Owner;
                var ownerAbsences = absences.Where(a => string.Equals(a.Owner, owner, StringComparison.Ordinal)).ToList();
                lane = new OwnerLane(capacityOf(owner), horizon, ownerAbsences);
                lanes[owner] = lane;
            }

            placedDay[i] = -1;
            if (due[i] >= days)
            {
                unplaced.Add(new UnplacedFollowUp(item, UnplacedReason.DueAfterHorizon,
                    $"{FollowUpPlanner.Describe(item)} is due after the last day of the plan ({PersianDateFormat.Format(horizon.Dates[days - 1])}); it stays filed for later."));
                continue;
            }

            var cost = lane.Capacity.CostOf(item);
            int day;
            MoveReason reason;
            if (item.IsFiledUnderMonth)
            {
                (day, reason) = SpreadOverMonth(item, due[i], lane, horizon, cost);
            }
            else
            {
                var earliest = Earliest(item, due[i], lane, horizon, policy, out reason);
                if (earliest < 0)
                {
                    unplaced.Add(new UnplacedFollowUp(item, UnplacedReason.DueOnDayOff,
                        $"{FollowUpPlanner.Describe(item)} is due on a day off ({reason.ToString().ToLowerInvariant()}) and the day-off policy is Reject."));
                    continue;
                }

                day = lane.FirstFit(earliest, cost);
                if (day != earliest && reason == MoveReason.None)
                {
                    reason = MoveReason.Capacity;
                }
            }

            if (day >= days)
            {
                unplaced.Add(new UnplacedFollowUp(item, UnplacedReason.NoCapacityInHorizon,
                    $"{FollowUpPlanner.Describe(item)}: every day of {item.Owner} up to {PersianDateFormat.Format(horizon.Dates[days - 1])} is full."));
                continue;
            }

            lane.Place(day, cost);
            placedDay[i] = day;
            reasons[i] = reason;
        }

        return (Collect(items, order, placedDay, reasons, horizon), unplaced);
    }

    private static int Earliest(FollowUp item, int due, OwnerLane lane, PlanningHorizon horizon, DayOffPolicy policy, out MoveReason reason)
    {
        if (due < 0)
        {
            reason = MoveReason.Overdue;
            return 0;
        }

        var status = horizon.Status[due];
        if (status == DayStatus.WorkingDay && !lane.Away[due])
        {
            reason = MoveReason.None;
            return due;
        }

        reason = status == DayStatus.Weekend ? MoveReason.Weekend : status == DayStatus.Holiday ? MoveReason.Holiday : MoveReason.Absence;
        switch (policy)
        {
            case DayOffPolicy.Reject:
                return -1;
            case DayOffPolicy.PreviousWorkingDay:
                for (var d = due - 1; d >= 0; d--)
                {
                    if (lane.IsOpen(d))
                    {
                        return d;
                    }
                }

                return due;
            default:
                return due;
        }
    }

    private static (int Day, MoveReason Reason) SpreadOverMonth(FollowUp item, int monthStart, OwnerLane lane, PlanningHorizon horizon, long cost)
    {
        var monthEnd = horizon.IndexOf(SolarHijri.LastDayOfMonth(item.Due.Year, item.Due.Month));
        var best = -1;
        for (var d = Math.Max(monthStart, 0); d <= Math.Min(monthEnd, horizon.Days - 1); d++)
        {
            if (lane.Fits(d, cost) && (best < 0 || lane.CountOn(d) < lane.CountOn(best)))
            {
                best = d;
            }
        }

        return best >= 0
            ? (best, MoveReason.SpreadOverMonth)
            : (lane.FirstFit(Math.Clamp(monthEnd + 1, 0, horizon.Days), cost), MoveReason.Capacity);
    }

    private static List<Assignment> Collect(FollowUp[] items, int[] order, int[] placedDay, MoveReason[] reasons, PlanningHorizon horizon)
    {
        var owners = items.Select(f => f.Owner).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
        var keys = new List<long>(items.Length);
        for (var rank = 0; rank < order.Length; rank++)
        {
            var i = order[rank];
            if (placedDay[i] >= 0)
            {
                keys.Add(((long)placedDay[i] << 46) | ((long)owners[items[i].Owner] << 26) | (uint)rank);
            }
        }

        keys.Sort();
        var result = new List<Assignment>(keys.Count);
        foreach (var key in keys)
        {
            var i = order[(int)(key & ((1 << 26) - 1))];
            result.Add(new Assignment(items[i], horizon.Dates[placedDay[i]], reasons[i]));
        }

        return result;
    }
}
