namespace Crm.Core.Scheduling;

/// <summary>Says why a follow-up was scheduled on another day than its due date.</summary>
public enum MoveReason
{
    /// <summary>Scheduled on its due date.</summary>
    None = 0,

    /// <summary>The due date was a weekend day.</summary>
    Weekend = 1,

    /// <summary>The due date was a holiday.</summary>
    Holiday = 2,

    /// <summary>The owner's capacity was used up on the earlier days.</summary>
    Capacity = 3,

    /// <summary>The due date was before the start of the plan, so it was scheduled as early as possible.</summary>
    Overdue = 4,

    /// <summary>The owner was absent on the due date.</summary>
    Absence = 5,

    /// <summary>Handed over to a colleague because the owner is absent.</summary>
    HandedOver = 6,

    /// <summary>Filed under a month and spread over that month's working days.</summary>
    SpreadOverMonth = 7,

    /// <summary>The due date is a provisional lunar holiday (<see cref="DayStatus.ProvisionalHoliday"/>): predicted, not yet
    /// official, so the move may be undone when the official calendar is loaded and the plan is made again.</summary>
    ProvisionalHoliday = 8,
}
