namespace Crm.Core.Scheduling;

/// <summary>Says why a follow-up could not be given a day in the plan.</summary>
public enum UnplacedReason
{
    /// <summary>The due date is a day off and the policy is <see cref="DayOffPolicy.Reject"/>.</summary>
    DueOnDayOff = 0,

    /// <summary>Every day from the earliest allowed one to the end of the horizon is full.</summary>
    NoCapacityInHorizon = 1,

    /// <summary>The due date is after the end of the horizon (the dossier stays filed for later).</summary>
    DueAfterHorizon = 2,
}
