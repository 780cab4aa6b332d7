namespace Crm.Core.Scheduling;

/// <summary>A follow-up a plan could not place, with the reason; it is reported, never dropped.</summary>
/// <param name="FollowUp">The follow-up.</param>
/// <param name="Reason">Why it has no day.</param>
/// <param name="Message">An explanation naming the follow-up and the dates involved.</param>
public sealed record UnplacedFollowUp(FollowUp FollowUp, UnplacedReason Reason, string Message);
