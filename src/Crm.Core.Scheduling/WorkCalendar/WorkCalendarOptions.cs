using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>Configures a <see cref="WorkCalendar"/>. The defaults describe an ordinary Iranian office.</summary>
public sealed class WorkCalendarOptions
{
    /// <summary>Gets or sets the weekend; <see cref="WeekendDays.FridayOnly"/> by default.</summary>
    public WeekendDays Weekend { get; set; } = WeekendDays.FridayOnly;

    /// <summary>Gets or sets the tzdb time zone id; "Asia/Tehran" (UTC+03:30, no daylight saving since 2022) by default.</summary>
    public string TimeZoneId { get; set; } = "Asia/Tehran";

    /// <summary>Gets or sets the office hours of a working day; 08:00–16:00 by default.</summary>
    public WorkingHours WorkingHours { get; set; } = WorkingHours.Default;

    /// <summary>Gets the office hours that differ by weekday, for example a short Thursday.</summary>
    public IDictionary<IsoDayOfWeek, WorkingHours> WorkingHoursByDay { get; } = new Dictionary<IsoDayOfWeek, WorkingHours>();

    /// <summary>Gets or sets what to do for lunar months without official data; <see cref="MissingLunarDataPolicy.Predict"/>
    /// (provisional holidays, never throws) by default.</summary>
    public MissingLunarDataPolicy MissingLunarData { get; set; } = MissingLunarDataPolicy.Predict;

    /// <summary>Gets or sets the office's province, for example «تهران», so that provincial closures for it count; closures
    /// for other provinces are ignored. <see langword="null"/> (the default) counts national holidays only.</summary>
    public string? Province { get; set; }
}
