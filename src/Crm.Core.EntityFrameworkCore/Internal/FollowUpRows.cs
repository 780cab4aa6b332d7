using Crm.Core.Scheduling;
using NodaTime;

namespace Crm.Core.EntityFrameworkCore.Internal;

/// <summary>
/// The stored form of a follow-up, shared by the follow-ups table and the snapshots a stored plan keeps: the due date
/// as an ISO date (indexed, for range queries) with its Persian filing information (<see cref="DuePersian"/> as
/// Solar Hijri <c>yyyymmdd</c>, <see cref="FiledUnderMonth"/>).
/// </summary>
internal abstract class FollowUpColumns
{
    public string FollowUpId { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public string Owner { get; set; } = string.Empty;

    public DateOnly Due { get; set; }

    /// <summary>The due date in the Persian calendar as <c>yyyymmdd</c> (for example 14050401), written on save.</summary>
    public int DuePersian { get; set; }

    public bool FiledUnderMonth { get; set; }

    public FollowUpKind Kind { get; set; }

    public int Priority { get; set; }

    /// <summary>The estimated effort in nanoseconds (NodaTime's precision).</summary>
    public long EffortNanoseconds { get; set; }

    public string Note { get; set; } = string.Empty;

    public FollowUpOrigin Origin { get; set; }

    public string? OriginId { get; set; }

    public string? HandedOverFrom { get; set; }
}

/// <summary>One follow-up of the tickler file, open until completed.</summary>
internal sealed class FollowUpRow : FollowUpColumns
{
    /// <summary>When the follow-up was completed, or <see langword="null"/> while it is open.</summary>
    public Instant? CompletedAt { get; set; }
}

/// <summary>A stored plan: its name, first day and length; its assignments and unplaced follow-ups are rows of their own.</summary>
internal sealed class FollowUpPlanRow
{
    public string Name { get; set; } = string.Empty;

    public DateOnly Start { get; set; }

    public int Days { get; set; }
}

/// <summary>An assignment of a stored plan, with the follow-up as the plan had it (after a hand-over: the new owner
/// and <see cref="FollowUpColumns.HandedOverFrom"/>).</summary>
internal sealed class PlannedFollowUpRow : FollowUpColumns
{
    public string PlanName { get; set; } = string.Empty;

    /// <summary>The position in the plan's assignments (day, owner, priority order).</summary>
    public int Position { get; set; }

    public DateOnly Scheduled { get; set; }

    public MoveReason Reason { get; set; }
}

/// <summary>A follow-up a stored plan could not place, with the reason and the plan's message.</summary>
internal sealed class UnplacedFollowUpRow : FollowUpColumns
{
    public string PlanName { get; set; } = string.Empty;

    public int Position { get; set; }

    public UnplacedReason Reason { get; set; }

    public string Message { get; set; } = string.Empty;
}
