using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Internal;

/// <summary>Moves an absent owner's assignments to colleagues with room, leaving every other assignment where it is.</summary>
internal static class HandOverRun
{
    public static (IReadOnlyList<Assignment> Assignments, IReadOnlyList<UnplacedFollowUp> Unplaced) Execute(
        FollowUpPlan plan, Absence absence, IReadOnlyList<string> colleagues, PlanningHorizon horizon, List<Absence> absences,
        Func<string, DailyCapacity> capacityOf)
    {
        var lanes = colleagues.Distinct(StringComparer.Ordinal).ToDictionary(c => c, c =>
        {
            var own = absences.Where(a => string.Equals(a.Owner, c, StringComparison.Ordinal)).ToList();
            return new OwnerLane(capacityOf(c), horizon, own);
        }, StringComparer.Ordinal);

        var kept = new List<Assignment>();
        var moving = new List<Assignment>();
        foreach (var assignment in plan.Assignments)
        {
            var owner = assignment.FollowUp.Owner;
            if (string.Equals(owner, absence.Owner, StringComparison.Ordinal) && absence.Covers(assignment.Scheduled))
            {
                moving.Add(assignment);
                continue;
            }

            kept.Add(assignment);
            if (lanes.TryGetValue(owner, out var lane))
            {
                lane.Place(horizon.IndexOf(assignment.Scheduled), lane.Capacity.CostOf(assignment.FollowUp));
            }
        }

        var unplaced = plan.Unplaced.ToList();
        foreach (var assignment in moving.OrderBy(a => a.FollowUp.Priority).ThenBy(a => a.FollowUp.Due).ThenBy(a => a.FollowUp.Id, StringComparer.Ordinal))
        {
            var followUp = assignment.FollowUp;
            var placed = false;
            for (var d = horizon.IndexOf(assignment.Scheduled); d < horizon.Days && !placed; d++)
            {
                var taker = lanes.Where(l => l.Value.Fits(d, l.Value.Capacity.CostOf(followUp)))
                    .OrderBy(l => l.Value.CountOn(d)).Select(l => l.Key).FirstOrDefault();
                if (taker is null)
                {
                    continue;
                }

                var lane = lanes[taker];
                lane.Place(d, lane.Capacity.CostOf(followUp));
                kept.Add(new Assignment(followUp.HandOverTo(taker), horizon.Dates[d], MoveReason.HandedOver));
                placed = true;
            }

            if (!placed)
            {
                unplaced.Add(new UnplacedFollowUp(followUp, UnplacedReason.NoCapacityInHorizon,
                    $"{FollowUpPlanner.Describe(followUp)}: no colleague ({string.Join(", ", colleagues)}) has room from {PersianDateFormat.Format(assignment.Scheduled)} to {PersianDateFormat.Format(horizon.Dates[^1])}."));
            }
        }

        var ordered = kept.OrderBy(a => a.Scheduled.WithCalendar(CalendarSystem.Iso))
            .ThenBy(a => a.FollowUp.Owner, StringComparer.Ordinal)
            .ThenBy(a => a.FollowUp.Priority)
            .ThenBy(a => a.FollowUp.Due.WithCalendar(CalendarSystem.Iso))
            .ToList();
        return (ordered, unplaced);
    }
}
