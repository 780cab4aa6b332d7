namespace Crm.Core.Scheduling;

/// <summary>Says how a daily capacity is measured.</summary>
public enum CapacityUnit
{
    /// <summary>A number of follow-ups per day.</summary>
    Count = 0,

    /// <summary>Total estimated effort per day (the sum of <see cref="FollowUp.Effort"/>).</summary>
    Effort = 1,
}
