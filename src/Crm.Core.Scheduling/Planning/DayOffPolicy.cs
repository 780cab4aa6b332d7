namespace Crm.Core.Scheduling;

/// <summary>Says what happens to a follow-up whose due date is a weekend day, a holiday or a day its owner is absent.</summary>
public enum DayOffPolicy
{
    /// <summary>Moves it to the next working day (the default).</summary>
    NextWorkingDay = 0,

    /// <summary>Moves it to the previous working day, so the contact happens before the day off; when that day is before
    /// the start of the plan, the next working day is used instead.</summary>
    PreviousWorkingDay = 1,

    /// <summary>Leaves it unplaced with <see cref="UnplacedReason.DueOnDayOff"/>, for a person to decide.</summary>
    Reject = 2,
}
