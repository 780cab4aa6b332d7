using Crm.Core.Persian.Internal;
using System.Text;
using NodaTime;

namespace Crm.Core.Scheduling;

/// <summary>One day of an owner's month view: how much is scheduled against the capacity.</summary>
/// <param name="Date">The day, as a Persian date.</param>
/// <param name="Status">Whether it is a working day, a weekend day or a holiday.</param>
/// <param name="Count">The number of follow-ups scheduled.</param>
/// <param name="Effort">Their total estimated effort.</param>
/// <param name="Capacity">The owner's capacity that day (a count, or minutes of effort); 0 on a day off.</param>
public readonly record struct DayLoad(LocalDate Date, DayStatus Status, int Count, Duration Effort, long Capacity)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Date("Date", Date, first: true)
            .Value("Status", Status)
            .Value("Count", Count)
            .Value("Effort", Effort)
            .Value("Capacity", Capacity);
        return true;
    }
}
