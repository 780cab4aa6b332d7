using Crm.Core.Customers;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>Checks <see cref="WorkCalendarOptions"/> and reports every problem at once (used with and without DI).</summary>
public static class WorkCalendarOptionsValidator
{
    /// <summary>Lists every problem of the options.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per problem, naming the setting and the value; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(WorkCalendarOptions options) => [.. Errors(options).Select(e => e.Message)];

    /// <summary>Lists every problem of the options as <see cref="ValidationError"/>s: the setting, the rule
    /// (<c>options.weekend</c>, <c>options.time-zone</c>, <c>options.working-hours</c>, <c>options.working-hours-by-day</c>,
    /// <c>options.missing-lunar-data</c>, <c>options.province</c>), the value, the English message of
    /// <see cref="Validate"/> and a Persian one (<see cref="ValidationError.PersianMessage"/>).</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>The problems; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationError> Errors(WorkCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<ValidationError>();
        void Add(string field, string rule, string value, string message) => errors.Add(new ValidationError(field, rule, value, message));
        if (options.Weekend.Count == 7)
        {
            Add("Weekend", "options.weekend", string.Join(",", options.Weekend), "Weekend: all seven days are weekend days, so there is no working day.");
        }

        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            Add("TimeZoneId", "options.time-zone", options.TimeZoneId ?? string.Empty,
                $"TimeZoneId: '{options.TimeZoneId}' is not a tzdb time zone id (for example 'Asia/Tehran').");
        }

        if (options.WorkingHours.End <= options.WorkingHours.Start)
        {
            Add("WorkingHours", "options.working-hours", options.WorkingHours.ToString(),
                $"WorkingHours: '{options.WorkingHours}' is empty; set an opening time before the closing time.");
        }

        foreach (var (day, hours) in options.WorkingHoursByDay)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday || hours.End <= hours.Start)
            {
                Add("WorkingHoursByDay", "options.working-hours-by-day", $"{day} {hours}",
                    $"WorkingHoursByDay: the entry for '{day}' ({hours}) needs a weekday and an opening time before the closing time.");
            }
        }

        if (!Enum.IsDefined(options.MissingLunarData))
        {
            Add("MissingLunarData", "options.missing-lunar-data", options.MissingLunarData.ToString(),
                $"MissingLunarData: '{options.MissingLunarData}' is not a defined policy.");
        }

        if (options.Province is { } province && string.IsNullOrWhiteSpace(province))
        {
            Add("Province", "options.province", province, "Province: an empty or white-space province; leave it null for national holidays only.");
        }

        return errors;
    }
}
