using Crm.Core.Customers;
using Crm.Core.Persian;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

/// <summary>The planner (flat arrays, radix orderings, union-find lanes) gives exactly what <see cref="ReferencePlanner"/> gives.</summary>
public class FollowUpPlannerReferenceProperties
{
    private static readonly Scheduling.WorkCalendar Calendar = new();

    // 1405/02/20 + up to 45 days reaches into Khordad, with the holidays of 14–15 Khordad.
    private static readonly LocalDate Start = SolarHijri.Date(1405, 2, 20);

    public sealed record Scenario(List<FollowUp> Items, int Days, bool ByEffort, int Capacity, int ThursdayCapacity, DayOffPolicy Policy, List<Absence> Absences)
    {
        public FollowUpPlannerOptions Options()
        {
            var options = new FollowUpPlannerOptions
            {
                DayOffPolicy = Policy,
                DefaultCapacity = ByEffort
                    ? DailyCapacity.Effort(Duration.FromMinutes(Capacity * 30)).WithDay(IsoDayOfWeek.Thursday, Duration.FromMinutes(ThursdayCapacity * 30))
                    : DailyCapacity.Count(Capacity).WithDay(IsoDayOfWeek.Thursday, ThursdayCapacity),
            };
            options.CapacityByOwner["sara"] = ByEffort ? DailyCapacity.Effort(Duration.FromMinutes(45)) : DailyCapacity.Count(1);
            return options;
        }

        public override string ToString() =>
            $"{Days} days, {(ByEffort ? "effort" : "count")} {Capacity}/{ThursdayCapacity}, {Policy}, absences [{string.Join("; ", Absences)}], items [{string.Join("; ", Items.Select(i =>
                $"{i.Id} {i.Owner} p{i.Priority} {PersianDateFormat.Format(i.Due)}{(i.IsFiledUnderMonth ? " (month)" : "")} {i.Effort.TotalMinutes}m"))}]";
    }

    private static Arbitrary<Scenario> Scenarios()
    {
        var item = from owner in Gen.Elements("ali", "sara", "reza", "Ali")
                   from offset in Gen.Choose(-8, 55)
                   from priority in Gen.Choose(1, 5)
                   from minutes in Gen.Elements(0, 15, 30, 45, 90, 200)
                   from filed in Gen.Choose(0, 7)
                   select (owner, offset, priority, minutes, filed: filed == 0);
        var absence = from owner in Gen.Elements("ali", "reza")
                      from first in Gen.Choose(-5, 45)
                      from length in Gen.Choose(0, 8)
                      select new Absence(owner, Start.PlusDays(first), Start.PlusDays(first + length));
        var gen = from raw in item.ListOf()
                  from days in Gen.Choose(1, 45)
                  from byEffort in Gen.Elements(false, true)
                  from capacity in Gen.Choose(1, 4)
                  from thursday in Gen.Choose(0, 4)
                  from policy in Gen.Elements(DayOffPolicy.NextWorkingDay, DayOffPolicy.PreviousWorkingDay, DayOffPolicy.Reject)
                  from absences in absence.ListOf()
                  select new Scenario(
                      raw.Select((r, i) =>
                      {
                          var due = Start.PlusDays(r.offset);
                          return r.filed
                              ? FollowUp.FiledUnderMonth("m" + i, CustomerCode.Parse("C" + i), r.owner, due.Year, due.Month, FollowUpKind.Call, r.priority)
                              : new FollowUp("f" + i, CustomerCode.Parse("C" + i), r.owner, due, FollowUpKind.Call, r.priority, Duration.FromMinutes(r.minutes));
                      }).ToList(),
                      days, byEffort, capacity, thursday, policy, absences.Take(3).ToList());
        return gen.ToArbitrary();
    }

    [Property(MaxTest = 300)]
    public Property Plan_GivesExactlyWhatTheReferencePlannerGives() => Prop.ForAll(Scenarios(), s =>
    {
        var options = s.Options();
        var plan = new FollowUpPlanner(Calendar, options).Plan(s.Items, Start, s.Days, s.Absences);
        var expected = ReferencePlanner.Plan(s.Items, Start, s.Days, options, Calendar, s.Absences);
        return plan.Assignments.Select(a => (a.FollowUp.Id, a.FollowUp.Owner, a.Scheduled, a.Reason)).SequenceEqual(expected.Assignments)
            && plan.Unplaced.Select(u => (u.FollowUp.Id, u.Reason)).SequenceEqual(expected.Unplaced);
    });

    [Fact]
    public void Plan_DueDatesYearsApart_KeepsPriorityThenDueOrder()
    {
        // Due dates 40 years apart (over 4,096 days) need more than one radix digit for the ordering by due day.
        var items = new[]
        {
            new FollowUp("y1391", CustomerCode.Parse("C1"), "ali", Start.PlusDays(-5_000), FollowUpKind.Call, 2),
            new FollowUp("y1405", CustomerCode.Parse("C2"), "ali", Start.PlusDays(-5), FollowUpKind.Call, 2),
            new FollowUp("y1365", CustomerCode.Parse("C3"), "ali", SolarHijri.Date(1365, 1, 5), FollowUpKind.Call, 2),
            new FollowUp("urgent", CustomerCode.Parse("C4"), "ali", Start, FollowUpKind.Call, 1),
            new FollowUp("far", CustomerCode.Parse("C5"), "ali", SolarHijri.Date(1445, 1, 5), FollowUpKind.Call, 1),
        };
        var options = new FollowUpPlannerOptions { DefaultCapacity = DailyCapacity.Count(1) };
        var plan = new FollowUpPlanner(Calendar, options).Plan(items, Start, 10);
        var expected = ReferencePlanner.Plan(items, Start, 10, options, Calendar, []);
        Assert.Equal(expected.Assignments, plan.Assignments.Select(a => (a.FollowUp.Id, a.FollowUp.Owner, a.Scheduled, a.Reason)));
        Assert.Equal(["urgent", "y1365", "y1391", "y1405"], plan.Assignments.Select(a => a.FollowUp.Id));
        Assert.Equal(UnplacedReason.DueAfterHorizon, Assert.Single(plan.Unplaced).Reason);
    }
}
