namespace Crm.Core.Scheduling;

/// <summary>The unit of a <see cref="PersianRecurrence"/>.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Every N days.</summary>
    Daily = 0,

    /// <summary>Every N weeks.</summary>
    Weekly = 1,

    /// <summary>Every N Persian months on a day of the month.</summary>
    Monthly = 2,

    /// <summary>Every N Persian years on a Persian month and day.</summary>
    Yearly = 3,
}
