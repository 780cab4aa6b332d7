using Crm.Core.Customers;

namespace Crm.Core.Scheduling;

/// <summary>All settings of Crm.Core.Scheduling, as configured through <c>AddCrmScheduling</c>.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Gets the work calendar settings (weekend, time zone, office hours, missing lunar data policy).</summary>
    public WorkCalendarOptions WorkCalendar { get; } = new();

    /// <summary>Gets the planner settings (day-off policy, capacities, horizon).</summary>
    public FollowUpPlannerOptions Planner { get; } = new();

    /// <summary>Gets the paths of holiday feed files (JSON or CSV, see <see cref="HolidayFeed"/>) applied in order on top of
    /// the embedded data when the application starts: the way to ship a newly published official calendar as data.</summary>
    public IList<string> HolidayFeeds { get; } = new List<string>();

    /// <summary>Lists every problem of all parts at once.</summary>
    /// <returns>One message per problem, prefixed with the part; empty when valid.</returns>
    public IReadOnlyList<string> Validate() => [.. Errors().Select(e => e.Message)];

    /// <summary>Lists every problem of all parts as <see cref="ValidationError"/>s: the field is the setting's path
    /// (<c>WorkCalendar.TimeZoneId</c>, <c>Planner.HorizonDays</c>, <c>HolidayFeeds</c>), the message that of
    /// <see cref="Validate"/>, and each has a Persian message (<see cref="ValidationError.MessageIn"/>).</summary>
    /// <returns>The problems; empty when valid.</returns>
    public IReadOnlyList<ValidationError> Errors() =>
        WorkCalendarOptionsValidator.Errors(WorkCalendar).Select(e => e with { Field = "WorkCalendar." + e.Field, Message = "WorkCalendar." + e.Message })
            .Concat(Planner.Errors().Select(e => e with { Field = "Planner." + e.Field, Message = "Planner." + e.Message }))
            .Concat(HolidayFeeds.Where(path => string.IsNullOrWhiteSpace(path) || !File.Exists(path))
                .Select(path => new ValidationError("HolidayFeeds", "options.holiday-feed", path ?? string.Empty, $"HolidayFeeds: the feed file '{path}' does not exist.")))
            .ToList();
}
