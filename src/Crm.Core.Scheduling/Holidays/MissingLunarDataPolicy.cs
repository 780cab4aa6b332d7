namespace Crm.Core.Scheduling;

/// <summary>Says what the work calendar does on a day of a Persian year for which Iran's lunar month table has no data.</summary>
public enum MissingLunarDataPolicy
{
    /// <summary>Throws <see cref="LunarHolidayDataMissingException"/> naming the year. This is the default: an unknown year
    /// is never silently treated as a year without lunar holidays.</summary>
    Throw = 0,

    /// <summary>Counts only solar and custom holidays for such a year. Choose it knowingly, for long-range estimates; add
    /// the year's month starts with <see cref="IranHolidayCalendar.AddHijriMonthStart"/> when the official calendar is out.</summary>
    SolarAndCustomOnly = 1,
}
