using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>A follow-up given a working day in a plan.</summary>
/// <param name="FollowUp">The follow-up, with its whole context.</param>
/// <param name="Scheduled">The working day it is scheduled on, as a Persian date.</param>
/// <param name="Reason">Why it is not on its due date, or <see cref="MoveReason.None"/>.</param>
public sealed record Assignment(FollowUp FollowUp, LocalDate Scheduled, MoveReason Reason)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Value("FollowUp", FollowUp, first: true)
            .Date("Scheduled", Scheduled)
            .Value("Reason", Reason);
        return true;
    }
}
