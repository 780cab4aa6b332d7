namespace Crm.Core.Scheduling;

/// <summary>All settings of Crm.Core.Scheduling, as configured through <c>AddCrmScheduling</c>.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Gets the work calendar settings (weekend, time zone, office hours, missing lunar data policy).</summary>
    public WorkCalendarOptions WorkCalendar { get; } = new();

    /// <summary>Gets the planner settings (day-off policy, capacities, horizon).</summary>
    public FollowUpPlannerOptions Planner { get; } = new();

    /// <summary>Lists every problem of both parts at once.</summary>
    /// <returns>One message per problem, prefixed with the part; empty when valid.</returns>
    public IReadOnlyList<string> Validate() =>
        WorkCalendarOptionsValidator.Validate(WorkCalendar).Select(e => "WorkCalendar." + e)
            .Concat(Planner.Validate().Select(e => "Planner." + e))
            .ToList();
}
