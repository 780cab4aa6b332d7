using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>Checks <see cref="WorkCalendarOptions"/> and reports every problem at once (used with and without DI).</summary>
public static class WorkCalendarOptionsValidator
{
    /// <summary>Lists every problem of the options.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per problem, naming the setting and the value; empty when the options are valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Validate(WorkCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Weekend.Count == 7)
        {
            errors.Add("Weekend: all seven days are weekend days, so there is no working day.");
        }

        if (string.IsNullOrWhiteSpace(options.TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            errors.Add($"TimeZoneId: '{options.TimeZoneId}' is not a tzdb time zone id (for example 'Asia/Tehran').");
        }

        if (options.WorkingHours.End <= options.WorkingHours.Start)
        {
            errors.Add($"WorkingHours: '{options.WorkingHours}' is empty; set an opening time before the closing time.");
        }

        foreach (var (day, hours) in options.WorkingHoursByDay)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday || hours.End <= hours.Start)
            {
                errors.Add($"WorkingHoursByDay: the entry for '{day}' ({hours}) needs a weekday and an opening time before the closing time.");
            }
        }

        if (!Enum.IsDefined(options.MissingLunarData))
        {
            errors.Add($"MissingLunarData: '{options.MissingLunarData}' is not a defined policy.");
        }

        if (options.Province is { } province && string.IsNullOrWhiteSpace(province))
        {
            errors.Add("Province: an empty or white-space province; leave it null for national holidays only.");
        }

        return errors;
    }
}
