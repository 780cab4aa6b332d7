using System.Globalization;
using Crm.Core.Scheduling;
using Microsoft.Extensions.Configuration;
using NodaTime;
using NodaTime.Text;

namespace Crm.Core.Internal;

/// <summary>
/// Binds <see cref="SchedulingOptions"/> from configuration by hand: its weekend, working hours and capacities are value
/// types with their own text forms (<c>"Thursday,Friday"</c>, <c>"08:00-16:00"</c>, <c>"20"</c> calls or <c>"04:00"</c>
/// of effort per day), which the configuration binder cannot construct. Like the binder with
/// <c>ErrorOnUnknownConfiguration</c>, an unknown key or a value that does not parse is an error naming the key and the value.
/// </summary>
internal static class SchedulingConfiguration
{
    public static void Bind(IConfiguration configuration, SchedulingOptions options)
    {
        foreach (var child in configuration.GetChildren())
        {
            switch (child.Key.ToUpperInvariant())
            {
                case "WORKCALENDAR":
                    BindCalendar(child, options.WorkCalendar);
                    break;
                case "PLANNER":
                    BindPlanner(child, options.Planner);
                    break;
                case "HOLIDAYFEEDS":
                    foreach (var feed in child.GetChildren())
                    {
                        options.HolidayFeeds.Add(feed.Value ?? throw Bad(feed, "a file path"));
                    }

                    break;
                default:
                    throw Unknown(child, "WorkCalendar, Planner, HolidayFeeds");
            }
        }
    }

    private static void BindCalendar(IConfigurationSection section, WorkCalendarOptions calendar)
    {
        foreach (var child in section.GetChildren())
        {
            switch (child.Key.ToUpperInvariant())
            {
                case "WEEKEND":
                    calendar.Weekend = WeekendDays.TryParse(child.Value, out var weekend) ? weekend : throw Bad(child, "day names such as \"Thursday,Friday\"");
                    break;
                case "TIMEZONEID":
                    calendar.TimeZoneId = child.Value ?? throw Bad(child, "an IANA time zone id");
                    break;
                case "WORKINGHOURS":
                    calendar.WorkingHours = Hours(child);
                    break;
                case "WORKINGHOURSBYDAY":
                    foreach (var day in child.GetChildren())
                    {
                        calendar.WorkingHoursByDay[Enum.TryParse<IsoDayOfWeek>(day.Key, true, out var d) && Enum.IsDefined(d) && d != IsoDayOfWeek.None ? d : throw Bad(day, "a day name such as Thursday", day.Key)] = Hours(day);
                    }

                    break;
                case "MISSINGLUNARDATA":
                    calendar.MissingLunarData = Enum.TryParse<MissingLunarDataPolicy>(child.Value, true, out var policy) && Enum.IsDefined(policy)
                        ? policy : throw Bad(child, string.Join(" or ", Enum.GetNames<MissingLunarDataPolicy>()));
                    break;
                case "PROVINCE":
                    calendar.Province = child.Value;
                    break;
                default:
                    throw Unknown(child, "Weekend, TimeZoneId, WorkingHours, WorkingHoursByDay, MissingLunarData, Province");
            }
        }
    }

    private static void BindPlanner(IConfigurationSection section, FollowUpPlannerOptions planner)
    {
        foreach (var child in section.GetChildren())
        {
            switch (child.Key.ToUpperInvariant())
            {
                case "DAYOFFPOLICY":
                    planner.DayOffPolicy = Enum.TryParse<DayOffPolicy>(child.Value, true, out var policy) && Enum.IsDefined(policy)
                        ? policy : throw Bad(child, string.Join(" or ", Enum.GetNames<DayOffPolicy>()));
                    break;
                case "HORIZONDAYS":
                    planner.HorizonDays = int.TryParse(child.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) ? days : throw Bad(child, "a whole number of days");
                    break;
                case "DEFAULTCAPACITY":
                    planner.DefaultCapacity = Capacity(child);
                    break;
                case "CAPACITYBYOWNER":
                    foreach (var owner in child.GetChildren())
                    {
                        planner.CapacityByOwner[owner.Key] = Capacity(owner);
                    }

                    break;
                default:
                    throw Unknown(child, "DayOffPolicy, HorizonDays, DefaultCapacity, CapacityByOwner");
            }
        }
    }

    /// <summary>"08:00-16:00".</summary>
    private static WorkingHours Hours(IConfigurationSection section)
    {
        var parts = (section.Value ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(parts[0]) is { Success: true } start
            && LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(parts[1]) is { Success: true } end && start.Value < end.Value)
        {
            return new WorkingHours(start.Value, end.Value);
        }

        throw Bad(section, "a start and an end such as \"08:00-16:00\"");
    }

    /// <summary>"20" follow-ups a day, or "04:00" of effort a day.</summary>
    private static DailyCapacity Capacity(IConfigurationSection section)
    {
        var text = section.Value ?? string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0)
        {
            return DailyCapacity.Count(count);
        }

        if (DurationPattern.CreateWithInvariantCulture("H:mm").Parse(text) is { Success: true } effort && effort.Value > Duration.Zero)
        {
            return DailyCapacity.Effort(effort.Value);
        }

        throw Bad(section, "a number of follow-ups such as \"20\" or an effort such as \"04:00\"");
    }

    private static InvalidOperationException Bad(IConfigurationSection section, string expected, string? value = null) =>
        new($"Configuration key '{section.Path}' has the value '{value ?? section.Value}', but it must be {expected}.");

    private static InvalidOperationException Unknown(IConfigurationSection section, string known) =>
        new($"Configuration key '{section.Path}' names no option of Crm.Core scheduling; the options there are {known}.");
}
