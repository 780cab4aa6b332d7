namespace Crm.Core.Scheduling;

/// <summary>Tells whether a day is a working day, and if not, why.</summary>
public enum DayStatus
{
    /// <summary>An ordinary working day.</summary>
    WorkingDay = 0,

    /// <summary>A weekend day under the configured weekend rule.</summary>
    Weekend = 1,

    /// <summary>An official or custom holiday (a holiday on a weekend day counts as <see cref="Holiday"/>).</summary>
    Holiday = 2,

    /// <summary>A lunar holiday placed by a predicted month start (<see cref="Crm.Core.Scheduling.Holiday.Provisional"/>): a day
    /// off for planning, but the official date may differ by a day. Only under <see cref="MissingLunarDataPolicy.Predict"/>.</summary>
    ProvisionalHoliday = 3,
}
