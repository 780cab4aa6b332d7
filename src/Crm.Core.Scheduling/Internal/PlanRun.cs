using Crm.Core.Persian;

namespace Crm.Core.Scheduling.Internal;

/// <summary>One run of the planning algorithm described on <see cref="FollowUpPlanner"/>.</summary>
internal static class PlanRun
{
    public static (IReadOnlyList<Assignment> Assignments, IReadOnlyList<UnplacedFollowUp> Unplaced) Execute(
        FollowUp[] items, PlanningHorizon horizon, List<Absence> absences, Func<string, DailyCapacity> capacityOf, DayOffPolicy policy,
        CancellationToken cancellationToken = default)
    {
        using var work = new PlanWorkspace(items, horizon, absences, capacityOf);
        cancellationToken.ThrowIfCancellationRequested();
        StableOrder.ByPriorityThenDue(work.Priority, work.Due, work.Order, work.ScratchA);
        var unplaced = Place(items, work, horizon, policy, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return (Collect(items, work, horizon), unplaced);
    }

    private static List<UnplacedFollowUp> Place(FollowUp[] items, PlanWorkspace work, PlanningHorizon horizon, DayOffPolicy policy,
        CancellationToken cancellationToken)
    {
        var days = horizon.Days;
        var lanes = work.Lanes;
        var lanesOf = work.Lane;
        var dues = work.Due;
        var costs = work.Cost;
        var filed = work.FiledUnderMonth;
        var placedDay = work.PlacedDay;
        var reasons = work.Reasons;
        var unplaced = new List<UnplacedFollowUp>();
        var seen = 0;
        foreach (var i in work.Order)
        {
            if ((++seen & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lane = lanes[lanesOf[i]];
            var due = dues[i];
            var cost = costs[i];
            if (due >= days)
            {
                unplaced.Add(new UnplacedFollowUp(items[i], UnplacedReason.DueAfterHorizon,
                    $"{FollowUpPlanner.Describe(items[i])} is due after the last day of the plan ({PersianDateFormat.Format(horizon.Dates[days - 1])}); it stays filed for later."));
                continue;
            }

            int day;
            MoveReason reason;
            if (filed[i])
            {
                (day, reason) = SpreadOverMonth(items[i], due, lane, horizon, cost);
            }
            else
            {
                var earliest = Earliest(due, lane, horizon, policy, out reason);
                if (earliest < 0)
                {
                    unplaced.Add(new UnplacedFollowUp(items[i], UnplacedReason.DueOnDayOff,
                        $"{FollowUpPlanner.Describe(items[i])} is due on a day off ({reason.ToString().ToLowerInvariant()}) and the day-off policy is Reject."));
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
                unplaced.Add(new UnplacedFollowUp(items[i], UnplacedReason.NoCapacityInHorizon,
                    $"{FollowUpPlanner.Describe(items[i])}: every day of {items[i].Owner} up to {PersianDateFormat.Format(horizon.Dates[days - 1])} is full."));
                continue;
            }

            lane.Place(day, cost);
            placedDay[i] = day;
            reasons[i] = reason;
        }

        return unplaced;
    }

    private static int Earliest(int due, OwnerLane lane, PlanningHorizon horizon, DayOffPolicy policy, out MoveReason reason)
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

        reason = status switch
        {
            DayStatus.Weekend => MoveReason.Weekend,
            DayStatus.Holiday => MoveReason.Holiday,
            DayStatus.ProvisionalHoliday => MoveReason.ProvisionalHoliday,
            _ => MoveReason.Absence,
        };
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

    /// <summary>Lists the placed follow-ups by day, then owner (ordinal), then planning order.</summary>
    private static List<Assignment> Collect(FollowUp[] items, PlanWorkspace work, PlanningHorizon horizon)
    {
        var placedDay = work.PlacedDay;
        var byRank = work.ScratchA;
        var sorted = work.ScratchB;
        var placed = 0;
        foreach (var i in work.Order)
        {
            if (placedDay[i] >= 0)
            {
                byRank[placed++] = i;
            }
        }

        StableOrder.By(byRank[..placed], sorted[..placed], work.Lane, 0, 0, StableOrder.MaskFor(work.Lanes.Length));
        StableOrder.By(sorted[..placed], byRank[..placed], placedDay, 0, 0, StableOrder.MaskFor(horizon.Days));
        var reasons = work.Reasons;
        var result = new List<Assignment>(placed);
        foreach (var i in byRank[..placed])
        {
            result.Add(new Assignment(items[i], horizon.Dates[placedDay[i]], reasons[i]));
        }

        return result;
    }
}
