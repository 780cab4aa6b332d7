namespace Crm.Core.Scheduling;

/// <summary>Says what the holiday and work calendars do for lunar months that Iran's official table does not cover yet.</summary>
/// <remarks>The official calendar for a year is published a few months before it starts, so any plan that looks far
/// enough ahead reaches months without official data. Solar holidays are exact for every year whatever the policy.</remarks>
public enum MissingLunarDataPolicy
{
    /// <summary>The default: places the lunar holidays of such months by the calendar's <see cref="LunarMonthPredictor"/>
    /// and marks them provisional (<see cref="Holiday.Provisional"/>, <see cref="DayStatus.ProvisionalHoliday"/>). Never throws.</summary>
    Predict = 0,

    /// <summary>Throws <see cref="LunarHolidayDataMissingException"/> naming the year, for those who must never plan on a
    /// prediction.</summary>
    Throw = 1,

    /// <summary>Leaves out the lunar holidays of such months, so those days count as working days; official lunar months,
    /// solar and custom holidays still count. Choose it knowingly.</summary>
    SolarAndCustomOnly = 2,
}
