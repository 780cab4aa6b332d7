using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

public class FollowUpPlannerProperties
{
    private static readonly Scheduling.WorkCalendar Calendar = new();
    private static readonly LocalDate Start = SolarHijri.Date(1405, 2, 20);
    private const int Days = 30;

    public sealed record Scenario(List<FollowUp> Items, int Capacity, DayOffPolicy Policy, Absence? Absence)
    {
        public override string ToString() =>
            $"capacity {Capacity}, {Policy}, absence {Absence}, items [{string.Join("; ", Items.Select(i => $"{i.Id} {i.Owner} p{i.Priority} {PersianDateFormat.Format(i.Due)}"))}]";
    }

    private static Arbitrary<Scenario> Scenarios()
    {
        var item = from owner in Gen.Elements("ali", "sara", "reza")
                   from offset in Gen.Choose(-5, Days + 5)
                   from priority in Gen.Choose(1, 5)
                   select (owner, offset, priority);
        var gen = from raw in item.ListOf()
                  from capacity in Gen.Choose(1, 4)
                  from policy in Gen.Elements(DayOffPolicy.NextWorkingDay, DayOffPolicy.PreviousWorkingDay, DayOffPolicy.Reject)
                  from absent in Gen.Elements(true, false)
                  from absenceStart in Gen.Choose(0, Days - 5)
                  select new Scenario(
                      raw.Select((r, i) => new FollowUp("f" + i, CustomerCode.Parse("C" + i), r.owner, Start.PlusDays(r.offset), FollowUpKind.Call, r.priority)).ToList(),
                      capacity, policy,
                      absent ? new Absence("ali", Start.PlusDays(absenceStart), Start.PlusDays(absenceStart + 4)) : null);
        return gen.ToArbitrary();
    }

    private static FollowUpPlan PlanOf(Scenario s)
    {
        var options = new FollowUpPlannerOptions { DayOffPolicy = s.Policy, DefaultCapacity = DailyCapacity.Count(s.Capacity) };
        return new FollowUpPlanner(Calendar, options).Plan(s.Items, Start, Days, s.Absence is { } a ? [a] : []);
    }

    private static bool IsOpen(Scenario s, string owner, LocalDate day) =>
        Calendar.IsWorkingDay(day) && !(s.Absence is { } a && a.Owner == owner && a.Covers(day));

    [Property]
    public Property Plan_EveryInputAppearsExactlyOnce() => Prop.ForAll(Scenarios(), s =>
    {
        var plan = PlanOf(s);
        var output = plan.Assignments.Select(a => a.FollowUp.Id).Concat(plan.Unplaced.Select(u => u.FollowUp.Id)).Order(StringComparer.Ordinal);
        return output.SequenceEqual(s.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
    });

    [Property]
    public Property Plan_NothingOnADayOff() => Prop.ForAll(Scenarios(), s =>
        PlanOf(s).Assignments.All(a => IsOpen(s, a.FollowUp.Owner, a.Scheduled)));

    [Property]
    public Property Plan_NoDayOverCapacity_AndUnplacedOnlyWhenTheRestIsFull() => Prop.ForAll(Scenarios(), s =>
    {
        var plan = PlanOf(s);
        var load = plan.Assignments.GroupBy(a => (a.FollowUp.Owner, a.Scheduled)).ToDictionary(g => g.Key, g => g.Count());
        var withinCapacity = load.Values.All(count => count <= s.Capacity);
        var fullAfter = plan.Unplaced.Where(u => u.Reason == UnplacedReason.NoCapacityInHorizon).All(u =>
        {
            var from = Period.DaysBetween(Start, u.FollowUp.Due);
            return Enumerable.Range(Math.Max(0, from), Days - Math.Max(0, from)).Select(d => Start.PlusDays(d))
                .Where(d => IsOpen(s, u.FollowUp.Owner, d))
                .All(d => load.GetValueOrDefault((u.FollowUp.Owner, d)) == s.Capacity);
        });
        return withinCapacity && fullAfter;
    });

    [Property]
    public Property Plan_NeverEarlierThanAllowed() => Prop.ForAll(Scenarios(), s => PlanOf(s).Assignments.All(a =>
    {
        var due = a.FollowUp.Due;
        if (due < Start)
        {
            return a.Reason == MoveReason.Overdue;
        }

        if (a.Scheduled >= due)
        {
            return true;
        }

        // Only the PreviousWorkingDay policy may go earlier, and only for a due date on a day off, and not past
        // the owner's previous open day.
        var previous = due.PlusDays(-1);
        while (previous >= Start && !IsOpen(s, a.FollowUp.Owner, previous))
        {
            previous = previous.PlusDays(-1);
        }

        return s.Policy == DayOffPolicy.PreviousWorkingDay && !IsOpen(s, a.FollowUp.Owner, due) && a.Scheduled >= previous;
    }));

    [Property]
    public Property Plan_CapacityMovesNeverYieldToLessUrgentWork() => Prop.ForAll(Scenarios(), s =>
    {
        var plan = PlanOf(s);
        return plan.Assignments.Where(a => a.Reason == MoveReason.Capacity).All(moved =>
            plan.Assignments.Where(other => other.FollowUp.Owner == moved.FollowUp.Owner
                    && other.Scheduled >= moved.FollowUp.Due && other.Scheduled < moved.Scheduled)
                .All(other => other.FollowUp.Priority <= moved.FollowUp.Priority));
    });

    [Property]
    public Property Plan_IsDeterministic() => Prop.ForAll(Scenarios(), s =>
        PlanOf(s).Assignments.Select(a => (a.FollowUp.Id, a.Scheduled)).SequenceEqual(PlanOf(s).Assignments.Select(a => (a.FollowUp.Id, a.Scheduled))));
}
