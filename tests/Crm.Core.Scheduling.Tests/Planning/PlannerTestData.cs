using Crm.Core.Customers;
using Crm.Core.Persian;
using NodaTime;

namespace Crm.Core.Scheduling.Tests.Planning;

internal static class PlannerTestData
{
    // 1405/02/01 is Tuesday 2026-04-21; Ordibehesht 1405 has no holiday; Fridays are 02/04, 02/11, 02/18, 02/25.
    public static readonly LocalDate Start = SolarHijri.Date(1405, 2, 1);

    public static FollowUp Item(string id, string due, int priority = 3, string owner = "ali", string? note = null) =>
        new(id, CustomerCode.Parse("C-" + id), owner, PersianDateFormat.Parse(due), FollowUpKind.Call, priority, null, note ?? "context of " + id);

    public static FollowUpPlanner Planner(int capacity = 20, DayOffPolicy policy = DayOffPolicy.NextWorkingDay)
    {
        var options = new FollowUpPlannerOptions { DayOffPolicy = policy, DefaultCapacity = DailyCapacity.Count(capacity) };
        return new FollowUpPlanner(new Scheduling.WorkCalendar(), options);
    }

    public static Assignment Find(this FollowUpPlan plan, string id) => plan.Assignments.Single(a => a.FollowUp.Id == id);

    public static string Day(this Assignment assignment) => PersianDateFormat.Format(assignment.Scheduled);
}
